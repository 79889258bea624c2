package list

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/icons"
)

// Table is the virtual table of the interaction list: it creates a
// cell per visible cell only and fills it from the model's items. Column
// widths follow the table's width; a click on a header sorts, a click on
// a row is reported with the keys held, arrows and Enter are reported as
// moves and opens.
type Table struct {
	widget.Table

	model *Model
	Cols  []Column
	width float32 // the width the columns were fitted to
	span  float32 // the width of a whole row, for group headers

	widths     []float32          // each column's width, as fitted
	userWidths map[string]float32 // the widths the user gave columns, by key
	headers    []*listHeader      // the header cells made, to see the user's drags
	resizing   bool               // the mouse went down on a gap between headers

	Selected func(data.ID) bool // whether an interaction is selected
	now      func() time.Time   // for overdue review-after marks
	review   bool               // the reviewed flag is in use: unreviewed rows bold

	// OnRowTapped is called with the row clicked and the modifier keys held.
	OnRowTapped func(row int, mods fyne.KeyModifier)
	// OnHeaderTapped is called with the column whose header was clicked.
	OnHeaderTapped func(col int)
	// OnMove is called when an arrow or page key moves the selection;
	// extend is true while Shift is held (the range grows from the anchor).
	OnMove func(delta int, extend bool)
	// OnHome is called on Home (first row, end false) and End (last row),
	// extend as for OnMove.
	OnHome func(end, extend bool)
	// OnSpace is called when Space is pressed.
	OnSpace func()
	// OnOpen is called when Enter is pressed.
	OnOpen func()
	// OnOtherKey is offered the keys the table does not use (Delete,
	// Escape) and reports whether it took them.
	OnOtherKey func(*fyne.KeyEvent) bool

	mods     fyne.KeyModifier // held at the last mouse press
	focusing bool             // focusRow moves the table's own cursor: no OnRowTapped
}

// NewTable returns the table over m with the given columns.
func NewTable(m *Model, cols []Column) *Table {
	t := &Table{model: m, Cols: cols, now: time.Now, Selected: func(data.ID) bool { return false }, userWidths: UserColumnWidths()}
	t.Length = func() (int, int) { return m.Len(), len(t.Cols) }
	t.CreateCell = func() fyne.CanvasObject { return newListCell() }
	t.UpdateCell = t.updateCell
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		h := newListHeader(t)
		t.headers = append(t.headers, h)
		return h
	}
	t.UpdateHeader = t.updateHeader
	t.OnSelected = func(id widget.TableCellID) {
		t.Unselect(id) // the selection is the view's, drawn by the cells
		if t.focusing {
			return
		}
		mods := t.mods
		if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
			mods |= d.CurrentKeyModifiers()
		}
		t.mods = 0
		if t.OnRowTapped != nil {
			t.OnRowTapped(id.Row, mods)
		}
	}
	t.ExtendBaseWidget(t)
	t.fit(0)
	return t
}

// setColumns shows other columns, fitted to the current width.
func (t *Table) SetColumns(cols []Column) {
	t.Cols = cols
	t.fit(t.width)
	t.Refresh()
}

// Resize fits the columns to a new width.
func (t *Table) Resize(size fyne.Size) {
	if size.Width != t.width {
		t.fit(size.Width)
	}
	t.Table.Resize(size)
}

func (t *Table) fit(width float32) {
	t.width = width
	t.span = 0
	t.widths = ColumnWidths(withUserWidths(t.Cols, t.userWidths), width)
	for i, w := range t.widths {
		t.SetColumnWidth(i, w)
		t.span += w + theme.Padding()
	}
}

// MouseDown notes the modifier keys of a click before the tap comes.
func (t *Table) MouseDown(e *desktop.MouseEvent) {
	t.mods = e.Modifier
	t.resizing = t.Table.Cursor() == desktop.HResizeCursor // on a gap between headers
	t.Table.MouseDown(e)
}

// Tapped does what a click on the table does and then takes the keyboard
// focus. widget.Table focuses itself by the embedded value, which the
// canvas does not know when the table is extended, so a click left the
// arrows with nowhere to go.
func (t *Table) Tapped(e *fyne.PointEvent) {
	t.Table.Tapped(e)
	t.TakeFocus()
}

// TakeFocus gives the table the keyboard focus, so that the arrows,
// Enter, Space and Delete act on the list.
func (t *Table) TakeFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil && c.Focused() != t {
		c.Focus(t)
	}
}

