package data

import (
	"bytes"
	"container/heap"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// A stream yields date keys in list order, each once.
type stream interface {
	next() (Cursor, []byte, bool) // the key, the value when the index holds summaries, ok
}

// span bounds a stream: the period's keys (inclusive) and the page's start.
type span struct {
	lo, hi   Cursor // lo ≤ key ≤ hi
	after    Cursor // start strictly after this key
	hasAfter bool
	desc     bool // oldest first: keys descending
}

var maxCursor = Cursor{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}

// indexStream walks the keys prefix|date key of one index within a span.
type indexStream struct {
	c       *bolt.Cursor
	prefix  []byte
	sp      span
	started bool
	done    bool
}

func newIndexStream(b *bolt.Bucket, prefix []byte, sp span) *indexStream {
	return &indexStream{c: b.Cursor(), prefix: prefix, sp: sp}
}

func (s *indexStream) next() (Cursor, []byte, bool) {
	for !s.done {
		var k, v []byte
		if !s.started {
			s.started = true
			k, v = s.first()
		} else if s.sp.desc {
			k, v = s.c.Prev()
		} else {
			k, v = s.c.Next()
		}
		if k == nil || !hasPrefix(k, s.prefix) {
			s.done = true
			break
		}
		if len(k) != len(s.prefix)+dateKeyLen {
			continue
		}
		c := cursorFrom(k)
		if s.sp.desc {
			if bytes.Compare(c[:], s.sp.lo[:]) < 0 {
				s.done = true
				break
			}
			if c == s.sp.after && s.sp.hasAfter || bytes.Compare(c[:], s.sp.hi[:]) > 0 {
				continue
			}
		} else {
			if bytes.Compare(c[:], s.sp.hi[:]) > 0 {
				s.done = true
				break
			}
			if c == s.sp.after && s.sp.hasAfter || bytes.Compare(c[:], s.sp.lo[:]) < 0 {
				continue
			}
		}
		return c, v, true
	}
	return Cursor{}, nil, false
}

func (s *indexStream) first() ([]byte, []byte) {
	if !s.sp.desc {
		start := s.sp.lo
		if s.sp.hasAfter && bytes.Compare(s.sp.after[:], start[:]) > 0 {
			start = s.sp.after
		}
		return s.c.Seek(prefixed(s.prefix, start))
	}
	start := s.sp.hi
	if s.sp.hasAfter && bytes.Compare(s.sp.after[:], start[:]) < 0 {
		start = s.sp.after
	}
	seek := prefixed(s.prefix, start)
	k, v := s.c.Seek(seek)
	switch {
	case k == nil:
		return s.c.Last()
	case bytes.Compare(k, seek) > 0:
		return s.c.Prev()
	}
	return k, v
}

// sliceStream yields keys held in memory, already in list order.
type sliceStream struct {
	keys []Cursor
	i    int
}

func (s *sliceStream) next() (Cursor, []byte, bool) {
	if s.i >= len(s.keys) {
		return Cursor{}, nil, false
	}
	s.i++
	return s.keys[s.i-1], nil, true
}

// mergeStream is the union of streams, in list order, without repeats.
type mergeStream struct {
	h       streamHeap
	last    Cursor
	hasLast bool
}

type headed struct {
	s   stream
	key Cursor
}

type streamHeap struct {
	items []headed
	desc  bool
}

func (h streamHeap) Len() int { return len(h.items) }
func (h streamHeap) Less(i, j int) bool {
	c := bytes.Compare(h.items[i].key[:], h.items[j].key[:])
	if h.desc {
		return c > 0
	}
	return c < 0
}
func (h streamHeap) Swap(i, j int) { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *streamHeap) Push(x any)   { h.items = append(h.items, x.(headed)) }
func (h *streamHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

func newMergeStream(streams []stream, desc bool) stream {
	if len(streams) == 1 {
		return streams[0]
	}
	m := &mergeStream{h: streamHeap{desc: desc}}
	for _, s := range streams {
		if k, _, ok := s.next(); ok {
			m.h.items = append(m.h.items, headed{s, k})
		}
	}
	heap.Init(&m.h)
	return m
}

func (m *mergeStream) next() (Cursor, []byte, bool) {
	for m.h.Len() > 0 {
		top := &m.h.items[0]
		k := top.key
		if nk, _, ok := top.s.next(); ok {
			top.key = nk
			heap.Fix(&m.h, 0)
		} else {
			heap.Pop(&m.h)
		}
		if m.hasLast && k == m.last {
			continue
		}
		m.last, m.hasLast = k, true
		return k, nil, true
	}
	return Cursor{}, nil, false
}

// sortKeys orders keys for a stream in list order.
func sortKeys(keys []Cursor, desc bool) {
	slices.SortFunc(keys, func(a, b Cursor) int {
		if desc {
			return bytes.Compare(b[:], a[:])
		}
		return bytes.Compare(a[:], b[:])
	})
}
