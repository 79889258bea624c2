package catalogs

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// Roles is the screen of the contact person roles (Роли контактных лиц).
type Roles struct {
	*Catalog
	deps Deps
}

// NewRoles returns the Roles screen.
func NewRoles(d Deps) *Roles {
	s := &Roles{deps: d}
	st := d.Store
	find := func(id data.ID) (*data.Role, error) {
		all, err := st.Roles()
		if i := slices.IndexFunc(all, func(r data.Role) bool { return r.ID == id }); err == nil && i >= 0 {
			return &all[i], nil
		}
		return nil, err
	}
	s.Catalog = newCatalog(d, lang.X("screen.roles", "Contact person roles"),
		[]string{lang.X("catalog.field.name", "Name")},
		func() ([]item, error) {
			all, err := st.Roles()
			var out []item
			for _, r := range all {
				out = append(out, newEntry(r.ID, r.Deleted, r.Name))
			}
			return out, err
		},
		func(id data.ID) {
			var r *data.Role
			loadThen(d, func() (err error) { r, err = find(id); return }, func() {
				if r != nil {
					s.show(r)
				}
			})
		},
		func() { s.show(&data.Role{}) },
		func(id data.ID, deleted bool) error {
			r, err := find(id)
			if err != nil || r == nil {
				return err
			}
			r.Deleted = deleted
			return st.SaveRole(r)
		})
	s.build()
	return s
}

// show opens the editor of r.
func (s *Roles) show(r *data.Role) {
	rec := newRecord(s.deps)
	name := entry(r.Name)
	rec.Form.Add(lang.X("catalog.field.name", "Name"), name, "name")
	rec.show(titleOf(lang.X("screen.role", "Contact person role"), r.ID, r.Name), formBox(rec), func() (func() error, bool) {
		c := *r
		c.Name = trim(name)
		return saveOver(r, &c, s.deps.Store.SaveRole), true
	})
}
