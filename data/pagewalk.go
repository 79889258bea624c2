package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
)

// The page layout of a bbolt file (version 2), as far as the walk reads it.
const (
	pageHeaderSize  = 16 // id u64, flags u16, count u16, overflow u32
	pageElementSize = 16 // branch: pos u32, ksize u32, pgid u64; leaf: flags u32, pos u32, ksize u32, vsize u32
	inBucketSize    = 16 // root pgid u64, sequence u64
	flagBranch      = 0x01
	flagLeaf        = 0x02
	flagFreelist    = 0x10
	leafBucketFlag  = 0x01
	noFreelist      = ^uint64(0)
	maxTreeDepth    = 64
)

// PageKind is what a page of the database file holds.
type PageKind int

// The kinds of pages the walk reports.
const (
	PageBranch PageKind = iota + 1 // a B+tree branch: keys and child page numbers
	PageLeaf                       // a B+tree leaf: keys and values
)

// FilePage is one live page of the database file, as Pages lists it.
type FilePage struct {
	ID       uint64   // the page number
	Kind     PageKind // branch or leaf
	Bucket   string   // the bucket whose tree holds it ("" for the root of buckets)
	Overflow uint32   // how many pages after it it spans
}

// pageWalk reads a database file with plain reads, never through a
// memory mapping, and follows every bucket's B+tree from the current meta
// page: each page must be in the file, name itself, be a branch or a
// leaf, hold its elements inside itself, keep its keys in order and be
// referenced once. Unlike bbolt's own reads it cannot fault or panic on a
// damaged page, so it is the first step of Check and names the page
// after a failed read.
type pageWalk struct {
	f     *os.File
	meta  metaPage
	seen  []uint64 // a bit per page of the file below the high water mark
	pages []FilePage
	found *DamagedError
	bufs  [][]byte // by depth: the page being walked there
}

// walkFile walks the file at path and returns the first damaged page it
// finds, or nil, and the live pages.
func walkFile(path string) (*DamagedError, []FilePage, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("data: read %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	m, err := readMeta(f, path)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		return nil, nil, fmt.Errorf("data: read %s: %w", path, unwrapPath(err))
	}
	w := &pageWalk{f: f, meta: m.current}
	// Pages past the end of the file are never read (the walk fails
	// there), so the bits stop at the file's end too.
	filePages := uint64(st.Size()) / uint64(max(1, w.meta.pageSize))
	w.seen = make([]uint64, (min(w.meta.hwm, filePages)+63)/64)
	if fl := w.meta.freelist; fl != noFreelist {
		if fl < 2 || fl >= w.meta.hwm {
			w.fail(fl, "the free page list", "its page number is outside the file")
		} else if h, err := w.header(fl); err != nil || h.flags&flagFreelist == 0 {
			w.fail(fl, "the free page list", "it is not a free page list")
		}
	}
	if w.found == nil {
		w.tree(w.meta.root, "", nil, nil, 0)
	}
	return w.found, w.pages, nil
}

// Pages lists the live branch and leaf pages of the database file at
// path, each with the bucket it belongs to, reading the file without
// mapping it. It fails with a *DamagedError when a page is damaged.
func Pages(path string) ([]FilePage, error) {
	found, pages, err := walkFile(path)
	if err != nil {
		return nil, err
	}
	if found != nil {
		return pages, found
	}
	return pages, nil
}

type pageHeader struct {
	id       uint64
	flags    uint16
	count    uint16
	overflow uint32
}

func (w *pageWalk) header(id uint64) (pageHeader, error) {
	var b [pageHeaderSize]byte
	if _, err := w.f.ReadAt(b[:], int64(id)*int64(w.meta.pageSize)); err != nil {
		return pageHeader{}, err
	}
	return parseHeader(b[:]), nil
}

func parseHeader(b []byte) pageHeader {
	return pageHeader{
		id:       binary.LittleEndian.Uint64(b[0:]),
		flags:    binary.LittleEndian.Uint16(b[8:]),
		count:    binary.LittleEndian.Uint16(b[10:]),
		overflow: binary.LittleEndian.Uint32(b[12:]),
	}
}

// buffer returns the buffer of depth holding size bytes; a buffer grown
// keeps the bytes it held.
func (w *pageWalk) buffer(depth, size int) []byte {
	for len(w.bufs) <= depth {
		w.bufs = append(w.bufs, nil)
	}
	b := w.bufs[depth]
	if cap(b) < size {
		b = append(b[:cap(b)], make([]byte, size-cap(b))...)
		w.bufs[depth] = b
	}
	return b[:size]
}

// isSeen reports whether the walk has been to page id.
func (w *pageWalk) isSeen(id uint64) bool {
	return id/64 < uint64(len(w.seen)) && w.seen[id/64]&(1<<(id%64)) != 0
}

// see notes the walk has been to page id.
func (w *pageWalk) see(id uint64) {
	if id/64 < uint64(len(w.seen)) {
		w.seen[id/64] |= 1 << (id % 64)
	}
}

// fail records the first damaged page.
func (w *pageWalk) fail(id uint64, bucket, why string) {
	if w.found == nil {
		w.found = &DamagedError{Page: id, Bucket: bucket, Detail: why}
	}
}

