package editor_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/editor"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// fixture is the editors over the types fixture, with a listener that
// counts the changes told.
type fixture struct {
	*uitest.TypesFixture
	m       *editor.Editors
	sess    *session.Session
	changes int
}

func (f *fixture) Changed(session.Change) { f.changes++ }

func newFixture(t *testing.T) *fixture {
	t.Helper()
	test.NewTempApp(t)
	f := &fixture{TypesFixture: uitest.NewTypesFixture(t)}
	win := test.NewTempWindow(t, container.NewWithoutLayout())
	f.sess = session.New(f.St)
	f.sess.Listen(f)
	f.m = editor.New(f.St, f.sess, win)
	f.sess.Listen(f.m)
	t.Cleanup(f.m.Close)
	return f
}

// wait waits for the next editor to open and returns it.
func (f *fixture) wait(t *testing.T, open func()) *editor.Editor {
	t.Helper()
	n := len(f.m.Editors())
	open()
	uitest.Pump(t, "the editor", func() bool { return len(f.m.Editors()) > n })
	eds := f.m.Editors()
	return eds[len(eds)-1]
}

func (f *fixture) open(t *testing.T, id data.ID) *editor.Editor {
	t.Helper()
	return f.wait(t, func() { f.m.OpenAnother(id) })
}

// save saves with Ctrl+S and waits for the store's answer.
func save(t *testing.T, e *editor.Editor) {
	t.Helper()
	test.Tap(e.Save)
	uitest.Pump(t, "the save", func() bool { return !e.Saving })
}

func (f *fixture) check(t *testing.T) {
	t.Helper()
	if probs, err := f.St.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

func TestEditor_CallEveryFieldSavedAndReopened(t *testing.T) {
	f := newFixture(t)
	e := f.open(t, f.Call.ID)
	if e.Topic.Text != f.Call.Topic || e.Phone.Text != "+7 916 123-45-67" || e.Duration.Text != "4:05" {
		t.Fatalf("opened with topic %q, phone %q, duration %q", e.Topic.Text, e.Phone.Text, e.Duration.Text)
	}
	if e.Changed() {
		t.Fatal("a freshly opened editor reports changes")
	}
	e.Date.Entry.SetText("2026-03-04 16:45")
	e.Direction.SetSelected(e.Direction.Options[1])
	e.Topic.SetText("Перезвонить по срокам")
	e.Description.SetText("Сроки сдвигаются на неделю")
	e.Phone.SetText("+7 916 765-43-21")
	e.Duration.SetText("12")
	e.Importance.SetSelected(e.Importance.Options[2])
	e.Responsible.Select.SetSelected(f.Author.Name)
	e.Reviewed.SetChecked(false)
	e.ReviewAfter.Entry.SetText("2026-03-20 10:00")
	e.Attrs[f.Channel.ID].Select.SetSelected("Сайт")
	e.Contacts.Rows[0].Address.SetText("+7 916 765-43-21")
	test.Tap(e.Contacts.AddFree)
	e.Contacts.Rows[1].Name.SetText("Секретарь")
	if !e.Changed() {
		t.Fatal("an edited editor reports no changes")
	}
	before := f.changes
	save(t, e)
	if e.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q", e.Form.General.Text)
	}
	if f.changes == before {
		t.Error("the save told no screen")
	}
	got, _ := f.St.Interaction(f.Call.ID)
	want := map[string][2]any{
		"topic":       {got.Topic, "Перезвонить по срокам"},
		"description": {got.Description, "Сроки сдвигаются на неделю"},
		"direction":   {got.Direction, data.DirOutgoing},
		"date":        {got.Date, time.Date(2026, 3, 4, 16, 45, 0, 0, time.Local)},
		"phone":       {got.Call.Phone, "+7 916 765-43-21"},
		"duration":    {got.Call.Duration, 12 * time.Minute},
		"importance":  {got.Importance, data.ImportanceHigh},
		"responsible": {got.Responsible, f.Author.ID},
		"reviewAfter": {got.ReviewAfter, time.Date(2026, 3, 20, 10, 0, 0, 0, time.Local)},
		"contacts":    {len(got.Contacts), 2},
		"free name":   {got.Contacts[len(got.Contacts)-1].Name, "Секретарь"},
		"attr":        {got.Attrs[0].Value, "1"},
	}
	for name, w := range want {
		if w[0] != w[1] {
			t.Errorf("%s = %v, want %v", name, w[0], w[1])
		}
	}
	if e.Changed() {
		t.Error("a saved editor still reports changes")
	}
	again := f.open(t, f.Call.ID)
	if again.Topic.Text != "Перезвонить по срокам" || again.Duration.Text != "12" || again.Attrs[f.Channel.ID].Select.Selected != "Сайт" {
		t.Errorf("reopened: topic %q, duration %q, channel %q", again.Topic.Text, again.Duration.Text, again.Attrs[f.Channel.ID].Select.Selected)
	}
	if n, _ := f.St.Count(data.Filter{Attrs: []data.AttrValue{{Attr: f.Channel.ID, Value: "1"}}}); n != 1 {
		t.Errorf("filter by the attribute finds %d, want 1", n)
	}
	f.check(t)
}

