package list

import (
	"context"
	"encoding/binary"
	"interactions/ui/internal/uitest"
	"sync"
	"testing"

	"interactions/data"
)

// fakeSource is a list of n synthetic rows, row i with id n-i, that
// counts the calls made to it. With Text set, only even ids match.
type fakeSource struct {
	n       int
	tooMany bool // SortedKeys answers ErrTooManyToSort
	groups  int  // how many groups Groups returns

	mu                      sync.Mutex
	lists, scans, rowsMoved int
	countsStopped           int // status counts given up because their ctx was done
}

func fakeCursor(pos int, id data.ID) data.Cursor {
	var c data.Cursor
	binary.BigEndian.PutUint64(c[:8], uint64(pos))
	binary.BigEndian.PutUint64(c[8:], uint64(id))
	return c
}

// slowCounts is the search whose status counts never end by themselves:
// fakeSource.StatusCounts waits for its ctx to be done.
const slowCounts = "slow"

// ids returns the ids the filter selects, in list order.
func (f *fakeSource) ids(flt data.Filter) []data.ID {
	var ids []data.ID
	for i := range f.n {
		id := data.ID(f.n - i)
		if flt.Text == "" || id%2 == 0 {
			ids = append(ids, id)
		}
	}
	return ids
}

func (f *fakeSource) List(q data.Query) (data.Page, error) {
	ids := f.ids(q.Filter)
	start := 0
	if !q.After.IsZero() {
		start = int(binary.BigEndian.Uint64(q.After[:8])) + 1
	}
	var p data.Page
	for i := start; i < len(ids) && len(p.Rows) < q.Limit; i++ {
		it := &data.Interaction{ID: ids[i], Topic: "row"}
		p.Rows = append(p.Rows, data.Row{Cursor: fakeCursor(i, ids[i]), Interaction: it})
		p.Next = fakeCursor(i, ids[i])
	}
	p.More = start+len(p.Rows) < len(ids)
	f.mu.Lock()
	f.lists++
	f.rowsMoved += len(p.Rows)
	f.mu.Unlock()
	return p, nil
}

func (f *fakeSource) Count(flt data.Filter) (int, error) { return len(f.ids(flt)), nil }

// Rows returns the rows at the keys, as the store does.
func (f *fakeSource) Rows(keys []data.Cursor) ([]data.Row, error) {
	rows := make([]data.Row, len(keys))
	for i, k := range keys {
		rows[i] = data.Row{Cursor: k, Interaction: &data.Interaction{ID: k.ID(), Topic: "row"}}
	}
	f.mu.Lock()
	f.rowsMoved += len(rows)
	f.mu.Unlock()
	return rows, nil
}

// SortedKeys sorts by id, ascending unless desc; with tooMany set it
// fails as the store does on too big a result.
func (f *fakeSource) SortedKeys(_ context.Context, flt data.Filter, _ data.SortKey, desc bool) ([]data.Cursor, error) {
	if f.tooMany {
		return nil, data.ErrTooManyToSort
	}
	ids := f.ids(flt)
	keys := make([]data.Cursor, len(ids))
	for i, id := range ids {
		pos := len(ids) - 1 - i
		if desc {
			pos = i
		}
		keys[pos] = fakeCursor(i, id)
	}
	return keys, nil
}

// Groups returns f.groups groups of responsibles, of 3 rows each.
func (f *fakeSource) Groups(flt data.Filter, g data.GroupBy) ([]data.Group, error) {
	out := make([]data.Group, f.groups)
	for i := range out {
		out[i] = data.Group{Key: data.GroupKey{Ref: data.Ref{Kind: data.RefEmployee, ID: data.ID(i + 1)}}, Count: 3}
	}
	return out, nil
}

func (f *fakeSource) Names(refs []data.Ref) map[data.Ref]string { return map[data.Ref]string{} }

func (f *fakeSource) AttrDef(data.ID) (data.AttrDef, bool) { return data.AttrDef{}, false }

func (f *fakeSource) StatusCounts(ctx context.Context, flt data.Filter) (data.StatusCounts, error) {
	if flt.Text == slowCounts {
		<-ctx.Done()
		f.mu.Lock()
		f.countsStopped++
		f.mu.Unlock()
		return data.StatusCounts{}, ctx.Err()
	}
	n := len(f.ids(flt))
	return data.StatusCounts{All: n, Reviewed: n}, nil
}

func (f *fakeSource) Scan(ctx context.Context, flt data.Filter, _ data.SortOrder, fn func(data.Cursor) bool) error {
	f.mu.Lock()
	f.scans++
	f.mu.Unlock()
	for i, id := range f.ids(flt) {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if !fn(fakeCursor(i, id)) {
			return nil
		}
	}
	return nil
}

func TestListModel_FirstPageAndTotal(t *testing.T) {
	src := &fakeSource{n: 1234}
	m := NewModel(src)
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	if got := m.Len(); got != 1234 {
		t.Fatalf("Len() = %d, want 1234", got)
	}
	row, ok := m.Row(0)
	if !ok || row.Interaction.ID != 1234 {
		t.Fatalf("Row(0) = %v, %v; want id 1234", row.Interaction, ok)
	}
	if src.lists != 1 {
		t.Errorf("%d List calls for the first page, want 1", src.lists)
	}
}

