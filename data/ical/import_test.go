package ical_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/ical"
)

// fixture is a store with an employee, a partner and a contact person
// with an e-mail address.
type fixture struct {
	s   *data.Store
	emp *data.Employee
	pe  *data.Person
	p   *data.Partner
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "ics.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f := &fixture{s: s, emp: &data.Employee{Name: "Иванов Иван", Email: "ivanov@firma.ru"}, p: &data.Partner{Name: "ООО «Ромашка»"}}
	if err := s.SaveEmployee(f.emp); err != nil {
		t.Fatal(err)
	}
	st := s.Settings()
	st.CurrentUser = f.emp.ID
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePartner(f.p); err != nil {
		t.Fatal(err)
	}
	f.pe = &data.Person{Partner: f.p.ID, Name: "Семёнов Пётр", ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "petr@romashka.ru"}}}
	if err := s.SavePerson(f.pe); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) catalog() *ical.Catalog {
	return &ical.Catalog{Partners: []data.Partner{*f.p}, Persons: []data.Person{*f.pe}, Employees: []data.Employee{*f.emp}}
}

func (f *fixture) importText(t *testing.T, text string, o ical.Options) (ical.Result, error) {
	t.Helper()
	return ical.Import(context.Background(), f.s, strings.NewReader(strings.ReplaceAll(text, "\n", "\r\n")), o, f.catalog(), nil)
}

