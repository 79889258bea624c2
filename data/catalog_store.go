package data

import (
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// record is a catalog entry that the generic helpers store.
type record interface {
	Validate() error
}

// saveRecord validates v, gives it an id when new and stores it as JSON.
func saveRecord[T record](s *Store, bucket []byte, what string, id *ID, v T, check func(w *writer) error) error {
	if err := v.Validate(); err != nil {
		return fmt.Errorf("data: save %s: %w", what, err)
	}
	isNew := *id == 0
	var ver uint64
	if vr, ok := any(v).(versioned); ok {
		ver = *vr.version()
	}
	err := s.update(func(w *writer) error {
		b := w.b(bucket)
		if *id == 0 {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			*id = ID(seq)
		} else if b.Get(id.key()) == nil {
			return fmt.Errorf("%s %d: %w", what, *id, ErrNotFound)
		}
		if err := stamp(b, bucket, what, *id, v); err != nil {
			return err
		}
		if check != nil {
			if err := check(w); err != nil {
				return err
			}
		}
		return putJSON(b, *id, v)
	})
	if err != nil {
		if isNew {
			*id = 0 // the refused record stays new
		}
		if vr, ok := any(v).(versioned); ok {
			*vr.version() = ver
		}
		return fmt.Errorf("data: save %s: %w", what, err)
	}
	s.names.reset()
	s.dates.reset()
	return nil
}

func loadRecord[T any](s *Store, bucket []byte, what string, id ID) (*T, error) {
	v := new(T)
	err := s.view(func(tx *bolt.Tx) error { return getJSON(tx.Bucket(bucket), id, v) })
	if err != nil {
		return nil, fmt.Errorf("data: %s %d: %w", what, id, err)
	}
	return v, nil
}

func loadAll[T any](s *Store, bucket []byte) ([]T, error) {
	var out []T
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		out = make([]T, 0, b.Stats().KeyN)
		return b.ForEach(func(k, v []byte) error {
			var r T
			if err := json.Unmarshal(v, &r); err != nil {
				return recordDamaged(bucket, idFromKey(k), err)
			}
			out = append(out, r)
			return nil
		})
	})
	return out, err
}

func (w *writer) exists(bucket []byte, field string, id ID, what string) error {
	if id != 0 && w.b(bucket).Get(id.key()) == nil {
		return problemWith(field, ProblemUnknownRef, Args{Kind: what, ID: id})
	}
	return nil
}

// SaveEmployee validates and stores an employee.
func (s *Store) SaveEmployee(e *Employee) error {
	return saveRecord(s, bucketEmployees, "employee", &e.ID, e, nil)
}

// Employee reads one employee.
func (s *Store) Employee(id ID) (*Employee, error) {
	return loadRecord[Employee](s, bucketEmployees, "employee", id)
}

// Employees lists every employee in id order.
func (s *Store) Employees() ([]Employee, error) { return loadAll[Employee](s, bucketEmployees) }

// SavePartnerGroup validates and stores a partner group.
func (s *Store) SavePartnerGroup(g *PartnerGroup) error {
	return saveRecord(s, bucketGroups, "partner group", &g.ID, g, func(w *writer) error {
		for p := g.Parent; p != 0; {
			if p == g.ID {
				return problemAt("parent", ProblemLoop)
			}
			var parent PartnerGroup
			if err := getJSON(w.b(bucketGroups), p, &parent); err != nil {
				return problemWith("parent", ProblemUnknownRef, Args{Kind: "partner group", ID: p})
			}
			p = parent.Parent
		}
		return nil
	})
}

// PartnerGroups lists every partner group.
func (s *Store) PartnerGroups() ([]PartnerGroup, error) {
	return loadAll[PartnerGroup](s, bucketGroups)
}

// SavePartner validates and stores a partner.
func (s *Store) SavePartner(p *Partner) error {
	return saveRecord(s, bucketPartners, "partner", &p.ID, p, func(w *writer) error { return w.checkPartner(p) })
}

// checkPartner checks the partner's references.
func (w *writer) checkPartner(p *Partner) error {
	if err := w.exists(bucketEmployees, "manager", p.Manager, "employee"); err != nil {
		return err
	}
	if err := w.exists(bucketGroups, "group", p.Group, "partner group"); err != nil {
		return err
	}
	return w.renameContact(Ref{RefPartner, p.ID}, p.Name)
}

// Partner reads one partner.
func (s *Store) Partner(id ID) (*Partner, error) {
	return loadRecord[Partner](s, bucketPartners, "partner", id)
}

// Partners lists every partner in id order.
func (s *Store) Partners() ([]Partner, error) { return loadAll[Partner](s, bucketPartners) }

// SaveRole validates and stores a contact person role.
func (s *Store) SaveRole(r *Role) error { return saveRecord(s, bucketRoles, "role", &r.ID, r, nil) }

// Roles lists every contact person role.
func (s *Store) Roles() ([]Role, error) { return loadAll[Role](s, bucketRoles) }

// SavePerson validates and stores a contact person. Moving a person to
// another partner re-indexes the person's interactions under the new
// partner in the same transaction.
func (s *Store) SavePerson(p *Person) error {
	return saveRecord(s, bucketPersons, "contact person", &p.ID, p, func(w *writer) error { return w.checkPerson(p) })
}

