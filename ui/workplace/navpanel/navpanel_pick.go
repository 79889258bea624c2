package navpanel

import (
	"strings"

	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// pick is the list's OnSelected: the user picked item id, which stays
// highlighted, and the screen is asked to filter by it.
func (p *Panel) pick(id widget.ListItemID) {
	if p.syncing {
		return
	}
	p.Selected = id
	pk := Pick{all: true}
	if pos := id - 1; id > 0 && pos < len(p.view) {
		pk = Pick{key: p.groups[p.view[pos]].Key}
	}
	p.picked = &pk
	if p.OnPick != nil && p.cur < len(p.modes) {
		p.OnPick(navEdit(p.modes[p.cur].by, pk))
	}
}

// navEdit returns the edit of a filter that picking pk in the mode of by
// makes: that dimension set to the group, or cleared for "All".
func navEdit(by data.GroupBy, pk Pick) func(*data.Filter) {
	key := pk.key
	if pk.all {
		key = data.GroupKey{}
	}
	return func(f *data.Filter) {
		switch by.Kind {
		case data.GroupSubject:
			f.Subject = key.Ref
		case data.GroupContact:
			f.Contact = key.Ref
		case data.GroupResponsible:
			f.Responsible = key.Ref.ID
		case data.GroupAttr:
			var attrs []data.AttrValue // a new slice: the old one may be shared
			for _, a := range f.Attrs {
				if a.Attr != by.Attr {
					attrs = append(attrs, a)
				}
			}
			if !pk.all {
				attrs = append(attrs, data.AttrValue{Attr: by.Attr, Value: key.AttrValue})
			}
			f.Attrs = attrs
		}
	}
}

// clearPick forgets the picked item and its highlight.
func (p *Panel) clearPick() {
	p.picked = nil
	p.syncSelection()
}

// syncSelection highlights the picked item where it is now shown, or
// nothing when it is not, without calling OnPick.
func (p *Panel) syncSelection() {
	want := -1
	if p.picked != nil {
		if p.picked.all {
			want = 0
		} else {
			for pos, gi := range p.view {
				if p.groups[gi].Key == p.picked.key {
					want = pos + 1
					break
				}
			}
		}
	}
	if want == p.Selected {
		return
	}
	p.syncing = true
	if want < 0 {
		p.list.UnselectAll()
	} else {
		p.list.Select(want)
	}
	p.syncing = false
	p.Selected = want
}

// applySearch shows the groups whose names hold the words of the search
// entry (case and ё/е aside). Names not read yet are read in the
// background; the matches grow as they come.
func (p *Panel) applySearch() {
	q := data.Fold(strings.TrimSpace(p.Search.Text))
	view := make([]int, 0, len(p.groups))
	for i, g := range p.groups {
		if q == "" || p.matches(g, q) {
			view = append(view, i)
		}
	}
	p.view = view
	if q == "" {
		p.names.stopFull()
	} else {
		p.resolveAll()
	}
	p.list.Refresh()
	p.syncSelection()
	p.showStatus()
}

// matches reports whether the name of g holds q, folded; a group whose
// name is not read yet does not match.
func (p *Panel) matches(g data.Group, q string) bool {
	var folded string
	if hasName(g.Key.Ref) && p.modes[p.cur].by.Kind != data.GroupAttr {
		f, ok := p.names.folded[g.Key.Ref]
		if !ok {
			return false
		}
		folded = f
	} else {
		name, _ := p.groupName(g)
		folded = data.Fold(name)
	}
	for _, w := range strings.Fields(q) {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}