func (f *fixture) all(t *testing.T) []*data.Interaction {
	t.Helper()
	page, err := f.s.List(data.Query{Filter: data.Filter{Deleted: data.DeletedInclude}, Order: data.OldestFirst, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var ids []data.ID
	for _, r := range page.Rows {
		ids = append(ids, r.Interaction.ID)
	}
	its, err := f.s.Interactions(ids)
	if err != nil {
		t.Fatal(err)
	}
	return its
}

const outlook = `BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Russian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:Custom Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000
DTSTAMP:20260301T090000Z
DTSTART;TZID=Russian Standard Time:20260310T143000
DTEND;TZID=Russian Standard Time:20260310T160000
SUMMARY:Переговоры\, этап 2
LOCATION:Офис\, ком. 5
DESCRIPTION:Обсудить цены\nи сроки
ORGANIZER;CN=Иванов Иван:mailto:IVANOV@firma.ru
ATTENDEE;CN=Семёнов Пётр:mailto:petr@romashka.ru
ATTENDEE;CN="Сидоров, гость":mailto:guest@example.com
END:VEVENT
BEGIN:VEVENT
UID:summer@example.com
DTSTAMP:20260301T090000Z
DTSTART;TZID=Custom Berlin:20260715T100000
DURATION:PT45M
SUMMARY:Sommer
END:VEVENT
BEGIN:VEVENT
UID:winter@example.com
DTSTAMP:20260301T090000Z
DTSTART;TZID=Europe/Berlin:20260115T100000
DTEND;TZID=Europe/Berlin:20260115T110000
SUMMARY:Winter
END:VEVENT
BEGIN:VEVENT
UID:allday@example.com
DTSTAMP:20260301T090000Z
DTSTART;VALUE=DATE:20260320
DTEND;VALUE=DATE:20260322
SUMMARY:Выставка
END:VEVENT
END:VCALENDAR
`

func TestImport_OutlookFile(t *testing.T) {
	f := newFixture(t)
	res, err := f.importText(t, outlook, ical.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 4 || res.Updated != 0 {
		t.Fatalf("Import = %+v, want 4 new", res)
	}
	byTopic := map[string]*data.Interaction{}
	for _, it := range f.all(t) {
		byTopic[it.Topic] = it
	}
	m := byTopic["Переговоры, этап 2"]
	if m == nil || m.Meeting == nil {
		t.Fatalf("no meeting «Переговоры, этап 2»: %v", byTopic)
	}
	msk := time.FixedZone("MSK", 3*3600)
	if want := time.Date(2026, 3, 10, 14, 30, 0, 0, msk); !m.Meeting.Start.Equal(want) || !m.Meeting.End.Equal(want.Add(90*time.Minute)) {
		t.Errorf("meeting %v – %v, want %v for 90 min", m.Meeting.Start, m.Meeting.End, want)
	}
	if m.Meeting.Place != "Офис, ком. 5" || m.Description != "Обсудить цены\nи сроки" || m.Responsible != f.emp.ID {
		t.Errorf("place %q, description %q, responsible %d", m.Meeting.Place, m.Description, m.Responsible)
	}
	wantContacts := []data.Contact{
		{Ref: data.Ref{Kind: data.RefPerson, ID: f.pe.ID}, Name: "Семёнов Пётр", Address: "petr@romashka.ru"},
		{Ref: data.FreeContactRef("Сидоров, гость"), Name: "Сидоров, гость", Address: "guest@example.com"},
	}
	if !reflect.DeepEqual(m.Contacts, wantContacts) {
		t.Errorf("contacts %+v, want %+v", m.Contacts, wantContacts)
	}
	if s := byTopic["Sommer"]; s == nil || !s.Meeting.Start.Equal(time.Date(2026, 7, 15, 8, 0, 0, 0, time.UTC)) || s.Meeting.End.Sub(s.Meeting.Start) != 45*time.Minute {
		t.Errorf("summer meeting (VTIMEZONE with daylight time) %+v", s.Meeting)
	}
	if w := byTopic["Winter"]; w == nil || !w.Meeting.Start.Equal(time.Date(2026, 1, 15, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("winter meeting (Go's tz database) %+v", w.Meeting)
	}
	a := byTopic["Выставка"]
	if a == nil || !a.Meeting.Start.Equal(time.Date(2026, 3, 20, 0, 0, 0, 0, time.Local)) || !a.Meeting.End.Equal(time.Date(2026, 3, 22, 0, 0, 0, 0, time.Local)) {
		t.Errorf("all-day meeting %+v", a.Meeting)
	}
	// The same file again updates, doubles nothing.
	res, err = f.importText(t, strings.ReplaceAll(outlook, "SUMMARY:Winter", "SUMMARY:Winter, moved"), ical.Options{})
	if err != nil || res.New != 0 || res.Updated != 4 {
		t.Fatalf("second import = %+v, %v; want 4 updated", res, err)
	}
	if n := len(f.all(t)); n != 4 {
		t.Fatalf("%d interactions after the second import, want 4", n)
	}
	checkClean(t, f.s)
}

func checkClean(t *testing.T, s *data.Store) {
	t.Helper()
	problems, err := s.Check()
	if err != nil || len(problems) > 0 {
		t.Fatalf("Check = %v, %v", problems, err)
	}
}

const weekly = `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:weekly@example.com
DTSTAMP:20260301T090000Z
DTSTART;TZID=Europe/Moscow:20260302T100000
DTEND;TZID=Europe/Moscow:20260302T103000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260330T070000Z
EXDATE;TZID=Europe/Moscow:20260316T100000
SUMMARY:Планёрка
END:VEVENT
BEGIN:VEVENT
UID:weekly@example.com
RECURRENCE-ID;TZID=Europe/Moscow:20260323T100000
DTSTAMP:20260301T090000Z
DTSTART;TZID=Europe/Moscow:20260323T120000
DTEND;TZID=Europe/Moscow:20260323T123000
SUMMARY:Планёрка (перенесена)
END:VEVENT
END:VCALENDAR
`

func TestImport_RecurringExpandedOrRefused(t *testing.T) {
	f := newFixture(t)
	_, err := f.importText(t, weekly, ical.Options{})
	if !errors.Is(err, ical.ErrRecurring) || !strings.Contains(err.Error(), "event 1 (line 4, \"Планёрка\")") {
		t.Fatalf("Import without a period = %v, want the recurring event refused naming event 1 at line 4", err)
	}
	if n := len(f.all(t)); n != 0 {
		t.Fatalf("%d interactions after a refused file, want 0", n)
	}
	o := ical.Options{From: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)}
	res, err := f.importText(t, weekly, o)
	if err != nil || res.New != 4 {
		t.Fatalf("Import over March = %+v, %v; want 4 occurrences (5 Mondays, one excluded)", res, err)
	}
	msk := time.FixedZone("MSK", 3*3600)
	var got []string
	for _, it := range f.all(t) {
		got = append(got, it.Meeting.Start.In(msk).Format("01-02 15:04 ")+it.Topic)
	}
	want := []string{"03-02 10:00 Планёрка", "03-09 10:00 Планёрка", "03-23 12:00 Планёрка (перенесена)", "03-30 10:00 Планёрка"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("occurrences %q, want %q", got, want)
	}
	res, err = f.importText(t, weekly, o)
	if err != nil || res.New != 0 || res.Updated != 4 {
		t.Fatalf("the same period again = %+v, %v; want 4 updated", res, err)
	}
}

func TestImport_BadFileNamesLineAndImportsNothing(t *testing.T) {
	f := newFixture(t)
	good := "BEGIN:VEVENT\nUID:a@x\nDTSTART:20260310T100000Z\nSUMMARY:A\nEND:VEVENT\n"
	cases := []struct{ name, text, want string }{
		{"no colon", "BEGIN:VCALENDAR\n" + good + "BEGIN:VEVENT\nUID b@x\nEND:VEVENT\nEND:VCALENDAR\n", "line 8: \"UID b@x\" is not a content line"},
		{"bad date", "BEGIN:VCALENDAR\n" + good + "BEGIN:VEVENT\nUID:b@x\nDTSTART:2026-03-10\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n", "event 2 (line 7, \"B\"): DTSTART:"},
		{"unknown zone", "BEGIN:VCALENDAR\n" + good + "BEGIN:VEVENT\nUID:b@x\nDTSTART;TZID=Mars/Olympus:20260310T100000\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n", "time zone \"Mars/Olympus\""},
		{"unclosed", "BEGIN:VCALENDAR\n" + good + "BEGIN:VEVENT\nUID:b@x\n", "END:VEVENT missing"},
		{"end before start", "BEGIN:VCALENDAR\n" + good + "BEGIN:VEVENT\nUID:b@x\nDTSTART:20260310T100000Z\nDTEND:20260310T090000Z\nSUMMARY:B\nEND:VEVENT\nEND:VCALENDAR\n", "ends (DTEND) before it starts"},
		{"no summary", "BEGIN:VCALENDAR\n" + good + "BEGIN:VEVENT\nUID:b@x\nDTSTART:20260310T100000Z\nEND:VEVENT\nEND:VCALENDAR\n", "no summary"},
		{"not a calendar", "hello\n", "line 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := f.importText(t, c.text, ical.Options{})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Import = %v, want an error with %q", err, c.want)
			}
			if n := len(f.all(t)); n != 0 {
				t.Fatalf("%d interactions stored from a bad file", n)
			}
		})
	}
}

