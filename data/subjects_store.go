package data

import (
	"bytes"
	"encoding/binary"
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

// markActive keeps the active-subjects index, and the class of the
// subject in the by-last index, in step with one subject.
func markActive(tx *bolt.Tx, r Ref, active bool) error {
	b := tx.Bucket(ixActiveSubjects)
	was := b.Get(r.appendKey(nil)) != nil
	if was == active {
		return nil
	}
	cval := tx.Bucket(bucketCounters).Get(r.appendKey([]byte{dimSubject}))
	if cval != nil {
		_, last := decodeCounter(cval)
		if err := tx.Bucket(ixSubjectsByLast).Delete(byLastKey(subjectClass(r, was), last, r)); err != nil {
			return err
		}
	}
	var err error
	if active {
		err = b.Put(r.appendKey(nil), []byte{1}) // a value: a nil one reads back as nil in the same transaction
	} else {
		err = b.Delete(r.appendKey(nil))
	}
	if err != nil || cval == nil {
		return err
	}
	_, last := decodeCounter(cval)
	return tx.Bucket(ixSubjectsByLast).Put(byLastKey(subjectClass(r, active), last, r), slices.Clone(cval))
}

// Classes of the by-last subject index.
const (
	classActive byte = iota
	classInactive
	classChain
)

func subjectClass(r Ref, active bool) byte {
	switch {
	case r.Kind == RefInteraction:
		return classChain
	case active:
		return classActive
	}
	return classInactive
}

func byLastKey(class byte, last uint64, r Ref) []byte {
	k := binary.BigEndian.AppendUint64([]byte{class}, ^last)
	return r.appendKey(k)
}

// moveSubjectByLast moves a subject's entry of the by-last index after its
// counter changed from (had, oldLast) to val (nil when it is gone).
func moveSubjectByLast(tx *bolt.Tx, r Ref, had bool, oldLast uint64, val []byte) error {
	b := tx.Bucket(ixSubjectsByLast)
	class := subjectClass(r, tx.Bucket(ixActiveSubjects).Get(r.appendKey(nil)) != nil)
	if had {
		if err := b.Delete(byLastKey(class, oldLast, r)); err != nil {
			return err
		}
	}
	if val == nil {
		return nil
	}
	_, last := decodeCounter(val)
	return b.Put(byLastKey(class, last, r), val)
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
// first; with activeOnly, only the active ones. Chains are left out. It
// reads the by-last index in order: no sort, no scan of interactions.
func (s *Store) SubjectCounters(activeOnly bool) ([]Group, error) {
	classes := []byte{classActive, classInactive}
	if activeOnly {
		classes = classes[:1]
	}
	var out []Group
	err := s.view(func(tx *bolt.Tx) error {
		out = subjectsByLast(tx, classes, 0)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: subject counters: %w", err)
	}
	return out, nil
}

// subjectsByLast merges the by-last index classes, newest first; limit 0
// means all.
func subjectsByLast(tx *bolt.Tx, classes []byte, limit int) []Group {
	type head struct {
		c    *bolt.Cursor
		k, v []byte
	}
	var heads []*head
	n := 0
	for _, cl := range classes {
		c := tx.Bucket(ixSubjectsByLast).Cursor()
		for k, _ := c.Seek([]byte{cl}); k != nil && k[0] == cl && (limit == 0 || n < limit); k, _ = c.Next() {
			n++ // a first pass sizes the result: growing it costs more
		}
		k, v := c.Seek([]byte{cl})
		heads = append(heads, &head{c, k, v})
	}
	out := make([]Group, 0, n)
	for limit == 0 || len(out) < limit {
		var best *head
		for i, h := range heads {
			if h.k == nil || h.k[0] != classes[i] {
				continue
			}
			if best == nil || bytes.Compare(h.k[1:], best.k[1:]) < 0 {
				best = h
			}
		}
		if best == nil {
			break
		}
		cnt, _ := decodeCounter(best.v)
		out = append(out, Group{Key: GroupKey{Ref: refFromKey(best.k[9:])}, Count: cnt.Total, Unreviewed: cnt.Unreviewed, Last: cnt.Last})
		best.k, best.v = best.c.Next()
	}
	return out
}

// SubjectActive reports whether a subject is active; chains always are.
func (s *Store) SubjectActive(r Ref) bool {
	if r.Kind == RefInteraction {
		return true
	}
	var ok bool
	s.view(func(tx *bolt.Tx) error {
		ok = tx.Bucket(ixActiveSubjects).Get(r.appendKey(nil)) != nil
		return nil
	})
	return ok
}
