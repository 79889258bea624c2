package cli

import (
	"io"

	"interactions/data"
)

// listPageSize is how many rows one read of the store returns: a bigger
// page reads the names it shows in longer sorted runs (the whole list of a
// million rows takes ~10% less CPU with 10 000 than with 2 000).
var listPageSize = 10_000

// rowWriter writes the rows of the list in one output format.
type rowWriter interface {
	row(r *data.RowText) error
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
		n := 0
		var outErr error
		page, err := s.ListRows(query, func(r *data.RowText) error {
			n++
			outErr = out.row(r)
			return outErr
		})
		if outErr != nil {
			return outErr
		}
		if err != nil {
			return storeError(s.Path(), err)
		}
		shown += n
		if !page.More || n == 0 {
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
