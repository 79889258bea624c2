package filterbar

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// filterRowLayout lays out one row of the filter bar from left to right.
// While the row is wide enough every visible object gets its natural width
// (a select: its longest option) and the stretch object, if any, takes what
// is left. In a narrower row the elastic objects (the pickers, whose names
// are cut anyway) shrink first, toward their minimum widths, then the
// others together; a select cuts its text with an ellipsis.
type filterRowLayout struct {
	stretch     fyne.CanvasObject             // takes the rest of the row; may be nil
	stretchWant float32                       // the width the stretch object keeps before others shrink
	natural     map[fyne.CanvasObject]float32 // natural widths; others use their MinSize
	elastic     map[fyne.CanvasObject]bool    // objects that shrink first
}

func newFilterRowLayout(stretch fyne.CanvasObject, stretchWant float32) *filterRowLayout {
	return &filterRowLayout{stretch: stretch, stretchWant: stretchWant,
		natural: map[fyne.CanvasObject]float32{}, elastic: map[fyne.CanvasObject]bool{}}
}

// naturalWidth returns the width o takes when the row has room.
func (l *filterRowLayout) naturalWidth(o fyne.CanvasObject) float32 {
	least := o.MinSize().Width
	if w, ok := l.natural[o]; ok && w > least {
		return w
	}
	return least
}

// squeezeWidth is the narrowest a select of the bar gets in a narrow
// window: its icon and the first letters of its text, cut with an ellipsis.
const squeezeWidth = 84

// least is the narrowest o gets: a select or a drop down to squeezeWidth,
// anything else its minimum width.
func (l *filterRowLayout) least(o fyne.CanvasObject) float32 {
	w := o.MinSize().Width
	switch o.(type) {
	case *widget.Select, *filterDrop:
		return min(w, squeezeWidth)
	}
	return w
}

// MinSize is the sum of the narrowest widths: the row never forces the
// window wider than that.
func (l *filterRowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		w += l.least(o)
		h = max(h, s.Height)
		n++
	}
	if n > 1 {
		w += theme.Padding() * float32(n-1)
	}
	return fyne.NewSize(w, h)
}

// Layout places the visible objects; see filterRowLayout.
func (l *filterRowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	var visible []fyne.CanvasObject
	for _, o := range objects {
		if o.Visible() {
			visible = append(visible, o)
		}
	}
	if len(visible) == 0 {
		return
	}
	avail := size.Width - theme.Padding()*float32(len(visible)-1)
	widths := make([]float32, len(visible))
	var used, slack [2]float32 // by group: 0 elastic, 1 the others
	group := func(o fyne.CanvasObject) int {
		if l.elastic[o] {
			return 0
		}
		return 1
	}
	keep := float32(0)
	for i, o := range visible {
		if o == l.stretch {
			keep = max(l.stretchWant, o.MinSize().Width)
			continue
		}
		widths[i] = l.naturalWidth(o)
		used[group(o)] += widths[i]
		slack[group(o)] += widths[i] - o.MinSize().Width
	}
	excess := used[0] + used[1] + keep - avail
	for g := range 2 {
		if excess <= 0 || slack[g] <= 0 {
			continue
		}
		take := min(excess, slack[g])
		for i, o := range visible {
			if o != l.stretch && group(o) == g {
				widths[i] -= (widths[i] - o.MinSize().Width) * take / slack[g]
			}
		}
		excess -= take
	}
	// Still too wide: the selects give up what they have above their
	// narrowest, together.
	if excess > 0 {
		var squeeze float32
		for i, o := range visible {
			if o != l.stretch {
				squeeze += widths[i] - l.least(o)
			}
		}
		if squeeze > 0 {
			take := min(excess, squeeze)
			for i, o := range visible {
				if o != l.stretch {
					widths[i] -= (widths[i] - l.least(o)) * take / squeeze
				}
			}
		}
	}
	total := float32(0)
	for _, w := range widths {
		total += w
	}
	x := float32(0)
	for i, o := range visible {
		w := widths[i]
		if o == l.stretch {
			w = max(avail-total, l.least(o))
		}
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos(x, 0))
		x += w + theme.Padding()
	}
}

// fitSelect records the natural width of o, a select or a drop (s is its
// select): its longest option, up to maxWidth.
func (l *filterRowLayout) fitSelect(o fyne.CanvasObject, s *widget.Select, maxWidth float32) {
	th := theme.Current()
	textSize := th.Size(theme.SizeNameText)
	longest := float32(0)
	for _, opt := range s.Options {
		longest = max(longest, fyne.MeasureText(opt, textSize, fyne.TextStyle{}).Width)
	}
	extra := o.MinSize().Width - fyne.MeasureText(s.PlaceHolder, textSize, fyne.TextStyle{}).Width
	l.natural[o] = min(longest+extra+1, maxWidth)
}

// filterDrop looks like a widget.Select showing one text, but a tap (or
// Space, Up, Down) opens a pop-up of its own: the type checks, the
// searchable pickers, the custom period, the attribute condition.
type filterDrop struct {
	widget.Select
	open func()
}

// newFilterDrop returns a drop whose minimum width is that of placeholder.
func newFilterDrop(placeholder string, open func()) *filterDrop {
	d := &filterDrop{open: open}
	d.PlaceHolder = placeholder
	d.ExtendBaseWidget(d)
	return d
}

// SetText shows s as the drop's value.
func (d *filterDrop) SetText(s string) {
	if d.Selected == s {
		return
	}
	d.Options = []string{s}
	d.Selected = s
	d.Refresh()
}

// Tapped opens the drop's pop-up.
func (d *filterDrop) Tapped(*fyne.PointEvent) {
	if d.Disabled() || d.open == nil {
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(d); c != nil {
		c.Focus(d)
	}
	d.open()
}

// TypedKey opens the pop-up on Space, Up, Down or Enter.
func (d *filterDrop) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		if !d.Disabled() && d.open != nil {
			d.open()
		}
	}
}

// showBelow shows content in a pop-up under anchor, at least size large,
// cut to the canvas.
func showBelow(c fyne.Canvas, content fyne.CanvasObject, anchor fyne.CanvasObject, size fyne.Size) *widget.PopUp {
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor).Add(fyne.NewPos(0, anchor.Size().Height))
	size = size.Max(content.MinSize())
	size.Width = max(size.Width, anchor.Size().Width)
	if cs := c.Size(); cs.Width > 0 && cs.Height > 0 {
		if pos.X+size.Width > cs.Width {
			pos.X = max(0, cs.Width-size.Width)
		}
		if pos.Y+size.Height > cs.Height {
			size.Height = max(content.MinSize().Height, cs.Height-pos.Y)
		}
	}
	p := widget.NewPopUp(content, c)
	p.ShowAtPosition(pos)
	p.Resize(size)
	return p
}

// refitPopUp gives a pop-up the height its content needs now (an error
// line appeared), keeping its width. It lays out twice: a wrapping label
// knows its height only once it has its width.
func refitPopUp(p *widget.PopUp) {
	if p == nil || !p.Visible() {
		return
	}
	w := p.Content.Size().Width
	for range 2 {
		p.Resize(fyne.NewSize(w, p.Content.MinSize().Height))
	}
}
