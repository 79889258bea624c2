package ui

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/keys"
)

// showMain builds the main window's content on st in a 1200×760 test
// window and waits for the list.
func showMain(t *testing.T, st *data.Store) (*mainView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	mv := newMainView(w, st)
	t.Cleanup(func() {
		mv.close()
		uitest.Pump(t, "background work to end", func() bool { return !mv.interactions.Busy() })
	})
	w.Resize(fyne.NewSize(windowWidth, windowHeight))
	uitest.Pump(t, "the list to settle", mv.interactions.Settled)
	uitest.Pump(t, "the screen to settle", func() bool { return !mv.interactions.Busy() })
	return mv, w
}

func TestMainView_Navigation(t *testing.T) {
	mv, w := showMain(t, uitest.FixtureStore(t))
	tests := []struct {
		screen int
		title  string
	}{
		{screenCalendar, "Event calendar"},
		{screenPartners, "Partners"},
		{screenPersons, "Contact persons"},
		{screenSubjects, "Interaction subjects"},
		{screenReports, "Reports"},
		{screenSettings, "Settings"},
		{screenInteractions, "Interactions"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			mv.nav.Select(tt.screen)
			if mv.current != tt.screen || mv.body.Objects[0] != mv.screens[tt.screen].screen.Content() {
				t.Fatalf("selecting %q shows screen %d", tt.title, mv.current)
			}
			texts := uitest.VisibleTexts(w.Content())
			if !slices.Contains(texts, tt.title) {
				t.Errorf("the %q screen does not show its title; shown: %q", tt.title, texts)
			}
			notBuilt := slices.Contains(texts, "This screen is not built yet.")
			if notBuilt != (tt.screen != screenInteractions) {
				t.Errorf("the %q screen: not-built note shown = %v", tt.title, notBuilt)
			}
		})
	}
}

func TestMainView_FindShortcut(t *testing.T) {
	mv, w := showMain(t, uitest.FixtureStore(t))
	mv.nav.Select(screenReports)
	w.Canvas().(fyne.Shortcutable).TypedShortcut(keys.FindShortcut)
	if mv.current != screenInteractions {
		t.Errorf("Ctrl+F left screen %d shown, want the Interactions screen", mv.current)
	}
	if !mv.interactions.SearchFocused() {
		t.Errorf("Ctrl+F focused %v, want the search entry", w.Canvas().Focused())
	}
}

// TestMainView_Markup compares the main window on fixed data with the
// golden markup in testdata/, in English and in Russian.
func TestMainView_Markup(t *testing.T) {
	for _, tt := range []struct{ lang, golden string }{
		{"en_US.UTF-8", "main_en.xml"},
		{"ru_RU.UTF-8", "main_ru.xml"},
	} {
		t.Run(tt.golden, func(t *testing.T) {
			uitest.UseLanguage(t, tt.lang)
			_, w := showMain(t, uitest.FixtureStore(t))
			test.AssertRendersToMarkup(t, tt.golden, w.Canvas())
		})
	}
}

// TestMainView_PlaceholderMarkup pins a screen that is not built yet.
func TestMainView_PlaceholderMarkup(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	mv, w := showMain(t, uitest.FixtureStore(t))
	mv.nav.Select(screenPartners)
	test.AssertRendersToMarkup(t, "partners_ru.xml", w.Canvas())
}

func TestMainView_AboutButton(t *testing.T) {
	_, w := showMain(t, uitest.FixtureStore(t))
	test.Tap(uitest.FindButton(t, w.Content(), "About"))
	top := w.Canvas().Overlays().Top()
	if top == nil || !slices.Contains(uitest.VisibleTexts(top), "About Interactions") {
		t.Fatalf("the About button opened %v", top)
	}
}
