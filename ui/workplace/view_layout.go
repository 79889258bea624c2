package workplace

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// navAutoHideWidth is the width of the screen's body below which the
// navigation panel hides itself, so that the list keeps room for its
// date, topic, contacts and responsible: at 900 px of window the list
// gets the whole body. Widening past it brings the panel back, unless
// the user hid it meanwhile.
const navAutoHideWidth = 860

// bodyLayout stacks the shown parts of the body over its whole size and
// hides or brings back the navigation panel as the width crosses
// navAutoHideWidth.
type bodyLayout struct{ v *View }

// newBody returns the container of the body's parts, laid out by bodyLayout.
func (v *View) newBody() *fyne.Container {
	return container.New(&bodyLayout{v: v})
}

func (l *bodyLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l.v.fitWidth(size.Width)
	for _, o := range l.v.body.Objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (l *bodyLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s
}

// fitWidth hides the navigation panel when the body gets narrower than
// navAutoHideWidth and shows it again when the body widens past it, if it
// was hidden for the width. The user's choice (the button, Ctrl+B) is not
// changed by it.
func (v *View) fitWidth(width float32) {
	if width <= 0 {
		return
	}
	narrow := width < navAutoHideWidth
	if narrow == v.narrow {
		return
	}
	v.narrow = narrow
	switch {
	case narrow && v.showNav:
		v.showNav, v.navHiddenByWidth = false, true
		v.layoutBody()
	case !narrow && v.navHiddenByWidth:
		v.showNav, v.navHiddenByWidth = true, false
		v.layoutBody()
	}
}

// ToggleNav shows or hides the navigation panel (Ctrl+B) and remembers
// the choice for the next start.
func (v *View) ToggleNav() { v.toggleNav() }

// NavShown reports whether the navigation panel is shown.
func (v *View) NavShown() bool { return v.showNav }
