package data

import (
	"bytes"
	"encoding/binary"
	"os"

	bolt "go.etcd.io/bbolt"
)

// A page of the list shows the names of its rows' subjects and chain
// roots, a few dozen keys spread at random over the names and chain topic
// indexes: nearly every one sits in a leaf page of its own. Read through
// bbolt's memory mapping, the first touch of each such page is a page
// fault, and the kernel maps the 15 pages around it too (fault-around),
// which costs several times a plain read of the one page. pageReads looks
// those keys up with plain reads (pread) of the file instead: the pages of
// a read transaction do not change while it is open, and a plain read sees
// what the mapping shows. It reads only the B+tree's layout (pagewalk.go
// names it) and checks every page it reads; what does not read as the
// transaction's page of that tree it leaves to bbolt (ok false), which
// then reads or refuses it as before.

// pageReadsMax is the most keys a walk looks up with plain reads: past it
// the keys are close enough together that stepping through the mapping
// costs less than a read each.
const pageReadsMax = 256

// pageReadsOverflowMax is the most overflow pages a page read here may
// have: names and topics fit a page; a longer run (a large value, or a
// damaged header claiming one) is left to bbolt, which maps it in place.
const pageReadsOverflowMax = 15

// pageReads reads one read transaction's pages with plain reads.
type pageReads struct {
	f        *os.File
	pageSize int
	hwm      uint64                 // the transaction's high water mark: pages at or past it are not its
	path     [maxTreeDepth]readPage // the page last read at each depth from a root
	leaf     int                    // the depth of the leaf the last get read, -1 for none
}

// readPage is a page read, with its number.
type readPage struct {
	id  uint64
	buf []byte
}

// pageReads returns a reader of tx's pages, nil when tx writes (its
// changed pages are not in the file yet) or the store has no file to read.
func (s *Store) pageReads(tx *bolt.Tx) *pageReads {
	if s.file == nil || tx.Writable() {
		return nil
	}
	ps := tx.DB().Info().PageSize
	if ps < pageHeaderSize+pageElementSize {
		return nil
	}
	return &pageReads{f: s.file, pageSize: ps, hwm: uint64(tx.Size()) / uint64(ps), leaf: -1}
}

// get returns the value of key in bucket b: found false when b does not
// hold key. ok is false when the reader cannot tell (an inline bucket, a
// read that fails, a page that is not a page of b's tree as bbolt writes
// it): then the caller asks bbolt. v is valid until the next get.
func (r *pageReads) get(b *bolt.Bucket, key []byte) (v []byte, found, ok bool) {
	r.leaf = -1
	id := uint64(b.Root())
	if id == 0 { // an inline bucket: its page is in its parent's value
		return nil, false, false
	}
	for depth := range maxTreeDepth {
		p := r.page(depth, id)
		if p == nil {
			return nil, false, false
		}
		flags, count, good := elements(p)
		if !good {
			return nil, false, false
		}
		switch {
		case flags&flagBranch != 0:
			child, good := r.branchChild(p, count, key)
			if !good {
				return nil, false, false
			}
			id = child
		case flags&flagLeaf != 0:
			r.leaf = depth
			return leafValue(p, count, key)
		default:
			return nil, false, false
		}
	}
	return nil, false, false
}

// getLeaf is get of key in leaf page id, depth levels below its
// bucket's root (leafOf found it): the branch pages are not read again.
func (r *pageReads) getLeaf(depth int, id uint64, key []byte) (v []byte, found, ok bool) {
	p := r.page(depth, id)
	if p == nil {
		return nil, false, false
	}
	flags, count, good := elements(p)
	if !good || flags&flagLeaf == 0 {
		return nil, false, false
	}
	return leafValue(p, count, key)
}

// leafValue finds key in leaf page p of count elements, as get does.
func leafValue(p []byte, count int, key []byte) (v []byte, found, ok bool) {
	lo, hi := 0, count
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		k, _, _, good := leafElement(p, m)
		if !good {
			return nil, false, false
		}
		if bytes.Compare(k, key) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == count {
		return nil, false, true
	}
	k, val, eflags, good := leafElement(p, lo)
	if !good {
		return nil, false, false
	}
	if !bytes.Equal(k, key) || eflags&leafBucketFlag != 0 {
		return nil, false, true
	}
	return val, true, true
}

// leafOf returns the page that holds key in bucket b, whose leaves lie
// depth levels below its root (a get of b says, leafRead): the branch
// pages above it are read (those of the last descent are kept), the leaf
// is not. ok is false when the reader cannot tell.
func (r *pageReads) leafOf(b *bolt.Bucket, key []byte, depth int) (id uint64, ok bool) {
	id = uint64(b.Root())
	if id == 0 || depth <= 0 || depth >= maxTreeDepth {
		return 0, false
	}
	for d := range depth {
		p := r.page(d, id)
		if p == nil {
			return 0, false
		}
		flags, count, good := elements(p)
		if !good || flags&flagBranch == 0 {
			return 0, false
		}
		child, good := r.branchChild(p, count, key)
		if !good {
			return 0, false
		}
		id = child
	}
	return id, true
}

