package demo

import (
	"strconv"

	"interactions/data"
)

// party is someone an interaction can be with — a contact person, a
// partner, a free-text contact or an employee — with the ways to reach
// it, ready to be copied into contacts, recipients and mail headers.
type party struct {
	ref    data.Ref
	name   string
	phone  string
	email  string
	emails []string // []string{email}, shared by the mail headers that name only this party
}

// newParty makes a party with its one-address list.
func newParty(ref data.Ref, name, phone, email string) party {
	return party{ref: ref, name: name, phone: phone, email: email, emails: []string{email}}
}

// contact returns the party as an interaction contact reached by e-mail
// or by phone.
func (p *party) contact(byMail bool) data.Contact {
	c := data.Contact{Ref: p.ref, Name: p.name, Address: p.phone}
	if byMail {
		c.Address = p.email
	}
	return c
}

// name is a person's name in parts.
type name struct {
	first, middle, last string
	male                bool
}

// full writes the name in full.
func (n name) full() string { return fullName(n.first, n.middle, n.last) }

// newName draws a person's name with the right gender forms.
func (g *generator) newName() name {
	lx := g.lx
	n := name{male: g.chance(0.55)}
	pat := 0
	if n.male {
		n.first, pat = pick(g, lx.maleFirst), 0
		n.last = pick(g, lx.lastNames)
	} else {
		n.first, pat = pick(g, lx.femaleFirst), 1
		n.last = lx.femaleLast(pick(g, lx.lastNames))
	}
	if len(lx.patronymics) > 0 {
		n.middle = pick(g, lx.patronymics)[pat]
	}
	return n
}

// uniqueName draws a name not yet in seen and records it there.
func (g *generator) uniqueName(seen map[string]bool) name {
	for {
		n := g.newName()
		if !seen[n.full()] {
			seen[n.full()] = true
			return n
		}
	}
}

// uniqueAddress returns local@domain, changed until it is not in seen.
func uniqueAddress(seen map[string]bool, local, domain string) string {
	a := local + "@" + domain
	for i := 2; seen[a]; i++ {
		a = local + strconv.Itoa(i) + "@" + domain
	}
	seen[a] = true
	return a
}

// buildEmployees makes the employees; the first heads the sales team
// and is the current user. About one in twelve has left (inactive).
func (g *generator) buildEmployees(n int) {
	home := &g.lx.cities[0]
	names, mails := map[string]bool{}, map[string]bool{}
	for i := range n {
		nm := g.uniqueName(names)
		e := data.Employee{
			ID:       data.ID(i + 1),
			Name:     nm.full(),
			Position: g.lx.headPosition,
			Email:    uniqueAddress(mails, slug(nm.first, "")[:1]+"."+slug(nm.last, ""), g.lx.ourDomain),
			Phone:    g.mobile(home),
		}
		if i > 0 {
			e.Position = pick(g, g.lx.employeePositions)
			e.Inactive = i%12 == 11
		}
		g.ds.Employees = append(g.ds.Employees, e)
		g.cat.employees = append(g.cat.employees, newParty(data.Ref{Kind: data.RefEmployee, ID: e.ID}, e.Name, e.Phone, e.Email))
		if e.Inactive {
			g.cat.inactive = append(g.cat.inactive, e.ID)
		} else {
			g.cat.active = append(g.cat.active, e.ID)
		}
	}
}

// addPerson makes a contact person of partner p (an index) at a position,
// reached at the partner's domain.
func (g *generator) addPerson(p int, nm name, pos position, c *city, domain string, mails map[string]bool) {
	id := data.ID(len(g.ds.Persons) + 1)
	phone := g.mobile(c)
	email := uniqueAddress(mails, g.localPart(nm.first, nm.last), domain)
	ci := []data.ContactInfo{{Kind: data.CIPhone, Value: phone}, {Kind: data.CIEmail, Value: email}}
	if g.chance(0.35) {
		ci = append(ci, data.ContactInfo{Kind: data.CIPhone, Value: g.office(c), Comment: g.lx.extension + " " + strconv.Itoa(g.between(100, 599))})
	}
	person := data.Person{
		ID:          id,
		Partner:     data.ID(p + 1),
		Name:        nm.full(),
		Position:    pos.name,
		ContactInfo: ci,
	}
	for _, r := range pos.roles {
		person.Roles = append(person.Roles, data.ID(r))
	}
	if g.chance(0.7) {
		born := g.now.AddDate(-g.between(23, 64), 0, -g.intn(365))
		person.Birthday = g.midnight(born)
	}
	if g.chance(0.1) {
		person.Comment = pick(g, g.lx.personComments)
	}
	if len(g.cat.partnerPersons[p]) > 0 && g.chance(0.05) {
		person.Inactive = true
	}
	g.ds.Persons = append(g.ds.Persons, person)
	g.cat.persons = append(g.cat.persons, newParty(data.Ref{Kind: data.RefPerson, ID: id}, person.Name, phone, email))
	if !person.Inactive {
		g.cat.partnerPersons[p] = append(g.cat.partnerPersons[p], int32(id-1))
	}
}

// buildFreeContacts makes the free-text contacts: people and services
// that are not in the catalogs, each with a phone and an e-mail address.
func (g *generator) buildFreeContacts() {
	home := &g.lx.cities[0]
	mails := map[string]bool{}
	for _, n := range g.lx.freeContacts {
		email := uniqueAddress(mails, slug(n, "."), pick(g, g.lx.freeMailDomains))
		g.cat.free = append(g.cat.free, newParty(data.FreeContactRef(n), n, g.mobile(home), email))
	}
}
