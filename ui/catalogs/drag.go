package catalogs

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// Dropping rows on a target beside the list: a partner dragged onto a
// group of the tree moves to it. Fyne has no drop targets: the row is
// draggable (fyne.Draggable), and the screen says which target is under
// the pointer from the targets' places on the canvas.

// dropper is what a screen that takes dropped rows tells its list: the
// target under an absolute position of the canvas (its name; ok false
// for none), and what a drop of the record id there does.
type dropper struct {
	target func(at fyne.Position) (name string, ok bool)
	drop   func(id data.ID, at fyne.Position)
}

// rowDrag is a drag of a row under way: the record dragged, and the
// label that follows the pointer and names the target.
type rowDrag struct {
	id    data.ID
	name  string
	at    fyne.Position
	label *widget.Label
	pop   *widget.PopUp
}

// Dragged follows a drag of the row when the list takes drops.
func (r *row) Dragged(ev *fyne.DragEvent) {
	c := r.c
	if c.dropper == nil {
		return
	}
	cnv := fyne.CurrentApp().Driver().CanvasForObject(r)
	if cnv == nil {
		return
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(r).Add(ev.Position)
	if c.drag == nil {
		if r.i < 0 || r.i >= len(c.Shown) {
			return
		}
		e := c.Shown[r.i]
		d := &rowDrag{id: e.id, name: e.cells[0], label: widget.NewLabel(e.cells[0])}
		d.pop = widget.NewPopUp(d.label, cnv)
		c.drag = d
	}
	d := c.drag
	d.at = at
	if target, ok := c.dropper.target(at); ok {
		d.label.SetText(lang.X("partner.dragTo", "{{.Name}} → {{.Group}}", map[string]any{"Name": d.name, "Group": target}))
	} else {
		d.label.SetText(d.name)
	}
	d.pop.Resize(d.pop.MinSize())
	d.pop.ShowAtPosition(at.Add(fyne.NewPos(12, 12)))
}

// DragEnd drops the row dragged on the target under the pointer, if any.
func (r *row) DragEnd() {
	c := r.c
	d := c.drag
	if d == nil {
		return
	}
	c.drag = nil
	d.pop.Hide()
	if _, ok := c.dropper.target(d.at); ok {
		c.dropper.drop(d.id, d.at)
	}
}

// groupAt returns the group node of the tree shown at the absolute
// position at: the node whose row the position is in.
func (s *Partners) groupAt(at fyne.Position) (widget.TreeNodeID, bool) {
	drv := fyne.CurrentApp().Driver()
	if drv.CanvasForObject(s.Groups) == nil || !s.Groups.Visible() {
		return "", false
	}
	tree := drv.AbsolutePositionForObject(s.Groups)
	size := s.Groups.Size()
	if at.X < tree.X || at.Y < tree.Y || at.X > tree.X+size.Width || at.Y > tree.Y+size.Height {
		return "", false
	}
	for l, node := range s.nodeLabels {
		if !l.Visible() || drv.CanvasForObject(l) == nil {
			continue
		}
		p := drv.AbsolutePositionForObject(l)
		if p.IsZero() && !tree.IsZero() {
			continue // a label the tree keeps for later, on no row
		}
		if at.Y >= p.Y && at.Y < p.Y+l.Size().Height {
			return node, true
		}
	}
	return "", false
}

// dropOnGroup moves partner id to the group under at.
func (s *Partners) dropOnGroup(id data.ID, at fyne.Position) {
	if node, ok := s.groupAt(at); ok {
		s.moveTo(id, groupID(node))
	}
}
