package data

import (
	"encoding/binary"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Counter is what the store keeps exact for one group of interactions
// (not marked for deletion): how many, how many unreviewed, and the date of
// the newest.
type Counter struct {
	Total      int
	Unreviewed int
	Last       time.Time
}

// A counter's value is its total and its unreviewed count (uvarints, the
// unreviewed one as a zigzag varint) and the timeKey of its newest date
// (8 bytes, big-endian): 10 bytes for most groups instead of 24. The by-last
// subject index keeps the same value.
func decodeCounter(v []byte) (c Counter, last uint64) {
	total, n := binary.Uvarint(v)
	if n <= 0 {
		return Counter{}, 0
	}
	unrev, m := binary.Varint(v[n:])
	if m <= 0 || len(v) != n+m+8 {
		return Counter{}, 0
	}
	last = binary.BigEndian.Uint64(v[n+m:])
	return Counter{Total: int(total), Unreviewed: int(unrev), Last: timeFromKey(last)}, last
}

func encodeCounter(total, unreviewed int64, last uint64) []byte {
	return appendCounter(make([]byte, 0, 2*binary.MaxVarintLen64+8), total, unreviewed, last)
}

// appendCounter appends the value encodeCounter gives to v (check
// compares half a million of them without a new slice each).
func appendCounter(v []byte, total, unreviewed int64, last uint64) []byte {
	v = binary.AppendUvarint(v, uint64(total))
	v = binary.AppendVarint(v, unreviewed)
	return binary.BigEndian.AppendUint64(v, last)
}

type counterDelta struct {
	total, unreviewed int64
	added             uint64 // newest date added, 0 if none
	removed           uint64 // newest date removed, 0 if none
}

// count moves the counter contributions of o to those of n.
func (w *writer) count(o, n *derived) error {
	deltas := map[string]*counterDelta{}
	at := func(k []byte) *counterDelta {
		d := deltas[string(k)]
		if d == nil {
			d = &counterDelta{}
			deltas[string(k)] = d
		}
		return d
	}
	if o != nil && !o.deleted {
		t := timeKey(o.dk.Time())
		for _, k := range o.counters {
			d := at(k)
			d.total--
			if !o.reviewed {
				d.unreviewed--
			}
			d.removed = max(d.removed, t)
		}
	}
	if n != nil && !n.deleted {
		t := timeKey(n.dk.Time())
		for _, k := range n.counters {
			d := at(k)
			d.total++
			if !n.reviewed {
				d.unreviewed++
			}
			d.added = max(d.added, t)
		}
	}
	b := w.b(bucketCounters)
	for k, d := range deltas {
		if d.total == 0 && d.unreviewed == 0 && d.added == d.removed {
			// The same interaction left and came back at the same date:
			// an edit that moves no count (a renamed contact's name).
			continue
		}
		key := []byte(k)
		old := b.Get(key)
		cur, last := decodeCounter(old)
		oldLast := last
		total := int64(cur.Total) + d.total
		unrev := int64(cur.Unreviewed) + d.unreviewed
		var val []byte
		if total > 0 {
			if _, ok := w.stale[k]; ok {
				// settle finds its date.
			} else if d.removed != 0 && d.removed >= last && d.added < d.removed {
				// The newest went: settle finds the new newest after the
				// whole transaction, not once per row. Marking the newest
				// 100 000 rows would otherwise walk past every row marked
				// before each one (a quarter of an hour at 100 000).
				if w.stale == nil {
					w.stale = map[string]struct{}{}
				}
				w.stale[k] = struct{}{}
			} else {
				last = max(last, d.added)
			}
			val = encodeCounter(total, unrev, last)
		}
		if key[0] == dimSubject {
			if err := moveSubjectByLast(w.tx, refFromKey(key[1:]), old != nil, oldLast, val); err != nil {
				return err
			}
		}
		if val == nil {
			if err := b.Delete(key); err != nil {
				return err
			}
			continue
		}
		if err := b.Put(key, val); err != nil {
			return err
		}
	}
	return nil
}

// settle ends a writing transaction's changes: it writes the queued
// changes of the packed lists (flushLists) and gives the counters whose newest interaction
// the transaction took away (count) the date of their newest one now,
// once each; the by-last subject index follows.
func (w *writer) settle() error {
	if err := w.flushLists(); err != nil {
		return err
	}
	b := w.b(bucketCounters)
	for k := range w.stale {
		key := []byte(k)
		old := b.Get(key)
		if old == nil {
			continue // the group is empty now
		}
		cur, last := decodeCounter(old)
		newest := w.newest(key)
		if newest == last {
			continue
		}
		val := encodeCounter(int64(cur.Total), int64(cur.Unreviewed), newest)
		if key[0] == dimSubject {
			if err := moveSubjectByLast(w.tx, refFromKey(key[1:]), true, last, val); err != nil {
				return err
			}
		}
		if err := b.Put(key, val); err != nil {
			return err
		}
	}
	w.stale = nil
	return nil
}

// newest finds the date of the newest interaction of a counter's group
// from the index that holds the group, after this transaction's changes.
func (w *writer) newest(counterKey []byte) uint64 {
	var bucket, prefix []byte
	switch counterKey[0] {
	case dimAll:
		c := w.b(ixDate).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if !summary(v).deleted() {
				return timeKey(cursorFrom(k).Time())
			}
		}
		return 0
	case dimHour:
		start := hourFromKey(counterKey)
		lo := dateKey(start.Add(time.Hour-time.Nanosecond), 0)
		c := w.b(ixDate).Cursor()
		for k, v := c.Seek(lo[:]); k != nil; k, v = c.Next() {
			if cursorFrom(k).Time().Before(start) {
				return 0
			}
			if !summary(v).deleted() {
				return timeKey(cursorFrom(k).Time())
			}
		}
		return 0
	case dimActivity:
		return w.newestActivity(counterKey)
	case dimType:
		bucket = ixType
	case dimResponsible:
		bucket = ixResponsible
	case dimContact:
		bucket = ixContact
	case dimSubject:
		bucket = ixSubject
	case dimAttr:
		bucket = ixAttr
	}
	prefix = counterKey[1:]
	k, _ := w.b(bucket).Cursor().Seek(prefix)
	if k == nil || !hasPrefix(k, prefix) || len(k) != len(prefix)+dateKeyLen {
		return 0
	}
	return timeKey(cursorFrom(k).Time())
}

// counter reads one counter in a read transaction.
func readCounter(tx *bolt.Tx, key []byte) Counter {
	c, _ := decodeCounter(tx.Bucket(bucketCounters).Get(key))
	return c
}
