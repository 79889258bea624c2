package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// EscEntry is an entry of a dialog that closes the dialog on Escape (a
// focused plain entry would swallow the key) and confirms it on Enter
// through OnSubmitted.
type EscEntry struct {
	widget.Entry
	OnEscape func()
}

// NewEscEntry returns a one-line entry.
func NewEscEntry() *EscEntry {
	e := &EscEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// NewEscMultiLineEntry returns a multi-line entry.
func NewEscMultiLineEntry() *EscEntry {
	e := &EscEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey gives Escape to onEscape and every other key to the entry.
func (e *EscEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.OnEscape != nil {
		e.OnEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
