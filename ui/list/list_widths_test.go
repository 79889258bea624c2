package list

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

// TestTable_DraggedWidthRemembered drags the gap after the Topic header
// as a user does (hover, press, drag, release) and checks that the width
// is kept in the preferences, survives a new table (the next start) and
// a resize of the window, and that the other text columns share the rest.
func TestTable_DraggedWidthRemembered(t *testing.T) {
	st := uitest.DemoStore(t, 50)
	m := groupedModel(t, st, data.Filter{}, data.GroupBy{})
	cols := Columns(data.Options{UseSubjects: true}, nil)
	tbl := NewTable(m, cols)
	w := test.NewTempWindow(t, tbl)
	w.Resize(fyne.NewSize(1000, 400))
	before := tbl.Widths()

	// The gap after the Topic header: the right edge of its column.
	var x float32
	for i := 0; i <= ColTopic; i++ {
		x += before[i] + theme.Padding()
	}
	gap := fyne.NewPos(x-theme.Padding()/2, 5)
	tbl.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: gap}})
	if tbl.Cursor() != desktop.HResizeCursor {
		t.Fatalf("over the gap after Topic the cursor is %v, not the resize cursor", tbl.Cursor())
	}
	tbl.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: gap}, Button: desktop.MouseButtonPrimary})
	tbl.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: gap.AddXY(-60, 0)}, Dragged: fyne.NewDelta(-60, 0)})
	tbl.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: gap.AddXY(-60, 0)}, Button: desktop.MouseButtonPrimary})

	want := before[ColTopic] - 60
	if got := UserColumnWidths()["topic"]; got < want-1 || got > want+1 {
		t.Fatalf("the kept width of Topic is %v, want %v (preference %q)", got, want,
			fyne.CurrentApp().Preferences().String(columnWidthsPref))
	}
	if got := tbl.Widths()[ColTopic]; got < want-1 || got > want+1 {
		t.Errorf("Topic is %v wide after the drag, want %v", got, want)
	}
	if tbl.Widths()[colContacts] <= before[colContacts] {
		t.Errorf("Contacts did not take the width Topic gave up: %v, was %v", tbl.Widths()[colContacts], before[colContacts])
	}

	// The next start: a new table reads the width; a wider window keeps it.
	again := NewTable(m, Columns(data.Options{UseSubjects: true}, nil))
	w.SetContent(again)
	w.Resize(fyne.NewSize(1600, 400))
	if got := again.Widths()[ColTopic]; got < want-1 || got > want+1 {
		t.Errorf("after a restart and at 1600 px Topic is %v wide, want the user's %v", got, want)
	}

	again.ResetColumnWidths()
	if len(UserColumnWidths()) != 0 {
		t.Errorf("after a reset the widths %v are still kept", UserColumnWidths())
	}
	if got := again.Widths()[ColTopic]; got <= want {
		t.Errorf("after a reset Topic is %v wide at 1600 px, want it to take its share again", got)
	}
}
