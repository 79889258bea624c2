package catalogs

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/widgets"
)

// Persons is the screen of the partners' contact persons (Контактные лица
// партнеров).
type Persons struct {
	*Catalog
	Merge *widget.Button
	deps  Deps
}

// PersonEditor is the open editor of a contact person, for the tests.
type PersonEditor struct {
	*Record
	Partner                 *widgets.RefField
	Name, Position, Comment *widgets.EscEntry
	Roles                   *widget.CheckGroup // nil while roles are off
	Birthday                *widgets.DateField
	Inactive                *widget.Check
	Contacts                *ContactInfoList
}

// NewPersons returns the Contact persons screen.
func NewPersons(d Deps) *Persons {
	s := &Persons{deps: d}
	st := d.Store
	s.Catalog = newCatalog(d, lang.X("screen.persons", "Contact persons"),
		[]string{lang.X("catalog.field.name", "Name"), lang.X("catalog.field.partner", "Partner"),
			lang.X("catalog.field.position", "Position"), lang.X("catalog.field.roles", "Roles")},
		func() ([]item, error) {
			persons, err := st.Persons()
			if err != nil {
				return nil, err
			}
			partners, err := st.Partners()
			if err != nil {
				return nil, err
			}
			roles, err := st.Roles()
			if err != nil {
				return nil, err
			}
			pn, rn := map[data.ID]string{}, map[data.ID]string{}
			for _, p := range partners {
				pn[p.ID] = p.Name
			}
			for _, r := range roles {
				rn[r.ID] = r.Name
			}
			out := make([]item, 0, len(persons))
			for _, p := range persons {
				var names []string
				for _, r := range p.Roles {
					names = append(names, rn[r])
				}
				out = append(out, newEntry(p.ID, p.Deleted, p.Name, pn[p.Partner], p.Position, strings.Join(names, ", ")))
			}
			return out, nil
		},
		s.edit, func() { s.edit(0) },
		func(id data.ID, deleted bool) error {
			p, err := st.Person(id)
			if err != nil {
				return err
			}
			p.Deleted = deleted
			return st.SavePerson(p)
		})
	s.Merge = widget.NewButton(lang.X("merge.button", "Merge duplicates…"), func() { s.merge() })
	s.build(s.Merge)
	return s
}

// edit reads person id (0: a new one) with the partners and roles to
// choose from, and opens its editor.
func (s *Persons) edit(id data.ID) {
	st := s.deps.Store
	p := &data.Person{}
	var partners []data.Partner
	var roles []data.Role
	loadThen(s.deps, func() (err error) {
		if id != 0 {
			if p, err = st.Person(id); err != nil {
				return err
			}
		}
		if partners, err = st.Partners(); err != nil {
			return err
		}
		roles, err = st.Roles()
		return err
	}, func() { s.show(p, partners, roles) })
}

// show opens the editor of p.
func (s *Persons) show(p *data.Person, partners []data.Partner, roles []data.Role) {
	r := newRecord(s.deps)
	e := &PersonEditor{Record: r, Name: entry(p.Name), Position: entry(p.Position), Comment: multiLine(p.Comment)}
	choices := widgets.ContactChoices(partners, nil)
	e.Partner = widgets.NewRefField(r.Win, lang.X("catalog.field.partner", "Partner"), choices)
	if p.Partner != 0 {
		ref := data.Ref{Kind: data.RefPartner, ID: p.Partner}
		for _, c := range choices {
			if c.Ref == ref {
				e.Partner.Set(c)
			}
		}
	}
	e.Birthday = widgets.NewDateField(r.Win, false)
	e.Birthday.Set(p.Birthday)
	e.Inactive = widget.NewCheck(lang.X("catalog.inactive", "Inactive"), nil)
	e.Inactive.SetChecked(p.Inactive)
	e.Contacts = newContactInfoList(p.ContactInfo)
	e.Contacts.onEscape = r.escape
	r.Form.Add(lang.X("catalog.field.partner", "Partner"), e.Partner.Content, "partner")
	r.Form.Add(lang.X("catalog.field.fullName.person", "Full name"), e.Name, "name")
	r.Form.Add(lang.X("catalog.field.position", "Position"), e.Position, "position")
	var live []data.Role
	if s.deps.Sess.Options().Shows(data.PartContactRoles) {
		for _, ro := range roles {
			if !ro.Deleted || slices.Contains(p.Roles, ro.ID) {
				live = append(live, ro)
			}
		}
		var names []string
		for _, ro := range live {
			names = append(names, ro.Name)
		}
		e.Roles = widget.NewCheckGroup(names, nil)
		e.Roles.Horizontal = true
		for _, ro := range live {
			if slices.Contains(p.Roles, ro.ID) {
				e.Roles.Selected = append(e.Roles.Selected, ro.Name)
			}
		}
		r.Form.Add(lang.X("catalog.field.roles", "Roles"), e.Roles, "roles")
	}
	r.Form.Add(lang.X("catalog.field.contactInfo", "Contact information"), e.Contacts.Content, "contactInfo")
	r.Form.Add(lang.X("catalog.field.birthday", "Birthday"), e.Birthday.Content, "birthday")
	r.Form.Add(lang.X("catalog.field.comment", "Comment"), e.Comment, "comment")
	r.Form.Add("", e.Inactive)
	tabs := container.NewAppTabs(container.NewTabItem(lang.X("catalog.tab.main", "Main"), formBox(r)))
	if p.ID != 0 {
		tabs.Append(container.NewTabItem(lang.X("screen.interactions", "Interactions"),
			interactionsTab(s.deps, data.Filter{Contact: data.Ref{Kind: data.RefPerson, ID: p.ID}})))
	}
	r.show(titleOf(lang.X("screen.person", "Contact person"), p.ID, p.Name), tabs, func() (func() error, bool) {
		c := *p
		c.Partner = e.Partner.Value().ID
		c.Name, c.Position, c.Comment, c.Inactive = trim(e.Name), trim(e.Position), strings.TrimSpace(e.Comment.Text), e.Inactive.Checked
		c.ContactInfo = e.Contacts.list()
		if e.Roles != nil {
			c.Roles = nil
			for _, ro := range live {
				if slices.Contains(e.Roles.Selected, ro.Name) {
					c.Roles = append(c.Roles, ro.ID)
				}
			}
		}
		b, ok := e.Birthday.Value()
		if !ok {
			r.Form.ShowProblem("birthday", e.Birthday.Problem())
			return nil, false
		}
		c.Birthday = b
		return saveOver(p, &c, s.deps.Store.SavePerson), true
	})
}
