package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SubjectEntry is a deal, claim, marketing event or customer order as a
// subject picker lists it: read from the indexes and one member of its
// record, without decoding the record.
type SubjectEntry struct {
	Ref    Ref
	Name   string // the display name: a claim's first line, an order's number
	Active bool
	// Date is a deal's close date, a claim's receipt, an event's start,
	// an order's date; zero when the record has none.
	Date time.Time
}

// subjectKinds are the kinds SubjectEntries lists, in its order, with the
// JSON member of each one's date.
var subjectKinds = []struct {
	kind   RefKind
	bucket []byte
	date   string
}{
	{RefDeal, bucketDeals, "closeDate"},
	{RefClaim, bucketClaims, "received"},
	{RefEvent, bucketEvents, "start"},
	{RefOrder, bucketOrders, "date"},
}

// SubjectEntries lists every deal, then every claim, marketing event and
// customer order, each kind by id, those marked for deletion included:
// names from ix_names, the active flag from ix_active_subjects, the date
// read from the record's member. A record the quick reader cannot read is
// decoded whole.
func (s *Store) SubjectEntries() ([]SubjectEntry, error) {
	var out []SubjectEntry
	err := s.view(func(tx *bolt.Tx) error {
		names := newOrderedLookup(tx.Bucket(ixNames))
		active := newOrderedLookup(tx.Bucket(ixActiveSubjects))
		for _, sk := range subjectKinds {
			err := tx.Bucket(sk.bucket).ForEach(func(k, v []byte) error {
				if len(k) != 8 {
					return nil
				}
				r := Ref{sk.kind, idFromKey(k)}
				key := nameKey(r)
				e := SubjectEntry{Ref: r, Active: active.has(key)}
				if n, ok := names.get(key); ok {
					e.Name = string(n)
				} else if e.Name, ok = recordName(r.Kind, v); !ok {
					return recordDamaged(sk.bucket, r.ID, fmt.Errorf("no name"))
				}
				var err error
				if e.Date, err = recordDate(sk.kind, sk.date, v); err != nil {
					return recordDamaged(sk.bucket, r.ID, err)
				}
				out = append(out, e)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: subjects: %w", err)
	}
	return out, nil
}

// recordDate reads the date member of a subject's record v, the one
// member when the quick reader can, else the record decoded.
func recordDate(k RefKind, member string, v []byte) (time.Time, error) {
	if s, ok := jsonStringField(v, member); ok {
		if s == "" {
			return time.Time{}, nil
		}
		if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
			return t, nil
		}
	}
	var rec struct {
		CloseDate time.Time `json:"closeDate"`
		Received  time.Time `json:"received"`
		Start     time.Time `json:"start"`
		Date      time.Time `json:"date"`
	}
	if err := json.Unmarshal(v, &rec); err != nil {
		return time.Time{}, err
	}
	switch k {
	case RefDeal:
		return rec.CloseDate, nil
	case RefClaim:
		return rec.Received, nil
	case RefEvent:
		return rec.Start, nil
	}
	return rec.Date, nil
}

// orderedLookup looks keys up in a bucket in increasing order with one
// cursor moving forward: a walk in step with another bucket's keys. The
// first lookup seeks; a missing bucket has no keys.
type orderedLookup struct {
	c       *bolt.Cursor
	k, v    []byte
	started bool
}

func newOrderedLookup(b *bolt.Bucket) *orderedLookup {
	l := &orderedLookup{}
	if b != nil {
		l.c = b.Cursor()
	}
	return l
}

// get returns the value of key, which is not below any key asked before.
func (l *orderedLookup) get(key []byte) ([]byte, bool) {
	if l.c == nil {
		return nil, false
	}
	if !l.started {
		l.started = true
		l.k, l.v = l.c.Seek(key)
	}
	for l.k != nil && bytes.Compare(l.k, key) < 0 {
		l.k, l.v = l.c.Next()
	}
	if l.k != nil && bytes.Equal(l.k, key) {
		return l.v, true
	}
	return nil, false
}

// has tells whether the bucket holds key, as get.
func (l *orderedLookup) has(key []byte) bool {
	_, ok := l.get(key)
	return ok
}
