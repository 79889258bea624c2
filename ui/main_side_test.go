package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"interactions/ui/internal/uitest"
)

// TestMainView_SlimSidebar narrows the window below slimSideWidth: the
// sidebar shows its icons alone, a tap on one shows its screen, and the
// full sidebar comes back in a wide window with that screen chosen.
func TestMainView_SlimSidebar(t *testing.T) {
	mv, w := showMain(t, uitest.FixtureStore(t))
	if mv.slimSide() {
		t.Fatalf("at %d px the sidebar is slim", windowWidth)
	}
	w.Resize(fyne.NewSize(900, 600))
	if !mv.slimSide() {
		t.Fatal("at 900 px the sidebar still shows its titles")
	}
	if got := mv.slimNav.Size().Width; got > 60 {
		t.Errorf("the slim sidebar is %.0f px wide, want its icons' width", got)
	}
	if got := mv.body.Size().Width; got < 820 {
		t.Errorf("at 900 px the screen gets %.0f px", got)
	}
	uitest.TapListItem(t, mv.slimNav, 1)
	if mv.current != screenCalendar {
		t.Fatalf("a tap on the second icon shows screen %d, want the calendar", mv.current)
	}
	w.Resize(fyne.NewSize(windowWidth, windowHeight))
	if mv.slimSide() {
		t.Fatal("a wide window keeps the slim sidebar")
	}
	mv.show(screenInteractions)
}
