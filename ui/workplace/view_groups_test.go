package workplace

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"interactions/data"

	"interactions/ui/format"
)

// TestInteractionsView_GroupHeaders groups the screen's list: the headers
// read "name — count", and a click on one collapses its group.
func TestInteractionsView_GroupHeaders(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, w := showInteractions(t, st)
	v.setGroup(data.GroupBy{Kind: data.GroupResponsible})
	uitest.Pump(t, "the list to settle", v.model.Settled)
	groups, err := st.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupResponsible})
	if err != nil {
		t.Fatal(err)
	}
	uitest.Pump(t, "the names of the groups", func() bool {
		v.table.Refresh()
		for _, g := range v.model.Groups() {
			if !g.Named {
				return false
			}
		}
		return true
	})
	v.table.Refresh()
	texts := uitest.VisibleTexts(w.Content())
	for _, g := range groups {
		name := st.Name(g.Key.Ref)
		want := name + " — " + format.Count(g.Count) + " (" + format.Count(g.Unreviewed) + " unreviewed)"
		if g.Unreviewed == 0 {
			want = name + " — " + format.Count(g.Count)
		}
		if !slices.Contains(texts, want) {
			t.Errorf("header %q not shown; shown: %q", want, texts)
		}
	}
	total := v.model.Len()
	v.clickRow(0, 0)
	if v.model.Len() != total-groups[0].Count {
		t.Errorf("a click on the first header leaves %d rows, want %d", v.model.Len(), total-groups[0].Count)
	}
}
