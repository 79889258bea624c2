package data

import "bytes"

// prefaultMinRows is the page size from which ListRows maps the date
// index's leaves ahead of its walk (prefaultLeaves): a first page of 50
// rows reads two or three leaves, a long listing thousands.
const prefaultMinRows = 1000

// prefault maps ahead the leaves of the date index that plan p, driven by
// that index, reads for a page of rows rows.
func (s *Store) prefault(p *plan, rows int) {
	if !p.inline || p.empty || rows < prefaultMinRows || p.dates == nil {
		return
	}
	sp := p.sp
	start, end := sp.lo, sp.hi
	if sp.desc {
		start, end = sp.hi, sp.lo
		if sp.hasAfter && bytes.Compare(sp.after[:], start[:]) < 0 {
			start = sp.after
		}
	} else if sp.hasAfter && bytes.Compare(sp.after[:], start[:]) > 0 {
		start = sp.after
	}
	var last []byte
	if end != maxCursor && end != (Cursor{}) {
		last = end[:]
	}
	prefaultLeaves(s.db, p.dates, start[:], last, sp.desc, rows)
}
