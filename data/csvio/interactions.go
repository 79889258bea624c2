package csvio

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"interactions/data"
	"interactions/data/csvio/csvfield"
)

// interactionColumns is the header of the interactions file.
var interactionColumns = []string{"id", "date", "number", "type", "direction", "topic", "description", "contacts", "subject", "responsible", "reviewed", "review_after"}

// exportPage is how many rows one read of the store returns.
const exportPage = 5000

// InteractionWriter writes rows of the interaction list as CSV, each
// field as encoding/csv writes it (csvfield.AppendField), into one buffer written
// out 64 KB at a time.
type InteractionWriter struct {
	w     io.Writer
	comma byte
	buf   []byte
	chain []byte // a chain's subject field, "chain: " and its name
	err   error
}

// writeBuffer is how much an InteractionWriter gathers before it writes.
const writeBuffer = 64 << 10

// NewInteractionWriter writes the byte order mark if asked and the header,
// and returns the writer. The separator must be ';' or ','.
func NewInteractionWriter(w io.Writer, o Options) (*InteractionWriter, error) {
	x := &InteractionWriter{w: w, comma: ';', buf: make([]byte, 0, writeBuffer+4096)}
	switch o.Comma {
	case 0, ';':
	case ',':
		x.comma = ','
	default:
		return nil, fmt.Errorf("csvio: field separator %q: want ';' or ','", o.Comma)
	}
	if o.BOM {
		x.buf = append(x.buf, bom...)
	}
	for i, c := range interactionColumns {
		if i > 0 {
			x.buf = append(x.buf, x.comma)
		}
		x.buf = csvfield.AppendField(x.buf, c, x.comma)
	}
	return x, x.end()
}

// Write writes one row of a decoded record: dates in RFC 3339, local time.
func (x *InteractionWriter) Write(r *data.Row) error {
	it := r.Interaction
	subject := ""
	if !it.IsChainRoot() && r.Subject != "" {
		subject = r.Subject
	}
	return row(x, it.ID, it.Date, it.Number, it.Type, it.Direction, it.Topic, it.Description, r.Contacts,
		subject, it.Subject.Kind == data.RefInteraction, r.Responsible, it.Reviewed, it.ReviewAfter)
}

// WriteRow writes one row as Write does, from a row of the list's
// summaries (data.Store.ListRows with Query.Descriptions).
func (x *InteractionWriter) WriteRow(r *data.RowText) error {
	subject := ""
	if !r.IsChainRoot() && r.Subject != "" {
		subject = r.Subject
	}
	return row(x, r.ID, r.Date, r.Number, r.Type, r.Direction, r.Topic, r.Description, r.Contacts,
		subject, r.SubjectRef.Kind == data.RefInteraction, r.Responsible, r.Reviewed, r.ReviewAfter)
}

// row appends the fields of one row; subject is "" for none, chain says
// it names a chain.
func row[T string | []byte](x *InteractionWriter, id data.ID, date time.Time, number T, typ data.InteractionType,
	dir data.Direction, topic, description, contacts T, subject string, chain bool, responsible string,
	reviewed bool, after time.Time) error {
	c := x.comma
	b := strconv.AppendUint(x.buf, uint64(id), 10)
	b = date.In(time.Local).AppendFormat(append(b, c), time.RFC3339)
	b = csvfield.AppendField(append(b, c), number, c)
	b = append(append(b, c), typ.String()...)
	b = append(append(b, c), directionText(dir)...)
	b = csvfield.AppendField(append(b, c), topic, c)
	b = csvfield.AppendField(append(b, c), description, c)
	b = csvfield.AppendField(append(b, c), contacts, c)
	b = append(b, c)
	switch {
	case subject != "" && chain:
		x.chain = append(append(x.chain[:0], "chain: "...), subject...)
		b = csvfield.AppendField(b, x.chain, c)
	case subject != "":
		b = csvfield.AppendField(b, subject, c)
	}
	b = csvfield.AppendField(append(b, c), responsible, c)
	b = append(append(b, c), yesNo(reviewed)...)
	b = append(b, c)
	if !after.IsZero() {
		b = after.In(time.Local).AppendFormat(b, time.RFC3339)
	}
	x.buf = b
	return x.end()
}

// end ends a record and writes the buffer out once it is full.
func (x *InteractionWriter) end() error {
	x.buf = append(x.buf, '\n')
	if len(x.buf) < writeBuffer || x.err != nil {
		return x.err
	}
	return x.flushBuffer()
}

func (x *InteractionWriter) flushBuffer() error {
	if x.err == nil && len(x.buf) > 0 {
		_, x.err = x.w.Write(x.buf)
	}
	x.buf = x.buf[:0]
	return x.err
}

// Flush writes what is buffered and returns the first write error.
func (x *InteractionWriter) Flush() error { return x.flushBuffer() }

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