func TestImport_RoundTripKeepsEveryField(t *testing.T) {
	f := newFixture(t)
	msk := time.FixedZone("MSK", 3*3600)
	start := time.Date(2026, 3, 10, 14, 30, 0, 0, msk)
	m := f.s.NewInteraction(data.TypeMeeting, data.DirNone)
	m.Topic, m.Description = "Переговоры; этап 2", "Обсудить, цены\nи сроки"
	m.Date, m.Meeting.Start, m.Meeting.End, m.Meeting.Place = start, start, start.Add(90*time.Minute), "Офис, ком. 5"
	m.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPerson, ID: f.pe.ID}, Name: f.pe.Name, Address: "petr@romashka.ru"}}
	at := f.s.NewInteraction(data.TypePlanned, data.DirNone)
	at.Topic, at.Date, at.Planned.At = "Позвонить", start.AddDate(0, 0, 1), start.AddDate(0, 0, 1)
	day := f.s.NewInteraction(data.TypePlanned, data.DirNone)
	day.Topic, day.Date = "Когда-нибудь", time.Date(2026, 3, 12, 0, 0, 0, 0, time.Local)
	for _, it := range []*data.Interaction{m, at, day} {
		if err := f.s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
	}
	var file bytes.Buffer
	if _, err := ical.Export(&file, f.s, data.Filter{}, f.catalog()); err != nil {
		t.Fatal(err)
	}
	before := f.all(t)
	// Into the same database: every event updates its own interaction.
	res, err := ical.Import(context.Background(), f.s, bytes.NewReader(file.Bytes()), ical.Options{}, f.catalog(), nil)
	if err != nil || res.Updated != 3 || res.New != 0 {
		t.Fatalf("Import of the export = %+v, %v; want 3 updated", res, err)
	}
	after := f.all(t)
	for i := range before {
		a, b := *before[i], *after[i]
		a.Modified, b.Modified, a.Version, b.Version = time.Time{}, time.Time{}, 0, 0
		if !reflect.DeepEqual(normal(a), normal(b)) {
			t.Errorf("interaction %d changed:\n%+v\n%+v", a.ID, normal(a), normal(b))
		}
	}
	// Into another database: the same fields, and its export is the same.
	g := newFixture(t)
	res, err = ical.Import(context.Background(), g.s, bytes.NewReader(file.Bytes()), ical.Options{}, g.catalog(), nil)
	if err != nil || res.New != 3 {
		t.Fatalf("Import into another database = %+v, %v; want 3 new", res, err)
	}
	for i, it := range g.all(t) {
		a, b := normal(*before[i]), normal(*it)
		if a.Topic != b.Topic || a.Description != b.Description || a.Type != b.Type || !reflect.DeepEqual(a.Meeting, b.Meeting) ||
			!reflect.DeepEqual(a.Planned, b.Planned) || !reflect.DeepEqual(a.Contacts, b.Contacts) || !a.Date.Equal(b.Date) && a.Type == data.TypeMeeting {
			t.Errorf("imported into another database:\n%+v\n%+v", a, b)
		}
	}
}