// checkPerson checks the person's references and, when the person moves
// to another partner, re-indexes the person's interactions.
func (w *writer) checkPerson(p *Person) error {
	if err := w.exists(bucketPartners, "partner", p.Partner, "partner"); err != nil {
		return err
	}
	for i, r := range p.Roles {
		if err := w.exists(bucketRoles, "roles["+itoa(i)+"]", r, "role"); err != nil {
			return err
		}
	}
	if err := w.renameContact(Ref{RefPerson, p.ID}, p.Name); err != nil {
		return err
	}
	var old Person
	if getJSON(w.b(bucketPersons), p.ID, &old) != nil || old.Partner == p.Partner {
		return nil
	}
	var moved []*Interaction
	w.partners[p.ID] = old.Partner
	ref := Ref{RefPerson, p.ID}
	ids, err := w.idsOf(ixContact, ref.appendKey(nil))
	if err != nil {
		return err
	}
	ids = append(ids, w.markedWhere(func(s summary) bool { return s.hasContact(ref) })...)
	for _, id := range ids {
		it, err := w.get(id)
		if err != nil {
			return err
		}
		if err := w.index(it, nil); err != nil {
			return err
		}
		moved = append(moved, it)
	}
	w.partners[p.ID] = p.Partner
	for _, it := range moved {
		if err := w.index(nil, it); err != nil {
			return err
		}
	}
	return nil
}

// Person reads one contact person.
func (s *Store) Person(id ID) (*Person, error) {
	return loadRecord[Person](s, bucketPersons, "contact person", id)
}

// Persons lists every contact person in id order.
func (s *Store) Persons() ([]Person, error) { return loadAll[Person](s, bucketPersons) }

// SaveDeal validates and stores a deal.
func (s *Store) SaveDeal(d *Deal) error {
	return saveRecord(s, bucketDeals, "deal", &d.ID, d, func(w *writer) error {
		if err := w.exists(bucketPartners, "partner", d.Partner, "partner"); err != nil {
			return err
		}
		return markActive(w.tx, Ref{RefDeal, d.ID}, d.Active)
	})
}

// Deals lists every deal.
func (s *Store) Deals() ([]Deal, error) { return loadAll[Deal](s, bucketDeals) }

// SaveClaim validates and stores a client claim.
func (s *Store) SaveClaim(c *Claim) error {
	return saveRecord(s, bucketClaims, "claim", &c.ID, c, func(w *writer) error {
		if err := w.exists(bucketPartners, "partner", c.Partner, "partner"); err != nil {
			return err
		}
		return markActive(w.tx, Ref{RefClaim, c.ID}, c.Active)
	})
}

// Claims lists every client claim.
func (s *Store) Claims() ([]Claim, error) { return loadAll[Claim](s, bucketClaims) }

// SaveEvent validates and stores a marketing event.
func (s *Store) SaveEvent(e *Event) error {
	return saveRecord(s, bucketEvents, "event", &e.ID, e, func(w *writer) error {
		return markActive(w.tx, Ref{RefEvent, e.ID}, e.Active)
	})
}

// Events lists every marketing event.
func (s *Store) Events() ([]Event, error) { return loadAll[Event](s, bucketEvents) }

// SaveOrder validates and stores a customer order.
func (s *Store) SaveOrder(o *Order) error {
	return saveRecord(s, bucketOrders, "order", &o.ID, o, func(w *writer) error {
		if err := w.exists(bucketPartners, "partner", o.Partner, "partner"); err != nil {
			return err
		}
		return markActive(w.tx, Ref{RefOrder, o.ID}, o.Active)
	})
}

// Orders lists every customer order.
func (s *Store) Orders() ([]Order, error) { return loadAll[Order](s, bucketOrders) }

// SaveAttrDef validates and stores an additional attribute definition.
func (s *Store) SaveAttrDef(d *AttrDef) error {
	if err := saveRecord(s, bucketAttrs, "attribute", &d.ID, d, nil); err != nil {
		return err
	}
	return s.loadCaches()
}

// refName returns the display name of a referenced record.
func (w *writer) refName(r Ref) (string, error) {
	return refName(w.tx, r)
}

// refName returns the display name of what r points at: a catalog
// record's from the names index, or from the record when the index has no
// entry for it (the record is gone or cannot be read).
func refName(tx *bolt.Tx, r Ref) (string, error) {
	if bucket, _, ok := nameKind(r.Kind); ok {
		if b := tx.Bucket(ixNames); b != nil {
			if v := b.Get(nameKey(r)); v != nil {
				return string(v), nil
			}
		}
		v := tx.Bucket(bucket).Get(r.ID.key())
		if v == nil {
			return "", ErrNotFound
		}
		name, err := decodeName(r.Kind, v)
		if err != nil {
			return "", &DamagedError{Detail: fmt.Sprintf("record %d cannot be decoded (%v)", r.ID, err)}
		}
		return name, nil
	}
	var name string
	var err error
	switch r.Kind {
	case RefInteraction:
		name, err = interactionTopic(tx, r.ID)
	case RefFree:
		v := tx.Bucket(bucketFreeContacts).Get(r.ID.key())
		if v == nil {
			err = ErrNotFound
		}
		name = string(v)
	default:
		err = ErrNotFound
	}
	return name, err
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > 80 {
		s = string(r[:80]) + "…"
	}
	return s
}
