package catalogs

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// The partner groups as a folder tree: node "" is the root, "all" the
// whole catalog, and a group's node its id.
const allNode = "all"

func groupNode(id data.ID) widget.TreeNodeID { return strconv.FormatUint(uint64(id), 10) }

func groupID(n widget.TreeNodeID) data.ID {
	id, _ := strconv.ParseUint(n, 10, 64)
	return data.ID(id)
}

func (s *Partners) childrenOf(n widget.TreeNodeID) []widget.TreeNodeID {
	if n == "" {
		return []widget.TreeNodeID{allNode}
	}
	parent := groupID(n)
	var out []widget.TreeNodeID
	for _, g := range s.groups {
		if g.Parent == parent {
			out = append(out, groupNode(g.ID))
		}
	}
	return out
}

func (s *Partners) isBranch(n widget.TreeNodeID) bool { return len(s.childrenOf(n)) > 0 }

func (s *Partners) groupName(n widget.TreeNodeID) string {
	if n == allNode {
		return lang.X("partner.allGroups", "All partners")
	}
	for _, g := range s.groups {
		if g.ID == groupID(n) {
			return g.Name
		}
	}
	return ""
}

// inGroup reports whether group g is group or inside it.
func (s *Partners) inGroup(g, group data.ID) bool {
	for seen := 0; g != 0 && seen <= len(s.groups); seen++ {
		if g == group {
			return true
		}
		parent := data.ID(0)
		for _, o := range s.groups {
			if o.ID == g {
				parent = o.Parent
			}
		}
		g = parent
	}
	return false
}

// groupSelect offers the groups, "—" first, with id chosen.
func (s *Partners) groupSelect(id data.ID) *widget.Select {
	opts := []string{lang.X("editor.none", "—")}
	for _, g := range s.groups {
		opts = append(opts, g.Name)
	}
	sel := widget.NewSelect(opts, nil)
	sel.SetSelectedIndex(0)
	for i, g := range s.groups {
		if g.ID == id {
			sel.SetSelectedIndex(i + 1)
		}
	}
	return sel
}

func (s *Partners) pickedGroup(sel *widget.Select) data.ID {
	if i := sel.SelectedIndex(); i > 0 && i-1 < len(s.groups) {
		return s.groups[i-1].ID
	}
	return 0
}

// newGroup asks the name of a group made inside the group chosen.
func (s *Partners) newGroup() {
	r := newRecord(s.deps)
	name := entry("")
	parent := s.groupSelect(s.group)
	r.Form.Add(lang.X("catalog.field.name", "Name"), name, "name")
	r.Form.Add(lang.X("partner.parentGroup", "Inside"), parent, "parent")
	g := &data.PartnerGroup{}
	r.show(lang.X("partner.newGroup", "New group…"), formBox(r), func() (func() error, bool) {
		g.Name, g.Parent = trim(name), s.pickedGroup(parent)
		return func() error { return s.deps.Store.SavePartnerGroup(g) }, true
	})
	r.Win.Resize(fyne.NewSize(460, 260))
}

// moveToGroup moves the partner selected to a group chosen.
func (s *Partners) moveToGroup() {
	id := s.SelectedID()
	if id == 0 {
		return
	}
	sel := s.groupSelect(0)
	dialog.ShowCustomConfirm(lang.X("partner.moveGroup", "Move to group…"), lang.X("partner.move", "Move"),
		lang.X("bulk.cancel", "Cancel"), sel, func(ok bool) {
			if !ok {
				return
			}
			s.moveTo(id, s.pickedGroup(sel))
		}, s.deps.Win)
}

// moveTo moves partner id to group g (0: out of every group).
func (s *Partners) moveTo(id, g data.ID) {
	st := s.deps.Store
	run(s.deps, func() error {
		p, err := st.Partner(id)
		if err != nil {
			return err
		}
		if p.Group == g {
			return nil
		}
		p.Group = g
		return st.SavePartner(p)
	}, nil)
}