// TestListModel_PagesOnDemand reads the rows one after another, as
// scrolling does: each page starts after the last row of the page before.
func TestListModel_PagesOnDemand(t *testing.T) {
	src := &fakeSource{n: 1000}
	m := NewModel(src)
	m.PageSize, m.maxPages = 100, 3
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	for i := range 1000 {
		var row data.Row
		uitest.Pump(t, "a row", func() bool {
			var ok bool
			row, ok = m.Row(i)
			return ok
		})
		if want := data.ID(1000 - i); row.Interaction.ID != want {
			t.Fatalf("Row(%d) has id %d, want %d", i, row.Interaction.ID, want)
		}
		if len(m.cur.flat.pages) > m.maxPages {
			t.Fatalf("%d pages kept, want at most %d", len(m.cur.flat.pages), m.maxPages)
		}
	}
	if src.scans != 0 {
		t.Errorf("%d boundary scans while reading in order, want 0", src.scans)
	}
	if src.lists != 10 {
		t.Errorf("%d List calls for 10 pages, want 10", src.lists)
	}
}

// TestListModel_JumpFarAway asks for a row far beyond the pages read, as
// dragging the scroll bar does: the model learns the page boundaries with
// one scan and reads only the page wanted.
func TestListModel_JumpFarAway(t *testing.T) {
	src := &fakeSource{n: 1_000_000}
	m := NewModel(src)
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	if m.Len() != 1_000_000 {
		t.Fatalf("Len() = %d, want 1000000", m.Len())
	}
	for _, i := range []int{999_999, 500_123, 3} {
		var row data.Row
		uitest.Pump(t, "a far row", func() bool {
			var ok bool
			row, ok = m.Row(i)
			return ok
		})
		if want := data.ID(1_000_000 - i); row.Interaction.ID != want {
			t.Fatalf("Row(%d) has id %d, want %d", i, row.Interaction.ID, want)
		}
	}
	if src.scans != 1 {
		t.Errorf("%d scans, want 1", src.scans)
	}
	if src.rowsMoved > 4*defaultPageSize {
		t.Errorf("%d rows read for 3 pages", src.rowsMoved)
	}
	if len(m.cur.flat.pages) > m.maxPages {
		t.Errorf("%d pages kept, want at most %d", len(m.cur.flat.pages), m.maxPages)
	}
}

// TestListModel_StaleResultsDropped changes the filter before the first
// result arrives: only the last filter's rows are shown.
func TestListModel_StaleResultsDropped(t *testing.T) {
	src := &fakeSource{n: 500}
	m := NewModel(src)
	changes := 0
	m.OnChanged = func() { changes++ }
	m.SetFilter(data.Filter{})
	m.SetFilter(data.Filter{Text: "even"})
	uitest.Pump(t, "the list to settle", m.Settled)
	if m.Len() != 250 {
		t.Fatalf("Len() = %d, want 250", m.Len())
	}
	for i := range 200 {
		row, ok := m.Row(i)
		if !ok || row.Interaction.ID%2 != 0 {
			t.Fatalf("Row(%d) = %v, %v; want an even id", i, row.Interaction, ok)
		}
	}
	if sc, _ := m.StatusCounts(); sc.All != 250 {
		t.Errorf("status counts %+v, want All 250", sc)
	}
	if changes == 0 {
		t.Error("OnChanged never called")
	}
}

// TestListModel_StatusCountsOfAnOldFilterStop: a new filter stops the
// status counts of the one before, which would otherwise never end, and
// shows its own.
func TestListModel_StatusCountsOfAnOldFilterStop(t *testing.T) {
	src := &fakeSource{n: 500}
	m := NewModel(src)
	m.SetFilter(data.Filter{Text: slowCounts})
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	src.mu.Lock()
	stopped := src.countsStopped
	src.mu.Unlock()
	if stopped != 1 {
		t.Errorf("%d status counts stopped, want the slow search's 1", stopped)
	}
	if sc, ok := m.StatusCounts(); !ok || sc.All != 500 {
		t.Errorf("status counts %+v, %v; want All 500", sc, ok)
	}
	m.SetFilter(data.Filter{Text: slowCounts})
	m.Close()
	uitest.Pump(t, "the closed list's calls to report back", func() bool { return !m.Busy() })
	src.mu.Lock()
	stopped = src.countsStopped
	src.mu.Unlock()
	if stopped != 2 {
		t.Errorf("%d status counts stopped after Close, want 2", stopped)
	}
}

// TestListModel_KeepsRowsUntilNewOnesCome checks that a new filter does
// not blank the list while its first page is read.
func TestListModel_KeepsRowsUntilNewOnesCome(t *testing.T) {
	src := &fakeSource{n: 500}
	m := NewModel(src)
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	m.SetFilter(data.Filter{Text: "even"})
	if !m.Loading() || m.Len() != 500 {
		t.Fatalf("right after SetFilter: Loading() = %v, Len() = %d; want the old 500 rows shown", m.Loading(), m.Len())
	}
	if _, ok := m.Row(0); !ok {
		t.Fatal("old row 0 is gone before the new page came")
	}
	uitest.Pump(t, "the list to settle", m.Settled)
	if m.Len() != 250 {
		t.Fatalf("Len() = %d, want 250", m.Len())
	}
}

// TestListModel_Store runs the model on a real store: the same rows in
// the same order as one long List.
func TestListModel_Store(t *testing.T) {
	st := uitest.DemoStore(t, 460)
	m := NewModel(st)
	m.PageSize = 50
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	all, err := st.List(data.Query{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != len(all.Rows) {
		t.Fatalf("Len() = %d, want %d", m.Len(), len(all.Rows))
	}
	last := len(all.Rows) - 1
	for _, i := range []int{last, 0, 120, 333} { // a jump first, then scattered rows
		var row data.Row
		uitest.Pump(t, "a row", func() bool {
			var ok bool
			row, ok = m.Row(i)
			return ok
		})
		if row.Interaction.ID != all.Rows[i].Interaction.ID {
			t.Errorf("Row(%d) has id %d, want %d", i, row.Interaction.ID, all.Rows[i].Interaction.ID)
		}
	}
}
