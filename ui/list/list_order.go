package list

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// columnOrderPref is the preference that keeps the order the user gave
// the columns: their keys (Column.Key), comma separated.
const columnOrderPref = "list.columnOrder"

// ColumnOrder returns the keys of the columns in the order the user set,
// none when the user kept the usual order.
func ColumnOrder() []string {
	var out []string
	for _, k := range strings.Split(fyne.CurrentApp().Preferences().String(columnOrderPref), ",") {
		if k = strings.TrimSpace(k); k != "" {
			out = append(out, k)
		}
	}
	return out
}

// SetColumnOrder keeps the order of the columns; nil forgets it.
func SetColumnOrder(keys []string) {
	fyne.CurrentApp().Preferences().SetString(columnOrderPref, strings.Join(keys, ","))
}

// orderColumns puts cols in the order of keys. A column the order does
// not name (one shown since, such as a new attribute) keeps its place
// after the column it follows in the usual order.
func orderColumns(cols []Column, keys []string) []Column {
	if len(keys) == 0 {
		return cols
	}
	rank := make(map[string]float64, len(cols))
	last := -1.0
	for i, c := range cols {
		if k := slices.Index(keys, c.Key); k >= 0 {
			rank[c.Key] = float64(k)
			last = float64(k)
		} else {
			rank[c.Key] = last + 0.5 + float64(i)/1e6 // right after its usual predecessor
		}
	}
	out := slices.Clone(cols)
	slices.SortStableFunc(out, func(a, b Column) int {
		switch ra, rb := rank[a.Key], rank[b.Key]; {
		case ra < rb:
			return -1
		case ra > rb:
			return 1
		}
		return 0
	})
	return out
}

// ColumnName is how the columns dialog names column c: its title, or
// for an icon column what it shows.
func ColumnName(c Column) string {
	switch {
	case c.Title != "":
		return c.Title
	case c.Kind == colType:
		return lang.X("column.type", "Type")
	case c.Kind == colDirection:
		return lang.X("column.direction", "Direction")
	case c.Kind == colReviewed:
		return lang.X("column.reviewed", "Reviewed")
	}
	return c.Key
}

// OrderEditor is the part of the columns dialog that orders the columns:
// a list of their names and buttons that move the chosen one up or down,
// and one that goes back to the usual order and widths.
type OrderEditor struct {
	List     *widget.List
	Up, Down *widget.Button
	Reset    *widget.Button
	cols     []Column
	chosen   int
	Content  fyne.CanvasObject
	onReset  func()
}

// AddOrder adds the order of cols (the columns shown) to the dialog;
// reset is called when the user goes back to the usual order and widths.
func (c *ColumnsChooser) AddOrder(cols []Column, reset func()) {
	e := &OrderEditor{cols: slices.Clone(cols), chosen: -1, onReset: reset}
	e.List = widget.NewList(func() int { return len(e.cols) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(ColumnName(e.cols[i])) })
	e.List.OnSelected = func(i widget.ListItemID) { e.chosen = i; e.sync() }
	e.Up = widget.NewButtonWithIcon(lang.X("columns.up", "Up"), theme.MoveUpIcon(), func() { e.Move(-1) })
	e.Down = widget.NewButtonWithIcon(lang.X("columns.down", "Down"), theme.MoveDownIcon(), func() { e.Move(1) })
	e.Reset = widget.NewButtonWithIcon(lang.X("columns.reset", "Usual order and widths"), theme.ViewRestoreIcon(), func() {
		SetColumnOrder(nil)
		if e.onReset != nil {
			e.onReset()
		}
		c.Dialog.Hide()
	})
	e.sync()
	title := widget.NewLabelWithStyle(lang.X("columns.order", "Order of the columns"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	list := container.NewVScroll(e.List)
	rowH := widget.NewLabel("").MinSize().Height + theme.Padding()
	list.SetMinSize(fyne.NewSize(280, min(float32(len(e.cols))*rowH, 6*rowH)))
	e.Content = container.NewBorder(title, container.NewHBox(e.Up, e.Down, layout.NewSpacer(), e.Reset), nil, nil, list)
	c.Order = e
	c.content.Add(widget.NewSeparator())
	c.content.Add(e.Content)
}

// HideAttrs leaves the checks of the attribute columns out of the
// dialog, while the options do not show attribute columns.
func (c *ColumnsChooser) HideAttrs() { c.attrsPart.Hide() }

// AttrsShown reports whether the dialog shows the checks of the
// attribute columns.
func (c *ColumnsChooser) AttrsShown() bool { return c.attrsPart.Visible() }

// Move moves the chosen column by delta places.
func (e *OrderEditor) Move(delta int) {
	to := e.chosen + delta
	if e.chosen < 0 || to < 0 || to >= len(e.cols) {
		return
	}
	e.cols[e.chosen], e.cols[to] = e.cols[to], e.cols[e.chosen]
	e.chosen = to
	e.List.Refresh()
	e.List.Select(to)
	e.sync()
}

// Keys returns the keys of the columns in the order shown.
func (e *OrderEditor) Keys() []string {
	out := make([]string, len(e.cols))
	for i, c := range e.cols {
		out[i] = c.Key
	}
	return out
}

// sync enables the moves the chosen column allows.
func (e *OrderEditor) sync() {
	if e.chosen > 0 {
		e.Up.Enable()
	} else {
		e.Up.Disable()
	}
	if e.chosen >= 0 && e.chosen < len(e.cols)-1 {
		e.Down.Enable()
	} else {
		e.Down.Disable()
	}
}
