package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/catalogs"
	"interactions/ui/editor"
	"interactions/ui/internal/uitest"
)

// openEditors opens the editor of the first interaction of the list and
// the editor of the first partner, and changes both.
func openEditors(t *testing.T, mv *mainView) (*editor.Editor, *catalogs.PartnerEditor) {
	t.Helper()
	page, err := mv.store.List(data.Query{Limit: 1})
	if err != nil || len(page.Rows) == 0 {
		t.Fatalf("List() = %v, %v", page.Rows, err)
	}
	id := page.Rows[0].Interaction.ID
	mv.editors.Open(id)
	uitest.Pump(t, "the editor", func() bool { return len(mv.editors.Editors()) == 1 })
	ie := mv.editors.Editors()[0]
	ie.Description.SetText("итоги встречи")

	partners := mv.screens[screenPartners].screen.(*catalogs.Partners)
	mv.show(screenPartners)
	uitest.Pump(t, "the partners", func() bool { return !partners.Busy() && len(partners.Shown) > 0 })
	partners.List.Select(0)
	test.Tap(partners.Open)
	uitest.Pump(t, "the partner editor", func() bool { return len(mv.records.Open()) == 1 })
	pe := partners.Editor()
	pe.Comment.SetText("основной клиент")
	return ie, pe
}

// showClosable is showMain in a window the test may close (a temporary
// window of the test driver must not be closed twice).
func showClosable(t *testing.T, st *data.Store) (*mainView, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewWindow(widget.NewLabel(""))
	mv := newMainView(w, st)
	t.Cleanup(func() {
		mv.close()
		uitest.Pump(t, "background work to end", func() bool { return !mv.interactions.Busy() })
	})
	w.Resize(fyne.NewSize(windowWidth, windowHeight))
	uitest.Pump(t, "the list to settle", mv.interactions.Settled)
	return mv, w
}

// isOpen reports whether the app still has window w.
func isOpen(w fyne.Window) bool {
	return slices.Contains(fyne.CurrentApp().Driver().AllWindows(), w)
}

func TestMainView_ClosingAsksAboutUnsavedEditors(t *testing.T) {
	mv, w := showClosable(t, uitest.FixtureStore(t))
	ie, pe := openEditors(t, mv)
	mv.requestClose()
	if mv.closing == nil {
		t.Fatal("closing with two changed editors did not ask")
	}
	text := mv.closing.Text.Text
	if !strings.Contains(text, ie.Title()) || !strings.Contains(text, pe.Title()) {
		t.Errorf("the question %q does not name both editors (%q, %q)", text, ie.Title(), pe.Title())
	}
	test.Tap(mv.closing.Button("Cancel"))
	if !isOpen(w) || len(mv.editors.Editors()) != 1 || len(mv.records.Open()) != 1 {
		t.Fatal("Cancel closed something")
	}

	mv.requestClose()
	test.Tap(mv.closing.Button("Save all"))
	uitest.Pump(t, "the saves and the close", func() bool { return !isOpen(w) })
	it, _ := mv.store.Interaction(ie.Interaction().ID)
	if it.Description != "итоги встречи" {
		t.Errorf("Save all saved the description %q", it.Description)
	}
	ps, _ := mv.store.Partners()
	if !slices.ContainsFunc(ps, func(p data.Partner) bool { return p.Comment == "основной клиент" }) {
		t.Error("Save all did not save the partner")
	}
}

func TestMainView_SaveAllStopsAtARefusedSave(t *testing.T) {
	mv, w := showClosable(t, uitest.FixtureStore(t))
	_, pe := openEditors(t, mv)
	pe.Name.SetText("")
	mv.requestClose()
	test.Tap(mv.closing.Button("Save all"))
	uitest.Pump(t, "the refused save", func() bool { return pe.Form.Error("name") != "" })
	if !isOpen(w) || len(mv.records.Open()) != 1 {
		t.Fatal("a refused save let the window close")
	}
	if pe.Comment.Text != "основной клиент" {
		t.Errorf("the refused save lost the text %q", pe.Comment.Text)
	}

	mv.requestClose()
	test.Tap(mv.closing.Button("Discard"))
	if isOpen(w) || len(mv.records.Open()) != 0 || len(mv.editors.Editors()) != 0 {
		t.Fatal("Discard left windows open")
	}
}
