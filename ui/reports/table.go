package reports

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"interactions/reports"
)

// pxPerUnit turns a report column's width into pixels on screen.
const pxPerUnit = 4

// newTable shows a report's rows as a table with its header, a line per
// line of a cell; strong rows (totals) in bold.
func newTable(r *reports.Report) *widget.Table {
	t := widget.NewTable(
		func() (int, int) { return len(r.Rows), len(r.Columns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			row := r.Rows[id.Row]
			text := ""
			if id.Col < len(row.Cells) {
				text = row.Cells[id.Col]
			}
			l.TextStyle.Bold = row.Strong
			l.Alignment = fyne.TextAlignLeading
			if r.Columns[id.Col].Align == reports.Right {
				l.Alignment = fyne.TextAlignTrailing
			}
			l.SetText(text)
		})
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		return l
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 && id.Col < len(r.Columns) {
			o.(*widget.Label).SetText(r.Columns[id.Col].Title)
		}
	}
	for i, c := range r.Columns {
		t.SetColumnWidth(i, float32(c.Width*pxPerUnit))
	}
	line := widget.NewLabel("X").MinSize().Height
	for i, row := range r.Rows {
		n := 1
		for _, c := range row.Cells {
			n = max(n, strings.Count(c, "\n")+1)
		}
		if n > 1 {
			t.SetRowHeight(i, line+float32(n-1)*(line-2*4))
		}
	}
	return t
}