// elements returns the flags and element count of page p; good is false
// when it has no elements or they would run past its end.
func elements(p []byte) (flags uint16, count int, good bool) {
	h := parseHeader(p)
	count = int(h.count)
	return h.flags, count, count > 0 && pageHeaderSize+count*pageElementSize <= len(p)
}

// branchChild returns the child of branch page p (count elements) that
// key descends to: the child of the last element whose key is not above
// key (the first element's when none is), as bbolt's search. good is
// false when an element or the child is not one of the transaction's.
func (r *pageReads) branchChild(p []byte, count int, key []byte) (child uint64, good bool) {
	lo, hi := 0, count
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		k, _, ok := branchElement(p, m)
		if !ok {
			return 0, false
		}
		if bytes.Compare(k, key) <= 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	_, child, _ = branchElement(p, max(lo-1, 0))
	return child, child >= 2 && child < r.hwm
}

// leafRead returns how many levels below its bucket's root the leaf the
// last get read lies, and its page: depth -1 when it read none.
func (r *pageReads) leafRead() (depth int, id uint64) {
	if r.leaf < 0 {
		return -1, 0
	}
	return r.leaf, r.path[r.leaf].id
}

// holds reports whether page id is the page last read at depth.
func (r *pageReads) holds(depth int, id uint64) bool {
	at := r.path[depth]
	return at.buf != nil && at.id == id
}

// page returns page id, read for depth (the page last read there when it
// is the same), with its overflow pages; nil when it cannot be read or
// does not name itself.
func (r *pageReads) page(depth int, id uint64) []byte {
	at := &r.path[depth]
	if at.buf != nil && at.id == id {
		return at.buf
	}
	// Each depth reads into its own buffer, again and again: a fresh one
	// for every page would cost a page fault of new memory a read.
	buf := at.buf[:0]
	at.buf, at.id = nil, 0
	if cap(buf) < r.pageSize {
		buf = make([]byte, r.pageSize)
	}
	buf = buf[:r.pageSize]
	if _, err := r.f.ReadAt(buf, int64(id)*int64(r.pageSize)); err != nil {
		return nil
	}
	h := parseHeader(buf)
	if h.id != id {
		return nil
	}
	if over := uint64(h.overflow); over > 0 {
		if over > pageReadsOverflowMax || id+over >= r.hwm {
			return nil
		}
		whole := make([]byte, (1+over)*uint64(r.pageSize))
		copy(whole, buf)
		if _, err := r.f.ReadAt(whole[r.pageSize:], int64(id+1)*int64(r.pageSize)); err != nil {
			return nil
		}
		buf = whole
	}
	at.buf, at.id = buf, id
	return buf
}

// branchElement returns element i of branch page p: its key and child
// page; good false when it points outside the page.
func branchElement(p []byte, i int) (key []byte, child uint64, good bool) {
	e := pageHeaderSize + i*pageElementSize
	pos, ksize := uint64(binary.LittleEndian.Uint32(p[e:])), uint64(binary.LittleEndian.Uint32(p[e+4:]))
	start := uint64(e) + pos
	if start+ksize > uint64(len(p)) {
		return nil, 0, false
	}
	return p[start : start+ksize], binary.LittleEndian.Uint64(p[e+8:]), true
}

// leafElement returns element i of leaf page p: its key, value and
// flags; good false when they lie outside the page.
func leafElement(p []byte, i int) (key, value []byte, flags uint32, good bool) {
	e := pageHeaderSize + i*pageElementSize
	flags = binary.LittleEndian.Uint32(p[e:])
	pos := uint64(binary.LittleEndian.Uint32(p[e+4:]))
	ksize, vsize := uint64(binary.LittleEndian.Uint32(p[e+8:])), uint64(binary.LittleEndian.Uint32(p[e+12:]))
	start := uint64(e) + pos
	if start+ksize+vsize > uint64(len(p)) {
		return nil, nil, 0, false
	}
	return p[start : start+ksize], p[start+ksize : start+ksize+vsize], flags, true
}

// walk calls fn with the value of each of n keys that bucket b holds, in
// the order given (ascending, so that neighbours share the pages read):
// key(i) is the i-th key, valid until the next call of key. A key the
// plain reads cannot answer is sought through bbolt.
func (r *pageReads) walk(b *bolt.Bucket, n int, key func(i int) []byte, fn func(i int, v []byte)) {
	var c *bolt.Cursor
	for i := range n {
		k := key(i)
		v, found, ok := r.get(b, k)
		if !ok {
			if c == nil {
				c = b.Cursor()
			}
			var at []byte
			if at, v = c.Seek(k); !bytes.Equal(at, k) || v == nil {
				continue
			}
			found = true
		}
		if found {
			fn(i, v)
		}
	}
}