// tree checks the page id and the pages under it: every key must be at
// least lo and below hi (nil: no bound). It returns the page's first key.
func (w *pageWalk) tree(id uint64, bucket string, lo, hi []byte, depth int) {
	if w.found != nil {
		return
	}
	switch {
	case depth > maxTreeDepth:
		w.fail(id, bucket, "the tree is deeper than any real one")
		return
	case id < 2 || id >= w.meta.hwm:
		w.fail(id, bucket, fmt.Sprintf("a page refers to page %d, outside the file's %d pages", id, w.meta.hwm))
		return
	case w.isSeen(id):
		w.fail(id, bucket, "two places refer to the same page")
		return
	}
	w.see(id)
	// The page's first size bytes, its header first; the pages it spans
	// after those once the header is shown sane.
	size := int(w.meta.pageSize)
	buf := w.buffer(depth, size)
	n, readErr := w.f.ReadAt(buf, int64(id)*int64(size))
	if n < pageHeaderSize {
		w.fail(id, bucket, "it cannot be read")
		return
	}
	h := parseHeader(buf)
	if h.id != id {
		w.fail(id, bucket, fmt.Sprintf("it calls itself page %d", h.id))
		return
	}
	if h.flags != flagBranch && h.flags != flagLeaf {
		w.fail(id, bucket, fmt.Sprintf("it has an unknown page type %#x", h.flags))
		return
	}
	span := uint64(h.overflow) + 1
	if id+span > w.meta.hwm {
		w.fail(id, bucket, "it runs past the end of the file")
		return
	}
	if readErr != nil {
		w.fail(id, bucket, "it cannot be read")
		return
	}
	if span > 1 {
		buf = w.buffer(depth, int(span)*size)
		if _, err := w.f.ReadAt(buf[size:], int64(id+1)*int64(size)); err != nil {
			w.fail(id, bucket, "it cannot be read")
			return
		}
	}
	for i := uint64(1); i < span; i++ {
		w.see(id + i)
	}
	kind := PageLeaf
	if h.flags == flagBranch {
		kind = PageBranch
	}
	w.pages = append(w.pages, FilePage{ID: id, Kind: kind, Bucket: bucket, Overflow: h.overflow})
	w.node(id, buf, h, bucket, lo, hi, depth)
}

// node checks the elements of one page (a real one, or a bucket's inline
// page, whose id is 0) and walks what they refer to.
func (w *pageWalk) node(id uint64, buf []byte, h pageHeader, bucket string, lo, hi []byte, depth int) {
	n := int(h.count)
	if pageHeaderSize+n*pageElementSize > len(buf) {
		w.fail(id, bucket, fmt.Sprintf("it claims %d elements, more than fit in it", n))
		return
	}
	if n == 0 && h.flags == flagBranch {
		w.fail(id, bucket, "a branch page without elements")
		return
	}
	var prev []byte
	for i := range n {
		at := pageHeaderSize + i*pageElementSize
		e := buf[at : at+pageElementSize]
		pos := uint64(binary.LittleEndian.Uint32(e[4:]))
		ksize := uint64(binary.LittleEndian.Uint32(e[8:]))
		vsize := uint64(0)
		if h.flags == flagBranch {
			pos, ksize = uint64(binary.LittleEndian.Uint32(e[0:])), uint64(binary.LittleEndian.Uint32(e[4:]))
		} else {
			vsize = uint64(binary.LittleEndian.Uint32(e[12:]))
		}
		start := uint64(at) + pos
		if start+ksize+vsize > uint64(len(buf)) {
			w.fail(id, bucket, fmt.Sprintf("element %d points past the end of the page", i))
			return
		}
		key := buf[start : start+ksize]
		switch {
		case ksize == 0:
			w.fail(id, bucket, fmt.Sprintf("element %d has an empty key", i))
			return
		case prev != nil && bytes.Compare(prev, key) >= 0:
			w.fail(id, bucket, fmt.Sprintf("element %d is out of order", i))
			return
		case lo != nil && bytes.Compare(key, lo) < 0, hi != nil && bytes.Compare(key, hi) >= 0:
			w.fail(id, bucket, fmt.Sprintf("element %d does not belong under its parent", i))
			return
		}
		prev = key
		if h.flags == flagBranch {
			child := binary.LittleEndian.Uint64(e[8:])
			var next []byte
			if i+1 < n {
				next = w.branchKey(buf, i+1)
			} else {
				next = hi
			}
			w.tree(child, bucket, key, next, depth+1)
		} else if binary.LittleEndian.Uint32(e[0:])&leafBucketFlag != 0 {
			w.bucket(id, buf[start+ksize:start+ksize+vsize], childName(bucket, key), depth)
		}
		if w.found != nil {
			return
		}
	}
}

// branchKey returns the key of branch element i, or nil when it lies
// outside the page (node reports that when it reaches it).
func (w *pageWalk) branchKey(buf []byte, i int) []byte {
	if pageHeaderSize+(i+1)*pageElementSize > len(buf) {
		return nil
	}
	key, _, _ := branchElement(buf, i) // nil when it points past the page
	return key
}

// bucket walks the tree of a bucket whose header v a leaf of page parent holds.
func (w *pageWalk) bucket(parent uint64, v []byte, name string, depth int) {
	if len(v) < inBucketSize {
		w.fail(parent, name, "a bucket's header is cut short")
		return
	}
	root := binary.LittleEndian.Uint64(v)
	if root != 0 {
		w.tree(root, name, nil, nil, depth+1)
		return
	}
	inline := v[inBucketSize:]
	if len(inline) < pageHeaderSize {
		w.fail(parent, name, "a small bucket stored in its parent is cut short")
		return
	}
	h := parseHeader(inline)
	if h.flags != flagLeaf {
		w.fail(parent, name, "a small bucket stored in its parent is not a leaf")
		return
	}
	w.node(parent, inline, h, name, nil, nil, depth+1)
}

// childName names a bucket inside another, or at the top.
func childName(parent string, key []byte) string {
	name := fmt.Sprintf("%q", key)
	name = name[1 : len(name)-1]
	if parent == "" {
		return name
	}
	return parent + "/" + name
}
