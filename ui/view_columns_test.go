package ui

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/list"
)

// TestInteractionsView_AttrColumns chooses an additional attribute as a
// column: its header and the values of the rows show.
func TestInteractionsView_AttrColumns(t *testing.T) {
	test.NewTempApp(t)
	fx := newPreviewFixture(t)
	v, w := showInteractions(t, fx.st)
	if !v.columns.Visible() {
		t.Fatal("the Columns… button is hidden while the attributes are on")
	}
	c := list.NewColumnsChooser(fx.st.AttrDefs(), list.ChosenAttrColumns(), w, func(ids []data.ID) {
		list.SetChosenAttrColumns(ids)
		v.applyOptions()
	})
	c.Checks[0].SetChecked(true)
	c.Dialog.Show()
	test.Tap(uitest.FindButton(t, w.Canvas().Overlays().Top(), "OK"))
	if got := list.ChosenAttrColumns(); !slices.Equal(got, []data.ID{fx.channel.ID}) {
		t.Fatalf("chosen columns %v, want [%d]", got, fx.channel.ID)
	}
	last := v.table.Cols[len(v.table.Cols)-1]
	if last.Kind != list.ColAttr || last.Title != "Канал" {
		t.Fatalf("the last column is %+v, want the attribute", last)
	}
	v.table.ScrollToTrailing()
	v.table.Refresh()
	texts := uitest.VisibleTexts(w.Content())
	for _, want := range []string{"Канал", "Выставка"} {
		if !slices.Contains(texts, want) {
			t.Errorf("%q is not shown; shown: %q", want, texts)
		}
	}
}

// TestInteractionsView_RowMarks checks the marks of rows: an overdue
// review-after in the error colour, marked rows dimmed in italics.
func TestInteractionsView_RowMarks(t *testing.T) {
	test.NewTempApp(t)
	fx := newPreviewFixture(t)
	fx.mail.ReviewAfter = uitest.Now.Add(-time.Hour)
	if err := fx.st.SaveInteraction(fx.mail); err != nil {
		t.Fatal(err)
	}
	if err := fx.st.MarkDeleted([]data.ID{fx.sms.ID}, true); err != nil {
		t.Fatal(err)
	}
	v, w := showInteractions(t, fx.st)
	v.setFilter(data.Filter{Deleted: data.DeletedInclude})
	uitest.Pump(t, "the list to settle", v.model.Settled)
	v.table.Refresh()
	var overdue, deleted, deferred *widget.Label
	for _, c := range listCells(w.Content()) {
		switch c.Label.Text {
		case format.DateTime(fx.mail.ReviewAfter):
			overdue = c.Label
		case format.DateTime(fx.call.ReviewAfter):
			deferred = c.Label
		case fx.sms.Topic:
			deleted = c.Label
		}
	}
	if overdue == nil || overdue.Importance != widget.DangerImportance {
		t.Errorf("the overdue review-after is not marked: %+v", overdue)
	}
	if deferred == nil || deferred.Importance == widget.DangerImportance {
		t.Errorf("a review-after in the future is marked overdue: %+v", deferred)
	}
	if deleted == nil || !deleted.TextStyle.Italic || deleted.Importance != widget.LowImportance {
		t.Errorf("the marked row is not dimmed: %+v", deleted)
	}
}
