package mail

import (
	"errors"
	"strings"
	"unicode/utf8"

	"interactions/data"
)

// maxContacts caps the contacts one imported message names.
const maxContacts = 20

// ErrNoEmployee is returned when the store has no employee to make
// responsible for imported mail.
var ErrNoEmployee = errors.New("no employee to be responsible for the mail: add one, or choose the current user in the settings")

// Book finds who an address belongs to: an employee (whose mail is
// outgoing), a contact person or a partner, by e-mail address compared
// without case.
type Book struct {
	employees map[string]data.ID
	contacts  map[string]data.Ref
	current   data.ID
	fallback  data.ID
}

// NewBook reads the addresses of the employees, contact persons and
// partners of s. The current user is responsible for mail no employee
// is named in.
func NewBook(s *data.Store) (*Book, error) {
	b := &Book{employees: map[string]data.ID{}, contacts: map[string]data.Ref{}, current: s.Settings().CurrentUser}
	emps, err := s.Employees()
	if err != nil {
		return nil, err
	}
	for _, e := range emps {
		if e.Deleted {
			continue
		}
		if b.fallback == 0 && !e.Inactive {
			b.fallback = e.ID
		}
		if a := addrKey(e.Email); a != "" {
			if _, ok := b.employees[a]; !ok || e.ID == b.current {
				b.employees[a] = e.ID
			}
		}
	}
	if b.current == 0 {
		b.current = b.fallback
	}
	partners, err := s.Partners()
	if err != nil {
		return nil, err
	}
	for _, p := range partners {
		if !p.Deleted {
			b.addContact(p.ContactInfo, data.Ref{Kind: data.RefPartner, ID: p.ID})
		}
	}
	persons, err := s.Persons()
	if err != nil {
		return nil, err
	}
	for _, p := range persons { // a person's address wins over the partner's
		if !p.Deleted {
			for _, ci := range p.ContactInfo {
				if a := addrKey(ci.Value); ci.Kind == data.CIEmail && a != "" {
					b.contacts[a] = data.Ref{Kind: data.RefPerson, ID: p.ID}
				}
			}
		}
	}
	return b, nil
}

func (b *Book) addContact(ci []data.ContactInfo, ref data.Ref) {
	for _, c := range ci {
		if a := addrKey(c.Value); c.Kind == data.CIEmail && a != "" {
			if _, ok := b.contacts[a]; !ok {
				b.contacts[a] = ref
			}
		}
	}
}

func addrKey(a string) string { return strings.ToLower(strings.TrimSpace(a)) }

// Employee returns the employee whose address a is, or 0.
func (b *Book) Employee(a string) data.ID { return b.employees[addrKey(a)] }

// Contact returns the contact an address names: the contact person or
// partner with that address, else a free-text contact under the display
// name (or the address).
func (b *Book) Contact(a Address) data.Contact {
	addr := strings.TrimSpace(a.Address)
	if !data.ValidEmail(addr) {
		addr = ""
	}
	if ref, ok := b.contacts[addrKey(addr)]; ok && addr != "" {
		return data.Contact{Ref: ref, Address: addr}
	}
	name := strings.TrimSpace(a.Name)
	if name == "" {
		name = strings.TrimSpace(a.Address)
	}
	if utf8.RuneCountInString(name) > 200 {
		name = string([]rune(name)[:200])
	}
	return data.Contact{Ref: data.Ref{Kind: data.RefFree}, Name: name, Address: addr}
}

// Direction says whether mail from sender is outgoing (one of the
// employees sent it) and who is responsible for it: the sending employee,
// else the first employee among the recipients, else the current user.
func (b *Book) Direction(m *Message) (data.Direction, data.ID, error) {
	if m.From != nil {
		if id := b.Employee(m.From.Address); id != 0 {
			return data.DirOutgoing, id, nil
		}
	}
	resp := b.current
	for _, list := range [][]Address{m.To, m.Cc, m.Bcc} {
		for _, a := range list {
			if id := b.Employee(a.Address); id != 0 {
				resp = id
				goto found
			}
		}
	}
found:
	if resp == 0 {
		return 0, 0, ErrNoEmployee
	}
	return data.DirIncoming, resp, nil
}

// Contacts lists the other side of a message: the sender of incoming
// mail, the recipients of outgoing mail, employees left out, each address
// once.
func (b *Book) Contacts(m *Message, dir data.Direction) []data.Contact {
	var from []Address
	if dir == data.DirIncoming && m.From != nil {
		from = []Address{*m.From}
	} else if dir == data.DirOutgoing {
		from = append(append(append(from, m.To...), m.Cc...), m.Bcc...)
	}
	var out []data.Contact
	seen := map[string]bool{}
	for _, a := range from {
		k := addrKey(a.Address)
		if seen[k] || (k != "" && b.Employee(k) != 0) || len(out) >= maxContacts {
			continue
		}
		seen[k] = true
		if c := b.Contact(a); c.Ref.Kind != data.RefFree || c.Name != "" {
			out = append(out, c)
		}
	}
	return out
}
