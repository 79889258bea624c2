package list

import (
	"context"
	"errors"

	"interactions/data"
	"interactions/ui/background"
)

// Source is what the list model needs of the store.
type Source interface {
	List(q data.Query) (data.Page, error)
	Rows(keys []data.Cursor) ([]data.Row, error)
	Count(f data.Filter) (int, error)
	StatusCounts(ctx context.Context, f data.Filter) (data.StatusCounts, error)
	Scan(ctx context.Context, f data.Filter, order data.SortOrder, fn func(data.Cursor) bool) error
	SortedKeys(ctx context.Context, f data.Filter, key data.SortKey, desc bool) ([]data.Cursor, error)
	Groups(f data.Filter, g data.GroupBy) ([]data.Group, error)
	Names(refs []data.Ref) map[data.Ref]string
	AttrDef(id data.ID) (data.AttrDef, bool)
}

// Page cache defaults: 200 rows a page, at most 10 pages' worth of rows
// (2 000) kept over all the segments of the list.
const (
	defaultPageSize = 200
	defaultMaxPages = 10
)

// Model is the interaction list as a table sees it: a length and
// items by index, read from the store page by page. It holds the filter,
// the sort order and the grouping. Ungrouped, the list is one segment;
// grouped, it is a header row per group, each expanded group followed by
// the segment of its own rows (see list_groups.go). A segment reads one
// filter in one order (see list_segment.go): by date with keyset paging,
// by another column through the sorted keys (see list_sort.go). The total count and the
// status counts are learned in the background. Only a few pages are kept,
// so a million rows never sit in memory.
//
// The model is used on the UI goroutine only: store calls run on goroutines
// of their own and report back through doOnUI. Results for a state or a
// segment that has since been replaced are dropped.
type Model struct {
	src      Source
	PageSize int
	maxPages int

	filter  data.Filter
	sort    Sort
	groupBy data.GroupBy

	cur  *state
	prev *state // what was shown before the reset, until the new one has rows

	toggled map[data.GroupKey]bool // groups the user expanded (true) or collapsed (false)
	used    int                    // use stamps of pages, for eviction

	counts       data.StatusCounts
	countsKnown  bool
	countsFilter *data.Filter // the filter the status counts were asked for
	countsGen    int
	countsStop   context.CancelFunc // stops the count of the status counts under way

	err    error
	notice error            // why the last sort asked for fell back to the date
	tasks  background.Tasks // the store calls not yet reported back

	// OnChanged is called on the UI goroutine whenever the length, the rows,
	// the total, the status counts or the error change.
	OnChanged func()
}

// Item is one row of the table: a group header or an interaction.
type Item struct {
	Group *Group // the group of a header row; nil for an interaction
	Row   data.Row
	Ok    bool // a header, or an interaction row that is read
}

// state is what the model knows of one filter, order and grouping.
type state struct {
	ctx    context.Context // done when the state is replaced
	cancel context.CancelFunc

	flat *segment // the rows, ungrouped

	grouped bool
	by      data.GroupBy
	groups  []*Group     // nil until read
	attr    data.AttrDef // the attribute of a GroupAttr grouping
	offsets []int        // the index of each group's header row
	length  int          // rows of the grouped list
	dirty   bool         // offsets and length need computing

	total int  // rows the filter selects; -1 while unknown
	shown bool // has something to show: the old state can go
}

// NewModel returns a model over src; call SetFilter or Reload to start it.
func NewModel(src Source) *Model {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return &Model{
		src: src, PageSize: defaultPageSize, maxPages: defaultMaxPages, sort: DateNewestFirst,
		cur:     &state{ctx: ctx, cancel: cancel, flat: &segment{ctx: ctx, cancel: cancel}, total: -1},
		toggled: map[data.GroupKey]bool{},
	}
}

// Filter returns the current filter.
func (m *Model) Filter() data.Filter { return m.filter }

// SetFilter selects what the list shows and starts reading it. The rows
// shown so far stay until the first rows of the new result arrive, so the
// list does not blink while the user types.
func (m *Model) SetFilter(f data.Filter) {
	m.filter = f
	m.notice = nil
	m.reset()
}

// Reload forgets everything read, the status counts too, and reads the
// list again, as after a change of the data. Expanded groups stay so.
func (m *Model) Reload() {
	m.countsFilter = nil
	m.reset()
}

// ReloadFilter shows f and, like Reload, reads everything again, the
// status counts too: the data may have changed under an unchanged filter.
func (m *Model) ReloadFilter(f data.Filter) {
	m.filter = f
	m.notice = nil
	m.Reload()
}

// Close stops the background work of the model; results still on their
// way are dropped.
func (m *Model) Close() {
	m.cur.cancel()
	if m.prev != nil {
		m.prev.cancel()
	}
	m.countsGen++
	m.stopCounts()
}

// stopCounts stops the count of the status counts under way, if any.
func (m *Model) stopCounts() {
	if m.countsStop != nil {
		m.countsStop()
		m.countsStop = nil
	}
}

