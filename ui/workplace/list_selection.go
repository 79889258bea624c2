package workplace

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"interactions/data"
)

// doubleClickTime is the longest pause between the two clicks of a double click.
const doubleClickTime = 500 * time.Millisecond

// selection is the selection of the list: a set of interaction ids,
// so that it survives reloads and new sort orders, and the row of the
// keyboard cursor with the anchor of Shift ranges.
type selection struct {
	ids     map[data.ID]bool
	focus   int  // the cursor row, -1 for none
	anchor  int  // where a Shift range starts
	pending bool // the cursor row is not read yet: select it when it is
	gen     int  // bumped by every change: late range results are dropped

	lastClick     time.Time // for double clicks
	lastClickedID data.ID
}

func newSelection() *selection {
	return &selection{ids: map[data.ID]bool{}, focus: -1, anchor: -1}
}

// only selects the interaction id alone, with no cursor row.
func (s *selection) only(id data.ID) {
	s.gen++
	clear(s.ids)
	s.ids[id] = true
	s.focus, s.anchor, s.pending = -1, -1, false
}

// has reports whether the interaction is selected.
func (s *selection) has(id data.ID) bool { return s.ids[id] }

// clickRow does what a click on row i does: a group header expands or
// collapses; Ctrl (⌘) adds or removes the row, Shift selects the range
// from the anchor, a plain click selects the row alone; a second click on
// the same row soon after opens it.
func (v *View) clickRow(i int, mods fyne.KeyModifier) {
	item := v.model.Item(i)
	if item.Group != nil {
		v.sel.focus, v.sel.anchor = i, i
		v.model.Toggle(item.Group)
		return
	}
	switch {
	case mods&fyne.KeyModifierShift != 0:
		v.extendTo(i, mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0)
	case mods&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0:
		v.toggleRow(i)
	default:
		now := time.Now()
		double := item.Ok && v.sel.lastClickedID == item.Row.Interaction.ID && now.Sub(v.sel.lastClick) < doubleClickTime
		v.selectRow(i)
		if item.Ok {
			v.sel.lastClick, v.sel.lastClickedID = now, item.Row.Interaction.ID
		}
		if double {
			v.sel.lastClickedID = 0
			v.openSelected()
		}
	}
}

// selectRow selects row i alone and puts the cursor on it.
func (v *View) selectRow(i int) {
	s := v.sel
	s.gen++
	s.focus, s.anchor = i, i
	clear(s.ids)
	item := v.model.Item(i)
	s.pending = !item.Ok
	if item.Ok && item.Group == nil {
		s.ids[item.Row.Interaction.ID] = true
	}
	v.selectionChanged()
}

// toggleRow adds row i to the selection or takes it out, as Ctrl+click does.
func (v *View) toggleRow(i int) {
	s := v.sel
	item := v.model.Item(i)
	s.focus, s.anchor = i, i
	if !item.Ok || item.Group != nil {
		return
	}
	s.gen++
	id := item.Row.Interaction.ID
	if s.ids[id] {
		delete(s.ids, id)
	} else {
		s.ids[id] = true
	}
	v.selectionChanged()
}

// extendTo selects the rows from the anchor to row i, as Shift+click
// does; with add (Ctrl held too) the range joins the selection. Rows not
// read yet are found in the background.
func (v *View) extendTo(i int, add bool) {
	s := v.sel
	if s.anchor < 0 {
		s.anchor = 0
	}
	lo, hi := min(s.anchor, i), max(s.anchor, i)
	s.focus = i
	s.gen++
	gen := s.gen
	v.model.IDsBetween(lo, hi, func(ids []data.ID) {
		if gen != s.gen {
			return
		}
		if !add {
			clear(s.ids)
		}
		for _, id := range ids {
			s.ids[id] = true
		}
		v.selectionChanged()
	})
}

// moveSelection moves the cursor delta rows, as the arrow and page keys
// do: the row there alone is selected, or with extend (Shift held) the
// rows from the anchor to it.
func (v *View) moveSelection(delta int, extend bool) {
	n := v.model.Len()
	if n == 0 {
		return
	}
	i := v.sel.focus + delta
	if v.sel.focus < 0 {
		i = 0
		if delta < 0 {
			i = n - 1
		}
	}
	v.moveTo(i, extend)
}

// moveToEnd moves the cursor to the first row (Home) or the last (End).
func (v *View) moveToEnd(last, extend bool) {
	i := 0
	if last {
		i = v.model.Len() - 1
	}
	v.moveTo(i, extend)
}

// moveTo puts the cursor on row i, selecting it alone or, with extend,
// the rows from the anchor to it, and scrolls it into view.
func (v *View) moveTo(i int, extend bool) {
	n := v.model.Len()
	if n == 0 {
		return
	}
	i = min(max(i, 0), n-1)
	if extend {
		if v.sel.anchor < 0 {
			v.sel.anchor = max(v.sel.focus, 0)
		}
		v.extendTo(i, false)
	} else {
		v.selectRow(i)
	}
	v.table.FocusRow(i)
}

// selectedIDs returns the ids of the selected interactions, in id order.
func (v *View) selectedIDs() []data.ID {
	ids := make([]data.ID, 0, len(v.sel.ids))
	for id := range v.sel.ids {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// SelectAll selects every interaction of the current result, read with
// one scan of its keys in the background.
func (v *View) SelectAll() {
	s := v.sel
	s.gen++
	gen := s.gen
	v.model.AllIDs(func(ids []data.ID) {
		if gen != s.gen {
			return
		}
		clear(s.ids)
		for _, id := range ids {
			s.ids[id] = true
		}
		v.selectionChanged()
	})
}

// ClearSelection selects nothing.
func (v *View) ClearSelection() {
	s := v.sel
	s.gen++
	clear(s.ids)
	s.focus, s.anchor, s.pending = -1, -1, false
	v.selectionChanged()
}

// selectPending selects the cursor row once it is read, after a move
// onto a row not read yet.
func (v *View) selectPending() {
	s := v.sel
	if !s.pending || s.focus < 0 {
		return
	}
	item := v.model.Item(s.focus)
	if !item.Ok {
		return
	}
	s.pending = false
	if item.Group == nil {
		s.ids[item.Row.Interaction.ID] = true
		v.selectionChanged()
	}
}

// focusedRow returns the interaction under the cursor when it is selected.
func (v *View) focusedRow() (data.Row, bool) {
	if v.sel.focus < 0 {
		return data.Row{}, false
	}
	row, ok := v.model.Row(v.sel.focus)
	if !ok || !v.sel.has(row.Interaction.ID) {
		return data.Row{}, false
	}
	return row, true
}

// pruneSelection takes out of the selection the interactions the list no
// longer shows (reviewed under "To review", marked for deletion, filtered
// out), so that the bulk bar never acts on rows the user cannot see.
func (v *View) pruneSelection() {
	s := v.sel
	if len(s.ids) == 0 {
		return
	}
	gen := s.gen
	v.model.StillListed(v.selectedIDs(), func(kept []data.ID) {
		if gen != s.gen || len(kept) == len(s.ids) {
			return
		}
		clear(s.ids)
		for _, id := range kept {
			s.ids[id] = true
		}
		s.gen++
		v.selectionChanged()
	})
}
