package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// PopUpCheck is a check box for a pop-up: Escape closes the pop-up even
// while the check has the keyboard focus (a tap gives it the focus, and
// a focused widget gets the keys before the window does).
type PopUpCheck struct {
	widget.Check
}

// NewPopUpCheck returns a check with the label text, calling changed
// when it is checked or unchecked.
func NewPopUpCheck(text string, changed func(bool)) *PopUpCheck {
	c := &PopUpCheck{}
	c.Text, c.OnChanged = text, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey closes the topmost pop-up on Escape; other keys do what they
// do in a check.
func (c *PopUpCheck) TypedKey(e *fyne.KeyEvent) {
	if e.Name == fyne.KeyEscape {
		CloseTopOverlay(c)
		return
	}
	c.Check.TypedKey(e)
}

// CloseTopOverlay hides the topmost pop-up of the canvas that shows o
// and takes the keyboard focus from it.
func CloseTopOverlay(o fyne.CanvasObject) {
	cv := fyne.CurrentApp().Driver().CanvasForObject(o)
	if cv == nil {
		return
	}
	if top := cv.Overlays().Top(); top != nil {
		cv.Unfocus()
		top.Hide()
	}
}