func (m *Model) reset() {
	old := m.cur
	old.cancel()
	if m.prev == nil && old.shown && m.lengthOf(old) > 0 {
		m.prev = old
		old.flat.live = false
		for _, g := range old.groups {
			if g.seg != nil {
				g.seg.live = false
			}
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	st := &state{ctx: ctx, cancel: cancel, total: -1, grouped: m.groupBy.Kind != data.GroupNone, by: m.groupBy}
	m.cur = st
	m.err = nil
	if st.grouped {
		st.flat = newSegment(ctx, m.filter, m.sort, 0)
		st.flat.live = false
		m.loadGroups()
	} else {
		st.flat = newSegment(ctx, m.filter, m.sort, -1)
		m.request(st.flat, 0)
	}
	m.loadTotal()
	m.loadStatusCounts()
	m.changed()
}

// shown returns the state the table shows: the old one while the new one
// has nothing to show yet.
func (m *Model) Shown() *state {
	if m.prev != nil {
		return m.prev
	}
	return m.cur
}

// show drops the old state once the current one has rows to show.
func (m *Model) show(st *state) {
	st.shown = true
	if st == m.cur && m.prev != nil {
		m.prev.cancel()
		m.prev = nil
	}
}

// Len returns the number of rows to show.
func (m *Model) Len() int { return m.lengthOf(m.Shown()) }

func (m *Model) lengthOf(st *state) int {
	if !st.grouped {
		return st.flat.length()
	}
	st.layout()
	return st.length
}

// Total returns the number of interactions the filter selects, once known.
func (m *Model) Total() (int, bool) {
	return m.cur.total, m.cur.total >= 0 && m.prev == nil
}

// Loading reports whether the first rows of the current filter are still
// being read.
func (m *Model) Loading() bool { return m.prev != nil }

// StatusCounts returns the counts of the status filter for the current
// filter (its own status aside), once known.
func (m *Model) StatusCounts() (data.StatusCounts, bool) { return m.counts, m.countsKnown }

// Err returns the last error of a store call for the current filter.
func (m *Model) Err() error { return m.err }

// Notice returns why the sort last asked for was given up, or nil.
func (m *Model) Notice() error { return m.notice }

// Busy reports whether store calls are still running.
func (m *Model) Busy() bool { return m.tasks.Busy() }

// Row returns row i, or false when it is not read yet or is a group
// header; an unread row's page is asked for and OnChanged follows when
// it arrives.
func (m *Model) Row(i int) (data.Row, bool) {
	it := m.Item(i)
	if it.Group != nil {
		return data.Row{}, false
	}
	return it.Row, it.Ok
}

// Item returns row i of the table: a group header or an interaction.
func (m *Model) Item(i int) Item {
	st := m.Shown()
	if i < 0 {
		return Item{}
	}
	if !st.grouped {
		row, ok := m.segRow(st.flat, i)
		return Item{Row: row, Ok: ok}
	}
	k, j := st.locate(i)
	if k < 0 {
		return Item{}
	}
	g := st.groups[k]
	if j < 0 {
		if !g.Named && !g.naming && st == m.cur {
			m.nameGroups(k)
		}
		return Item{Group: g, Ok: true}
	}
	row, ok := m.segRow(m.groupSegment(st, g), j)
	return Item{Row: row, Ok: ok}
}

// loadTotal counts the rows of the current filter.
func (m *Model) loadTotal() {
	st, f := m.cur, m.filter
	background.Read(&m.tasks, st.ctx, func() (int, error) { return m.src.Count(f) }, func(n int, err error) {
		if err != nil {
			m.fail(err)
			return
		}
		st.total = n
		if !st.grouped && st.flat.total < 0 {
			st.flat.total = n
		}
		if n == 0 {
			m.show(st)
		}
		m.changed()
	})
}

// loadStatusCounts reads the status counts when the filter apart from its
// status changed since they were last asked for.
func (m *Model) loadStatusCounts() {
	f := m.filter
	f.Status = data.StatusAll
	if m.countsFilter != nil && m.countsFilter.Equal(f) {
		return
	}
	m.countsFilter = &f
	m.countsKnown = false
	m.countsGen++
	gen := m.countsGen
	// The counts of the filter before are of no use now: a search of one
	// letter counts every row, and typing on would pile such counts up.
	m.stopCounts()
	ctx, stop := context.WithCancel(context.Background())
	m.countsStop = stop
	m.tasks.Run(func() func() {
		sc, err := m.src.StatusCounts(ctx, f)
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

func (m *Model) fail(err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	m.err = err
	m.show(m.cur)
	m.changed()
}

func (m *Model) changed() {
	if m.OnChanged != nil {
		m.OnChanged()
	}
}

// Settled reports whether the model has no store call running and knows
// the total, the status counts and the rows of its filter: what tests and
// the window wait for after a change.
func (m *Model) Settled() bool {
	_, total := m.Total()
	_, counts := m.StatusCounts()
	return !m.Busy() && total && counts && !m.Loading()
}
