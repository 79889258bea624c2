package csvio

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"interactions/data"
)

// partnerColumns is the header of the partners file.
var partnerColumns = []string{"id", "name", "full_name", "kinds", "manager", "group", "phone", "email", "postal", "legal", "website", "other", "comment"}

var partnerKinds = []struct {
	name string
	kind data.PartnerKind
}{{"client", data.PartnerClient}, {"supplier", data.PartnerSupplier}, {"competitor", data.PartnerCompetitor}, {"other", data.PartnerOther}}

// WritePartners writes the catalog's partners as CSV, a row each.
func WritePartners(w io.Writer, c *Catalog, o Options) error {
	cw, err := newWriter(w, o)
	if err != nil {
		return err
	}
	emp := map[data.ID]string{}
	for _, e := range c.Employees {
		emp[e.ID] = e.Name
	}
	grp := map[data.ID]string{}
	for _, g := range c.Groups {
		grp[g.ID] = g.Name
	}
	cw.Write(partnerColumns)
	for i := range c.Partners {
		p := &c.Partners[i]
		row := []string{strconv.FormatUint(uint64(p.ID), 10), p.Name, p.FullName, kindsText(p.Kinds), emp[p.Manager], grp[p.Group]}
		for _, cc := range contactColumns {
			row = append(row, contactValues(p.ContactInfo, cc.kind))
		}
		cw.Write(append(row, p.Comment))
	}
	cw.Flush()
	return cw.Error()
}

func kindsText(k data.PartnerKind) string {
	var names []string
	for _, pk := range partnerKinds {
		if k&pk.kind != 0 {
			names = append(names, pk.name)
		}
	}
	return strings.Join(names, ",")
}

func parseKinds(s string) (data.PartnerKind, error) {
	var k data.PartnerKind
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' }) {
		found := false
		for _, pk := range partnerKinds {
			if strings.EqualFold(f, pk.name) {
				k |= pk.kind
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown kind %q (want client, supplier, competitor or other)", f)
		}
	}
	return k, nil
}

// ReadPartners reads a partners file. A row with an id updates that
// stored partner; a row without one updates the stored partner of the
// same name, else the one with one of the row's e-mail addresses or phone
// numbers (compared normalised), or makes a new one. Manager and group
// name stored records. The first bad row fails the whole file with a
// *LineError; nothing is returned then.
func ReadPartners(r io.Reader, c *Catalog) ([]*data.Partner, error) {
	t, err := readTable(r, partnerColumns, []string{"name"})
	if err != nil {
		return nil, err
	}
	byID := map[data.ID]*data.Partner{}
	for i := range c.Partners {
		byID[c.Partners[i].ID] = &c.Partners[i]
	}
	byName := nameIndex(c.Partners, func(p *data.Partner) (data.ID, string) { return p.ID, p.Name })
	byContact := contactIndex{}
	for i := range c.Partners {
		byContact.add(c.Partners[i].ID, c.Partners[i].ContactInfo)
	}
	emps := nameIndex(c.Employees, func(e *data.Employee) (data.ID, string) { return e.ID, e.Name })
	groups := nameIndex(c.Groups, func(g *data.PartnerGroup) (data.ID, string) { return g.ID, g.Name })
	seen := map[string]int{} // folded name or "#id" → line
	var out []*data.Partner
	for n, row := range t.rows {
		line := t.line[n]
		fail := func(col string, err error) error { return &LineError{Line: line, Column: col, Err: err} }
		p := &data.Partner{}
		if s := t.get(row, "id"); s != "" {
			id, err := strconv.ParseUint(s, 10, 64)
			if err != nil || byID[data.ID(id)] == nil {
				return nil, fail("id", fmt.Errorf("no stored partner has the id %q", s))
			}
			*p = *byID[data.ID(id)]
		} else if id := byName[fold(t.get(row, "name"))]; id != 0 {
			*p = *byID[id]
		} else if id := byContact.find(parseContacts(t, row)); id != 0 {
			*p = *byID[id]
		}
		p.Name = t.get(row, "name")
		key := fold(p.Name)
		if p.ID != 0 {
			key = "#" + strconv.FormatUint(uint64(p.ID), 10)
		}
		if prev, dup := seen[key]; dup && key != "" {
			return nil, fail("name", fmt.Errorf("the partner of line %d again", prev))
		}
		seen[key] = line
		if _, ok := t.cols["full_name"]; ok {
			p.FullName = t.get(row, "full_name")
		}
		if _, ok := t.cols["kinds"]; ok {
			if p.Kinds, err = parseKinds(t.get(row, "kinds")); err != nil {
				return nil, fail("kinds", err)
			}
		}
		if _, ok := t.cols["manager"]; ok {
			if p.Manager, err = lookup(emps, t.get(row, "manager"), "employee"); err != nil {
				return nil, fail("manager", err)
			}
		}
		if _, ok := t.cols["group"]; ok {
			if p.Group, err = lookup(groups, t.get(row, "group"), "partner group"); err != nil {
				return nil, fail("group", err)
			}
		}
		if hasContactColumns(t) {
			p.ContactInfo = mergeContacts(p.ContactInfo, parseContacts(t, row))
		}
		if _, ok := t.cols["comment"]; ok {
			p.Comment = t.get(row, "comment")
		}
		if err := p.Validate(); err != nil {
			return nil, fail(fieldColumn(err), err)
		}
		out = append(out, p)
	}
	return out, nil
}

// lookup finds the id of a name; "" is no record.
func lookup(idx map[string]data.ID, name, what string) (data.ID, error) {
	if name == "" {
		return 0, nil
	}
	id, ok := idx[fold(name)]
	switch {
	case !ok:
		return 0, fmt.Errorf("no %s is named %q", what, name)
	case id == 0:
		return 0, fmt.Errorf("several records of kind %s are named %q", what, name)
	}
	return id, nil
}

func hasContactColumns(t *table) bool {
	for _, cc := range contactColumns {
		if _, ok := t.cols[cc.col]; ok {
			return true
		}
	}
	return false
}

// fieldColumn names the column a validation error of a record blames.
func fieldColumn(err error) string {
	fe, ok := data.AsFieldError(err)
	if !ok {
		return ""
	}
	f := fe.Field
	switch {
	case f == "name", f == "birthday", f == "partner":
		return f
	case strings.HasPrefix(f, "contactInfo"):
		return "contact information"
	}
	return ""
}
