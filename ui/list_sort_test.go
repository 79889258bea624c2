package ui

import (
	"context"
	"errors"
	"interactions/ui/internal/uitest"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

func TestListSort_Next(t *testing.T) {
	tests := []struct {
		from listSort
		key  data.SortKey
		want listSort
	}{
		{dateNewestFirst, data.SortDate, listSort{data.SortDate, false}},
		{listSort{data.SortDate, false}, data.SortDate, dateNewestFirst},
		{dateNewestFirst, data.SortTopic, listSort{data.SortTopic, false}},
		{listSort{data.SortTopic, false}, data.SortTopic, listSort{data.SortTopic, true}},
		{listSort{data.SortTopic, true}, data.SortDate, dateNewestFirst},
	}
	for _, tt := range tests {
		if got := tt.from.next(tt.key); got != tt.want {
			t.Errorf("%+v.next(%d) = %+v, want %+v", tt.from, tt.key, got, tt.want)
		}
	}
}

// TestInteractionsView_SortByTopic clicks the topic header: the rows come
// in topic order with an arrow up in the header; a second click reverses
// them with the arrow down.
func TestInteractionsView_SortByTopic(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, _ := showInteractions(t, st)
	col := slices.IndexFunc(v.table.cols, func(c listColumn) bool { return c.kind == colTopic })
	for _, desc := range []bool{false, true} {
		v.sortByColumn(col)
		settle(t, v.model)
		if s := v.model.Sort(); s != (listSort{data.SortTopic, desc}) {
			t.Fatalf("sort %+v after a click on the topic, want desc %v", s, desc)
		}
		total, _ := v.model.Total()
		var topics []string
		for i := range total {
			topics = append(topics, data.Fold(readItem(t, v.model, i).row.Interaction.Topic))
		}
		sorted := slices.IsSorted(topics)
		if desc {
			slices.Reverse(topics)
			sorted = slices.IsSorted(topics)
		}
		if !sorted {
			t.Errorf("desc %v: topics are not in order: %q…", desc, topics[:10])
		}
		h := newListHeader(v.table)
		v.table.updateHeader(widget.TableCellID{Row: -1, Col: col}, h)
		want := theme.MenuDropUpIcon()
		if desc {
			want = theme.MenuDropDownIcon()
		}
		if !h.arrow.Visible() || h.arrow.Resource.Name() != want.Name() {
			t.Errorf("desc %v: the topic header shows arrow %v, want %s", desc, h.arrow.Resource, want.Name())
		}
	}
	// The date header brings the newest first back.
	v.table.OnHeaderTapped(slices.IndexFunc(v.table.cols, func(c listColumn) bool { return c.kind == colDate }))
	settle(t, v.model)
	first, _ := st.List(data.Query{Limit: 1})
	if row := readItem(t, v.model, 0).row; row.Interaction.ID != first.Rows[0].Interaction.ID {
		t.Errorf("after sorting by date row 0 is %d, want the newest %d", row.Interaction.ID, first.Rows[0].Interaction.ID)
	}
}

// TestListModel_SortByResponsibleGrouped sorts the rows of each group.
func TestListModel_SortByResponsibleGrouped(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	m := groupedModel(t, st, data.Filter{}, data.GroupBy{Kind: data.GroupType})
	m.SetSort(listSort{data.SortTopic, false})
	settle(t, m)
	var prev string
	for i := range m.Len() {
		it := readItem(t, m, i)
		if it.group != nil {
			prev = ""
			continue
		}
		topic := data.Fold(it.row.Interaction.Topic)
		if strings.Compare(topic, prev) < 0 {
			t.Fatalf("row %d: %q after %q", i, topic, prev)
		}
		prev = topic
	}
}

// TestListModel_TooManyToSort falls back to the date order with a notice
// when the store cannot sort so many rows by the column.
func TestListModel_TooManyToSort(t *testing.T) {
	src := &fakeSource{n: 500, tooMany: true}
	m := newListModel(src)
	m.SetFilter(data.Filter{})
	settle(t, m)
	m.SetSort(listSort{data.SortTopic, false})
	settle(t, m)
	if m.Sort() != dateNewestFirst {
		t.Errorf("sort %+v, want the date fallback", m.Sort())
	}
	if !errors.Is(m.Notice(), data.ErrTooManyToSort) {
		t.Errorf("notice %v, want ErrTooManyToSort", m.Notice())
	}
	if row, ok := m.Row(0); !ok || row.Interaction.ID != 500 {
		t.Errorf("row 0 = %v, %v; want the newest, 500", row.Interaction, ok)
	}
	m.SetFilter(data.Filter{Text: "even"})
	if m.Notice() != nil {
		t.Errorf("the notice outlives a new filter: %v", m.Notice())
	}
	settle(t, m)
}

// TestListModel_SortedPages reads a column sort page by page through the
// sorted keys, without a boundary scan.
func TestListModel_SortedPages(t *testing.T) {
	src := &fakeSource{n: 1000}
	m := newListModel(src)
	m.pageSize, m.maxPages = 100, 3
	m.SetSort(listSort{data.SortTopic, false})
	m.SetFilter(data.Filter{})
	settle(t, m)
	if m.Len() != 1000 {
		t.Fatalf("Len() = %d, want 1000", m.Len())
	}
	for _, i := range []int{999, 0, 512} {
		row := readItem(t, m, i).row
		if want := data.ID(i + 1); row.Interaction.ID != want {
			t.Errorf("Row(%d) has id %d, want %d", i, row.Interaction.ID, want)
		}
	}
	if src.scans != 0 {
		t.Errorf("%d scans for a sorted list, want 0", src.scans)
	}
}

// tooManyStore is a store that never sorts by a column, as a real one
// does past data.MaxDecodedSort rows.
type tooManyStore struct{ *data.Store }

func (tooManyStore) SortedKeys(context.Context, data.Filter, data.SortKey, bool) ([]data.Cursor, error) {
	return nil, data.ErrTooManyToSort
}

// TestInteractionsView_TooManyToSort shows the fallback in the status line.
func TestInteractionsView_TooManyToSort(t *testing.T) {
	test.NewTempApp(t)
	st := tooManyStore{uitest.FixtureStore(t)}
	w := test.NewTempWindow(t, widget.NewLabel(""))
	v := newInteractionsView(st, w)
	t.Cleanup(func() {
		v.close()
		uitest.Pump(t, "background work to end", func() bool { return !v.busy() })
	})
	w.SetContent(v.content)
	settle(t, v.model)
	v.sortByColumn(slices.IndexFunc(v.table.cols, func(c listColumn) bool { return c.kind == colTopic }))
	settle(t, v.model)
	if v.model.Sort() != dateNewestFirst {
		t.Errorf("sort %+v, want the date", v.model.Sort())
	}
	if want := "6 interactions Too many interactions to sort by this column: narrow the filter. Sorted by date."; v.count.Text != want {
		t.Errorf("status line %q, want %q", v.count.Text, want)
	}
}
