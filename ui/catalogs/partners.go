package catalogs

import (
	"slices"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// Partners is the screen of the partners (Партнеры): the group tree
// beside the list; each partner's editor has its contact information,
// its contact persons and its interactions.
type Partners struct {
	*Catalog
	Groups    *widget.Tree
	NewGroup  *widget.Button
	MoveGroup *widget.Button
	Merge     *widget.Button

	deps   Deps
	groups []data.PartnerGroup // as of the last read, on the UI goroutine
	emps   []data.Employee
	group  data.ID // the group chosen in the tree, 0 for all
	// nodeLabels are the tree's labels and the nodes they show now, to
	// find the group a partner is dropped on.
	nodeLabels map[*widget.Label]widget.TreeNodeID
	editor     *PartnerEditor

	mu         sync.Mutex // guards what a read hands over
	readGroups []data.PartnerGroup
	readEmps   []data.Employee
}

// PartnerEditor is the open editor of a partner, for the tests.
type PartnerEditor struct {
	*Record
	Name, FullName, Comment *widgets.EscEntry
	Kinds                   *widget.CheckGroup
	Manager                 *widget.Select
	Group                   *widget.Select
	Contacts                *ContactInfoList
	Tabs                    *container.AppTabs
}

// partnerKinds are the kinds of partners, in the order shown.
var partnerKinds = []data.PartnerKind{data.PartnerClient, data.PartnerSupplier, data.PartnerCompetitor, data.PartnerOther}

func partnerKindTitle(k data.PartnerKind) string {
	switch k {
	case data.PartnerClient:
		return lang.X("partner.client", "Client")
	case data.PartnerSupplier:
		return lang.X("partner.supplier", "Supplier")
	case data.PartnerCompetitor:
		return lang.X("partner.competitor", "Competitor")
	}
	return lang.X("partner.other", "Other")
}

func kindsText(ks data.PartnerKind) string {
	var out []string
	for _, k := range partnerKinds {
		if ks&k != 0 {
			out = append(out, partnerKindTitle(k))
		}
	}
	return strings.Join(out, ", ")
}

// NewPartners returns the Partners screen.
func NewPartners(d Deps) *Partners {
	s := &Partners{deps: d}
	st := d.Store
	s.Catalog = newCatalog(d, lang.X("screen.partners", "Partners"),
		[]string{lang.X("catalog.field.name", "Name"), lang.X("catalog.field.kinds", "Kinds"),
			lang.X("catalog.field.manager", "Manager"), lang.X("catalog.field.group", "Group")},
		s.read, s.edit, func() { s.show(&data.Partner{Group: s.group}) },
		func(id data.ID, deleted bool) error {
			p, err := st.Partner(id)
			if err != nil {
				return err
			}
			p.Deleted = deleted
			return st.SavePartner(p)
		})
	s.afterRead = s.took
	s.filter = func(e item) bool { return s.group == 0 || s.inGroup(e.group, s.group) }
	s.nodeLabels = map[*widget.Label]widget.TreeNodeID{}
	s.Groups = widget.NewTree(s.childrenOf, s.isBranch,
		func(bool) fyne.CanvasObject { return widget.NewLabel("") },
		func(id widget.TreeNodeID, _ bool, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			s.nodeLabels[l] = id
			l.SetText(s.groupName(id))
		})
	s.dropper = &dropper{
		target: func(at fyne.Position) (string, bool) {
			node, ok := s.groupAt(at)
			return s.groupName(node), ok
		},
		drop: s.dropOnGroup,
	}
	s.Groups.OnSelected = func(id widget.TreeNodeID) {
		s.group = groupID(id)
		s.Catalog.apply()
	}
	s.NewGroup = widget.NewButtonWithIcon(lang.X("partner.newGroup", "New group…"), theme.FolderNewIcon(), s.newGroup)
	s.MoveGroup = widget.NewButtonWithIcon(lang.X("partner.moveGroup", "Move to group…"), theme.FolderOpenIcon(), s.moveToGroup)
	s.Merge = widget.NewButtonWithIcon(lang.X("merge.button", "Merge duplicates…"), theme.ContentCopyIcon(), func() { s.merge() })
	s.left = container.NewBorder(nil, container.NewVBox(s.NewGroup, s.MoveGroup), nil, nil, s.Groups)
	s.build(s.Merge)
	return s
}

// read reads the partners with their managers' and groups' names.
func (s *Partners) read() ([]item, error) {
	st := s.deps.Store
	partners, err := st.Partners()
	if err != nil {
		return nil, err
	}
	emps, err := st.Employees()
	if err != nil {
		return nil, err
	}
	groups, err := st.PartnerGroups()
	if err != nil {
		return nil, err
	}
	names := map[data.ID]string{}
	for _, e := range emps {
		names[e.ID] = e.Name
	}
	gnames := map[data.ID]string{}
	for _, g := range groups {
		gnames[g.ID] = g.Name
	}
	out := make([]item, 0, len(partners))
	for _, p := range partners {
		e := newEntry(p.ID, p.Deleted, p.Name, kindsText(p.Kinds), names[p.Manager], gnames[p.Group])
		e.group = p.Group
		out = append(out, e)
	}
	s.mu.Lock()
	s.readGroups, s.readEmps = groups, emps
	s.mu.Unlock()
	return out, nil
}

// took takes over the groups and employees a read handed over, and
// refreshes the tree.
func (s *Partners) took() {
	s.mu.Lock()
	s.groups, s.emps = s.readGroups, s.readEmps
	s.mu.Unlock()
	s.Groups.OpenBranch(allNode)
	s.Groups.Refresh()
}

// edit reads partner id and opens its editor.
func (s *Partners) edit(id data.ID) {
	var p *data.Partner
	loadThen(s.deps, func() (err error) { p, err = s.deps.Store.Partner(id); return }, func() { s.show(p) })
}

// show opens the editor of p: its fields and contact information, and for
// a partner that exists its contact persons and interactions.
func (s *Partners) show(p *data.Partner) {
	r := newRecord(s.deps)
	e := &PartnerEditor{Record: r, Name: entry(p.Name), FullName: entry(p.FullName), Comment: multiLine(p.Comment)}
	var titles []string
	for _, k := range partnerKinds {
		titles = append(titles, partnerKindTitle(k))
	}
	e.Kinds = widget.NewCheckGroup(titles, nil)
	e.Kinds.Horizontal = true
	for _, k := range partnerKinds {
		if p.Kinds&k != 0 {
			e.Kinds.Selected = append(e.Kinds.Selected, partnerKindTitle(k))
		}
	}
	emps := widgets.ActiveEmployees(s.emps)
	e.Manager = employeeSelect(emps, p.Manager)
	e.Group = s.groupSelect(p.Group)
	e.Contacts = newContactInfoList(p.ContactInfo)
	e.Contacts.onEscape = r.escape
	r.Form.Add(lang.X("catalog.field.name", "Name"), e.Name, "name")
	r.Form.Add(lang.X("catalog.field.fullName", "Full legal name"), e.FullName, "fullName")
	r.Form.Add(lang.X("catalog.field.kinds", "Kinds"), e.Kinds, "kinds")
	r.Form.Add(lang.X("catalog.field.manager", "Manager"), e.Manager, "manager")
	r.Form.Add(lang.X("catalog.field.group", "Group"), e.Group, "group")
	r.Form.Add(lang.X("catalog.field.contactInfo", "Contact information"), e.Contacts.Content, "contactInfo")
	r.Form.Add(lang.X("catalog.field.comment", "Comment"), e.Comment, "comment")
	e.Tabs = container.NewAppTabs(container.NewTabItem(lang.X("catalog.tab.main", "Main"), formBox(r)))
	if p.ID != 0 {
		ref := data.Ref{Kind: data.RefPartner, ID: p.ID}
		e.Tabs.Append(container.NewTabItem(lang.X("screen.persons", "Contact persons"), personsOf(s.deps, p.ID)))
		e.Tabs.Append(container.NewTabItem(lang.X("screen.interactions", "Interactions"), interactionsTab(s.deps, data.Filter{Contact: ref})))
	}
	s.editor = e
	r.show(titleOf(lang.X("catalog.field.partner", "Partner"), p.ID, p.Name), e.Tabs, func() (func() error, bool) {
		c := *p
		c.Name, c.FullName, c.Comment = trim(e.Name), trim(e.FullName), strings.TrimSpace(e.Comment.Text)
		c.Kinds = 0
		for _, k := range partnerKinds {
			if slices.Contains(e.Kinds.Selected, partnerKindTitle(k)) {
				c.Kinds |= k
			}
		}
		c.Manager = pickedEmployee(emps, e.Manager)
		c.Group = s.pickedGroup(e.Group)
		c.ContactInfo = e.Contacts.list()
		return saveOver(p, &c, s.deps.Store.SavePartner), true
	})
}

// Editor returns the partner editor opened last, nil before any.
func (s *Partners) Editor() *PartnerEditor { return s.editor }

// employeeSelect offers emps, "—" first, with id chosen.
func employeeSelect(emps []data.Employee, id data.ID) *widget.Select {
	opts := []string{lang.X("editor.none", "—")}
	for _, e := range emps {
		opts = append(opts, e.Name)
	}
	sel := widget.NewSelect(opts, nil)
	sel.SetSelectedIndex(0)
	for i, e := range emps {
		if e.ID == id {
			sel.SetSelectedIndex(i + 1)
		}
	}
	return sel
}

// pickedEmployee is the employee chosen in an employeeSelect.
func pickedEmployee(emps []data.Employee, sel *widget.Select) data.ID {
	if i := sel.SelectedIndex(); i > 0 && i-1 < len(emps) {
		return emps[i-1].ID
	}
	return 0
}

// personsOf lists the contact persons of partner id.
func personsOf(d Deps, id data.ID) fyne.CanvasObject {
	var names []string
	list := widget.NewList(func() int { return len(names) }, func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(names[i]) })
	st := d.Store
	var persons []data.Person
	loadThen(d, func() (err error) { persons, err = st.Persons(); return }, func() {
		for _, p := range persons {
			if p.Partner == id && !p.Deleted {
				line := p.Name
				if p.Position != "" {
					line += ", " + p.Position
				}
				names = append(names, line)
			}
		}
		slices.Sort(names)
		list.Refresh()
	})
	return list
}
