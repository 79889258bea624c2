package workplace

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"interactions/data"

	"interactions/ui/list"
)

// rowIDs returns the ids of rows lo..hi of the view's list, read.
func rowIDs(t *testing.T, v *View, lo, hi int) []data.ID {
	t.Helper()
	var ids []data.ID
	for i := lo; i <= hi; i++ {
		ids = append(ids, readItem(t, v.model, i).Row.Interaction.ID)
	}
	slices.Sort(ids)
	return ids
}

func TestInteractionsView_Selection(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, w := showInteractions(t, st)

	v.clickRow(2, 0)
	if got, want := v.selectedIDs(), rowIDs(t, v, 2, 2); !slices.Equal(got, want) {
		t.Fatalf("a click on row 2 selects %v, want %v", got, want)
	}
	if v.bulk.SelectionText() == "" {
		t.Error("the bulk bar does not show the selection count")
	}

	// Ctrl+click adds a row and takes it out again.
	v.clickRow(5, fyne.KeyModifierControl)
	if got, want := v.selectedIDs(), sortedIDs(append(rowIDs(t, v, 2, 2), rowIDs(t, v, 5, 5)...)); !slices.Equal(got, want) {
		t.Fatalf("Ctrl+click on row 5: %v, want %v", got, want)
	}
	v.clickRow(2, fyne.KeyModifierControl)
	if got, want := v.selectedIDs(), rowIDs(t, v, 5, 5); !slices.Equal(got, want) {
		t.Fatalf("Ctrl+click on row 2 again: %v, want %v", got, want)
	}

	// Shift+click selects the range from the anchor, the row clicked last (2).
	v.clickRow(9, fyne.KeyModifierShift)
	uitest.Pump(t, "the range", func() bool { return len(v.sel.ids) == 8 })
	if got, want := v.selectedIDs(), rowIDs(t, v, 2, 9); !slices.Equal(got, want) {
		t.Fatalf("Shift+click on row 9: %v, want rows 2–9 %v", got, want)
	}

	// The selected rows are highlighted; the others are not.
	v.table.Refresh()
	selected := map[string]bool{}
	for i := 2; i <= 9; i++ {
		selected[readItem(t, v.model, i).Row.Interaction.Topic] = true
	}
	lit := map[string]bool{}
	for _, c := range listCells(w.Content()) {
		if c.Label.Visible() && c.Back.FillColor == theme.Color(theme.ColorNameSelection) {
			lit[c.Label.Text] = true
		}
	}
	for topic := range selected {
		if !lit[topic] {
			t.Errorf("the topic %q of a selected row is not highlighted", topic)
		}
	}
	if len(lit) < 8*3 { // every cell with text of the eight rows: date, topic, contacts…
		t.Errorf("%d highlighted cells, want those of eight rows", len(lit))
	}

	// The selection survives a reload and a new order.
	before := v.selectedIDs()
	v.model.Reload()
	uitest.Pump(t, "the list to settle", v.model.Settled)
	v.sortByColumn(slices.IndexFunc(v.table.Cols, func(c list.Column) bool { return c.Kind == list.ColTopic }))
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if got := v.selectedIDs(); !slices.Equal(got, before) {
		t.Errorf("after a reload and a sort: %v, want %v", got, before)
	}
}

// TestInteractionsView_ShiftRangeBeyondRead selects a range over rows
// not read yet: their ids come from a scan.
func TestInteractionsView_ShiftRangeBeyondRead(t *testing.T) {
	st := uitest.DemoStore(t, 700)
	v, _ := showInteractions(t, st)
	v.model.PageSize = 50
	v.model.Reload()
	uitest.Pump(t, "the list to settle", v.model.Settled)
	v.selectRow(10)
	if len(v.sel.ids) != 1 {
		t.Fatalf("row 10 is not selected: %v", v.selectedIDs())
	}
	v.extendTo(600, false)
	uitest.Pump(t, "the range", func() bool { return len(v.sel.ids) == 591 })
	var want []data.ID
	n := 0
	st.Scan(t.Context(), data.Filter{}, data.NewestFirst, func(c data.Cursor) bool {
		if n >= 10 && n <= 600 {
			want = append(want, c.ID())
		}
		n++
		return true
	})
	if got := v.selectedIDs(); !slices.Equal(got, sortedIDs(want)) {
		t.Errorf("range 10–600 selects %d ids, want %d", len(got), len(want))
	}
}

func TestInteractionsView_SelectAllAndKeys(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, w := showInteractions(t, st)
	total, _ := v.model.Total()
	v.SelectAll()
	uitest.Pump(t, "select all", func() bool { return len(v.sel.ids) == total })

	// The arrows move the selection; Escape clears it.
	w.Canvas().Focus(v.table)
	v.clickRow(3, 0)
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if got, want := v.selectedIDs(), rowIDs(t, v, 5, 5); !slices.Equal(got, want) {
		t.Errorf("two rows down from row 3: %v, want %v", got, want)
	}
	v.moveSelection(-1, false)
	if got, want := v.selectedIDs(), rowIDs(t, v, 4, 4); !slices.Equal(got, want) {
		t.Errorf("one row up: %v, want %v", got, want)
	}
	v.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(v.selectedIDs()) != 0 {
		t.Errorf("Escape leaves %v selected", v.selectedIDs())
	}
}

func sortedIDs(ids []data.ID) []data.ID {
	out := slices.Clone(ids)
	slices.Sort(out)
	return out
}

// listCells returns the visible cells of the list under o.
func listCells(o fyne.CanvasObject) []*list.Cell {
	var out []*list.Cell
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch o := o.(type) {
		case *list.Cell:
			out = append(out, o)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}
