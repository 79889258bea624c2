package data

import (
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// MergePartners merges the duplicate partner drop into merged.ID, the
// survivor, in one transaction: the survivor takes merged's field values
// (chosen field by field by the caller); every interaction that names the
// duplicate names the survivor; the duplicate's contact persons, deals,
// claims and orders become the survivor's; the duplicate is removed. The
// indexes and counters follow, so Check passes after.
func (s *Store) MergePartners(merged *Partner, drop ID) error {
	if err := merged.Validate(); err != nil {
		return fmt.Errorf("data: merge partners: %w", err)
	}
	keep := merged.ID
	if keep == 0 || keep == drop {
		return fmt.Errorf("data: merge partners: %w", problemAt("duplicate", ProblemRepeated))
	}
	err := s.update(func(w *writer) error {
		var kept, dup Partner
		if err := getJSON(w.b(bucketPartners), keep, &kept); err != nil {
			return fmt.Errorf("partner %d: %w", keep, ErrNotFound)
		}
		if err := getJSON(w.b(bucketPartners), drop, &dup); err != nil {
			return fmt.Errorf("partner %d: %w", drop, ErrNotFound)
		}
		if err := w.exists(bucketEmployees, "manager", merged.Manager, "employee"); err != nil {
			return err
		}
		if err := w.exists(bucketGroups, "group", merged.Group, "partner group"); err != nil {
			return err
		}
		from, to := Ref{RefPartner, drop}, Ref{RefPartner, keep}
		// The interactions indexed under the duplicate: its own and its
		// persons'. They leave the indexes under the old owners first.
		moved, err := w.unindexContact(from)
		if err != nil {
			return err
		}
		var persons []Person
		err = w.b(bucketPersons).ForEach(func(k, v []byte) error {
			var p Person
			if err := json.Unmarshal(v, &p); err != nil {
				return err
			}
			if p.Partner == drop {
				persons = append(persons, p)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, p := range persons {
			p.Partner = keep
			p.Ver++
			if err := putJSON(w.b(bucketPersons), p.ID, &p); err != nil {
				return err
			}
			w.partners[p.ID] = keep
		}
		if err := w.movePartnerSubjects(drop, keep); err != nil {
			return err
		}
		if err := w.b(bucketPartners).Delete(drop.key()); err != nil {
			return err
		}
		if err := dropName(w.tx, Ref{RefPartner, drop}); err != nil {
			return err
		}
		bumpVersion(w.b(bucketPartners), keep, merged)
		if err := putJSON(w.b(bucketPartners), keep, merged); err != nil {
			return err
		}
		names := map[string]bool{dup.Name: true, kept.Name: true}
		return w.reindexContacts(moved, from, to, names, merged.Name)
	})
	if err != nil {
		return fmt.Errorf("data: merge partners: %w", err)
	}
	s.names.reset()
	return nil
}

// MergePersons merges the duplicate contact person drop into merged.ID,
// the survivor, in one transaction: the survivor takes merged's values,
// every interaction that names the duplicate names the survivor (under
// the survivor's partner), and the duplicate is removed.
func (s *Store) MergePersons(merged *Person, drop ID) error {
	if err := merged.Validate(); err != nil {
		return fmt.Errorf("data: merge contact persons: %w", err)
	}
	keep := merged.ID
	if keep == 0 || keep == drop {
		return fmt.Errorf("data: merge contact persons: %w", problemAt("duplicate", ProblemRepeated))
	}
	err := s.update(func(w *writer) error {
		var kept, dup Person
		if err := getJSON(w.b(bucketPersons), keep, &kept); err != nil {
			return fmt.Errorf("contact person %d: %w", keep, ErrNotFound)
		}
		if err := getJSON(w.b(bucketPersons), drop, &dup); err != nil {
			return fmt.Errorf("contact person %d: %w", drop, ErrNotFound)
		}
		if err := w.exists(bucketPartners, "partner", merged.Partner, "partner"); err != nil {
			return err
		}
		for i, r := range merged.Roles {
			if err := w.exists(bucketRoles, "roles["+itoa(i)+"]", r, "role"); err != nil {
				return err
			}
		}
		from, to := Ref{RefPerson, drop}, Ref{RefPerson, keep}
		// The survivor's own interactions move too when its partner changes.
		moved, err := w.unindexContact(to, from)
		if err != nil {
			return err
		}
		if err := w.b(bucketPersons).Delete(drop.key()); err != nil {
			return err
		}
		if err := dropName(w.tx, from); err != nil {
			return err
		}
		bumpVersion(w.b(bucketPersons), keep, merged)
		if err := putJSON(w.b(bucketPersons), keep, merged); err != nil {
			return err
		}
		delete(w.partners, drop)
		w.partners[keep] = merged.Partner
		names := map[string]bool{dup.Name: true, kept.Name: true}
		return w.reindexContacts(moved, from, to, names, merged.Name)
	})
	if err != nil {
		return fmt.Errorf("data: merge contact persons: %w", err)
	}
	s.names.reset()
	return nil
}

// unindexContact takes every interaction indexed under any of the
// contacts refs (marked ones too) out of the indexes and returns them as
// they were stored, each once.
func (w *writer) unindexContact(refs ...Ref) ([]*Interaction, error) {
	var ids []ID
	for _, r := range refs {
		more, err := w.contactIDs(r)
		if err != nil {
			return nil, err
		}
		ids = append(ids, more...)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make([]*Interaction, 0, len(ids))
	for _, id := range ids {
		it, err := w.get(id)
		if err != nil {
			return nil, err
		}
		if err := w.index(it, nil); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

// contactIDs lists the interactions indexed under contact r, the marked
// ones too.
func (w *writer) contactIDs(r Ref) ([]ID, error) {
	ids, err := w.idsOf(ixContact, r.appendKey(nil))
	return append(ids, w.markedWhere(func(s summary) bool { return s.hasContact(r) })...), err
}

// reindexContacts stores the interactions unindexContact took out with
// contact from replaced by to, a contact name among names written as
// name, and indexes them again under the owners of now.
func (w *writer) reindexContacts(its []*Interaction, from, to Ref, names map[string]bool, name string) error {
	for _, it := range its {
		swap := func(c *Contact) {
			if c.Ref == from {
				c.Ref = to
			}
			if c.Ref == to && names[c.Name] {
				c.Name = name
			}
		}
		for i := range it.Contacts {
			swap(&it.Contacts[i])
		}
		// The survivor named twice is named once.
		seen := map[Ref]bool{}
		it.Contacts = slices.DeleteFunc(it.Contacts, func(c Contact) bool {
			if c.Ref.Kind == RefFree {
				return false
			}
			dup := seen[c.Ref]
			seen[c.Ref] = true
			return dup
		})
		if it.Call != nil {
			swap(&it.Call.Contact)
		}
		if it.SMS != nil {
			for i := range it.SMS.Recipients {
				swap(&it.SMS.Recipients[i].Contact)
			}
		}
		it.Version++
		if err := w.b(bucketInteractions).Put(it.ID.key(), encodeInteraction(it)); err != nil {
			return err
		}
		if err := w.index(nil, it); err != nil {
			return err
		}
	}
	return nil
}

// movePartnerSubjects gives the deals, claims and orders of partner from
// to partner to.
func (w *writer) movePartnerSubjects(from, to ID) error {
	if err := reassign(w.b(bucketDeals), func(d *Deal) *ID { return &d.Partner }, from, to); err != nil {
		return err
	}
	if err := reassign(w.b(bucketClaims), func(c *Claim) *ID { return &c.Partner }, from, to); err != nil {
		return err
	}
	return reassign(w.b(bucketOrders), func(o *Order) *ID { return &o.Partner }, from, to)
}

// reassign rewrites the records of b whose reference field (ref) is from
// to point at to.
func reassign[T any](b *bolt.Bucket, ref func(*T) *ID, from, to ID) error {
	var ids []ID
	var recs []*T
	err := b.ForEach(func(k, v []byte) error {
		rec := new(T)
		if err := json.Unmarshal(v, rec); err != nil {
			return err
		}
		if *ref(rec) == from {
			*ref(rec) = to
			ids, recs = append(ids, idFromKey(k)), append(recs, rec)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, id := range ids {
		if vr, ok := any(recs[i]).(versioned); ok {
			*vr.version()++
		}
		if err := putJSON(b, id, recs[i]); err != nil {
			return err
		}
	}
	return nil
}
