package csvio

import (
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"interactions/data"
)

// interactionColumns is the header of the interactions file.
var interactionColumns = []string{"id", "date", "number", "type", "direction", "topic", "description", "contacts", "subject", "responsible", "reviewed", "review_after"}

// exportPage is how many rows one read of the store returns.
const exportPage = 5000

// InteractionWriter writes rows of the interaction list as CSV.
type InteractionWriter struct {
	cw  *csv.Writer
	rec []string
}

// NewInteractionWriter writes the header and returns the writer.
func NewInteractionWriter(w io.Writer, o Options) (*InteractionWriter, error) {
	cw, err := newWriter(w, o)
	if err != nil {
		return nil, err
	}
	if err := cw.Write(interactionColumns); err != nil {
		return nil, err
	}
	return &InteractionWriter{cw: cw, rec: make([]string, len(interactionColumns))}, nil
}

// Write writes one row: dates in RFC 3339, local time.
func (x *InteractionWriter) Write(r *data.Row) error {
	it := r.Interaction
	after := ""
	if !it.ReviewAfter.IsZero() {
		after = it.ReviewAfter.In(time.Local).Format(time.RFC3339)
	}
	subject := ""
	if !it.IsChainRoot() && r.Subject != "" {
		subject = r.Subject
		if it.Subject.Kind == data.RefInteraction {
			subject = "chain: " + subject
		}
	}
	rec := x.rec
	rec[0] = strconv.FormatUint(uint64(it.ID), 10)
	rec[1] = it.Date.In(time.Local).Format(time.RFC3339)
	rec[2] = it.Number
	rec[3] = it.Type.String()
	rec[4] = directionText(it.Direction)
	rec[5] = it.Topic
	rec[6] = it.Description
	rec[7] = r.Contacts
	rec[8] = subject
	rec[9] = r.Responsible
	rec[10] = yesNo(it.Reviewed)
	rec[11] = after
	return x.cw.Write(rec)
}

// WriteRow writes one row as Write does, from a row of the list's
// summaries (data.Store.ListRows with Query.Descriptions).
func (x *InteractionWriter) WriteRow(r *data.RowText) error {
	after := ""
	if !r.ReviewAfter.IsZero() {
		after = r.ReviewAfter.Format(time.RFC3339)
	}
	subject := ""
	if !r.IsChainRoot() && r.Subject != "" {
		subject = r.Subject
		if r.SubjectRef.Kind == data.RefInteraction {
			subject = "chain: " + subject
		}
	}
	rec := x.rec
	rec[0] = strconv.FormatUint(uint64(r.ID), 10)
	rec[1] = r.Date.Format(time.RFC3339)
	rec[2] = string(r.Number)
	rec[3] = r.Type.String()
	rec[4] = directionText(r.Direction)
	rec[5] = string(r.Topic)
	rec[6] = string(r.Description)
	rec[7] = string(r.Contacts)
	rec[8] = subject
	rec[9] = r.Responsible
	rec[10] = yesNo(r.Reviewed)
	rec[11] = after
	return x.cw.Write(rec)
}

// Flush writes what is buffered and returns the first write error.
func (x *InteractionWriter) Flush() error {
	x.cw.Flush()
	return x.cw.Error()
}

func directionText(d data.Direction) string {
	switch d {
	case data.DirIncoming:
		return "in"
	case data.DirOutgoing:
		return "out"
	}
	return ""
}

// ExportInteractions writes every interaction the filter selects, newest
// first as the list shows them, reading the store page by page, and
// returns how many it wrote.
func ExportInteractions(w io.Writer, s *data.Store, f data.Filter, o Options) (int, error) {
	x, err := NewInteractionWriter(w, o)
	if err != nil {
		return 0, err
	}
	q := data.Query{Filter: f, Order: data.NewestFirst, Limit: exportPage, Descriptions: true}
	n := 0
	for {
		rows := 0
		page, err := s.ListRows(q, func(r *data.RowText) error {
			rows++
			return x.WriteRow(r)
		})
		if err != nil {
			return n, err
		}
		n += rows
		if !page.More || rows == 0 {
			break
		}
		q.After = page.Next
	}
	return n, x.Flush()
}