// normal puts the times of it in UTC so that records compare field by field.
func normal(it data.Interaction) data.Interaction {
	it.Date, it.Created = it.Date.UTC(), it.Created.UTC()
	if it.Meeting != nil {
		m := *it.Meeting
		m.Start, m.End = m.Start.UTC(), m.End.UTC()
		it.Meeting = &m
	}
	if it.Planned != nil {
		p := *it.Planned
		if !p.At.IsZero() {
			p.At = p.At.UTC()
		}
		it.Planned = &p
	}
	return it
}

func TestImport_CancelStoresNothing(t *testing.T) {
	f := newFixture(t)
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\nVERSION:2.0\n")
	for i := 0; i < 500; i++ {
		b.WriteString("BEGIN:VEVENT\nUID:n" + string(rune('a'+i%26)) + strings.Repeat("x", i/26) + "@x\nDTSTART:20260310T100000Z\nSUMMARY:S\nEND:VEVENT\n")
	}
	b.WriteString("END:VCALENDAR\n")
	ctx, cancel := context.WithCancel(context.Background())
	_, err := ical.Import(ctx, f.s, strings.NewReader(b.String()), ical.Options{}, f.catalog(), func(done, total int) {
		if done >= 128 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Import cancelled = %v, want context.Canceled", err)
	}
	if n := len(f.all(t)); n != 0 {
		t.Fatalf("%d interactions after a cancelled import", n)
	}
	checkClean(t, f.s)
}
