package catalogs

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

// rowShown returns the list's row widget showing row i.
func rowShown(t *testing.T, c fyne.Canvas, i int) *row {
	t.Helper()
	for _, o := range test.LaidOutObjects(c.Content()) {
		if r, ok := o.(*row); ok && r.i == i && r.Visible() {
			return r
		}
	}
	t.Fatalf("no row shows line %d", i)
	return nil
}

func TestPartners_DragOntoAGroupMovesThePartner(t *testing.T) {
	f := newFixture(t)
	g := &data.PartnerGroup{Name: "Оптовые"}
	if err := f.St.SavePartnerGroup(g); err != nil {
		t.Fatal(err)
	}
	s := NewPartners(f.deps)
	f.show(t, s)
	var label fyne.CanvasObject
	for l, node := range s.nodeLabels {
		if node == groupNode(g.ID) {
			label = l
		}
	}
	if label == nil {
		t.Fatal("the tree shows no row of the group")
	}
	drv := fyne.CurrentApp().Driver()
	r := rowShown(t, f.win.Canvas(), 0)
	target := drv.AbsolutePositionForObject(label).Add(fyne.NewPos(5, 5))
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: target.Subtract(drv.AbsolutePositionForObject(r))}})
	if s.drag == nil || s.drag.label.Text != "ООО «Ромашка» → Оптовые" {
		t.Fatalf("the drag shows %+v, want the partner and the group", s.drag)
	}
	r.DragEnd()
	uitest.Pump(t, "the move", func() bool {
		p, _ := f.St.Partner(f.Partner.ID)
		return p.Group == g.ID
	})

	// Dropped outside the tree, nothing moves.
	r = rowShown(t, f.win.Canvas(), 0)
	r.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(40, 5)}})
	r.DragEnd()
	uitest.Pump(t, "the list", func() bool { return !s.Busy() })
	if p, _ := f.St.Partner(f.Partner.ID); p.Group != g.ID {
		t.Errorf("a drop on the list moved the partner to group %d", p.Group)
	}
}
