package list

import (
	"interactions/data"
)

// IDsBetween finds the ids of the interaction rows lo..hi of the list
// shown (group headers and collapsed groups aside) and gives them to
// done on the UI goroutine: at once when those rows are read or sorted
// by key, else after a scan of the keys of the segments concerned.
func (m *Model) IDsBetween(lo, hi int, done func([]data.ID)) {
	st := m.cur
	type part struct {
		seg    *segment
		lo, hi int
	}
	var parts []part
	if !st.grouped {
		parts = append(parts, part{st.flat, lo, hi})
	} else {
		st.layout()
		for k, g := range st.groups {
			start := st.offsets[k] + 1
			if !g.expanded || start > hi {
				continue
			}
			seg := m.groupSegment(st, g)
			end := start + seg.length() - 1
			if end < lo {
				continue
			}
			parts = append(parts, part{seg, max(lo, start) - start, min(hi, end) - start})
		}
	}
	var ids []data.ID
	var scans []part
	for _, p := range parts {
		if got, ok := m.readIDs(p.seg, p.lo, p.hi); ok {
			ids = append(ids, got...)
		} else {
			scans = append(scans, p)
		}
	}
	if len(scans) == 0 {
		done(ids)
		return
	}
	ctx := st.ctx
	m.tasks.Run(func() func() {
		for _, p := range scans {
			pos := 0
			m.src.Scan(ctx, p.seg.filter, p.seg.sort.order(), func(c data.Cursor) bool {
				if pos >= p.lo {
					ids = append(ids, c.ID())
				}
				pos++
				return pos <= p.hi
			})
		}
		return func() {
			if ctx.Err() == nil {
				done(ids)
			}
		}
	})
}

// readIDs returns the ids of rows lo..hi of a segment when they are known
// without a store call.
func (m *Model) readIDs(s *segment, lo, hi int) ([]data.ID, bool) {
	if s.keysKnown {
		return s.sortKeyIDs(lo, hi)
	}
	var ids []data.ID
	for i := lo; i <= hi; i++ {
		pg := s.pages[i/m.PageSize]
		if pg == nil {
			return nil, false
		}
		if j := i % m.PageSize; j < len(pg.rows) {
			ids = append(ids, pg.rows[j].Interaction.ID)
		}
	}
	return ids, true
}

// AllIDs reads the ids of every interaction the filter selects in the
// background and gives them to done on the UI goroutine.
func (m *Model) AllIDs(done func([]data.ID)) {
	ctx, f := m.cur.ctx, m.filter
	m.tasks.Run(func() func() {
		var ids []data.ID
		err := m.src.Scan(ctx, f, data.NewestFirst, func(c data.Cursor) bool {
			ids = append(ids, c.ID())
			return true
		})
		return func() {
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				m.fail(err)
				return
			}
			done(ids)
		}
	})
}

// StillListed finds which of ids the filter still selects, in the
// background, and gives them to done on the UI goroutine. The scan of the
// result's keys stops once every id is found, so a selection among the
// newest rows is checked at once even in a million.
func (m *Model) StillListed(ids []data.ID, done func([]data.ID)) {
	ctx, f := m.cur.ctx, m.filter
	want := make(map[data.ID]bool, len(ids))
	for _, id := range ids {
		want[id] = true
	}
	m.tasks.Run(func() func() {
		var found []data.ID
		err := m.src.Scan(ctx, f, data.NewestFirst, func(c data.Cursor) bool {
			if want[c.ID()] {
				found = append(found, c.ID())
			}
			return len(found) < len(want)
		})
		return func() {
			if ctx.Err() != nil || err != nil {
				return // a newer state checks again; an error shows through the list
			}
			done(found)
		}
	})
}