// TypedKey moves the selection with the arrow, page, Home and End keys
// (with Shift held the range from the anchor grows), opens with Enter and
// toggles with Space; other keys do what they do in a table.
func (t *Table) TypedKey(e *fyne.KeyEvent) {
	page := max(int(t.Size().Height/t.rowHeight())-1, 1)
	switch e.Name {
	case fyne.KeyUp:
		t.move(-1)
	case fyne.KeyDown:
		t.move(1)
	case fyne.KeyPageUp:
		t.move(-page)
	case fyne.KeyPageDown:
		t.move(page)
	case fyne.KeyHome, fyne.KeyEnd:
		if t.OnHome != nil {
			t.OnHome(e.Name == fyne.KeyEnd, t.shiftHeld())
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if t.OnOpen != nil {
			t.OnOpen()
		}
	case fyne.KeySpace:
		if t.OnSpace != nil {
			t.OnSpace()
		}
	default:
		if t.OnOtherKey == nil || !t.OnOtherKey(e) {
			t.Table.TypedKey(e)
		}
	}
}

// TypedRune takes the space the Space key also types, so it does not
// reach the window.
func (t *Table) TypedRune(rune) {}

// ShiftHeld reports whether Shift is held now; tests replace it.
var ShiftHeld = func() bool {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}

func (t *Table) shiftHeld() bool { return ShiftHeld() }

func (t *Table) move(delta int) {
	if t.OnMove != nil {
		t.OnMove(delta, t.shiftHeld())
	}
}

func (t *Table) rowHeight() float32 {
	return newListCell().MinSize().Height + theme.Padding()
}

// focusRow moves the table's own cursor to a row and scrolls it into view.
func (t *Table) FocusRow(row int) {
	if rows, _ := t.Length(); row < 0 || row >= rows {
		return
	}
	t.focusing = true
	t.Select(widget.TableCellID{Row: row, Col: 0})
	t.focusing = false
}

// updateHeader shows a column's title and, on the sorted column, an
// arrow of its direction.
func (t *Table) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*listHeader)
	h.col = id.Col
	title, arrow := "", fyne.Resource(nil)
	if id.Col >= 0 && id.Col < len(t.Cols) {
		c := t.Cols[id.Col]
		title = c.Title
		if s := t.model.Sort(); c.Sortable && s.Key == c.SortKey {
			// Down: newest dates first, or the column descending.
			arrow = theme.MenuDropUpIcon()
			if s.Desc {
				arrow = theme.MenuDropDownIcon()
			}
		}
	}
	if h.Label.Text != title {
		h.Label.SetText(title)
	}
	if arrow == nil {
		h.arrow.Hide()
	} else {
		h.arrow.SetResource(arrow)
		h.arrow.Show()
	}
}

// updateCell shows column id.Col of row id.Row: an interaction's value, a
// group header across the row, or nothing while the row is read.
func (t *Table) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*Cell)
	if id.Col < 0 || id.Col >= len(t.Cols) {
		c.clear()
		return
	}
	it := t.model.Item(id.Row)
	switch {
	case it.Group != nil:
		if id.Col == 0 {
			c.showGroup(t.groupTitle(it.Group), it.Group.expanded, t.span)
		} else {
			c.clear()
		}
		return
	case !it.Ok:
		c.clear()
		return
	}
	in := it.Row.Interaction
	var res fyne.Resource
	text := ""
	style := fyne.TextStyle{Bold: t.review && !in.Reviewed, Italic: in.Deleted}
	importance := widget.MediumImportance
	if in.Deleted {
		importance = widget.LowImportance
	}
	col := t.Cols[id.Col]
	switch col.Kind {
	case ColDate:
		text = format.DateTime(in.Date)
	case colType:
		res = icons.Type(in.Type)
	case colDirection:
		res = icons.Direction(in.Direction)
	case ColTopic:
		text = in.Topic
	case colContacts:
		text = it.Row.Contacts
	case colSubject:
		text = it.Row.Subject
	case colResponsible:
		text = it.Row.Responsible
	case colReviewed:
		res = reviewIcon(in)
	case colReviewAfter:
		if !in.Reviewed {
			text = format.DateTime(in.ReviewAfter)
			if !in.ReviewAfter.IsZero() && in.ReviewAfter.Before(t.now()) && !in.Deleted {
				importance = widget.DangerImportance // overdue
			}
		}
	case ColAttr:
		text = FormatAttrValue(col.attr, AttrValueOf(in, col.attr.ID))
	}
	c.showRow(text, res, style, importance, t.Selected(in.ID))
}

// groupTitle is the text of a group's header: its name, count and, with
// the reviewed flag in use, how many are unreviewed.
func (t *Table) groupTitle(g *Group) string {
	by, attr := t.model.shownGrouping()
	name := groupName(by, attr, g)
	args := map[string]any{"Name": name, "Count": format.Count(g.Count), "Unreviewed": format.Count(g.Unreviewed)}
	if t.review && g.Unreviewed > 0 {
		return lang.X("group.headerUnreviewed", "{{.Name}} — {{.count}} ({{.Unreviewed}} unreviewed)", args)
	}
	return lang.X("group.header", "{{.Name}} — {{.count}}", args)
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

// listHeader is a column header: the title and the sort arrow; a click
// sorts by the column.
type listHeader struct {
	widget.BaseWidget
	t     *Table
	col   int
	Label *widget.Label
	arrow *widget.Icon
}

func newListHeader(t *Table) *listHeader {
	h := &listHeader{t: t, Label: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), arrow: widget.NewIcon(nil)}
	h.Label.Truncation = fyne.TextTruncateClip
	h.arrow.Hide()
	h.ExtendBaseWidget(h)
	return h
}

func (h *listHeader) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, h.arrow, h.Label))
}

// Tapped sorts by the header's column.
func (h *listHeader) Tapped(*fyne.PointEvent) {
	if h.t.OnHeaderTapped != nil {
		h.t.OnHeaderTapped(h.col)
	}
}

// HeaderArrow returns the sort arrow the header of column col shows, or
// nil when it shows none.
func (t *Table) HeaderArrow(col int) fyne.Resource {
	h := newListHeader(t)
	t.updateHeader(widget.TableCellID{Row: -1, Col: col}, h)
	if !h.arrow.Visible() {
		return nil
	}
	return h.arrow.Resource
}

// SetReview shows unreviewed rows and groups in bold while the reviewed
// flag is in use.
func (t *Table) SetReview(on bool) {
	t.review = on
	t.Refresh()
}

// SetClock sets the clock that decides which review-after times are overdue.
func (t *Table) SetClock(now func() time.Time) { t.now = now }
