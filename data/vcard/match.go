package vcard

import (
	"interactions/data"
)

// matcher finds the person, stored or read from an earlier card, that
// has one of a card's e-mail addresses or normalised phone numbers.
type matcher struct {
	byKey  map[string]*data.Person
	listed map[*data.Person]bool // already in the result
}

func newMatcher(c *Catalog) *matcher {
	m := &matcher{byKey: map[string]*data.Person{}, listed: map[*data.Person]bool{}}
	for i := range c.Persons {
		p := c.Persons[i]
		p.ContactInfo = append([]data.ContactInfo(nil), p.ContactInfo...)
		p.Roles = append([]data.ID(nil), p.Roles...)
		m.add(&p)
	}
	return m
}

// add indexes the person under its e-mail addresses and phone numbers;
// the first person to have a key keeps it.
func (m *matcher) add(p *data.Person) {
	for _, ci := range p.ContactInfo {
		k := matchKey(ci)
		if k == "" {
			continue
		}
		if _, taken := m.byKey[k]; !taken {
			m.byKey[k] = p
		}
	}
}

// find returns the person one of the entries matches.
func (m *matcher) find(ci []data.ContactInfo) (*data.Person, bool) {
	for _, c := range ci {
		if p, ok := m.byKey[matchKey(c)]; ok && matchKey(c) != "" {
			return p, true
		}
	}
	return nil, false
}

// matchKey is what duplicates are found by: "e:" and the e-mail address
// in lower case, or "t:" and the normalised phone number; "" for other
// kinds.
func matchKey(c data.ContactInfo) string {
	switch c.Kind {
	case data.CIEmail, data.CIPhone:
		if k := contactKey(c); k != "" {
			return c.Kind.String() + ":" + k
		}
	}
	return ""
}
