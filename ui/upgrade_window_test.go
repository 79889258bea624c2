package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

// TestUpgradeWindow_Progress moves the upgrade window's bar: a step of
// unknown size shows a moving bar, then records done of all, in Russian.
func TestUpgradeWindow_Progress(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	u := newUpgradeWindow(fyne.CurrentApp(), "/tmp/x.db")
	u.show(data.Progress{What: "upgrade"})
	if u.busy == nil || !u.busy.Visible() || u.bar.Visible() {
		t.Fatal("a step of unknown size shows no moving bar")
	}
	u.set(data.Progress{What: "upgrade", Done: 20000, Total: 80000})
	if u.busy.Visible() || !u.bar.Visible() || u.bar.Value != 0.25 {
		t.Fatalf("bar visible %v at %v, want 0.25", u.bar.Visible(), u.bar.Value)
	}
	if got := u.bar.TextFormatter(); got != "20\u00a0000 из 80\u00a0000 записей" {
		t.Errorf("bar text %q", got)
	}
	u.win.Close()
}
