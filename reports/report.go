// Package reports builds the program's reports — partner contact
// information, contact information by contact persons, the activity
// report and the event calendar — as tables with the same rows on screen,
// in the PDF (package reports/pdf) and on the command line. It reads the
// store through the data package and never imports the window toolkit;
// its words come in Russian and English from its own table (text.go),
// since the command line has no window to translate them.
package reports

import (
	"time"
)

// Align is how a column's values sit in their cells.
type Align uint8

// Alignments.
const (
	Left Align = iota
	Right
)

// Column is one column of a report's table.
type Column struct {
	Title string
	// Width is the column's share of the table's width, in any unit: the
	// PDF scales the widths to the page.
	Width float64
	Align Align
}

// Param is one parameter of a report as its heading shows it: the
// period, a filter.
type Param struct {
	Name, Value string
}

// Row is one row of a report's table: a text per column. Strong rows
// (totals) are drawn in bold.
type Row struct {
	Cells  []string
	Strong bool
}

// Series is one kind of bar of a chart, with a value per label.
type Series struct {
	Name   string
	Values []int
}

// Chart is a bar chart: one stacked bar per label, a segment per series.
type Chart struct {
	Title  string
	Labels []string
	Series []Series
}

// Report is a built report: what the screen shows and the PDF prints.
type Report struct {
	Title   string
	Params  []Param
	Columns []Column
	Rows    []Row
	// Notice says why the report is empty or cannot be built, in plain
	// words; the table is left out when it is set.
	Notice string
	// Chart, when set, is drawn after the table.
	Chart *Chart
	// Landscape asks for an A4 page on its side: the table is wide.
	Landscape bool
	// Printed is when the report was made, printed in its heading.
	Printed time.Time
	// Lang is the language the report speaks.
	Lang Lang
}

// Texts returns every text of the report's table, row by row, for
// tests and the command line's plain output.
func (r *Report) Texts() [][]string {
	out := make([][]string, len(r.Rows))
	for i, row := range r.Rows {
		out[i] = row.Cells
	}
	return out
}
