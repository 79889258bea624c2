package workplace

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/ui/internal/uitest"
	"interactions/ui/list"
)

// keysOf returns the keys of cols, in order.
func keysOf(cols []list.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Key
	}
	return out
}

// TestInteractionsView_ColumnOrder moves Responsible up to follow Date in
// the columns dialog: the table shows the new order, a new screen (the
// next start) too; "Usual order and widths" brings the usual order and
// forgets a width the user gave.
func TestInteractionsView_ColumnOrder(t *testing.T) {
	st := uitest.DemoStore(t, 50)
	v, w := showInteractions(t, st)
	usual := keysOf(v.table.Cols)

	test.Tap(v.columns)
	e := v.chooser.Order
	if e == nil {
		t.Fatal("the columns dialog has no order")
	}
	from := slices.Index(usual, "responsible")
	e.List.Select(from)
	for range from - 1 {
		test.Tap(e.Up)
	}
	test.Tap(uitest.FindButton(t, w.Canvas().Overlays().Top(), "OK"))

	got := keysOf(v.table.Cols)
	if len(got) < 2 || got[0] != "date" || got[1] != "responsible" || len(got) != len(usual) {
		t.Fatalf("after moving Responsible up the columns are %q, want date, responsible, then the rest", got)
	}
	if again := keysOf(v.currentColumns()); !slices.Equal(again, got) {
		t.Errorf("the next start's columns are %q, want %q", again, got)
	}

	v.table.ResizeColumn(1, 300)
	test.Tap(v.columns)
	test.Tap(v.chooser.Order.Reset)
	if got := keysOf(v.table.Cols); !slices.Equal(got, usual) {
		t.Errorf("after the reset the columns are %q, want the usual %q", got, usual)
	}
	if len(list.UserColumnWidths()) != 0 {
		t.Errorf("after the reset the widths %v are kept", list.UserColumnWidths())
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the reset left the dialog open")
	}
}
