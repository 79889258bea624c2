package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"interactions/assets"
	"interactions/data"
	"interactions/data/demo"
)

// uiQueue holds what background goroutines report back. The tests run it
// on their own goroutine in pump, so the views are only ever touched by
// one goroutine, as the real driver guarantees.
var uiQueue = make(chan func(), 4096)

func TestMain(m *testing.M) {
	time.Local = time.UTC
	doOnUI = func(fn func()) { uiQueue <- fn }
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(k)
	}
	os.Setenv("LANG", "en_US.UTF-8")
	assets.LoadTranslations()
	os.Exit(m.Run())
}

// useLanguage switches the interface language for one test: LANG is
// "en_US.UTF-8" or "ru_RU.UTF-8". English comes back when the test ends.
func useLanguage(t *testing.T, langEnv string) {
	t.Cleanup(assets.LoadTranslations) // runs after t.Setenv restores LANG
	t.Setenv("LANG", langEnv)
	assets.LoadTranslations()
}

// pump runs the reports of background work until done returns true, and
// fails the test when that takes longer than a generous timeout.
func pump(t *testing.T, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		select {
		case fn := <-uiQueue:
			fn()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// settle waits until the list model has no store call running and has
// the total and status counts of its filter.
func settle(t *testing.T, m *listModel) {
	t.Helper()
	pump(t, "the list to settle", func() bool {
		_, total := m.Total()
		_, counts := m.StatusCounts()
		return !m.Busy() && total && counts && !m.Loading()
	})
}

// testNow is "now" for the tests' stores.
var testNow = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

// openStore opens an empty store on a temp file with the clock at testNow.
func openStore(t *testing.T) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return testNow }
	t.Cleanup(func() { st.Close() })
	return st
}

// demoStore returns a store holding n demo interactions in Russian.
func demoStore(t *testing.T, n int) *data.Store {
	t.Helper()
	st := openStore(t)
	ds, err := demo.Generate(demo.Options{Size: n, Seed: 7, Lang: "ru", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Load(ds); err != nil {
		t.Fatal(err)
	}
	return st
}

// fixtureStore returns a store with a few interactions of every type,
// saved one by one, for the golden tests.
func fixtureStore(t *testing.T) *data.Store {
	t.Helper()
	st := openStore(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	settings := st.Settings()
	settings.Options.UseSMS = true // the fixture has an SMS message: show it
	must(st.SaveSettings(settings))
	anna := &data.Employee{Name: "Петрова Анна"}
	must(st.SaveEmployee(anna))
	oleg := &data.Employee{Name: "Смирнов Олег"}
	must(st.SaveEmployee(oleg))
	romashka := &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient}
	must(st.SavePartner(romashka))
	vector := &data.Partner{Name: "АО «Вектор»", Kinds: data.PartnerSupplier}
	must(st.SavePartner(vector))
	petr := &data.Person{Partner: romashka.ID, Name: "Семёнов Пётр"}
	must(st.SavePerson(petr))
	deal := &data.Deal{Partner: romashka.ID, Name: "Поставка оборудования", Active: true}
	must(st.SaveDeal(deal))

	partner := func(p *data.Partner) data.Contact {
		return data.Contact{Ref: data.Ref{Kind: data.RefPartner, ID: p.ID}}
	}
	person := func(p *data.Person) data.Contact { return data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: p.ID}} }
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 3, day, hour, minute, 0, 0, time.UTC) }
	dealRef := data.Ref{Kind: data.RefDeal, ID: deal.ID}

	meeting := st.NewInteraction(data.TypeMeeting, data.DirNone)
	meeting.Date, meeting.Responsible, meeting.Topic = at(9, 10, 0), anna.ID, "Встреча по проекту поставки"
	meeting.Meeting.Start, meeting.Meeting.End = at(9, 10, 0), at(9, 11, 30)
	meeting.Contacts = []data.Contact{partner(romashka), person(petr)}
	meeting.Subject, meeting.Reviewed = dealRef, true
	must(st.SaveInteraction(meeting))

	call := st.NewInteraction(data.TypeCall, data.DirIncoming)
	call.Date, call.Responsible, call.Topic = at(9, 15, 30), oleg.ID, "Уточнение сроков отгрузки"
	call.Contacts = []data.Contact{person(petr)}
	call.Call.Phone = "+7 916 123-45-67"
	must(st.SaveInteraction(call))

	offer := st.NewInteraction(data.TypeEmail, data.DirOutgoing)
	offer.Date, offer.Responsible, offer.Topic = at(8, 9, 15), anna.ID, "Коммерческое предложение"
	offer.Contacts = []data.Contact{partner(vector)}
	offer.Email.To, offer.Email.Folder, offer.Email.State = []string{"info@vector.example"}, data.FolderSent, data.MailSent
	offer.Subject, offer.Reviewed = dealRef, true
	must(st.SaveInteraction(offer))

	question := st.NewInteraction(data.TypeEmail, data.DirIncoming)
	question.Date, question.Responsible, question.Topic = at(10, 8, 0), oleg.ID, "Вопрос по счету"
	question.Contacts = []data.Contact{partner(vector)}
	question.Reviewed, question.ReviewAfter = false, at(11, 9, 0)
	must(st.SaveInteraction(question))

	sms := st.NewInteraction(data.TypeSMS, data.DirOutgoing)
	sms.Date, sms.Responsible, sms.Topic = at(7, 11, 0), anna.ID, "Напоминание о встрече"
	sms.SMS.Text, sms.SMS.State = "Напоминаем о встрече 9 марта в 10:00", data.SMSDelivered
	sms.SMS.Recipients = []data.SMSRecipient{{Contact: person(petr), Number: "+7 916 123-45-67"}}
	sms.Contacts, sms.Reviewed = []data.Contact{person(petr)}, true
	must(st.SaveInteraction(sms))

	planned := st.NewInteraction(data.TypePlanned, data.DirNone)
	planned.Date, planned.Responsible, planned.Topic = at(12, 14, 0), anna.ID, "Подготовить договор"
	planned.Planned.At, planned.BasedOn = at(12, 14, 0), meeting.ID
	planned.Contacts = []data.Contact{partner(romashka)}
	must(st.SaveInteraction(planned))
	return st
}

// visibleTexts returns the text of every visible canvas.Text under o.
func visibleTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch o := o.(type) {
		case *canvas.Text:
			out = append(out, o.Text)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}
