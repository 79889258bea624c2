package workplace

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/ui/internal/uitest"
	"interactions/ui/list"
)

// typeKey sends a key to whatever has the window's focus, as the driver does.
func typeKey(t *testing.T, w fyne.Window, name fyne.KeyName) {
	t.Helper()
	f := w.Canvas().Focused()
	if f == nil {
		t.Fatalf("%s: nothing has the keyboard focus", name)
	}
	f.TypedKey(&fyne.KeyEvent{Name: name})
}

func TestInteractionsView_KeyboardAfterClick(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, w := showInteractions(t, st)
	shift := false
	old := list.ShiftHeld
	list.ShiftHeld = func() bool { return shift }
	t.Cleanup(func() { list.ShiftHeld = old })

	// A click on a row selects it and gives the list the keyboard.
	test.TapAt(v.table, fyne.NewPos(40, 100))
	row := v.sel.focus
	if row < 0 {
		t.Fatal("a click on the list selects no row")
	}
	if w.Canvas().Focused() != v.table {
		t.Fatalf("after a click the focus is on %T, want the list", w.Canvas().Focused())
	}

	steps := []struct {
		key    fyne.KeyName
		shift  bool
		lo, hi int // rows selected after the key
	}{
		{fyne.KeyDown, false, row + 1, row + 1},
		{fyne.KeyDown, true, row + 1, row + 2},
		{fyne.KeyDown, true, row + 1, row + 3},
		{fyne.KeyUp, false, row + 2, row + 2},
		{fyne.KeyHome, false, 0, 0},
		{fyne.KeyEnd, true, 0, 299},
		{fyne.KeyEnd, false, 299, 299},
		{fyne.KeyPageUp, false, -1, -1}, // a page up: checked below
	}
	for _, s := range steps {
		shift = s.shift
		typeKey(t, w, s.key)
		if s.lo < 0 {
			continue
		}
		uitest.Pump(t, "the range", func() bool { return len(v.sel.ids) == s.hi-s.lo+1 })
		if got, want := v.selectedIDs(), rowIDs(t, v, s.lo, s.hi); !slices.Equal(got, want) {
			t.Errorf("%s (Shift %v): %d rows selected, want rows %d–%d", s.key, s.shift, len(got), s.lo, s.hi)
		}
	}
	if f := v.sel.focus; f >= 299 || f < 299-100 {
		t.Errorf("Page Up from the last row moves the cursor to %d", f)
	}
	typeKey(t, w, fyne.KeyPageDown)
	if v.sel.focus != 299 {
		t.Errorf("Page Down back: cursor at %d, want 299", v.sel.focus)
	}

	// Enter opens the row under the cursor (the preview until the editors come).
	typeKey(t, w, fyne.KeyReturn)
	if !v.showPreview {
		t.Error("Enter did not open the interaction")
	}
}
