package data

import bolt "go.etcd.io/bbolt"

// A page driven by a sparse index (a subject's, a contact's) finds each
// of its rows' summaries far from the last one in the date index: every
// row's leaf is a page of its own, and through bbolt's mapping the first
// touch of each costs a page fault that maps the 15 pages around it too,
// in vain (a subject's page: 50 faults, a quarter of a millisecond). A
// plain read of the one leaf costs a third of that. Where the rows lie
// close together (a responsible's, a type's), the mapping costs less: one
// fault maps the leaves of the next rows as well. So a page reads a
// summary plainly when its leaf lies farther than the fault-around window
// from the last summary's leaf, and through the mapping otherwise.

// faultAroundPages is the window of pages Linux maps around a page fault
// of a file mapping (fault_around_bytes, 64 KB by default).
const faultAroundPages = 16

// farSummaries reads the summaries of a page that lie far apart with
// plain reads (pageReads).
type farSummaries struct {
	reads  *pageReads // nil: a long listing, or no plain reads; every summary through the mapping
	leaves int        // how far below the date index's root its leaves lie; 0 until a read says
	last   uint64     // the leaf of the last summary looked up, 0 for none
	copies []byte     // the summaries read: a plain read's buffer is read into again
}

// summary returns the summary of k in dates when its leaf is far from
// the last one, or is the leaf the last plain read read: nil when dates
// does not hold k. ok is false when the mapping should answer: the leaf
// is near the last one, or the plain reads cannot tell.
func (fs *farSummaries) summary(dates *bolt.Bucket, k Cursor) ([]byte, bool) {
	r := fs.reads
	if r == nil {
		return nil, false
	}
	var v []byte
	var found, known bool
	if fs.leaves > 0 {
		leaf, ok := r.leafOf(dates, k[:], fs.leaves)
		if !ok {
			return nil, false
		}
		near := fs.last != 0 && leaf < fs.last+faultAroundPages && fs.last < leaf+faultAroundPages
		read := r.holds(fs.leaves, leaf) // in the reader's buffer already
		fs.last = leaf
		if near && !read {
			return nil, false
		}
		v, found, known = r.getLeaf(fs.leaves, leaf, k[:])
	} else {
		v, found, known = r.get(dates, k[:])
		if d, id := r.leafRead(); d > 0 {
			fs.leaves, fs.last = d, id
		}
	}
	if !known {
		return nil, false
	}
	if !found {
		return nil, true
	}
	if cap(fs.copies)-len(fs.copies) < len(v) {
		fs.copies = make([]byte, 0, max(len(v), 4<<10))
	}
	at := len(fs.copies)
	fs.copies = append(fs.copies, v...)
	return fs.copies[at:len(fs.copies):len(fs.copies)], true
}
