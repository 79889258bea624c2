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
	"interactions/ui/session"
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
		{screenEmployees, "Employees"},
		{screenRoles, "Contact person roles"},
		{screenAttributes, "Additional attributes"},
		{screenReports, "Reports"},
		{screenSettings, "Settings"},
		{screenInteractions, "Interactions"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			mv.show(tt.screen)
			if mv.current != tt.screen || mv.body.Objects[0] != mv.screens[tt.screen].screen.Content() {
				t.Fatalf("selecting %q shows screen %d", tt.title, mv.current)
			}
			texts := uitest.VisibleTexts(w.Content())
			if !slices.Contains(texts, tt.title) {
				t.Errorf("the %q screen does not show its title; shown: %q", tt.title, texts)
			}
			if slices.Contains(texts, "This screen is not built yet.") {
				t.Errorf("the %q screen says it is not built", tt.title)
			}
		})
	}
}

func TestMainView_FindShortcut(t *testing.T) {
	mv, w := showMain(t, uitest.FixtureStore(t))
	mv.show(screenReports)
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

// TestMainView_ReportsMarkup pins the Reports screen in Russian.
func TestMainView_ReportsMarkup(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	mv, w := showMain(t, uitest.FixtureStore(t))
	mv.show(screenReports)
	test.AssertRendersToMarkup(t, "reports_ru.xml", w.Canvas())
}

// TestMainView_NavigationFollowsOptions hides the catalogs of switched-off
// options from the navigation and brings them back, told by the session.
func TestMainView_NavigationFollowsOptions(t *testing.T) {
	st := uitest.FixtureStore(t)
	mv, _ := showMain(t, st)
	listed := func(i int) bool { return slices.Contains(mv.visible, i) }
	set := st.Settings()
	set.Options.UseSubjects, set.Options.UseAttributes, set.Options.UseContactRoles = true, true, true
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	mv.sess.Notify(session.Settings)
	if !listed(screenSubjects) || !listed(screenAttributes) || !listed(screenRoles) || mv.nav.Length() != len(mv.screens) {
		t.Fatalf("every option on: listed %v", mv.visible)
	}
	mv.show(screenAttributes)
	set.Options.UseAttributes, set.Options.UseContactRoles = false, false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	mv.sess.Notify(session.Settings)
	if listed(screenAttributes) || listed(screenRoles) || !listed(screenSubjects) {
		t.Errorf("attributes and roles off: listed %v", mv.visible)
	}
	if mv.current != screenInteractions {
		t.Errorf("the shown attributes screen stayed shown after its option went off: %d", mv.current)
	}
}

func TestMainView_AboutButton(t *testing.T) {
	_, w := showMain(t, uitest.FixtureStore(t))
	test.Tap(uitest.FindButton(t, w.Content(), "About"))
	top := w.Canvas().Overlays().Top()
	if top == nil || !slices.Contains(uitest.VisibleTexts(top), "About Interactions") {
		t.Fatalf("the About button opened %v", top)
	}
}
