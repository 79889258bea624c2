// Package uitest holds what the tests of the ui packages share: a test
// main that runs background answers on the test's goroutine, the
// language switch, stores on temporary files (empty, demo, a fixed
// fixture) and walks over drawn widgets.
package uitest

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/assets"
	"interactions/data"
	"interactions/data/demo"
	"interactions/ui/background"
)

// queue holds what background goroutines report back. The tests run it
// on their own goroutine in Pump, so the widgets are only ever touched by
// one goroutine, as the real driver guarantees.
var queue = make(chan func(), 4096)

// Main is the TestMain of a ui package: UTC as local time, English, the
// translations loaded, background answers queued for Pump.
func Main(m *testing.M) {
	time.Local = time.UTC
	background.Do = func(fn func()) { queue <- fn }
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(k)
	}
	os.Setenv("LANG", "en_US.UTF-8")
	assets.LoadTranslations()
	os.Exit(m.Run())
}

// UseLanguage switches the interface language for one test: LANG is
// "en_US.UTF-8" or "ru_RU.UTF-8". English comes back when the test ends.
func UseLanguage(t *testing.T, langEnv string) {
	t.Cleanup(assets.LoadTranslations) // runs after t.Setenv restores LANG
	t.Setenv("LANG", langEnv)
	assets.LoadTranslations()
}

// Pump runs the reports of background work until done returns true, and
// fails the test when that takes longer than a generous timeout.
func Pump(t testing.TB, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		select {
		case fn := <-queue:
			fn()
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// Now is "now" for the tests' stores.
var Now = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

// OpenStore opens an empty store on a temp file with the clock at Now.
func OpenStore(t *testing.T) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	st.Now = func() time.Time { return Now }
	t.Cleanup(func() { st.Close() })
	return st
}

// DemoStore returns a store holding n demo interactions in Russian.
func DemoStore(t *testing.T, n int) *data.Store {
	t.Helper()
	st := OpenStore(t)
	ds, err := demo.Generate(demo.Options{Size: n, Seed: 7, Lang: "ru", Now: Now})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Load(ds); err != nil {
		t.Fatal(err)
	}
	return st
}

// FixtureStore returns a store with a few interactions of every type,
// saved one by one, for the golden tests.
func FixtureStore(t *testing.T) *data.Store {
	t.Helper()
	st := OpenStore(t)
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

// Walk calls visit for every visible object under o, o first, going into
// containers and the renderers of widgets; where visit returns false it
// does not go inside that object.
func Walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) { walk(o, visit, true) }

// WalkAll is Walk over hidden objects too.
func WalkAll(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) { walk(o, visit, false) }

func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool, visibleOnly bool) {
	if o == nil || (visibleOnly && !o.Visible()) || !visit(o) {
		return
	}
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			walk(c, visit, visibleOnly)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(o).Objects() {
			walk(c, visit, visibleOnly)
		}
	}
}

// FindButton returns the button with the given text under o, shown or
// hidden, and fails the test when there is none.
func FindButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	WalkAll(o, func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == text && found == nil {
			found = b
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no %q button", text)
	}
	return found
}

// VisibleTexts returns the text of every visible canvas.Text under o.
func VisibleTexts(o fyne.CanvasObject) []string {
	var out []string
	Walk(o, func(o fyne.CanvasObject) bool {
		if t, ok := o.(*canvas.Text); ok {
			out = append(out, t.Text)
		}
		return true
	})
	return out
}

// RunNext waits for the next background report and runs it.
func RunNext() { (<-queue)() }

// TapListItem taps item id of the first widget.List under o where the
// window draws it, as the user clicks it; id must be among the items shown.
func TapListItem(t *testing.T, o fyne.CanvasObject, id int) {
	t.Helper()
	var items []fyne.Tappable
	Walk(o, func(o fyne.CanvasObject) bool {
		if tp, ok := o.(fyne.Tappable); ok && fmt.Sprintf("%T", o) == "*widget.listItem" {
			items = append(items, tp)
			return false
		}
		return true
	})
	slices.SortFunc(items, func(a, b fyne.Tappable) int {
		return cmp.Compare(a.(fyne.CanvasObject).Position().Y, b.(fyne.CanvasObject).Position().Y)
	})
	if id >= len(items) {
		t.Fatalf("item %d is not drawn: %d items are", id, len(items))
	}
	test.Tap(items[id])
}

// Shown reports whether texts hold s whole, or cut short with an ellipsis.
func Shown(texts []string, s string) bool {
	for _, t := range texts {
		if t == s || strings.HasSuffix(t, "…") && len(t) > len("…")+4 && strings.HasPrefix(s, strings.TrimSuffix(t, "…")) {
			return true
		}
	}
	return false
}

// BoldTextShown reports whether a visible canvas.Text under o reads text
// in bold, whole or cut short.
func BoldTextShown(o fyne.CanvasObject, text string) bool {
	found := false
	Walk(o, func(o fyne.CanvasObject) bool {
		if t, ok := o.(*canvas.Text); ok && t.TextStyle.Bold && Shown([]string{t.Text}, text) {
			found = true
		}
		return !found
	})
	return found
}

// ReportCPU adds the processor time per operation since start to a
// benchmark, as cpu-ms/op.
func ReportCPU(b *testing.B, start time.Duration) {
	if n := b.N; n > 0 && start > 0 {
		b.ReportMetric(float64((CPUTime()-start).Microseconds())/1000/float64(n), "cpu-ms/op")
	}
}
