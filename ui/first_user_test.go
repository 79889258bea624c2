package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/keys"
	"interactions/ui/widgets"
)

// TestFirstStart_WithoutDemo declines the demo data on an empty database:
// the window asks who the user is, saves them as the current user, and
// Ctrl+N then opens a form with them as the responsible; saving it
// creates the first interaction.
func TestFirstStart_WithoutDemo(t *testing.T) {
	st := uitest.OpenStore(t)
	mv, w := showMain(t, st)
	mv.offerDemoIfEmpty()
	uitest.Pump(t, "the demo offer", func() bool { return mv.demo != nil })
	mv.demo.skip.OnTapped()
	uitest.Pump(t, "who are you", func() bool { return mv.who != nil })

	// An empty name is refused with a word why.
	test.Tap(mv.who.OK)
	if !mv.who.Problem.Visible() || mv.who.Problem.Text == "" {
		t.Fatal("an empty name is accepted silently")
	}
	test.Type(mv.who.Name, "Смирнова Анна")
	test.Tap(mv.who.OK)
	emps, err := st.Employees()
	if err != nil || len(emps) != 1 || emps[0].Name != "Смирнова Анна" {
		t.Fatalf("employees %+v, %v; want the user", emps, err)
	}
	if st.Settings().CurrentUser != emps[0].ID {
		t.Errorf("current user %d, want %d", st.Settings().CurrentUser, emps[0].ID)
	}

	w.Canvas().(fyne.Shortcutable).TypedShortcut(keys.CreateShortcut)
	uitest.Pump(t, "the create form", func() bool { return w.Canvas().Overlays().Top() != nil })
	form := w.Canvas().Overlays().Top()
	if !slices.Contains(uitest.VisibleTexts(form), "Смирнова Анна") {
		t.Errorf("the form does not show the user as responsible: %q", uitest.VisibleTexts(form))
	}
	var entries []*widgets.EscEntry
	uitest.Walk(form, func(o fyne.CanvasObject) bool {
		if e, ok := o.(*widgets.EscEntry); ok {
			entries = append(entries, e)
		}
		return true
	})
	for _, e := range entries {
		if e.Text == "" && e.PlaceHolder == "" {
			test.Type(e, "Первая встреча")
			break
		}
	}
	test.Tap(uitest.FindButton(t, form, "Save"))
	uitest.Pump(t, "the first interaction", func() bool {
		n, _ := st.Count(data.Filter{})
		return n == 1
	})
}
