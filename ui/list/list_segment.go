package list

import (
	"context"

	"interactions/data"
	"interactions/ui/background"
)

// segment is the rows of one filter in one order, read page by page.
type segment struct {
	ctx    context.Context // done when the segment is dropped
	cancel context.CancelFunc
	filter data.Filter
	sort   Sort
	live   bool // belongs to the current state: may start store calls

	pages   map[int]*listPage
	after   map[int]data.Cursor // the cursor page p starts after; after[0] is zero
	loading map[int]bool
	total   int // -1 while unknown
	known   int // rows known to exist: the end of the furthest page read

	keys        []data.Cursor // all the rows' keys, sorted by a column
	keysKnown   bool
	keysLoading bool

	indexing bool // a boundary scan runs
	indexed  bool // after holds every page boundary
}

type listPage struct {
	rows []data.Row
	used int
}

func newSegment(parent context.Context, f data.Filter, s Sort, total int) *segment {
	ctx, cancel := context.WithCancel(parent)
	return &segment{
		ctx: ctx, cancel: cancel, filter: f, sort: s, live: true,
		pages:   map[int]*listPage{},
		after:   map[int]data.Cursor{0: {}},
		loading: map[int]bool{},
		total:   total,
	}
}

// length returns the rows to show: the total when known, else the rows
// read so far and one more while there may be more.
func (s *segment) length() int {
	switch {
	case s.keysKnown:
		return len(s.keys)
	case s.total >= 0:
		return s.total
	case s.sort.byColumn() || s.known == 0:
		return 0
	}
	return s.known + 1
}

// segRow returns row i of a segment, asking for its page when it is not read.
func (m *Model) segRow(s *segment, i int) (data.Row, bool) {
	if i < 0 || s == nil {
		return data.Row{}, false
	}
	p := i / m.PageSize
	pg := s.pages[p]
	if pg == nil {
		m.request(s, p)
		return data.Row{}, false
	}
	m.used++
	pg.used = m.used
	if j := i % m.PageSize; j < len(pg.rows) {
		return pg.rows[j], true
	}
	return data.Row{}, false
}

// request starts reading page p of a segment unless it is read or on its
// way. A page whose start is unknown waits for the boundary scan; a page
// of a column sort waits for the sorted keys.
func (m *Model) request(s *segment, p int) {
	if !s.live || s.loading[p] || s.pages[p] != nil || p > 0 && p*m.PageSize >= s.length() && (s.total >= 0 || s.keysKnown) {
		return
	}
	if s.sort.byColumn() {
		m.requestSorted(s, p)
		return
	}
	after, ok := s.after[p]
	if !ok {
		m.index(s)
		return
	}
	s.loading[p] = true
	q := data.Query{Filter: s.filter, Order: s.sort.order(), After: after, Limit: m.PageSize}
	background.Read(&m.tasks, s.ctx, func() (data.Page, error) { return m.src.List(q) }, func(page data.Page, err error) {
		delete(s.loading, p)
		if err != nil {
			m.fail(err)
			return
		}
		end := p*m.PageSize + len(page.Rows)
		if page.More {
			s.after[p+1] = page.Next
		} else {
			s.total = end // the true end, should a count have been off
		}
		s.known = max(s.known, end)
		m.addPage(s, p, page.Rows)
	})
}

// addPage keeps a page read and shows it.
func (m *Model) addPage(s *segment, p int, rows []data.Row) {
	m.used++
	s.pages[p] = &listPage{rows: rows, used: m.used}
	m.cur.dirty = true
	m.show(m.cur)
	m.evict(s, p)
	m.changed()
}

// evict drops the least recently used pages of the current state while
// they hold more than maxPages pages' worth of rows, never the page keep
// of segment ks.
func (m *Model) evict(ks *segment, keep int) {
	segs := m.cur.segments()
	rows := 0
	for _, s := range segs {
		for _, pg := range s.pages {
			rows += len(pg.rows)
		}
	}
	for rows > m.maxPages*m.PageSize {
		var vs *segment
		victim, oldest := -1, 0
		for _, s := range segs {
			for p, pg := range s.pages {
				if (s != ks || p != keep) && (vs == nil || pg.used < oldest) {
					vs, victim, oldest = s, p, pg.used
				}
			}
		}
		if vs == nil {
			return
		}
		rows -= len(vs.pages[victim].rows)
		delete(vs.pages, victim)
	}
}

// segments returns the segments of a state that hold rows.
func (st *state) segments() []*segment {
	if !st.grouped {
		return []*segment{st.flat}
	}
	var out []*segment
	for _, g := range st.groups {
		if g.seg != nil {
			out = append(out, g.seg)
		}
	}
	return out
}

// index scans the keys of a whole segment once, keeping the cursor at
// every page boundary, so that any page can be read directly.
func (m *Model) index(s *segment) {
	if s.indexing || s.indexed {
		return
	}
	s.indexing = true
	ctx, f, order, size := s.ctx, s.filter, s.sort.order(), m.PageSize
	m.tasks.Run(func() func() {
		var bounds []data.Cursor
		n := 0
		err := m.src.Scan(ctx, f, order, func(c data.Cursor) bool {
			n++
			if n%size == 0 {
				bounds = append(bounds, c)
			}
			return true
		})
		return func() {
			if s.ctx.Err() != nil {
				return
			}
			s.indexing = false
			if err != nil {
				m.fail(err)
				return
			}
			s.indexed = true
			for i, c := range bounds {
				s.after[i+1] = c
			}
			s.total = n
			m.cur.dirty = true
			m.changed()
		}
	})
}
