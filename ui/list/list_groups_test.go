package list

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"interactions/data"
)

// readItem waits until row i of the model is read.
func readItem(t *testing.T, m *Model, i int) Item {
	t.Helper()
	var it Item
	uitest.Pump(t, "row to be read", func() bool {
		it = m.Item(i)
		return it.Ok
	})
	return it
}

// groupedModel returns a model on st grouped by g, settled.
func groupedModel(t *testing.T, st *data.Store, f data.Filter, g data.GroupBy) *Model {
	t.Helper()
	m := NewModel(st)
	t.Cleanup(func() {
		m.Close()
		uitest.Pump(t, "background work to end", func() bool { return !m.Busy() })
	})
	m.SetGroup(g)
	m.SetFilter(f)
	uitest.Pump(t, "the list to settle", m.Settled)
	return m
}

func TestListModel_GroupByResponsible(t *testing.T) {
	st := uitest.DemoStore(t, 400)
	by := data.GroupBy{Kind: data.GroupResponsible}
	m := groupedModel(t, st, data.Filter{}, by)
	want, err := st.Groups(data.Filter{}, by)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 2 || len(want) > GroupsExpandLimit {
		t.Fatalf("demo data has %d responsibles: want a few", len(want))
	}
	rows := len(want)
	for _, g := range want {
		rows += g.Count
	}
	if m.Len() != rows {
		t.Fatalf("Len() = %d, want %d headers and rows", m.Len(), rows)
	}
	// Every header shows its group's counts; the rows after it belong to it.
	i := 0
	for _, g := range want {
		it := m.Item(i)
		if it.Group == nil || it.Group.Key != g.Key || it.Group.Count != g.Count || it.Group.Unreviewed != g.Unreviewed {
			t.Fatalf("row %d is %+v, want the header of %+v", i, it.Group, g)
		}
		for j := 1; j <= g.Count; j++ {
			row := readItem(t, m, i+j).Row
			if row.Interaction.Responsible != g.Key.Ref.ID {
				t.Fatalf("row %d of group %v has responsible %d", j, g.Key.Ref, row.Interaction.Responsible)
			}
		}
		i += 1 + g.Count
	}

	// Collapsing the first group hides its rows: the second header follows it.
	first := m.Item(0).Group
	m.Toggle(first)
	if m.Len() != rows-want[0].Count {
		t.Errorf("after collapsing: Len() = %d, want %d", m.Len(), rows-want[0].Count)
	}
	if it := m.Item(1); it.Group == nil || it.Group.Key != want[1].Key {
		t.Errorf("after collapsing: row 1 is %+v, want the second header", it)
	}
	m.Toggle(first)
	if m.Len() != rows {
		t.Errorf("after expanding again: Len() = %d, want %d", m.Len(), rows)
	}
}

// TestListModel_ManyGroupsStartCollapsed groups by contact: more groups
// than GroupsExpandLimit, so all start collapsed and the list is as long
// as the groups.
func TestListModel_ManyGroupsStartCollapsed(t *testing.T) {
	st := uitest.DemoStore(t, 400)
	by := data.GroupBy{Kind: data.GroupContact}
	m := groupedModel(t, st, data.Filter{}, by)
	want, _ := st.Groups(data.Filter{}, by)
	if len(want) <= GroupsExpandLimit {
		t.Fatalf("only %d contact groups", len(want))
	}
	if m.Len() != len(want) {
		t.Fatalf("Len() = %d, want %d collapsed groups", m.Len(), len(want))
	}
	// A group expanded shows its rows, read with the group's filter.
	k := slices.IndexFunc(m.Groups(), func(g *Group) bool { return !g.Key.Ref.IsZero() })
	g := m.Groups()[k]
	m.Toggle(g)
	if m.Len() != len(want)+g.Count {
		t.Fatalf("Len() = %d after expanding a group of %d", m.Len(), g.Count)
	}
	if n, _ := st.Count(data.GroupFilter(data.Filter{}, by, g.Key)); n != g.Count {
		t.Errorf("the filter of the group of %v selects %d, the group counts %d", g.Key.Ref, n, g.Count)
	}
	for j := range g.Count {
		readItem(t, m, k+1+j)
	}
	if it := m.Item(k + 1 + g.Count); k+1 < len(want) && it.Group == nil {
		t.Errorf("the row after the expanded group is %+v, want the next header", it)
	}
	// Names are read for the headers asked for.
	uitest.Pump(t, "the group names", func() bool { return g.Named })
	if g.name == "" {
		t.Errorf("group %v has no name", g.Key.Ref)
	}
}

// BenchmarkListModel_ThousandsOfGroups groups a list into 5 000 groups
// and shows a screenful of headers in the middle, expands one and shows
// the screen again: the work of a grouped list must not grow with the
// rows of groups that are not shown.
func BenchmarkListModel_ThousandsOfGroups(b *testing.B) {
	src := &fakeSource{n: 15_000, groups: 5_000}
	for b.Loop() {
		m := NewModel(src)
		m.SetGroup(data.GroupBy{Kind: data.GroupResponsible})
		m.SetFilter(data.Filter{})
		for len(m.Groups()) == 0 || m.Busy() {
			uitest.RunNext()
		}
		screen := func() {
			for i := 2_500; i < 2_540; i++ {
				m.Item(i)
			}
		}
		screen()
		m.Toggle(m.Groups()[2_510])
		screen()
		m.Close()
		for m.Busy() {
			uitest.RunNext()
		}
	}
}
