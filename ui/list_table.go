package ui

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// The columns of the interaction list (SPEC 3), in display order.
const (
	colDate = iota
	colType
	colDirection
	colTopic
	colContacts
	colSubject
	colResponsible
	colReviewed
	colReviewAfter
	numColumns
)

// listColumn describes one column: its header and width. Icon and date
// columns have a fixed width; text columns share what is left by weight,
// down to their minimum width. Icon columns have no header text.
type listColumn struct {
	title  string
	width  float32 // the fixed width, or the minimum of a shared one
	weight float32 // the share of the free width; 0 for a fixed column
}

// listColumns returns the columns with their translated headers and widths
// measured in the current theme.
func listColumns() []listColumn {
	dateW := textColumnWidth(formatDateTime(sampleDate))
	iconW := theme.IconInlineSize() + 2*theme.Padding()
	cols := make([]listColumn, numColumns)
	cols[colDate] = listColumn{title: lang.X("column.date", "Date"), width: dateW}
	cols[colType] = listColumn{width: iconW}
	cols[colDirection] = listColumn{width: iconW}
	cols[colTopic] = listColumn{title: lang.X("column.topic", "Topic"), width: 200, weight: 0.38}
	cols[colContacts] = listColumn{title: lang.X("column.contacts", "Contacts"), width: 110, weight: 0.26}
	cols[colSubject] = listColumn{title: lang.X("column.subject", "Subject"), width: 100, weight: 0.20}
	cols[colResponsible] = listColumn{title: lang.X("column.responsible", "Responsible"), width: 110, weight: 0.16}
	cols[colReviewed] = listColumn{width: iconW}
	cols[colReviewAfter] = listColumn{title: lang.X("column.reviewAfter", "Review after"), width: dateW}
	for i := range cols {
		if cols[i].title != "" { // headers are never cut
			cols[i].width = max(cols[i].width, textColumnWidth(cols[i].title))
		}
	}
	return cols
}

// textColumnWidth is the width of a column that shows text whole in bold,
// with a little room to spare: a label truncates text that misses its
// width by a fraction of a pixel.
func textColumnWidth(text string) float32 {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return float32(math.Ceil(float64(l.MinSize().Width))) + theme.Padding()
}

// columnWidths shares width among the columns: fixed ones keep theirs,
// the others split the rest by weight, none narrower than its minimum
// (the table scrolls sideways when the window is too narrow for them).
func columnWidths(cols []listColumn, width float32) []float32 {
	free := width - float32(len(cols)-1)*theme.Padding() - 1 // cells are one padding apart
	out := make([]float32, len(cols))
	shared := map[int]bool{}
	var weights float32
	for i, c := range cols {
		out[i] = c.width
		if c.weight == 0 {
			free -= c.width
		} else {
			shared[i] = true
			weights += c.weight
		}
	}
	// A column whose share is below its minimum takes the minimum and
	// leaves the share; the rest split what remains.
	for changed := true; changed; {
		changed = false
		for i := range shared {
			if free*cols[i].weight/weights < cols[i].width {
				delete(shared, i)
				free -= cols[i].width
				weights -= cols[i].weight
				changed = true
			}
		}
	}
	for i := range shared {
		out[i] = float32(math.Floor(float64(free * cols[i].weight / weights)))
	}
	return out
}

// columnFitter is the layout of the table: full size, with the column
// widths fitted to the width whenever it changes.
type columnFitter struct {
	table *widget.Table
	cols  []listColumn
	width float32
}

func (f *columnFitter) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if size.Width != f.width {
		f.width = size.Width
		for i, w := range columnWidths(f.cols, size.Width) {
			f.table.SetColumnWidth(i, w)
		}
	}
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (f *columnFitter) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s
}

// newListTable returns the virtual table of the list: it creates a cell
// template per visible cell only and fills it from the model's rows.
func newListTable(m *listModel, useReview func() bool) (*widget.Table, []listColumn) {
	cols := listColumns()
	t := widget.NewTableWithHeaders(
		func() (int, int) { return m.Len(), numColumns },
		newListCell,
		func(id widget.TableCellID, o fyne.CanvasObject) {
			row, ok := m.Row(id.Row)
			updateListCell(o.(*fyne.Container), id.Col, row, ok, useReview())
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = newListCell
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		label, icon := listCellParts(o.(*fyne.Container))
		icon.Hide()
		label.TextStyle = fyne.TextStyle{Bold: true}
		label.Text = ""
		if id.Col >= 0 && id.Col < len(cols) {
			label.Text = cols[id.Col].title
		}
		label.Refresh()
	}
	for i, w := range columnWidths(cols, 0) {
		t.SetColumnWidth(i, w)
	}
	return t, cols
}

// newListCell is the template of a cell: a truncating label and a
// centred icon, one of them shown.
func newListCell() fyne.CanvasObject {
	label := widget.NewLabel("")
	label.Truncation = fyne.TextTruncateEllipsis
	icon := widget.NewIcon(nil)
	icon.Hide()
	return container.NewStack(label, container.NewCenter(icon))
}

func listCellParts(c *fyne.Container) (*widget.Label, *widget.Icon) {
	return c.Objects[0].(*widget.Label), c.Objects[1].(*fyne.Container).Objects[0].(*widget.Icon)
}

// updateListCell shows column col of row; a row not read yet shows empty.
func updateListCell(c *fyne.Container, col int, row data.Row, ok, useReview bool) {
	label, icon := listCellParts(c)
	if !ok {
		setCellText(label, "", false)
		icon.Hide()
		return
	}
	it := row.Interaction
	var res fyne.Resource
	text := ""
	switch col {
	case colDate:
		text = formatDateTime(it.Date)
	case colType:
		res = typeIcon(it.Type)
	case colDirection:
		res = directionIcon(it.Direction)
	case colTopic:
		text = it.Topic
	case colContacts:
		text = row.Contacts
	case colSubject:
		text = row.Subject
	case colResponsible:
		text = row.Responsible
	case colReviewed:
		if useReview {
			res = reviewIcon(it)
		}
	case colReviewAfter:
		if useReview && !it.Reviewed {
			text = formatDateTime(it.ReviewAfter)
		}
	}
	if res != nil {
		icon.SetResource(res)
		icon.Show()
		setCellText(label, "", false)
		return
	}
	icon.Hide()
	setCellText(label, text, useReview && !it.Reviewed)
}

// reviewIcon is the mark of the reviewed column: a tick when reviewed,
// a clock while deferred, none while it waits for review.
func reviewIcon(it *data.Interaction) fyne.Resource {
	switch {
	case it.Reviewed:
		return theme.ConfirmIcon()
	case !it.ReviewAfter.IsZero():
		return theme.HistoryIcon()
	}
	return nil
}

func setCellText(l *widget.Label, text string, bold bool) {
	if l.Text == text && l.TextStyle.Bold == bold {
		return
	}
	l.Text = text
	l.TextStyle.Bold = bold
	l.Refresh()
}
