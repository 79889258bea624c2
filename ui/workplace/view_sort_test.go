package workplace

import (
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"context"
	"interactions/ui/list"
)

// TestInteractionsView_SortByTopic clicks the topic header: the rows come
// in topic order with an arrow up in the header; a second click reverses
// them with the arrow down.
func TestInteractionsView_SortByTopic(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, _ := showInteractions(t, st)
	col := slices.IndexFunc(v.table.Cols, func(c list.Column) bool { return c.Kind == list.ColTopic })
	for _, desc := range []bool{false, true} {
		v.sortByColumn(col)
		uitest.Pump(t, "the list to settle", v.model.Settled)
		if s := v.model.Sort(); s != (list.Sort{Key: data.SortTopic, Desc: desc}) {
			t.Fatalf("sort %+v after a click on the topic, want desc %v", s, desc)
		}
		total, _ := v.model.Total()
		var topics []string
		for i := range total {
			topics = append(topics, data.Fold(readItem(t, v.model, i).Row.Interaction.Topic))
		}
		sorted := slices.IsSorted(topics)
		if desc {
			slices.Reverse(topics)
			sorted = slices.IsSorted(topics)
		}
		if !sorted {
			t.Errorf("desc %v: topics are not in order: %q…", desc, topics[:10])
		}
		arrow := v.table.HeaderArrow(col)
		want := theme.MenuDropUpIcon()
		if desc {
			want = theme.MenuDropDownIcon()
		}
		if arrow == nil || arrow.Name() != want.Name() {
			t.Errorf("desc %v: the topic header shows arrow %v, want %s", desc, arrow, want.Name())
		}
	}
	// The date header brings the newest first back.
	v.table.OnHeaderTapped(slices.IndexFunc(v.table.Cols, func(c list.Column) bool { return c.Kind == list.ColDate }))
	uitest.Pump(t, "the list to settle", v.model.Settled)
	first, _ := st.List(data.Query{Limit: 1})
	if row := readItem(t, v.model, 0).Row; row.Interaction.ID != first.Rows[0].Interaction.ID {
		t.Errorf("after sorting by date row 0 is %d, want the newest %d", row.Interaction.ID, first.Rows[0].Interaction.ID)
	}
}

// TestInteractionsView_TooManyToSort shows the fallback in the status line.
func TestInteractionsView_TooManyToSort(t *testing.T) {
	test.NewTempApp(t)
	st := tooManyStore{uitest.FixtureStore(t)}
	w := test.NewTempWindow(t, widget.NewLabel(""))
	sess := session.New(st)
	v := New(st, sess, w)
	t.Cleanup(func() {
		v.Close()
		uitest.Pump(t, "background work to end", func() bool { return !v.Busy() })
	})
	w.SetContent(v.content)
	uitest.Pump(t, "the list to settle", v.model.Settled)
	v.sortByColumn(slices.IndexFunc(v.table.Cols, func(c list.Column) bool { return c.Kind == list.ColTopic }))
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if v.model.Sort() != list.DateNewestFirst {
		t.Errorf("sort %+v, want the date", v.model.Sort())
	}
	if want := "6 interactions · Too many interactions to sort by this column: narrow the filter. Sorted by date."; v.count.Text != want {
		t.Errorf("status line %q, want %q", v.count.Text, want)
	}
}

// tooManyStore is a store that never sorts by a column, as a real one
// does past data.MaxDecodedSort rows.
type tooManyStore struct{ *data.Store }

func (tooManyStore) SortedKeys(context.Context, data.Filter, data.SortKey, bool) ([]data.Cursor, error) {
	return nil, data.ErrTooManyToSort
}
