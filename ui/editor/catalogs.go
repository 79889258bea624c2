package editor

import (
	"interactions/data"
	"interactions/ui/widgets"
)

// catalogs is what an editor offers to choose from, read with the
// interaction it edits.
type catalogs struct {
	opts      data.Options
	employees []data.Employee
	contacts  []widgets.Choice
	subjects  []widgets.Choice // nil while subjects are not used
	defs      []data.AttrDef   // the attributes that apply to the type
	names     map[data.Ref]string
	chainSize int // how many interactions the subject of it has
}

// shared is what every editor offers to choose from, whatever it edits:
// read once and kept until the catalogs or the settings change.
type shared struct {
	employees []data.Employee  // every one, the inactive too
	contacts  []widgets.Choice // partners and contact persons
	subjects  []widgets.Choice // nil while subjects are not used
}

// readShared reads the catalogs every editor offers.
func readShared(st Store, opts data.Options) (*shared, error) {
	sh := &shared{}
	var err error
	if sh.employees, err = st.Employees(); err != nil {
		return nil, err
	}
	partners, err := st.Partners()
	if err != nil {
		return nil, err
	}
	persons, err := st.Persons()
	if err != nil {
		return nil, err
	}
	sh.contacts = widgets.ContactChoices(partners, persons)
	if opts.Shows(data.PartSubjectField) {
		if sh.subjects, err = widgets.SubjectChoices(st); err != nil {
			return nil, err
		}
	}
	return sh, nil
}

// readCatalogs reads the catalogs for an editor of it over what all
// editors share; it runs off the UI goroutine.
func readCatalogs(st Store, it *data.Interaction, opts data.Options, sh *shared) (*catalogs, error) {
	c := &catalogs{opts: opts, contacts: sh.contacts, subjects: sh.subjects}
	emps := sh.employees
	c.employees = widgets.ActiveEmployees(emps)
	if it.Responsible != 0 && !containsEmployee(c.employees, it.Responsible) {
		for _, e := range emps {
			if e.ID == it.Responsible {
				c.employees = append(c.employees, e) // an inactive one stays shown where it is set
			}
		}
	}
	if opts.Shows(data.PartAttrFields) {
		for _, d := range st.AttrDefs() {
			if d.AppliesTo(it.Type) {
				c.defs = append(c.defs, d)
			}
		}
	}
	refs := []data.Ref{it.Subject}
	for _, ct := range it.Contacts {
		refs = append(refs, ct.Ref)
	}
	c.names = st.Names(refs)
	if it.ID != 0 && it.Subject.Kind == data.RefInteraction {
		var err error
		if c.chainSize, err = st.ChainSize(it.Subject); err != nil {
			return nil, err
		}
	}
	return c, nil
}

func containsEmployee(emps []data.Employee, id data.ID) bool {
	for _, e := range emps {
		if e.ID == id {
			return true
		}
	}
	return false
}

// choiceOf returns the choice of r among choices, or one labelled with
// its name.
func choiceOf(choices []widgets.Choice, r data.Ref, name string) widgets.Choice {
	for _, c := range choices {
		if c.Ref == r {
			return c
		}
	}
	return widgets.NewChoice(r, name)
}
