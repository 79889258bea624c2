package keys_test

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/keys"
)

// keyLog records what the workplace was asked to do.
type keyLog []string

func (k *keyLog) FocusSearch()    { *k = append(*k, "focusSearch") }
func (k *keyLog) FocusNavSearch() { *k = append(*k, "focusNavSearch") }
func (k *keyLog) ToggleNav()      { *k = append(*k, "toggleNav") }
func (k *keyLog) UndoMark()       { *k = append(*k, "undoMark") }
func (k *keyLog) CreateDefault()  { *k = append(*k, "createDefault") }
func (k *keyLog) ToggleReviewed() { *k = append(*k, "toggleReviewed") }
func (k *keyLog) MarkDeleted()    { *k = append(*k, "markDeleted") }
func (k *keyLog) ClearSelection() { *k = append(*k, "clearSelection") }
func (k *keyLog) SelectAll()      { *k = append(*k, "selectAll") }

func TestRegisterShortcuts(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(800, 600))
	var log keyLog
	keys.Register(w.Canvas(), &log)
	c := w.Canvas()

	tests := []struct {
		name string
		do   func()
		want string
	}{
		{"Ctrl+F", func() { c.(fyne.Shortcutable).TypedShortcut(keys.FindShortcut) }, "focusSearch"},
		{"Ctrl+Shift+F", func() { c.(fyne.Shortcutable).TypedShortcut(keys.NavSearchShortcut) }, "focusNavSearch"},
		{"Ctrl+B", func() { c.(fyne.Shortcutable).TypedShortcut(keys.NavShortcut) }, "toggleNav"},
		{"Ctrl+Z", func() { c.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) }, "undoMark"},
		{"Ctrl+N", func() { c.(fyne.Shortcutable).TypedShortcut(keys.CreateShortcut) }, "createDefault"},
		{"Ctrl+R", func() { c.(fyne.Shortcutable).TypedShortcut(keys.ReviewedShortcut) }, "toggleReviewed"},
		{"Ctrl+A", func() { c.(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutSelectAll{}) }, "selectAll"},
		{"Delete", func() { c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDelete}) }, "markDeleted"},
		{"Escape", func() { c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }, "clearSelection"},
	}
	for _, tt := range tests {
		log = nil
		tt.do()
		if !slices.Equal(log, keyLog{tt.want}) {
			t.Errorf("%s did %q, want %q", tt.name, log, tt.want)
		}
	}

	// With a dialog open, the workplace behind it does not act on its
	// keys, and Escape closes the dialog.
	d := dialog.NewInformation("Title", "Message", w)
	d.Show()
	log = nil
	for _, tt := range tests[:7] {
		tt.do()
	}
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDelete})
	c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(log) != 0 {
		t.Errorf("with a dialog open the keys did %q, want nothing", log)
	}
	if c.Overlays().Top() != nil {
		t.Error("Escape left the dialog open")
	}
	if keys.Handle(c, &log, &fyne.KeyEvent{Name: fyne.KeyA}) {
		t.Error("keys.Handle claims a key that is not the workplace's")
	}
}

func TestUnregister(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	var log keyLog
	keys.Register(w.Canvas(), &log)
	keys.Unregister(w.Canvas())
	c := w.Canvas()
	for _, s := range []fyne.Shortcut{keys.FindShortcut, keys.NavSearchShortcut, keys.NavShortcut, &fyne.ShortcutUndo{},
		keys.CreateShortcut, keys.ReviewedShortcut, &fyne.ShortcutSelectAll{}} {
		c.(fyne.Shortcutable).TypedShortcut(s)
	}
	if c.OnTypedKey() != nil {
		c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyDelete})
	}
	if len(log) > 0 {
		t.Errorf("after Unregister the keys still did %q", log)
	}
}
