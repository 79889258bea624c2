package list

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Cell is the template of a cell: a background (the selection, or a
// group header's band across the whole row), a truncating label and a
// centred icon for values, and the expander and title of a group header,
// which run on over the empty cells of their row.
type Cell struct {
	widget.BaseWidget
	Back     *canvas.Rectangle
	Label    *widget.Label
	icon     *widget.Icon
	expander *widget.Icon
	Title    *canvas.Text
	span     float32 // the width the background covers on a header row
}

func newListCell() *Cell {
	c := &Cell{
		Back:     canvas.NewRectangle(color.Transparent),
		Label:    widget.NewLabel(""),
		icon:     widget.NewIcon(nil),
		expander: widget.NewIcon(nil),
		Title:    canvas.NewText("", theme.Color(theme.ColorNameForeground)),
	}
	c.Label.Truncation = fyne.TextTruncateEllipsis
	c.Title.TextStyle.Bold = true
	c.icon.Hide()
	c.expander.Hide()
	c.Title.Hide()
	c.ExtendBaseWidget(c)
	return c
}

func (c *Cell) CreateRenderer() fyne.WidgetRenderer {
	return &listCellRenderer{c: c, objects: []fyne.CanvasObject{c.Back, c.Label, c.icon, c.expander, c.Title}}
}

// clear shows nothing.
func (c *Cell) clear() {
	c.showRow("", nil, fyne.TextStyle{}, widget.MediumImportance, false)
}

// showRow shows a value: text, or an icon when res is set.
func (c *Cell) showRow(text string, res fyne.Resource, style fyne.TextStyle, importance widget.Importance, selected bool) {
	c.expander.Hide()
	c.Title.Hide()
	if c.span != 0 {
		c.span = 0
		c.Refresh()
	}
	back := color.Color(color.Transparent)
	if selected {
		back = theme.Color(theme.ColorNameSelection)
	}
	c.setBack(back)
	if res != nil {
		c.icon.SetResource(res)
		c.icon.Show()
		text = ""
	} else {
		c.icon.Hide()
	}
	l := c.Label
	if l.Text != text || l.TextStyle != style || l.Importance != importance {
		l.Text, l.TextStyle, l.Importance = text, style, importance
		l.Refresh()
	}
	l.Show()
}

// showGroup shows a group header: the expander, the title in bold and a
// band across the row.
func (c *Cell) showGroup(title string, expanded bool, span float32) {
	c.icon.Hide()
	c.Label.Hide()
	res := theme.MenuExpandIcon()
	if expanded {
		res = theme.MenuDropDownIcon()
	}
	c.expander.SetResource(res)
	c.expander.Show()
	c.Title.Text = title
	c.Title.Color = theme.Color(theme.ColorNameForeground)
	c.Title.Show()
	c.Title.Refresh()
	c.span = span
	c.setBack(theme.Color(theme.ColorNameHeaderBackground))
	c.Refresh()
}

func (c *Cell) setBack(col color.Color) {
	if c.Back.FillColor != col {
		c.Back.FillColor = col
		c.Back.Refresh()
	}
}

type listCellRenderer struct {
	c       *Cell
	objects []fyne.CanvasObject
}

func (r *listCellRenderer) Layout(size fyne.Size) {
	c := r.c
	c.Back.Move(fyne.NewPos(0, 0))
	c.Back.Resize(fyne.NewSize(max(size.Width, c.span), size.Height))
	c.Label.Move(fyne.NewPos(0, 0))
	c.Label.Resize(size)
	is := theme.IconInlineSize()
	c.icon.Resize(fyne.NewSquareSize(is))
	c.icon.Move(fyne.NewPos((size.Width-is)/2, (size.Height-is)/2))
	pad := theme.Padding()
	c.expander.Resize(fyne.NewSquareSize(is))
	c.expander.Move(fyne.NewPos(pad, (size.Height-is)/2))
	ts := c.Title.MinSize()
	c.Title.Resize(ts)
	c.Title.Move(fyne.NewPos(2*pad+is, (size.Height-ts.Height)/2))
}

func (r *listCellRenderer) MinSize() fyne.Size {
	return r.c.Label.MinSize()
}

func (r *listCellRenderer) Refresh() {
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

func (r *listCellRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *listCellRenderer) Destroy()                     {}