func TestEditor_EveryTypeOpensAndSavesUnchanged(t *testing.T) {
	f := newFixture(t)
	for _, it := range []*data.Interaction{f.Meeting, f.Planned, f.Call, f.SMS, f.Mail} {
		e := f.open(t, it.ID)
		if e.Changed() {
			t.Errorf("%v: a freshly opened editor reports changes", it.Type)
		}
		e.Topic.SetText(it.Topic + " (2)")
		save(t, e)
		if e.Form.HasErrors() {
			t.Errorf("%v: the save showed errors: %q", it.Type, e.Form.General.Text)
		}
		got, _ := f.St.Interaction(it.ID)
		if got.Topic != it.Topic+" (2)" {
			t.Errorf("%v: topic = %q", it.Type, got.Topic)
		}
		e.Win.Close()
	}
	got, _ := f.St.Interaction(f.Mail.ID)
	if got.Email.HTMLBody == "" || got.Email.Body != "" || len(got.Email.Cc) != 1 {
		t.Errorf("the e-mail lost what was not edited: %+v", got.Email)
	}
	f.check(t)
}

func TestEditor_ValidationAtTheFieldBlocksTheSave(t *testing.T) {
	f := newFixture(t)
	e := f.open(t, f.Meeting.ID)
	e.End.Entry.SetText("2026-03-02 09:00") // before the start
	save(t, e)
	if msg := e.Form.Error("end"); !strings.Contains(msg, "End") {
		t.Errorf("the end's error line = %q, want one naming End", msg)
	}
	e.End.Entry.SetText("2026-03-02 12:00")
	e.Start.Entry.SetText("вчера")
	e.Topic.SetText("")
	save(t, e)
	if e.Form.Error("start") == "" {
		t.Error("an unreadable start shows no error")
	}
	if e.Topic.Text != "" || e.Start.Entry.Text != "вчера" {
		t.Error("a refused save lost what was typed")
	}
	got, _ := f.St.Interaction(f.Meeting.ID)
	if got.Version != f.Meeting.Version {
		t.Error("a refused save wrote")
	}
	e.Start.Entry.SetText("2026-03-02 10:00")
	save(t, e)
	if e.Form.Error("topic") == "" {
		t.Error("an empty topic shows no error")
	}

	sms := f.open(t, f.SMS.ID)
	sms.Recipients.Rows[0].Number.SetText("не номер")
	save(t, sms)
	if sms.Form.Error("recipients") == "" {
		t.Error("a malformed number shows no error")
	}
	mail := f.open(t, f.Mail.ID)
	mail.To.SetText("кому-то")
	save(t, mail)
	if mail.Form.Error("to") == "" {
		t.Error("a malformed address shows no error")
	}
}

func TestEditor_ClosingWithChangesAsks(t *testing.T) {
	f := newFixture(t)
	e := f.open(t, f.Planned.ID)
	e.Topic.SetText("Другое")
	e.RequestClose()
	if e.Prompt == nil {
		t.Fatal("closing with changes did not ask")
	}
	test.Tap(e.Prompt.Button("Cancel"))
	if len(f.m.Editors()) != 1 || e.Topic.Text != "Другое" {
		t.Fatal("Cancel closed the editor or lost the text")
	}
	e.RequestClose()
	test.Tap(e.Prompt.Button("Save"))
	uitest.Pump(t, "the save", func() bool { return !e.Saving })
	if len(f.m.Editors()) != 0 {
		t.Error("Save did not close the editor")
	}
	if got, _ := f.St.Interaction(f.Planned.ID); got.Topic != "Другое" {
		t.Errorf("topic = %q, want the saved one", got.Topic)
	}
	d := f.open(t, f.Planned.ID)
	d.Topic.SetText("Не записывать")
	d.RequestClose()
	test.Tap(d.Prompt.Button("Discard"))
	if got, _ := f.St.Interaction(f.Planned.ID); got.Topic != "Другое" {
		t.Errorf("Discard saved: topic = %q", got.Topic)
	}
}

func TestEditor_SecondEditorsSaveIsRefused(t *testing.T) {
	f := newFixture(t)
	a := f.open(t, f.Call.ID)
	b := f.open(t, f.Call.ID)
	a.Topic.SetText("Первый")
	save(t, a)
	b.Topic.SetText("Второй")
	save(t, b)
	if !b.Form.General.Visible() || !strings.Contains(b.Form.General.Text, "opened it") {
		t.Errorf("the second save says %q, want the conflict", b.Form.General.Text)
	}
	if b.Topic.Text != "Второй" {
		t.Error("the refused save lost the text")
	}
	if got, _ := f.St.Interaction(f.Call.ID); got.Topic != "Первый" {
		t.Errorf("topic = %q, want the first editor's", got.Topic)
	}
}

