package widgets

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// ToolRow lays out a row of tool buttons against the right edge. When
// the row is too narrow for their labels, the collapsible buttons drop
// their labels, in the order given, and show the icon alone; they
// get them back when the window widens. Its minimum width is that of the
// row with every such label dropped, so a narrow window is never forced
// wider by its tools.
type ToolRow struct {
	order   []*widget.Button          // the collapsible buttons, the first to drop its label first
	labels  map[*widget.Button]string // the full label of each collapsible button
	leading bool                      // placed against the left edge instead of the right
}

// NewToolRow returns a container of objects laid out as a ToolRow;
// collapse are the buttons (with icons) that may drop their labels, the
// least needed first.
func NewToolRow(objects []fyne.CanvasObject, collapse ...*widget.Button) *fyne.Container {
	l := &ToolRow{order: collapse, labels: map[*widget.Button]string{}}
	return container.New(l, objects...)
}

// Collapse adds buttons to those that may drop their labels, after the
// others.
func (l *ToolRow) Collapse(buttons ...*widget.Button) {
	l.order = append(l.order, buttons...)
}

// NewLeadingToolRow is NewToolRow with the objects placed against the
// left edge: a row of actions under a list, which drops labels instead
// of being clipped by a narrow window.
func NewLeadingToolRow(objects []fyne.CanvasObject, collapse ...*widget.Button) *fyne.Container {
	l := &ToolRow{order: collapse, labels: map[*widget.Button]string{}, leading: true}
	return container.New(l, objects...)
}

// collapsible reports whether o is a button that can drop its label.
func (l *ToolRow) collapsible(o fyne.CanvasObject) (*widget.Button, bool) {
	b, ok := o.(*widget.Button)
	return b, ok && b.Icon != nil && slices.Contains(l.order, b)
}

// label returns the full label of b, remembered the first time it is seen
// or whenever it was changed from outside.
func (l *ToolRow) label(b *widget.Button) string {
	if b.Text != "" {
		l.labels[b] = b.Text
	}
	return l.labels[b]
}

// widthOf is the width of o showing its label (full) or not.
func (l *ToolRow) widthOf(o fyne.CanvasObject, full bool) float32 {
	b, ok := l.collapsible(o)
	if !ok {
		return o.MinSize().Width
	}
	text := l.label(b)
	iconOnly := theme.IconInlineSize() + 2*theme.InnerPadding()
	if !full || text == "" {
		return iconOnly
	}
	return iconOnly + theme.Padding() + fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
}

// MinSize is the row with every collapsible label dropped.
func (l *ToolRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		w += l.widthOf(o, false)
		h = max(h, o.MinSize().Height)
		n++
	}
	if n > 1 {
		w += theme.Padding() * float32(n-1)
	}
	return fyne.NewSize(w, h)
}

// Layout drops labels from the first collapsible button on until the row
// fits, then places the buttons against the right edge (the left one
// for a leading row).
func (l *ToolRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	var visible []fyne.CanvasObject
	for _, o := range objects {
		if o.Visible() {
			visible = append(visible, o)
		}
	}
	full := make([]bool, len(visible))
	total := theme.Padding() * float32(max(len(visible)-1, 0))
	for i, o := range visible {
		full[i] = true
		total += l.widthOf(o, true)
	}
	for _, b := range l.order {
		if total <= size.Width {
			break
		}
		if i := slices.Index(visible, fyne.CanvasObject(b)); i >= 0 {
			total -= l.widthOf(b, true) - l.widthOf(b, false)
			full[i] = false
		}
	}
	x := size.Width - total
	if l.leading {
		x = 0
	}
	for i, o := range visible {
		if b, ok := l.collapsible(o); ok {
			text := l.label(b)
			if !full[i] {
				text = ""
			}
			if b.Text != text {
				b.Text = text
				b.Refresh()
			}
		}
		w := l.widthOf(o, full[i])
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(x, 0))
		x += w + theme.Padding()
	}
}
