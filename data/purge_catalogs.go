package data

import (
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Holder names what keeps a record marked for deletion from being purged:
// Count live records of kind Kind ("interaction", "person", "partner",
// "deal", "claim", "order") refer to it, or Kind is "currentUser" for the
// employee who is the current user.
type Holder struct {
	Kind  string
	Count int
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

// marked lists the marked records with their holders.
func marked(tx *bolt.Tx, currentUser ID) ([]Marked, error) {
	type rec struct {
		Deleted bool   `json:"deleted"`
		Name    string `json:"name"`
		Text    string `json:"text"`
		Number  string `json:"number"`
		Partner ID     `json:"partner"`
		Manager ID     `json:"manager"`
		Roles   []ID   `json:"roles"`
	}
	live := map[RefKind][]rec{}
	var out []Marked
	for _, mb := range markedBuckets {
		err := tx.Bucket(mb.bucket).ForEach(func(k, v []byte) error {
			var r rec
			if err := json.Unmarshal(v, &r); err != nil {
				return err
			}
			if !r.Deleted {
				live[mb.kind] = append(live[mb.kind], r)
				return nil
			}
			name := r.Name
			if name == "" {
				name = firstLine(r.Text)
			}
			if name == "" {
				name = r.Number
			}
			out = append(out, Marked{Ref: Ref{mb.kind, idFromKey(k)}, Name: name})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	count := func(kind RefKind, test func(rec) bool) int {
		n := 0
		for _, r := range live[kind] {
			if test(r) {
				n++
			}
		}
		return n
	}
	counters := tx.Bucket(bucketCounters)
	interactions := func(key []byte) int {
		c, _ := decodeCounter(counters.Get(key))
		return c.Total
	}
	for i := range out {
		m := &out[i]
		hold := func(kind string, n int) {
			if n > 0 {
				m.Holders = append(m.Holders, Holder{kind, n})
			}
		}
		id := m.Ref.ID
		switch m.Ref.Kind {
		case RefEmployee:
			hold("interaction", interactions(append([]byte{dimResponsible}, id.key()...)))
			hold("partner", count(RefPartner, func(r rec) bool { return r.Manager == id }))
			if id == currentUser {
				hold("currentUser", 1)
			}
		case RefPartner:
			hold("interaction", interactions(m.Ref.appendKey([]byte{dimContact})))
			hold("person", count(RefPerson, func(r rec) bool { return r.Partner == id }))
			for _, k := range []RefKind{RefDeal, RefClaim, RefOrder} {
				hold(k.String(), count(k, func(r rec) bool { return r.Partner == id }))
			}
		case RefPerson:
			hold("interaction", interactions(m.Ref.appendKey([]byte{dimContact})))
		case RefDeal, RefClaim, RefEvent, RefOrder:
			hold("interaction", interactions(m.Ref.appendKey([]byte{dimSubject})))
		case refRole:
			hold("person", count(RefPerson, func(r rec) bool { return slices.Contains(r.Roles, id) }))
		}
	}
	return out, nil
}

// dropAttrValues removes the values of attribute id from every
// interaction that has one, the marked ones too.
func (w *writer) dropAttrValues(id ID) error {
	prefix := id.key()
	var ids []ID
	c := w.b(ixAttr).Cursor()
	for k, _ := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, _ = c.Next() {
		ids = append(ids, cursorFrom(k[len(k)-dateKeyLen:]).ID())
	}
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
