package list

import (
	"errors"
	"interactions/ui/internal/uitest"
	"strings"
	"testing"

	"interactions/data"
)

func TestListSort_Next(t *testing.T) {
	tests := []struct {
		from Sort
		key  data.SortKey
		want Sort
	}{
		{DateNewestFirst, data.SortDate, Sort{data.SortDate, false}},
		{Sort{data.SortDate, false}, data.SortDate, DateNewestFirst},
		{DateNewestFirst, data.SortTopic, Sort{data.SortTopic, false}},
		{Sort{data.SortTopic, false}, data.SortTopic, Sort{data.SortTopic, true}},
		{Sort{data.SortTopic, true}, data.SortDate, DateNewestFirst},
	}
	for _, tt := range tests {
		if got := tt.from.Next(tt.key); got != tt.want {
			t.Errorf("%+v.Next(%d) = %+v, want %+v", tt.from, tt.key, got, tt.want)
		}
	}
}

// TestListModel_SortByResponsibleGrouped sorts the rows of each group.
func TestListModel_SortByResponsibleGrouped(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	m := groupedModel(t, st, data.Filter{}, data.GroupBy{Kind: data.GroupType})
	m.SetSort(Sort{data.SortTopic, false})
	uitest.Pump(t, "the list to settle", m.Settled)
	var prev string
	for i := range m.Len() {
		it := readItem(t, m, i)
		if it.Group != nil {
			prev = ""
			continue
		}
		topic := data.Fold(it.Row.Interaction.Topic)
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
	m := NewModel(src)
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	m.SetSort(Sort{data.SortTopic, false})
	uitest.Pump(t, "the list to settle", m.Settled)
	if m.Sort() != DateNewestFirst {
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
	uitest.Pump(t, "the list to settle", m.Settled)
}

// TestListModel_SortedPages reads a column sort page by page through the
// sorted keys, without a boundary scan.
func TestListModel_SortedPages(t *testing.T) {
	src := &fakeSource{n: 1000}
	m := NewModel(src)
	m.PageSize, m.maxPages = 100, 3
	m.SetSort(Sort{data.SortTopic, false})
	m.SetFilter(data.Filter{})
	uitest.Pump(t, "the list to settle", m.Settled)
	if m.Len() != 1000 {
		t.Fatalf("Len() = %d, want 1000", m.Len())
	}
	for _, i := range []int{999, 0, 512} {
		row := readItem(t, m, i).Row
		if want := data.ID(i + 1); row.Interaction.ID != want {
			t.Errorf("Row(%d) has id %d, want %d", i, row.Interaction.ID, want)
		}
	}
	if src.scans != 0 {
		t.Errorf("%d scans for a sorted list, want 0", src.scans)
	}
}
