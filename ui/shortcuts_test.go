package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/ui/widgets"
)

func TestEscEntry_ClosesOnEscape(t *testing.T) {
	test.NewTempApp(t)
	e := widgets.NewEscEntry()
	closed := 0
	e.OnEscape = func() { closed++ }
	w := test.NewTempWindow(t, e)
	w.Canvas().Focus(e)
	test.Type(e, "abc")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if closed != 1 || e.Text != "abc" {
		t.Errorf("Escape: closed %d times, text %q; want once, the text kept", closed, e.Text)
	}
}
