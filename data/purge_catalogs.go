package data

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Holder names what keeps a record marked for deletion from being purged:
// Count records of kind Kind refer to it — "interaction" (as responsible,
// contact or subject), "authored" (interactions it is the author of),
// "person", "partner", "deal", "claim", "order" — or Kind is
// "currentUser" for the employee who is the current user. Marked says
// the holders are themselves marked for deletion (interactions marked
// for deletion, or marked records that are kept); Names are the first
// few of them (an interaction as its number and topic).
type Holder struct {
	Kind   string
	Count  int
	Marked bool
	Names  []string
}

// Marked is one catalog record marked for deletion: what it is, its name,
// and what holds it (none when a purge removes it).
type Marked struct {
	Ref     Ref
	Name    string
	Holders []Holder
}

// markedBuckets are the catalogs with deletion marks, and the kind of
// reference of each.
var markedBuckets = []struct {
	kind   RefKind
	bucket []byte
}{
	{RefEmployee, bucketEmployees}, {RefPartner, bucketPartners}, {RefPerson, bucketPersons},
	{RefDeal, bucketDeals}, {RefClaim, bucketClaims}, {RefEvent, bucketEvents}, {RefOrder, bucketOrders},
	{refRole, bucketRoles}, {refAttr, bucketAttrs},
}

// refRole and refAttr stand for roles and attribute definitions in a
// Marked's Ref: they are no interaction's references.
const (
	refRole RefKind = 200 + iota
	refAttr
)

// IsRole reports whether a Marked's ref is a contact person role.
func (r Ref) IsRole() bool { return r.Kind == refRole }

// IsAttr reports whether a Marked's ref is an additional attribute.
func (r Ref) IsAttr() bool { return r.Kind == refAttr }

// MarkedRecords lists every catalog record marked for deletion with what
// holds it: what PurgeMarked would remove (those with no holders) and
// keep.
func (s *Store) MarkedRecords() ([]Marked, error) {
	var out []Marked
	err := s.db.View(func(tx *bolt.Tx) error {
		var err error
		out, err = marked(tx, s.Settings().CurrentUser)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("data: marked records: %w", err)
	}
	return out, nil
}

// PurgeMarked removes every catalog record marked for deletion that no
// live record refers to, in one transaction, and returns what it removed
// and what it kept (with its holders). Purging an attribute removes its
// values from the interactions.
func (s *Store) PurgeMarked() (removed, kept []Marked, err error) {
	user := s.Settings().CurrentUser
	err = s.update(func(w *writer) error {
		all, err := marked(w.tx, user)
		if err != nil {
			return err
		}
		for _, m := range all {
			if len(m.Holders) > 0 {
				kept = append(kept, m)
				continue
			}
			if m.Ref.Kind == refAttr {
				if err := w.dropAttrValues(m.Ref.ID); err != nil {
					return err
				}
			}
			for _, mb := range markedBuckets {
				if mb.kind == m.Ref.Kind {
					if err := w.b(mb.bucket).Delete(m.Ref.ID.key()); err != nil {
						return err
					}
					if err := dropName(w.tx, m.Ref); err != nil {
						return err
					}
				}
			}
			if m.Ref.Kind.IsSubject() {
				if err := markActive(w.tx, m.Ref, false); err != nil {
					return err
				}
			}
			removed = append(removed, m)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("data: purge marked records: %w", err)
	}
	s.names.reset()
	return removed, kept, s.loadCaches()
}

// dropAttrValues removes the values of attribute id from every
// interaction that has one, the marked ones too.
func (w *writer) dropAttrValues(id ID) error {
	prefix := id.key()
	if err := w.flushLists(); err != nil {
		return err
	}
	var ids []ID
	eachListKey(w.b(ixAttr), prefix, func(dk Cursor) bool {
		ids = append(ids, dk.ID())
		return true
	})
	ids = append(ids, w.markedWhere(func(s summary) bool { _, ok := s.attrValue(id); return ok })...)
	for _, iid := range ids {
		old, err := w.get(iid)
		if err != nil {
			return err
		}
		cp, _ := w.get(iid)
		cp.Attrs = slices.DeleteFunc(cp.Attrs, func(a AttrValue) bool { return a.Attr == id })
		if err := w.put(old, cp); err != nil {
			return err
		}
	}
	return nil
}
