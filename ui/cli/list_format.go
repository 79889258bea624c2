package cli

import (
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"interactions/data"
)

// Layouts of dates in the table.
const (
	tableTime = "2006-01-02 15:04"
	tableDay  = "2006-01-02"
)

// Widths, in runes, beyond which table cells are cut.
const (
	topicWidth = 50
	nameWidth  = 40
)

// csvHeader is the header row of the list in CSV.
var csvHeader = []string{"date", "number", "type", "direction", "topic", "contacts", "subject", "responsible", "reviewed", "review_after"}

// tableRows writes the list as aligned columns.
type tableRows struct {
	t   *table
	w   io.Writer
	now time.Time
}

func newTableRows(w io.Writer, now time.Time) *tableRows {
	return &tableRows{t: newTable(w, "Date", "Type", "Dir", "Topic", "Contacts", "Subject", "Responsible", "Reviewed"), w: w, now: now}
}

func (t *tableRows) row(r *data.RowText) error {
	t.t.add(r.Date.In(time.Local).Format(tableTime), r.Type.String(), direction(r.Direction, "-"),
		cell(string(r.Topic), topicWidth), cell(string(r.Contacts), nameWidth), cell(subjectText(r), nameWidth),
		cell(r.Responsible, nameWidth), reviewedText(r, t.now))
	return t.t.err
}

func (t *tableRows) end(shown int, more bool) error {
	if err := t.t.flush(); err != nil {
		return err
	}
	var err error
	switch {
	case shown == 0:
		_, err = fmt.Fprintln(t.w, "(no interactions match)")
	case more:
		_, err = fmt.Fprintf(t.w, "(first %d shown; more match: raise --limit, or --limit 0 for all)\n", shown)
	}
	return err
}

// csvFlushAt is how many bytes of CSV are gathered before they are written.
const csvFlushAt = 64 << 10

// csvRows writes the list as CSV with a header row, as encoding/csv would
// (see appendCSVField), appending each row to one buffer.
type csvRows struct {
	w     io.Writer
	buf   []byte
	chain []byte // "chain: " and a chain's topic
	err   error
}

func newCSVRows(w io.Writer) *csvRows {
	c := &csvRows{w: w, buf: make([]byte, 0, csvFlushAt+csvFlushAt/4)}
	for i, h := range csvHeader {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		c.buf = appendCSVField(c.buf, h)
	}
	c.buf = append(c.buf, '\n')
	return c
}

func (c *csvRows) row(r *data.RowText) error {
	b := r.Date.In(time.Local).AppendFormat(c.buf, time.RFC3339)
	b = append(b, ',')
	b = appendCSVField(b, r.Number)
	b = append(b, ',')
	b = appendCSVField(b, r.Type.String())
	b = append(b, ',')
	b = append(b, direction(r.Direction, "")...)
	b = append(b, ',')
	b = appendCSVField(b, r.Topic)
	b = append(b, ',')
	b = appendCSVField(b, r.Contacts)
	b = append(b, ',')
	switch {
	case r.IsChainRoot() || r.Subject == "":
	case r.SubjectRef.Kind == data.RefInteraction:
		c.chain = append(append(c.chain[:0], chainPrefix...), r.Subject...)
		b = appendCSVField(b, c.chain)
	default:
		b = appendCSVField(b, r.Subject)
	}
	b = append(b, ',')
	b = appendCSVField(b, r.Responsible)
	if r.Reviewed {
		b = append(b, ",yes,"...)
	} else {
		b = append(b, ",no,"...)
	}
	if !r.ReviewAfter.IsZero() {
		b = r.ReviewAfter.In(time.Local).AppendFormat(b, time.RFC3339)
	}
	c.buf = append(b, '\n')
	if len(c.buf) >= csvFlushAt {
		c.flush()
	}
	return c.err
}

func (c *csvRows) flush() {
	if c.err == nil && len(c.buf) > 0 {
		_, c.err = c.w.Write(c.buf)
	}
	c.buf = c.buf[:0]
}

func (c *csvRows) end(int, bool) error {
	c.flush()
	return c.err
}

// direction names a direction: in, out, or none for the types without one.
func direction(d data.Direction, none string) string {
	switch d {
	case data.DirIncoming:
		return "in"
	case data.DirOutgoing:
		return "out"
	}
	return none
}

// chainPrefix starts the subject column of a chain's member.
const chainPrefix = "chain: "

// subjectText is the subject column: the subject's name, "chain: <topic>"
// for a member of a chain without a real subject, empty for a chain's root.
func subjectText(r *data.RowText) string {
	if r.IsChainRoot() || r.Subject == "" {
		return ""
	}
	if r.SubjectRef.Kind == data.RefInteraction {
		return chainPrefix + r.Subject
	}
	return r.Subject
}

// reviewedText is the reviewed column of the table: yes, no, or the time
// a deferred interaction is due for review.
func reviewedText(r *data.RowText, now time.Time) string {
	switch {
	case r.Reviewed:
		return "yes"
	case r.Deferred(now):
		return "after " + r.ReviewAfter.In(time.Local).Format(tableTime)
	}
	return "no"
}

// cell makes text fit a table cell: one line, no tabs, at most n runes.
func cell(s string, n int) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	if len(s) <= n { // no more runes than bytes
		return s
	}
	// Find where rune n-1 ends without making runes of the whole text.
	end, count := 0, 0
	for end < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		count++
	}
	if end == len(s) {
		return s
	}
	return shorten(s, n)
}
