package ui

import (
	"context"
	"reflect"

	"interactions/data"
)

// listSource is what the list model needs of the store.
type listSource interface {
	List(q data.Query) (data.Page, error)
	Count(f data.Filter) (int, error)
	StatusCounts(f data.Filter) (data.StatusCounts, error)
	Scan(ctx context.Context, f data.Filter, order data.SortOrder, fn func(data.Cursor) bool) error
}

// Page cache defaults: 200 rows a page, at most 10 pages (2 000 rows) kept.
const (
	defaultPageSize = 200
	defaultMaxPages = 10
)

// listModel is the interaction list as a table sees it: a length and rows
// by index, read from the store page by page. It holds the current filter;
// the first page is read at once, further pages when a row beyond them is
// asked for (keyset paging: each page starts after the last row of the one
// before), and the total count, the status counts and — when a row is
// wanted far beyond the pages read — the position of every page boundary
// are learned in the background. Only a few pages are kept, so a million
// rows never sit in memory.
//
// The model is used on the UI goroutine only: store calls run on goroutines
// of their own and report back through doOnUI. Results of a filter that has
// since changed are dropped.
type listModel struct {
	src      listSource
	pageSize int
	maxPages int

	filter data.Filter
	order  data.SortOrder

	gen    int                // bumped by every reset; stale results are dropped
	cancel context.CancelFunc // stops the boundary scan of this generation
	cur    *listState
	prev   *listState // what was shown before the reset, until the first page comes

	counts       data.StatusCounts
	countsKnown  bool
	countsFilter *data.Filter // the filter the status counts were asked for
	countsGen    int

	err  error
	busy int // store calls not yet reported back

	// OnChanged is called on the UI goroutine whenever the length, the rows,
	// the total, the status counts or the error change.
	OnChanged func()
}

// listState is what the model knows of one filter's result.
type listState struct {
	pages    map[int]*listPage
	after    map[int]data.Cursor // the cursor page p starts after; after[0] is zero
	loading  map[int]bool
	total    int             // -1 while unknown
	known    int             // rows known to exist: the end of the furthest page read
	indexing bool            // a boundary scan runs
	indexed  bool            // after holds every page boundary
	used     int             // last use stamp, for eviction
	ctx      context.Context // done when the state is replaced
}

type listPage struct {
	rows []data.Row
	used int
}

func newListState(ctx context.Context) *listState {
	return &listState{
		ctx:     ctx,
		pages:   map[int]*listPage{},
		after:   map[int]data.Cursor{0: {}},
		loading: map[int]bool{},
		total:   -1,
	}
}

// newListModel returns a model over src; call SetFilter or Reload to start it.
func newListModel(src listSource) *listModel {
	return &listModel{src: src, pageSize: defaultPageSize, maxPages: defaultMaxPages, cur: newListState(context.Background())}
}

// Filter returns the current filter.
func (m *listModel) Filter() data.Filter { return m.filter }

// SetFilter selects what the list shows and starts reading it. The rows
// shown so far stay until the first page of the new result arrives, so the
// list does not blink while the user types.
func (m *listModel) SetFilter(f data.Filter) {
	m.filter = f
	m.reset()
}

// Reload forgets everything read, the status counts too, and reads the
// list again, as after a change of the data.
func (m *listModel) Reload() {
	m.countsFilter = nil
	m.reset()
}

// Close stops the background work of the model; results still on their
// way are dropped.
func (m *listModel) Close() {
	m.stop()
	m.countsGen++
}

func (m *listModel) stop() {
	if m.cancel != nil {
		m.cancel()
	}
	m.gen++
}

func (m *listModel) reset() {
	m.stop()
	if m.prev == nil && m.cur.known > 0 {
		m.prev = m.cur
	}
	var ctx context.Context
	ctx, m.cancel = context.WithCancel(context.Background())
	m.cur = newListState(ctx)
	m.err = nil
	m.request(0)
	m.loadTotal()
	m.loadStatusCounts()
	m.changed()
}

// Len returns the number of rows to show: the total when known, else the
// rows read so far and one more while there may be more.
func (m *listModel) Len() int {
	if m.prev != nil {
		return m.prev.length()
	}
	return m.cur.length()
}

func (s *listState) length() int {
	if s.total >= 0 {
		return s.total
	}
	if s.known == 0 {
		return 0
	}
	return s.known + 1
}

// Total returns the number of rows the filter selects, once known.
func (m *listModel) Total() (int, bool) {
	return m.cur.total, m.cur.total >= 0 && m.prev == nil
}

// Loading reports whether the first page of the current filter is still
// being read.
func (m *listModel) Loading() bool { return m.prev != nil }

