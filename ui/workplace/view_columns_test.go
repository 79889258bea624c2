package workplace

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
	fx := uitest.NewTypesFixture(t)
	v, w := showInteractions(t, fx.St)
	if !v.columns.Visible() {
		t.Fatal("the Columns… button is hidden while the attributes are on")
	}
	c := list.NewColumnsChooser(fx.St.AttrDefs(), list.ChosenAttrColumns(), w, func(ids []data.ID) {
		list.SetChosenAttrColumns(ids)
		v.applyOptions()
	})
	c.Checks[0].SetChecked(true)
	c.Dialog.Show()
	test.Tap(uitest.FindButton(t, w.Canvas().Overlays().Top(), "OK"))
	if got := list.ChosenAttrColumns(); !slices.Equal(got, []data.ID{fx.Channel.ID}) {
		t.Fatalf("chosen columns %v, want [%d]", got, fx.Channel.ID)
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
	fx := uitest.NewTypesFixture(t)
	fx.Mail.ReviewAfter = uitest.Now.Add(-time.Hour)
	if err := fx.St.SaveInteraction(fx.Mail); err != nil {
		t.Fatal(err)
	}
	if err := fx.St.MarkDeleted([]data.ID{fx.SMS.ID}, true); err != nil {
		t.Fatal(err)
	}
	v, w := showInteractions(t, fx.St)
	v.setFilter(data.Filter{Deleted: data.DeletedInclude})
	uitest.Pump(t, "the list to settle", v.model.Settled)
	v.table.Refresh()
	var overdue, deleted, deferred *widget.Label
	for _, c := range listCells(w.Content()) {
		switch c.Label.Text {
		case format.DateTime(fx.Mail.ReviewAfter):
			overdue = c.Label
		case format.DateTime(fx.Call.ReviewAfter):
			deferred = c.Label
		case fx.SMS.Topic:
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
