package data

import (
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// subjectBuckets maps the real subject kinds to their record buckets.
var subjectBuckets = map[RefKind][]byte{
	RefDeal: bucketDeals, RefClaim: bucketClaims, RefEvent: bucketEvents, RefOrder: bucketOrders,
}

// subjectActive reads the Active flag of a stored subject record.
func subjectActive(v []byte) bool {
	var a struct {
		Active bool `json:"active"`
	}
	json.Unmarshal(v, &a)
	return a.Active
}

// markActive keeps the active-subjects index in step with one subject.
func markActive(tx *bolt.Tx, r Ref, active bool) error {
	b := tx.Bucket(ixActiveSubjects)
	if active {
		return b.Put(r.appendKey(nil), nil)
	}
	return b.Delete(r.appendKey(nil))
}

// rebuildActive fills the active-subjects index from the subject records.
func rebuildActive(tx *bolt.Tx) error {
	for kind, name := range subjectBuckets {
		err := tx.Bucket(name).ForEach(func(k, v []byte) error {
			return markActive(tx, Ref{kind, idFromKey(k)}, subjectActive(v))
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// SubjectCounters returns the counters of the real subjects (deals,
// claims, events, orders) that have interactions, newest last interaction
// first; with activeOnly, only the active ones. Chains are left out.
func (s *Store) SubjectCounters(activeOnly bool) ([]Group, error) {
	var out []Group
	err := s.db.View(func(tx *bolt.Tx) error {
		active := tx.Bucket(ixActiveSubjects)
		c := tx.Bucket(bucketCounters).Cursor()
		start, end := []byte{dimSubject, byte(RefDeal)}, []byte{dimSubject, byte(RefOrder) + 1}
		for k, v := c.Seek(start); k != nil && string(k) < string(end); k, v = c.Next() {
			if activeOnly && active.Get(k[1:]) == nil {
				continue
			}
			cnt, _ := decodeCounter(v)
			out = append(out, Group{Key: GroupKey{Ref: refFromKey(k[1:])}, Count: cnt.Total, Unreviewed: cnt.Unreviewed, Last: cnt.Last})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: subject counters: %w", err)
	}
	slices.SortFunc(out, func(a, b Group) int { return b.Last.Compare(a.Last) })
	return out, nil
}

// SubjectActive reports whether a subject is active; chains always are.
func (s *Store) SubjectActive(r Ref) bool {
	if r.Kind == RefInteraction {
		return true
	}
	var ok bool
	s.db.View(func(tx *bolt.Tx) error {
		ok = tx.Bucket(ixActiveSubjects).Get(r.appendKey(nil)) != nil
		return nil
	})
	return ok
}
