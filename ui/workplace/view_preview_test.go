package workplace

import (
	"interactions/ui/internal/uitest"
	"testing"

	"fyne.io/fyne/v2"
)

// TestInteractionsView_PreviewFollowsSelection selects a row of the
// screen: the preview shows it; Enter shows a hidden preview again.
func TestInteractionsView_PreviewFollowsSelection(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, w := showInteractions(t, st)
	if !v.showPreview {
		v.togglePreview()
	}
	v.clickRow(1, 0)
	row := readItem(t, v.model, 1).Row
	uitest.Pump(t, "the preview", func() bool { return v.preview.Shown() != 0 && !v.preview.Busy() })
	if v.preview.Shown() != row.Interaction.ID {
		t.Fatalf("the preview shows %d, want %d", v.preview.Shown(), row.Interaction.ID)
	}
	n := 0
	for _, s := range uitest.VisibleTexts(w.Content()) {
		if uitest.Shown([]string{s}, row.Interaction.Topic) {
			n++
		}
	}
	if n < 2 {
		t.Errorf("the topic %q is not in both the list and the preview", row.Interaction.Topic)
	}
	v.togglePreview()
	if v.showPreview {
		t.Fatal("the preview does not hide")
	}
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !v.showPreview {
		t.Error("Enter leaves the preview hidden")
	}
}
