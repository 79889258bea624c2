package catalogs

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/ui/editor"
	"interactions/ui/internal/uitest"
)

// openPartner opens the editor of the fixture's partner from the list.
func openPartner(t *testing.T, f *fixture, s *Partners) *PartnerEditor {
	t.Helper()
	s.List.Select(0)
	waitOpen(t, func() { test.Tap(s.Open) })
	return s.editor
}

func TestRecord_ClosingWithChangesAsks(t *testing.T) {
	f := newFixture(t)
	f.deps.Records = NewRecords()
	s := NewPartners(f.deps)
	f.show(t, s)
	e := openPartner(t, f, s)
	if e.Win == f.win {
		t.Fatal("the partner editor opened over the main window, want a window of its own")
	}
	e.RequestClose() // unchanged: it closes without asking
	if e.Prompt != nil || len(f.deps.Records.Open()) != 0 {
		t.Fatalf("an unchanged editor asked (%v) or stayed open (%d)", e.Prompt, len(f.deps.Records.Open()))
	}

	e = openPartner(t, f, s)
	test.Type(e.Comment, "звонить после обеда")
	if got := f.deps.Records.Unsaved(); len(got) != 1 || got[0] != e.Record {
		t.Fatalf("Unsaved() = %v, want the partner editor", got)
	}
	e.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if e.Prompt == nil {
		t.Fatal("Escape with changes did not ask")
	}
	if e.Prompt.Button("Save") == nil || e.Prompt.Button("Discard") == nil || e.Prompt.Button("Cancel") == nil {
		t.Fatalf("the question offers %v, want Save / Discard / Cancel", e.Prompt.Buttons)
	}
	test.Tap(e.Prompt.Button("Cancel"))
	if e.Prompt != nil || e.Comment.Text != "звонить после обеда" || len(f.deps.Records.Open()) != 1 {
		t.Fatalf("Cancel lost the text %q or closed the editor", e.Comment.Text)
	}
	e.RequestClose()
	test.Tap(e.Prompt.Button("Save"))
	uitest.Pump(t, "the save", func() bool { return !e.Saving && len(f.deps.Records.Open()) == 0 })
	if p, _ := f.St.Partner(f.Partner.ID); p.Comment != "звонить после обеда" {
		t.Errorf("saved comment %q", p.Comment)
	}

	e = openPartner(t, f, s)
	e.Comment.SetText("не записывать")
	e.RequestClose()
	test.Tap(e.Prompt.Button("Discard"))
	if p, _ := f.St.Partner(f.Partner.ID); p.Comment != "звонить после обеда" || len(f.deps.Records.Open()) != 0 {
		t.Errorf("Discard saved %q or left the editor open", p.Comment)
	}
}

func TestRecord_CtrlSSavesAndRefusedSaveKeepsTheText(t *testing.T) {
	f := newFixture(t)
	s := NewPartners(f.deps)
	f.show(t, s)
	e := openPartner(t, f, s)
	e.Name.SetText("  ")
	e.Comment.SetText("набранное не теряется")
	e.Win.Canvas().(fyne.Shortcutable).TypedShortcut(editor.SaveShortcut)
	uitest.Pump(t, "the save", func() bool { return !e.Saving })
	if msg := e.Form.Error("name"); msg == "" {
		t.Fatal("an empty name shows no error under the name")
	}
	if e.Comment.Text != "набранное не теряется" || !e.Changed() {
		t.Fatalf("the refused save lost the text: %q", e.Comment.Text)
	}
	e.Name.SetText("ООО «Ромашка и К»")
	e.Win.Canvas().(fyne.Shortcutable).TypedShortcut(editor.SaveShortcut)
	uitest.Pump(t, "the save", func() bool { return !e.Saving })
	if e.Form.HasErrors() || e.Changed() {
		t.Fatalf("Ctrl+S showed %q, changed %v", e.Form.General.Text, e.Changed())
	}
	// Saved again from the same window: over its own version.
	e.Comment.SetText("второй раз")
	e.Win.Canvas().(fyne.Shortcutable).TypedShortcut(editor.SaveCloseShortcut)
	uitest.Pump(t, "the save", func() bool { return !e.Saving })
	if e.Form.HasErrors() {
		t.Fatalf("the second save of one window was refused: %q", e.Form.General.Text)
	}
	if p, _ := f.St.Partner(f.Partner.ID); p.Name != "ООО «Ромашка и К»" || p.Comment != "второй раз" {
		t.Errorf("saved %q / %q", p.Name, p.Comment)
	}
	f.check(t)
}

func TestRecord_SecondEditorsSaveIsRefused(t *testing.T) {
	f := newFixture(t)
	s := NewPartners(f.deps)
	f.show(t, s)
	first := openPartner(t, f, s)
	second := openPartner(t, f, s)
	if first == second {
		t.Fatal("the second Open did not open a second editor")
	}
	first.Comment.SetText("первый")
	saveRecord(t, first.Record)
	second.Comment.SetText("второй")
	saveRecord(t, second.Record)
	if msg := second.Form.General.Text; !strings.Contains(msg, "Someone saved") {
		t.Fatalf("the second save shows %q, want that the record was changed", msg)
	}
	if second.Comment.Text != "второй" {
		t.Errorf("the refused save lost the text: %q", second.Comment.Text)
	}
	if p, _ := f.St.Partner(f.Partner.ID); p.Comment != "первый" {
		t.Errorf("the second editor overwrote the first: %q", p.Comment)
	}
}

func TestRecord_EscapeInARowAddedLaterAsks(t *testing.T) {
	f := newFixture(t)
	s := NewPartners(f.deps)
	f.show(t, s)
	e := openPartner(t, f, s)
	test.Tap(e.Contacts.Add)
	row := e.Contacts.Rows[len(e.Contacts.Rows)-1]
	test.Type(row.Value, "+7 495 000-00-00")
	row.Value.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if e.Prompt == nil {
		t.Fatal("Escape in a contact row added after the editor opened did not ask")
	}
}
