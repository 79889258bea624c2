package catalogs

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// Employees is the screen of the employees (Сотрудники): who can be
// responsible for interactions.
type Employees struct {
	*Catalog
	deps Deps
}

// NewEmployees returns the Employees screen.
func NewEmployees(d Deps) *Employees {
	s := &Employees{deps: d}
	st := d.Store
	s.Catalog = newCatalog(d, lang.X("screen.employees", "Employees"),
		[]string{lang.X("catalog.field.name", "Name"), lang.X("catalog.field.position", "Position"),
			lang.X("ci.email", "E-mail"), lang.X("ci.phone", "Phone"), lang.X("catalog.field.state", "State")},
		func() ([]item, error) {
			all, err := st.Employees()
			var out []item
			for _, e := range all {
				state := ""
				if e.Inactive {
					state = lang.X("catalog.inactive", "Inactive")
				}
				out = append(out, newEntry(e.ID, e.Deleted, e.Name, e.Position, e.Email, e.Phone, state))
			}
			return out, err
		},
		func(id data.ID) { s.edit(id) }, func() { s.show(&data.Employee{}) },
		func(id data.ID, deleted bool) error {
			e, err := st.Employee(id)
			if err != nil {
				return err
			}
			e.Deleted = deleted
			return st.SaveEmployee(e)
		})
	s.build()
	return s
}

// edit reads the employee id and opens its editor.
func (s *Employees) edit(id data.ID) {
	st := s.deps.Store
	var e *data.Employee
	loadThen(s.deps, func() (err error) { e, err = st.Employee(id); return }, func() { s.show(e) })
}

// show opens the editor of e.
func (s *Employees) show(e *data.Employee) {
	r := newRecord(s.deps)
	name, position, email, phone := entry(e.Name), entry(e.Position), entry(e.Email), entry(e.Phone)
	inactive := widget.NewCheck(lang.X("catalog.inactive", "Inactive"), nil)
	inactive.SetChecked(e.Inactive)
	r.Form.Add(lang.X("catalog.field.name", "Name"), name, "name")
	r.Form.Add(lang.X("catalog.field.position", "Position"), position, "position")
	r.Form.Add(lang.X("ci.email", "E-mail"), email, "email")
	r.Form.Add(lang.X("ci.phone", "Phone"), phone, "phone")
	r.Form.Add("", inactive)
	r.show(titleOf(lang.X("screen.employee", "Employee"), e.ID, e.Name), formBox(r), func() (func() error, bool) {
		c := *e
		c.Name, c.Position, c.Email, c.Phone, c.Inactive = trim(name), trim(position), trim(email), trim(phone), inactive.Checked
		return saveOver(e, &c, s.deps.Store.SaveEmployee), true
	})
}
