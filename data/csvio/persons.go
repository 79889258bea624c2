package csvio

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"interactions/data"
)

// personColumns is the header of the contact persons file.
var personColumns = []string{"id", "partner", "name", "position", "roles", "phone", "email", "postal", "legal", "website", "other", "birthday", "comment", "inactive"}

// birthdayLayout is how birthdays are written.
const birthdayLayout = "2006-01-02"

// WritePersons writes the catalog's contact persons as CSV, a row each.
func WritePersons(w io.Writer, c *Catalog, o Options) error {
	cw, err := newWriter(w, o)
	if err != nil {
		return err
	}
	partner := map[data.ID]string{}
	for _, p := range c.Partners {
		partner[p.ID] = p.Name
	}
	role := map[data.ID]string{}
	for _, r := range c.Roles {
		role[r.ID] = r.Name
	}
	cw.Write(personColumns)
	for i := range c.Persons {
		p := &c.Persons[i]
		var roles []string
		for _, r := range p.Roles {
			roles = append(roles, role[r])
		}
		row := []string{strconv.FormatUint(uint64(p.ID), 10), partner[p.Partner], p.Name, p.Position, strings.Join(roles, "\n")}
		for _, cc := range contactColumns {
			row = append(row, contactValues(p.ContactInfo, cc.kind))
		}
		bd := ""
		if !p.Birthday.IsZero() {
			bd = p.Birthday.Format(birthdayLayout)
		}
		cw.Write(append(row, bd, p.Comment, yesNo(p.Inactive)))
	}
	cw.Flush()
	return cw.Error()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func parseYesNo(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "", "no", "false", "0", "нет":
		return false, nil
	case "yes", "true", "1", "да":
		return true, nil
	}
	return false, fmt.Errorf("%q is not yes or no", s)
}

// ReadPersons reads a contact persons file. The partner column names a
// stored partner. A row with an id updates that stored person; a row
// without one updates the stored person of the same name at the same
// partner, else the one of that partner with one of the row's e-mail
// addresses or phone numbers (compared normalised: "8 (495) 123-45-67"
// is "+74951234567"), or makes a new one. Roles, a line each, name stored roles.
// The first bad row fails the whole file with a *LineError; nothing is
// returned then.
func ReadPersons(r io.Reader, c *Catalog) ([]*data.Person, error) {
	t, err := readTable(r, personColumns, []string{"partner", "name"})
	if err != nil {
		return nil, err
	}
	byID := map[data.ID]*data.Person{}
	type key struct {
		partner data.ID
		name    string
	}
	byName := map[key]data.ID{}
	byContact := map[data.ID]contactIndex{} // partner → its persons by e-mail and phone
	for i := range c.Persons {
		p := &c.Persons[i]
		byID[p.ID] = p
		if byContact[p.Partner] == nil {
			byContact[p.Partner] = contactIndex{}
		}
		byContact[p.Partner].add(p.ID, p.ContactInfo)
		k := key{p.Partner, fold(p.Name)}
		if _, dup := byName[k]; dup {
			byName[k] = 0
		} else {
			byName[k] = p.ID
		}
	}
	partners := nameIndex(c.Partners, func(p *data.Partner) (data.ID, string) { return p.ID, p.Name })
	roles := nameIndex(c.Roles, func(r *data.Role) (data.ID, string) { return r.ID, r.Name })
	seen := map[key]int{}
	var out []*data.Person
	for n, row := range t.rows {
		line := t.line[n]
		fail := func(col string, err error) error { return &LineError{Line: line, Column: col, Err: err} }
		partner, err := lookup(partners, t.get(row, "partner"), "partner")
		if err != nil {
			return nil, fail("partner", err)
		}
		p := &data.Person{}
		if s := t.get(row, "id"); s != "" {
			id, err := strconv.ParseUint(s, 10, 64)
			if err != nil || byID[data.ID(id)] == nil {
				return nil, fail("id", fmt.Errorf("no stored contact person has the id %q", s))
			}
			*p = *byID[data.ID(id)]
		} else if id := byName[key{partner, fold(t.get(row, "name"))}]; id != 0 {
			*p = *byID[id]
		} else if id := byContact[partner].find(parseContacts(t, row)); id != 0 {
			*p = *byID[id]
		}
		p.Partner, p.Name = partner, t.get(row, "name")
		k := key{p.Partner, fold(p.Name)}
		if p.ID != 0 {
			k = key{name: "#" + strconv.FormatUint(uint64(p.ID), 10)}
		}
		if prev, dup := seen[k]; dup {
			return nil, fail("name", fmt.Errorf("the contact person of line %d again", prev))
		}
		seen[k] = line
		if _, ok := t.cols["position"]; ok {
			p.Position = t.get(row, "position")
		}
		if _, ok := t.cols["roles"]; ok {
			p.Roles = nil
			for _, name := range strings.Split(t.get(row, "roles"), "\n") {
				id, err := lookup(roles, strings.TrimSpace(name), "role")
				if err != nil {
					return nil, fail("roles", err)
				}
				if id != 0 {
					p.Roles = append(p.Roles, id)
				}
			}
		}
		if hasContactColumns(t) {
			p.ContactInfo = mergeContacts(p.ContactInfo, parseContacts(t, row))
		}
		if _, ok := t.cols["birthday"]; ok {
			p.Birthday = time.Time{}
			if s := t.get(row, "birthday"); s != "" {
				if p.Birthday, err = parseDay(s); err != nil {
					return nil, fail("birthday", err)
				}
			}
		}
		if _, ok := t.cols["comment"]; ok {
			p.Comment = t.get(row, "comment")
		}
		if _, ok := t.cols["inactive"]; ok {
			if p.Inactive, err = parseYesNo(t.get(row, "inactive")); err != nil {
				return nil, fail("inactive", err)
			}
		}
		if err := p.Validate(); err != nil {
			return nil, fail(fieldColumn(err), err)
		}
		out = append(out, p)
	}
	return out, nil
}

// parseDay reads a day as YYYY-MM-DD or DD.MM.YYYY (what Russian Excel
// writes), at midnight local time.
func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{birthdayLayout, "02.01.2006"} {
		if d, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return d, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD or DD.MM.YYYY)", s)
}
