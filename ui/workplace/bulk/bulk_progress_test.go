package bulk

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/internal/uitest"
)

// slowStore is a store whose SetReviewed waits for release, and which
// hands the bar's progress function to the test.
type slowStore struct {
	*data.Store
	release  chan struct{}
	progress func(done, total int)
}

func (s *slowStore) SetReviewed(ids []data.ID, reviewed bool) error {
	<-s.release
	return s.Store.SetReviewed(ids, reviewed)
}

func (s *slowStore) OnBulkProgress(fn func(done, total int)) { s.progress = fn }

// TestBar_ShowsTheProgressOfALongAction: while an action runs, the store's
// reports of its transactions replace "Selected: N" with how many are
// done of how many; when it ends, the selection's count is back. A report
// after the end changes nothing.
func TestBar_ShowsTheProgressOfALongAction(t *testing.T) {
	f := newBulkFixture(t, nil)
	st := &slowStore{Store: f.st, release: make(chan struct{})}
	bar := New(st, f.win, func() []data.ID { return f.sel })
	done := 0
	bar.OnDone = func() { done++ }
	test.NewTempWindow(t, bar.Content)
	f.sel = f.calls
	bar.SetSelectionCount(len(f.sel))
	if st.progress == nil {
		t.Fatal("the bar gave the store no progress function")
	}
	test.Tap(bar.Reviewed)
	st.progress(40000, 100000)
	want := "Done: " + format.Count(40000) + " of " + format.Count(100000) + "…"
	uitest.Pump(t, "the progress", func() bool { return bar.count.Text == want })
	if !bar.Working() {
		t.Error("the bar does not say it is writing while the action runs")
	}
	close(st.release)
	uitest.Pump(t, "the end of the action", func() bool { return done == 1 })
	if bar.Working() {
		t.Error("the bar says it is writing after the action")
	}
	if bar.count.Text != "Selected: 3" {
		t.Errorf("after the action the bar says %q; want Selected: 3", bar.count.Text)
	}
	st.progress(100000, 100000)
	uitest.Pump(t, "a late report", func() bool { return true })
	if bar.count.Text != "Selected: 3" {
		t.Errorf("a report after the end made it %q", bar.count.Text)
	}
}