func TestEditor_FollowUpJoinsTheChain(t *testing.T) {
	f := newFixture(t)
	e := f.wait(t, func() { f.m.FollowUp(f.Mail.ID, data.TypeEmail, data.DirOutgoing) })
	if e.To.Text != "petr@romashka.example" || e.MailSubject.Text != "Re: Счет 15" {
		t.Errorf("reply: to %q, subject %q", e.To.Text, e.MailSubject.Text)
	}
	// The mail has an HTML body only: its text is quoted as it is shown.
	if want := "\n\nOn 2026-03-04 08:00, petr@romashka.example wrote:\n> Добрый день!\n>\n> Пришлите счет.\n"; e.Body.Text != want {
		t.Errorf("reply body = %q, want %q", e.Body.Text, want)
	}
	save(t, e)
	if e.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q", e.Form.General.Text)
	}
	it := e.Interaction()
	if it.BasedOn != f.Mail.ID || it.Subject != (data.Ref{Kind: data.RefInteraction, ID: f.Meeting.ID}) {
		t.Errorf("based on %d, subject %v; want the mail and its chain", it.BasedOn, it.Subject)
	}
	if n, _ := f.St.ChainSize(it.Subject); n != 4 {
		t.Errorf("chain size = %d, want 4", n)
	}
	f.check(t)
}

func TestEditor_RealSubjectAsksThenMovesTheChain(t *testing.T) {
	f := newFixture(t)
	deal := &data.Deal{Partner: f.Partner.ID, Name: "Поставка", Active: true}
	if err := f.St.SaveDeal(deal); err != nil {
		t.Fatal(err)
	}
	f.sess.Notify(session.Catalogs) // as the catalog screens tell every screen
	e := f.open(t, f.Call.ID)
	for _, c := range f.openSubjectChoices(t, e) {
		if c.Ref.Kind == data.RefDeal {
			e.Subject.Set(c)
		}
	}
	save(t, e)
	if e.Prompt == nil || !strings.Contains(e.Prompt.Text.Text, "3") {
		t.Fatalf("moving a chain of 3 did not ask, or did not say how many")
	}
	test.Tap(e.Prompt.Button("Move them"))
	uitest.Pump(t, "the save", func() bool { return !e.Saving })
	dealRef := data.Ref{Kind: data.RefDeal, ID: deal.ID}
	if n, _ := f.St.Count(data.Filter{Subject: dealRef}); n != 3 {
		t.Errorf("the deal has %d interactions, want the whole chain of 3", n)
	}
	f.check(t)
}

// openSubjectChoices opens the subject picker and returns what it offers.
func (f *fixture) openSubjectChoices(t *testing.T, e *editor.Editor) []widgetsChoice {
	test.Tap(e.Subject.Pick)
	out := e.Subject.Picker.Shown()
	e.Subject.Dialog.Hide()
	return out
}

func TestEditor_AttributeDefinedAtRunTimeShowsInTheCallEditor(t *testing.T) {
	f := newFixture(t)
	def := &data.AttrDef{Name: "Оценка", Type: data.AttrNumber, Types: []data.InteractionType{data.TypeCall}}
	if err := f.St.SaveAttrDef(def); err != nil {
		t.Fatal(err)
	}
	e := f.open(t, f.Call.ID)
	field, ok := e.Attrs[def.ID]
	if !ok {
		t.Fatal("the new attribute is not in the call editor")
	}
	field.Entry.SetText("abc")
	save(t, e)
	if e.Form.Error("attr:"+itoa(def.ID)) == "" {
		t.Error("a number attribute took letters")
	}
	field.Entry.SetText("4,5")
	save(t, e)
	if n, _ := f.St.Count(data.Filter{Attrs: []data.AttrValue{{Attr: def.ID, Value: "4.5"}}}); n != 1 {
		t.Errorf("filter by the new attribute finds %d, want 1", n)
	}
	m := f.open(t, f.Meeting.ID)
	if _, ok := m.Attrs[def.ID]; ok {
		t.Error("a call's attribute shows in the meeting editor")
	}
}

func TestEditor_CreateAndAttachments(t *testing.T) {
	f := newFixture(t)
	e := f.wait(t, func() { f.m.Create(data.TypeEmail, data.DirOutgoing) })
	e.Topic.SetText("Договор")
	e.To.SetText("petr@romashka.example")
	e.Attachments.AddFile("../../договор?.pdf", []byte("%PDF-1.4"))
	e.Responsible.Select.SetSelected(f.Employee.Name)
	save(t, e)
	if e.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q", e.Form.General.Text)
	}
	it := e.Interaction()
	if it.ID == 0 || len(it.Email.Attachments) != 1 || it.Email.Attachments[0].Blob == 0 {
		t.Fatalf("saved %+v", it.Email)
	}
	b, err := f.St.Blob(it.Email.Attachments[0].Blob)
	if err != nil || string(b) != "%PDF-1.4" {
		t.Errorf("Blob = %q, %v", b, err)
	}
	if got := data.SafeFileName(it.Email.Attachments[0].Name); got != "договор_.pdf" {
		t.Errorf("safe name = %q", got)
	}
	if _, err := f.St.Interaction(it.ID); errors.Is(err, data.ErrNotFound) {
		t.Error("not stored")
	}
	f.check(t)
}

type widgetsChoice = widgets.Choice

func itoa(id data.ID) string { return strconv.FormatUint(uint64(id), 10) }
