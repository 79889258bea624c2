package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

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

func (t *tableRows) row(r *data.Row) error {
	it := r.Interaction
	t.t.add(it.Date.In(time.Local).Format(tableTime), it.Type.String(), direction(it.Direction, "-"),
		cell(it.Topic, topicWidth), cell(r.Contacts, nameWidth), cell(subjectText(r), nameWidth),
		cell(r.Responsible, nameWidth), reviewedText(it, t.now))
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

// csvRows writes the list as CSV with a header row.
type csvRows struct {
	w *csv.Writer
}

func newCSVRows(w io.Writer) *csvRows {
	c := &csvRows{w: csv.NewWriter(w)}
	c.w.Write(csvHeader)
	return c
}

func (c *csvRows) row(r *data.Row) error {
	it := r.Interaction
	reviewed, after := "no", ""
	if it.Reviewed {
		reviewed = "yes"
	}
	if !it.ReviewAfter.IsZero() {
		after = it.ReviewAfter.In(time.Local).Format(time.RFC3339)
	}
	return c.w.Write([]string{
		it.Date.In(time.Local).Format(time.RFC3339), it.Number, it.Type.String(), direction(it.Direction, ""),
		it.Topic, r.Contacts, subjectText(r), r.Responsible, reviewed, after,
	})
}

func (c *csvRows) end(int, bool) error {
	c.w.Flush()
	return c.w.Error()
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

// subjectText is the subject column: the subject's name, "chain: <topic>"
// for a member of a chain without a real subject, empty for a chain's root.
func subjectText(r *data.Row) string {
	it := r.Interaction
	if it.IsChainRoot() || r.Subject == "" {
		return ""
	}
	if it.Subject.Kind == data.RefInteraction {
		return "chain: " + r.Subject
	}
	return r.Subject
}

// reviewedText is the reviewed column of the table: yes, no, or the time
// a deferred interaction is due for review.
func reviewedText(it *data.Interaction, now time.Time) string {
	switch {
	case it.Reviewed:
		return "yes"
	case it.Deferred(now):
		return "after " + it.ReviewAfter.In(time.Local).Format(tableTime)
	}
	return "no"
}

// cell makes text fit a table cell: one line, no tabs, at most n runes.
func cell(s string, n int) string {
	if strings.ContainsAny(s, "\t\r\n") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return shorten(s, n)
}
