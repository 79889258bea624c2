package data

import (
	"bytes"

	bolt "go.etcd.io/bbolt"
)

// listCursor walks the date keys of one packed list (a text word's
// postings or a packed index list, packed_list.go) in key order, a block
// at a time. A packed block is read only as far as the moves need: a
// first page of fifty reads fifty keys, not the block's hundred and
// twenty-eight. Every move returns the key it lands on and whether there
// is one; once a move finds none, the cursor is spent.
type listCursor struct {
	c      *bolt.Cursor
	prefix []byte
	keys   []Cursor    // the keys of the block read so far
	rest   blockReader // the keys of the block after them, when lazy
	lazy   bool
	i      int
}

func newListCursor(b *bolt.Bucket, prefix []byte) *listCursor {
	return &listCursor{c: b.Cursor(), prefix: prefix}
}

// load takes the block k, v when it is one of the list's.
func (lc *listCursor) load(k, v []byte) bool {
	lc.keys, lc.lazy = lc.keys[:0], false
	if k == nil || len(k) != len(lc.prefix)+dateKeyLen || !hasPrefix(k, lc.prefix) {
		return false
	}
	if isPacked(k, v) {
		lc.rest, lc.lazy = newBlockReader(k, v), true
		lc.keys = append(lc.keys, lc.rest.first)
		return true
	}
	lc.keys, _ = decodeBlock(lc.keys, k, v)
	return true
}

// has reports whether the block has a key at i, reading on to it.
func (lc *listCursor) has(i int) bool {
	for i >= len(lc.keys) {
		if !lc.lazy {
			return false
		}
		c, ok, err := lc.rest.next()
		if !ok || err != nil { // a block that cannot be read ends at the fault (check reports it)
			lc.lazy = false
			return false
		}
		lc.keys = append(lc.keys, c)
	}
	return true
}

func cmpCursor(a, b Cursor) int { return bytes.Compare(a[:], b[:]) }

// Seek moves to the first key ≥ dk.
func (lc *listCursor) Seek(dk Cursor) (Cursor, bool) {
	if dk.IsZero() {
		// The list's first block is the first key with its prefix.
		if !lc.load(lc.c.Seek(lc.prefix)) {
			return Cursor{}, false
		}
	} else if !lc.load(findBlock(lc.c, lc.prefix, dk)) {
		return Cursor{}, false
	}
	lc.i = 0
	for lc.has(lc.i) && cmpCursor(lc.keys[lc.i], dk) < 0 {
		lc.i++
	}
	if lc.i < len(lc.keys) {
		return lc.keys[lc.i], true
	}
	lc.i--
	return lc.Next()
}

// SeekLE moves to the last key ≤ dk.
func (lc *listCursor) SeekLE(dk Cursor) (Cursor, bool) {
	if !lc.load(findBlock(lc.c, lc.prefix, dk)) {
		return Cursor{}, false
	}
	i := -1 // dk before the list's first key leaves none
	for lc.has(i+1) && cmpCursor(lc.keys[i+1], dk) <= 0 {
		i++
	}
	if i < 0 {
		return Cursor{}, false
	}
	lc.i = i
	return lc.keys[i], true
}

// First moves to the list's first key (its newest interaction).
func (lc *listCursor) First() (Cursor, bool) { return lc.Seek(Cursor{}) }

// Last moves to the list's last key (its oldest interaction).
func (lc *listCursor) Last() (Cursor, bool) { return lc.SeekLE(maxCursor) }

// Next moves to the key after.
func (lc *listCursor) Next() (Cursor, bool) {
	lc.i++
	for !lc.has(lc.i) {
		if !lc.load(lc.c.Next()) {
			return Cursor{}, false
		}
		lc.i = 0
	}
	return lc.keys[lc.i], true
}

// Prev moves to the key before: within the block it is read already;
// the block before is read whole.
func (lc *listCursor) Prev() (Cursor, bool) {
	lc.i--
	for lc.i < 0 {
		if !lc.load(lc.c.Prev()) {
			return Cursor{}, false
		}
		for lc.has(len(lc.keys)) {
		}
		lc.i = len(lc.keys) - 1
	}
	return lc.keys[lc.i], true
}

// listStream walks one packed list within a span: the stream a plan
// drives from a text word's postings or a packed index list.
type listStream struct {
	lc      listCursor
	sp      span
	started bool
	done    bool
}

func newListStream(b *bolt.Bucket, prefix []byte, sp span) *listStream {
	return &listStream{lc: listCursor{c: b.Cursor(), prefix: prefix}, sp: sp}
}

// newBlockStream walks the postings of one word within a span.
func newBlockStream(b *bolt.Bucket, word string, sp span) *listStream {
	return newListStream(b, postingPrefix(word), sp)
}

func (s *listStream) next() (Cursor, []byte, bool) {
	for !s.done {
		var k Cursor
		var ok bool
		switch {
		case !s.started && s.sp.desc:
			s.started = true
			start := s.sp.hi
			if s.sp.hasAfter && cmpCursor(s.sp.after, start) < 0 {
				start = s.sp.after
			}
			k, ok = s.lc.SeekLE(start)
		case !s.started:
			s.started = true
			start := s.sp.lo
			if s.sp.hasAfter && cmpCursor(s.sp.after, start) > 0 {
				start = s.sp.after
			}
			k, ok = s.lc.Seek(start)
		case s.sp.desc:
			k, ok = s.lc.Prev()
		default:
			k, ok = s.lc.Next()
		}
		if !ok {
			s.done = true
			break
		}
		if s.sp.desc {
			if cmpCursor(k, s.sp.lo) < 0 {
				s.done = true
				break
			}
			if s.sp.hasAfter && k == s.sp.after || cmpCursor(k, s.sp.hi) > 0 {
				continue
			}
		} else {
			if cmpCursor(k, s.sp.hi) > 0 {
				s.done = true
				break
			}
			if s.sp.hasAfter && k == s.sp.after || cmpCursor(k, s.sp.lo) < 0 {
				continue
			}
		}
		return k, nil, true
	}
	return Cursor{}, nil, false
}
