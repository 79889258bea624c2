package cli

import (
	"io"

	"interactions/data"
)

// listPageSize is how many rows one read of the store returns.
const listPageSize = 2000

// rowWriter writes the rows of the list in one output format.
type rowWriter interface {
	row(r *data.Row) error
	// end finishes the output; more says rows were left out by --limit.
	end(shown int, more bool) error
}

// printRows prints the interactions the filter selects, newest first,
// reading the store page by page.
func printRows(w io.Writer, s *data.Store, q listQuery) error {
	var out rowWriter
	if q.csv {
		out = newCSVRows(w)
	} else {
		out = newTableRows(w, s.Now())
	}
	query := data.Query{Filter: q.filter, Order: data.NewestFirst}
	shown, more := 0, false
	for {
		query.Limit = listPageSize
		if q.limit > 0 {
			query.Limit = min(listPageSize, q.limit-shown)
		}
		page, err := s.List(query)
		if err != nil {
			return storeError(s.Path(), err)
		}
		for i := range page.Rows {
			if err := out.row(&page.Rows[i]); err != nil {
				return err
			}
		}
		shown += len(page.Rows)
		if !page.More || len(page.Rows) == 0 {
			break
		}
		if q.limit > 0 && shown >= q.limit {
			more = true
			break
		}
		query.After = page.Next
	}
	return out.end(shown, more)
}
