package workplace

import (
	"context"
	"fmt"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"

	"interactions/ui/workplace/navpanel"
)

// settleView waits until the list, the panel and the bars are idle.
func settleView(t *testing.T, v *View) {
	t.Helper()
	uitest.Pump(t, "the workplace to settle", func() bool { return !v.Busy() })
	uitest.Pump(t, "the list to settle", v.model.Settled)
	uitest.Pump(t, "the list's total", func() bool { _, ok := v.model.Total(); return ok && !v.Busy() })
}

// unreviewedOf sums the unreviewed badges of the panel's groups.
func unreviewedOf(p *navpanel.Panel) int {
	n := 0
	for _, g := range p.Groups() {
		n += g.Unreviewed
	}
	return n
}

// TestWorkplace_NavPanelClickFilters clicks a responsible in the
// navigation panel and checks that the list, and the filter bar, narrow
// to that employee's interactions.
func TestWorkplace_NavPanelClickFilters(t *testing.T) {
	st := uitest.DemoStore(t, 400)
	v, _ := showInteractions(t, st)
	if !v.nav.SetMode(data.GroupBy{Kind: data.GroupResponsible}) {
		t.Fatal("no such navigation mode")
	}
	uitest.Pump(t, "the navigation panel", v.nav.Settled)
	g := v.nav.Shown()[0]

	uitest.TapListItem(t, v.nav.Content, 1)
	settleView(t, v)
	if got := v.model.Filter().Responsible; got != g.Key.Ref.ID {
		t.Fatalf("after the click the list's responsible is %d, want %d", got, g.Key.Ref.ID)
	}
	if got := v.filters.Filter().Responsible; got != g.Key.Ref.ID {
		t.Errorf("the filter bar shows responsible %d, want %d", got, g.Key.Ref.ID)
	}
	if n, ok := v.model.Total(); !ok || n != g.Count {
		t.Errorf("the list holds %d (known %v) interactions, want the panel's %d", n, ok, g.Count)
	}
	if row, ok := v.model.Row(0); !ok || row.Interaction.Responsible != g.Key.Ref.ID {
		t.Errorf("the first row is of responsible %d, want %d", row.Interaction.Responsible, g.Key.Ref.ID)
	}

	uitest.TapListItem(t, v.nav.Content, 0) // "All"
	settleView(t, v)
	all, _ := st.Count(data.Filter{})
	if n, _ := v.model.Total(); n != all || v.model.Filter().Responsible != 0 {
		t.Errorf("after All the list holds %d interactions of responsible %d, want %d of anyone", n, v.model.Filter().Responsible, all)
	}
}

// TestWorkplace_BulkReviewedUpdatesListAndPanel selects rows to review,
// marks them reviewed with the bulk bar's button, and checks the list,
// the status counts and the navigation panel's unreviewed counts.
func TestWorkplace_BulkReviewedUpdatesListAndPanel(t *testing.T) {
	st := uitest.DemoStore(t, 400)
	v, _ := showInteractions(t, st)
	if !v.nav.SetMode(data.GroupBy{Kind: data.GroupResponsible}) {
		t.Fatal("no such navigation mode")
	}
	uitest.Pump(t, "the navigation panel", v.nav.Settled)
	f := v.filters.Filter()
	f.Status = data.StatusToReview
	v.filters.SetFilter(f)
	v.model.SetFilter(f)
	settleView(t, v)
	before, _ := st.StatusCounts(context.Background(), data.Filter{})
	listBefore, _ := v.model.Total()
	panelBefore := unreviewedOf(v.nav)
	if listBefore < 3 {
		t.Fatalf("only %d interactions to review", listBefore)
	}

	v.selectRow(0)
	v.extendTo(2, false)
	if n := len(v.selectedIDs()); n != 3 {
		t.Fatalf("%d rows selected, want 3", n)
	}
	test.Tap(v.bulk.Reviewed)
	settleView(t, v)
	uitest.Pump(t, "the panel to read its counts again", func() bool { return !v.nav.Busy() && unreviewedOf(v.nav) != panelBefore })
	// The list may be counting again by then (the store's change reaches
	// it too): read its total once it has one.
	settleView(t, v)

	after, _ := st.StatusCounts(context.Background(), data.Filter{})
	if after.ToReview != before.ToReview-3 || after.Reviewed != before.Reviewed+3 {
		t.Errorf("status counts %+v after marking 3 reviewed, were %+v", after, before)
	}
	if n, _ := v.model.Total(); n != listBefore-3 {
		t.Errorf("the to-review list holds %d, want %d", n, listBefore-3)
	}
	if got := unreviewedOf(v.nav); got != panelBefore-3 {
		t.Errorf("the panel's unreviewed counts add up to %d, want %d", got, panelBefore-3)
	}
}

// TestWorkplace_ReloadRecountsStatus adds interactions behind the screen's
// back, as the demo data does, and checks that a reload shows the new
// status counts, not the ones of the unchanged filter read before.
func TestWorkplace_ReloadRecountsStatus(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, _ := showInteractions(t, st)
	settleView(t, v)
	before, _ := v.model.StatusCounts()

	it := st.NewInteraction(data.TypeCall, data.DirIncoming)
	emps, _ := st.Employees()
	it.Responsible, it.Topic = emps[0].ID, "Новый звонок"
	if err := st.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	v.sess.Notify(session.Interactions)
	settleView(t, v)
	after, ok := v.model.StatusCounts()
	if !ok || after.All != before.All+1 {
		t.Fatalf("status counts after reload %+v (known %v), want All %d", after, ok, before.All+1)
	}
	if want := fmt.Sprintf("(%d)", after.All); !strings.Contains(v.filters.Status.Options[0], want) {
		t.Errorf("the status select offers %q, want the count %s", v.filters.Status.Options[0], want)
	}
}

// TestWorkplace_NoStaleStatusCounts changes the filter and checks that
// the status choices drop the old counts until the new ones come.
func TestWorkplace_NoStaleStatusCounts(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, _ := showInteractions(t, st)
	settleView(t, v)
	if !strings.Contains(v.filters.Status.Options[0], "(") {
		t.Fatalf("status choices %q carry no counts", v.filters.Status.Options)
	}
	f := v.model.Filter()
	f.Text = "договор"
	v.model.SetFilter(f)
	if strings.Contains(v.filters.Status.Options[0], "(") {
		t.Errorf("status choices %q keep the counts of the old filter", v.filters.Status.Options)
	}
	settleView(t, v)
	sc, _ := st.StatusCounts(context.Background(), f)
	if want := fmt.Sprintf("(%d)", sc.All); !strings.Contains(v.filters.Status.Options[0], want) {
		t.Errorf("status choices %q, want the new count %s", v.filters.Status.Options, want)
	}
}
