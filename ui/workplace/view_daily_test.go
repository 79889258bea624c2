package workplace

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/keys"
	"interactions/ui/session"
)

// TestInteractionsView_SelectionFollowsList marks four rows reviewed under
// "To review": they leave the list, and the selection and the bulk bar
// let go of them.
func TestInteractionsView_SelectionFollowsList(t *testing.T) {
	st := uitest.DemoStore(t, 400)
	v, _ := showInteractions(t, st)
	f := v.filters.Filter()
	f.Status = data.StatusToReview
	v.filters.SetFilter(f)
	v.setFilter(f)
	settleView(t, v)

	v.selectRow(0)
	v.extendTo(3, false)
	uitest.Pump(t, "four rows selected", func() bool { return len(v.sel.ids) == 4 })
	test.Tap(v.bulk.Reviewed)
	settleView(t, v)
	uitest.Pump(t, "the selection to follow the list", func() bool { return len(v.sel.ids) == 0 })
	if v.bulk.SelectionText() != "Selected: 0" || !v.bulk.Reviewed.Disabled() {
		t.Errorf("the bulk bar says %q, Mark reviewed disabled = %v; want Selected: 0 and disabled",
			v.bulk.SelectionText(), v.bulk.Reviewed.Disabled())
	}

	// Rows still listed stay selected through a change of others.
	v.selectRow(0)
	v.extendTo(1, false)
	uitest.Pump(t, "two rows selected", func() bool { return len(v.sel.ids) == 2 })
	v.Changed(session.Interactions)
	settleView(t, v)
	if n := len(v.sel.ids); n != 2 {
		t.Errorf("a reload with the rows still listed leaves %d selected, want 2", n)
	}
}

// TestInteractionsView_DeleteAsksAndUndoes presses Delete on the list:
// a question with the count, the rows leave on OK, Ctrl+Z brings them back,
// and "Show marked" shows marked rows among the others.
func TestInteractionsView_DeleteAsksAndUndoes(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, w := showInteractions(t, st)
	keys.Register(w.Canvas(), v)
	total, _ := v.model.Total()

	test.TapAt(v.table, fyne.NewPos(40, 100))
	typeKey(t, w, fyne.KeyDown)
	v.moveSelection(1, true) // Shift+Down
	uitest.Pump(t, "two rows selected", func() bool { return len(v.sel.ids) == 2 })
	ids := v.selectedIDs()
	typeKey(t, w, fyne.KeyDelete)
	uitest.Pump(t, "the question", func() bool { return w.Canvas().Overlays().Top() != nil })
	if q := strings.Join(uitest.VisibleTexts(w.Canvas().Overlays().Top()), " "); !strings.Contains(q, "Mark 2 interactions for deletion?") {
		t.Fatalf("Delete asks %q", uitest.VisibleTexts(w.Canvas().Overlays().Top()))
	}
	if n, _ := st.Count(data.Filter{Deleted: data.DeletedOnly}); n != 0 {
		t.Fatalf("%d marked before the answer", n)
	}
	test.Tap(uitest.FindButton(t, w.Canvas().Overlays().Top(), "Mark"))
	settleView(t, v)
	uitest.Pump(t, "the rows to leave", func() bool { n, _ := v.model.Total(); return n == total-2 && len(v.sel.ids) == 0 })

	// "Show marked" shows them, dimmed in italics by the table.
	test.Tap(v.markedToggle)
	settleView(t, v)
	if n, _ := v.model.Total(); n != total {
		t.Errorf("with Show marked the list holds %d, want %d", n, total)
	}
	test.Tap(v.markedToggle)
	settleView(t, v)

	w.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{})
	settleView(t, v)
	uitest.Pump(t, "the undo", func() bool { n, _ := v.model.Total(); return n == total })
	for _, id := range ids {
		if it, err := st.Interaction(id); err != nil || it.Deleted {
			t.Errorf("interaction %d after Ctrl+Z: deleted %v, %v", id, it != nil && it.Deleted, err)
		}
	}
}
