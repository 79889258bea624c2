//go:build linux

package data

import (
	"bytes"
	"os"
	"slices"
	"syscall"
	"unsafe"

	bolt "go.etcd.io/bbolt"
	"golang.org/x/sys/unix"
)

// A long listing walks thousands of leaf pages of the date index, and the
// first touch of each mmapped page is a page fault: on a virtual machine
// tens of µs each, a fifth of the CPU of listing a month. prefaultLeaves
// finds, from the bucket's branch pages alone, the leaf pages the walk is
// about to read and asks the kernel to map them in one call per run of
// consecutive pages (MADV_POPULATE_READ, Linux 5.14; where the kernel
// refuses it nothing changes but the faults). It reads only the B+tree's
// page layout — page headers and branch elements — never a value, so it
// does not depend on what the bucket stores.

// leafWalk collects the leaf pages of one bucket from a key on.
type leafWalk struct {
	base   unsafe.Pointer // the start of the mapping
	size   uintptr        // the page size
	limit  uintptr        // the file's length as the transaction sees it: pages past it are not read
	start  []byte         // the first key the walk reads
	end    []byte         // keys past end (before it when desc) are not read; nil: no end
	desc   bool
	max    int
	leaves []uint64
}

// page returns the header fields of page id; ok false when id lies outside
// the file.
func (w *leafWalk) page(id uint64) (p unsafe.Pointer, flags, count uint16, ok bool) {
	if id < 2 || id >= uint64(w.limit/w.size) {
		return nil, 0, 0, false
	}
	p = unsafe.Add(w.base, uintptr(id)*w.size)
	return p, *(*uint16)(unsafe.Add(p, 8)), *(*uint16)(unsafe.Add(p, 10)), true
}

// branch returns element i of branch page p (pagewalk.go has the
// layout): its key and child page; nil when the element points outside
// the file, as only a damaged page would.
func (w *leafWalk) branch(p unsafe.Pointer, i int) ([]byte, uint64) {
	off := uintptr(p) - uintptr(w.base) + uintptr(pageHeaderSize+i*pageElementSize)
	if off+pageElementSize > w.limit {
		return nil, 0
	}
	e := unsafe.Add(p, pageHeaderSize+i*pageElementSize)
	pos, ksize := uintptr(*(*uint32)(e)), uintptr(*(*uint32)(unsafe.Add(e, 4)))
	if off+pos+ksize > w.limit {
		return nil, 0
	}
	return unsafe.Slice((*byte)(unsafe.Add(e, pos)), ksize), *(*uint64)(unsafe.Add(e, 8))
}

// first returns the element of branch page p (count elements) whose child
// holds start: the last one whose key is not above it, 0 when none is.
func (w *leafWalk) first(p unsafe.Pointer, count int) int {
	lo, hi := 0, count
	for lo < hi { // the first element whose key is above start
		m := int(uint(lo+hi) >> 1)
		if k, _ := w.branch(p, m); bytes.Compare(k, w.start) <= 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return max(lo-1, 0)
}

// collect gathers the leaves under branch page id, levels branch levels
// above the leaves; bounded says the walk has not yet passed start, so
// that only the children from start's on count.
func (w *leafWalk) collect(id uint64, levels int, bounded bool) {
	p, flags, count, ok := w.page(id)
	if !ok || flags&flagBranch == 0 || count == 0 || levels > maxTreeDepth {
		return
	}
	n := int(count)
	i := 0
	if w.desc {
		i = n - 1
	}
	if bounded {
		i = w.first(p, n)
	}
	for ; i >= 0 && i < n && len(w.leaves) < w.max; i, bounded = w.next(i), false {
		k, child := w.branch(p, i)
		if k == nil {
			return
		}
		if w.end != nil && !w.desc && bytes.Compare(k, w.end) > 0 {
			return // this child's keys all come after end
		}
		if levels == 1 {
			w.leaves = append(w.leaves, child)
		} else {
			w.collect(child, levels-1, bounded)
		}
		if w.end != nil && w.desc && bytes.Compare(k, w.end) <= 0 {
			return // the children before this one hold only keys before end
		}
	}
}

func (w *leafWalk) next(i int) int {
	if w.desc {
		return i - 1
	}
	return i + 1
}

// prefaultLeaves maps the leaf pages of bucket b that a cursor walking
// from start (towards end, nil for the bucket's end; backwards when desc)
// reads for about rows keys. It must run inside the transaction b belongs
// to, which keeps the mapping in place.
func prefaultLeaves(db *bolt.DB, b *bolt.Bucket, start, end []byte, desc bool, rows int) {
	if w := walkLeaves(db, b, start, end, desc, rows); w != nil {
		populate(w, db.Info())
	}
}

// walkLeaves collects the leaves prefaultLeaves maps, in the order the
// cursor reads them; nil when there is nothing to map.
func walkLeaves(db *bolt.DB, b *bolt.Bucket, start, end []byte, desc bool, rows int) *leafWalk {
	root := uint64(b.Root())
	if root == 0 || rows <= 0 {
		return nil // an inline bucket lives in its parent's page
	}
	info := db.Info()
	k, _ := b.Cursor().First() // a key inside the mapping: the base pointer comes from it
	if k == nil {
		return nil
	}
	kp := unsafe.Pointer(unsafe.SliceData(k))
	if uintptr(kp) < info.Data {
		return nil
	}
	w := &leafWalk{
		base:  unsafe.Add(kp, -int(uintptr(kp)-info.Data)),
		size:  uintptr(info.PageSize),
		limit: uintptr(b.Tx().Size()),
		start: start, end: end, desc: desc,
	}
	// Down the path to start's leaf: the depth, and from the leaf's key
	// count how many leaves the rows take.
	levels, id := 0, root
	for {
		p, flags, count, ok := w.page(id)
		if !ok {
			return nil
		}
		if flags&flagLeaf != 0 {
			w.max = rows/max(int(count), 1) + 2
			break
		}
		if flags&flagBranch == 0 || count == 0 || levels == maxTreeDepth {
			return nil
		}
		var k []byte
		if k, id = w.branch(p, w.first(p, int(count))); k == nil {
			return nil
		}
		levels++
	}
	if levels == 0 {
		return nil // one leaf: nothing worth a system call
	}
	w.collect(root, levels, true)
	return w
}

// populate asks the kernel to map w's leaves, one call per run of
// consecutive pages.
func populate(w *leafWalk, info *bolt.Info) {
	ids := slices.Clone(w.leaves)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	osPage := uintptr(os.Getpagesize())
	for i := 0; i < len(ids); {
		j := i + 1
		for j < len(ids) && ids[j] == ids[j-1]+1 {
			j++
		}
		from := info.Data + uintptr(ids[i])*w.size
		to := info.Data + uintptr(ids[j-1]+1)*w.size
		from &^= osPage - 1
		to = (to + osPage - 1) &^ (osPage - 1)
		if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, from, to-from, unix.MADV_POPULATE_READ); e == syscall.EINVAL || e == syscall.ENOSYS {
			return // a kernel without MADV_POPULATE_READ: it would refuse every run
		}
		i = j
	}
}