// StatusCounts returns the counts of the status filter for the current
// filter (its own status aside), once known.
func (m *listModel) StatusCounts() (data.StatusCounts, bool) { return m.counts, m.countsKnown }

// Err returns the last error of a store call for the current filter.
func (m *listModel) Err() error { return m.err }

// Busy reports whether store calls are still running.
func (m *listModel) Busy() bool { return m.busy > 0 }

// Row returns row i, or false when it is not read yet; then its page is
// asked for and OnChanged follows when it arrives.
func (m *listModel) Row(i int) (data.Row, bool) {
	if i < 0 {
		return data.Row{}, false
	}
	s := m.cur
	if m.prev != nil {
		s = m.prev // no requests for an old result
	}
	p := i / m.pageSize
	pg := s.pages[p]
	if pg == nil {
		if s == m.cur {
			m.request(p)
		}
		return data.Row{}, false
	}
	s.used++
	pg.used = s.used
	if j := i % m.pageSize; j < len(pg.rows) {
		return pg.rows[j], true
	}
	return data.Row{}, false
}

// request starts reading page p unless it is read or on its way. A page
// whose start is unknown waits for the boundary scan.
func (m *listModel) request(p int) {
	s := m.cur
	if s.loading[p] || s.pages[p] != nil || (s.total >= 0 && p*m.pageSize >= s.total && p > 0) {
		return
	}
	after, ok := s.after[p]
	if !ok {
		m.index()
		return
	}
	s.loading[p] = true
	gen := m.gen
	q := data.Query{Filter: m.filter, Order: m.order, After: after, Limit: m.pageSize}
	m.background(func() func() {
		page, err := m.src.List(q)
		return func() {
			if gen != m.gen {
				return
			}
			delete(s.loading, p)
			if err != nil {
				m.fail(err)
				return
			}
			m.addPage(p, page)
		}
	})
}

func (m *listModel) addPage(p int, page data.Page) {
	s := m.cur
	s.used++
	s.pages[p] = &listPage{rows: page.Rows, used: s.used}
	end := p*m.pageSize + len(page.Rows)
	if page.More {
		s.after[p+1] = page.Next
	} else if s.total < 0 {
		s.total = end
	}
	s.known = max(s.known, end)
	m.prev = nil
	m.evict(p)
	m.changed()
}

// evict drops the least recently used pages beyond maxPages, never keep.
func (m *listModel) evict(keep int) {
	s := m.cur
	for len(s.pages) > m.maxPages {
		victim, oldest := -1, 0
		for p, pg := range s.pages {
			if p != keep && (victim < 0 || pg.used < oldest) {
				victim, oldest = p, pg.used
			}
		}
		delete(s.pages, victim)
	}
}

// index scans the keys of the whole result once, keeping the cursor at
// every page boundary, so that any page can be read directly.
func (m *listModel) index() {
	s := m.cur
	ctx := s.ctx
	if s.indexing || s.indexed {
		return
	}
	s.indexing = true
	gen, f, order, size := m.gen, m.filter, m.order, m.pageSize
	m.background(func() func() {
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
			if gen != m.gen {
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
			m.changed()
		}
	})
}

// loadTotal counts the rows of the current filter.
func (m *listModel) loadTotal() {
	gen, f, s := m.gen, m.filter, m.cur
	m.background(func() func() {
		n, err := m.src.Count(f)
		return func() {
			if gen != m.gen {
				return
			}
			if err != nil {
				m.fail(err)
				return
			}
			s.total = n
			m.changed()
		}
	})
}

// loadStatusCounts reads the status counts when the filter apart from its
// status changed since they were last asked for.
func (m *listModel) loadStatusCounts() {
	f := m.filter
	f.Status = data.StatusAll
	if m.countsFilter != nil && reflect.DeepEqual(*m.countsFilter, f) {
		return
	}
	m.countsFilter = &f
	m.countsKnown = false
	m.countsGen++
	gen := m.countsGen
	m.background(func() func() {
		sc, err := m.src.StatusCounts(f)
		return func() {
			if gen != m.countsGen {
				return
			}
			if err != nil {
				m.countsFilter = nil
				m.fail(err)
				return
			}
			m.counts, m.countsKnown = sc, true
			m.changed()
		}
	})
}

func (m *listModel) fail(err error) {
	m.err = err
	m.prev = nil
	m.changed()
}

func (m *listModel) changed() {
	if m.OnChanged != nil {
		m.OnChanged()
	}
}

// background runs work on a goroutine of its own and the function it
// returns on the UI goroutine.
func (m *listModel) background(work func() (report func())) {
	m.busy++
	go func() {
		report := work()
		doOnUI(func() {
			m.busy--
			report()
		})
	}()
}
