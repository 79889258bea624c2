package workplace

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/keys"
	"interactions/ui/session"
)

// withinWidth fails when a visible object of o reaches past width (the
// right edge of the window), as a clipped toolbar would.
func withinWidth(t *testing.T, what string, o fyne.CanvasObject, width float32) {
	t.Helper()
	uitest.Walk(o, func(c fyne.CanvasObject) bool {
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(c)
		if right := pos.X + c.Size().Width; right > width+0.5 {
			t.Errorf("%s: a %T reaches %.0f px, past the window's %.0f", what, c, right, width)
			return false
		}
		return true
	})
}

// TestInteractionsView_NarrowWindow narrows the window: the navigation
// panel hides itself and the list takes the width; the bulk bar, the
// search and "Reset filter" stay inside the window; widening brings the
// panel back. Ctrl+B hides it for good, remembered, and a wide window
// then leaves it hidden.
func TestInteractionsView_NarrowWindow(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	v, w := showInteractions(t, st)
	keys.Register(w.Canvas(), v)
	if !v.NavShown() {
		t.Fatal("at 1400 px the navigation panel is hidden")
	}
	wide := v.table.Size().Width

	w.Resize(fyne.NewSize(820, 600))
	settleView(t, v)
	if v.NavShown() {
		t.Fatal("at 820 px the navigation panel is still shown")
	}
	if got := v.table.Size().Width; got < 760 {
		t.Errorf("at 820 px the list is %.0f px wide, want the whole body (was %.0f with the panel at 1400)", got, wide)
	}
	withinWidth(t, "bulk bar", v.bulk.Content, 820)
	withinWidth(t, "search", v.filters.Search, 820)
	withinWidth(t, "filter bar", v.filters.Content, 820)
	if !fyne.CurrentApp().Preferences().BoolWithFallback(showNavPref, true) {
		t.Error("hiding the panel for the width changed the user's choice")
	}

	w.Resize(fyne.NewSize(1400, 700))
	settleView(t, v)
	if !v.NavShown() {
		t.Fatal("widening to 1400 px did not bring the panel back")
	}

	w.Canvas().(fyne.Shortcutable).TypedShortcut(keys.NavShortcut)
	if v.NavShown() || fyne.CurrentApp().Preferences().BoolWithFallback(showNavPref, true) {
		t.Fatal("Ctrl+B did not hide the panel and remember it")
	}
	w.Resize(fyne.NewSize(820, 600))
	w.Resize(fyne.NewSize(1400, 700))
	if v.NavShown() {
		t.Error("the panel the user hid came back when the window widened")
	}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(keys.NavShortcut)
	if !v.NavShown() || !fyne.CurrentApp().Preferences().Bool(showNavPref) {
		t.Error("Ctrl+B again did not show the panel and remember it")
	}
}

// TestInteractionsView_MarkedNote marks two interactions for deletion:
// the status line says so next to the count, and its button shows them.
func TestInteractionsView_MarkedNote(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	v, _ := showInteractions(t, st)
	settleView(t, v)
	before, err := st.Count(data.Filter{Deleted: data.DeletedOnly})
	if err != nil {
		t.Fatal(err)
	}
	page, err := st.List(data.Query{Limit: 2})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.MarkDeleted([]data.ID{page.Rows[0].Interaction.ID, page.Rows[1].Interaction.ID}, true); err != nil {
		t.Fatal(err)
	}
	v.Changed(session.Interactions)
	settleView(t, v)
	if before != 0 {
		t.Fatalf("the demo of 200 starts with %d marked, want none for this test", before)
	}
	want := "· 2 marked for deletion"
	if got := v.MarkedNote(); got != want || !v.marked.Show.Visible() {
		t.Fatalf("the status line's note is %q (button shown %v), want %q", got, v.marked.Show.Visible(), want)
	}
	test.Tap(v.marked.Show)
	settleView(t, v)
	if v.model.Filter().Deleted != data.DeletedInclude {
		t.Errorf("Show them left the filter's deleted mode at %v", v.model.Filter().Deleted)
	}
	if v.MarkedNote() != "" || v.marked.Show.Visible() {
		t.Errorf("with the marked shown the note still reads %q", v.MarkedNote())
	}
}
