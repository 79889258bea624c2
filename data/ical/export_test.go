package ical_test

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"

	"interactions/data"
	"interactions/data/ical"
)

func TestExport_MeetingsAndPlanned(t *testing.T) {
	s, err := data.Open(filepath.Join(t.TempDir(), "ics.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := &data.Employee{Name: "Иванов Иван"}
	p := &data.Partner{Name: "ООО «Ромашка»"}
	if err := s.SaveEmployee(e); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePartner(p); err != nil {
		t.Fatal(err)
	}
	pe := &data.Person{Partner: p.ID, Name: "Семёнов Пётр", ContactInfo: []data.ContactInfo{{Kind: data.CIEmail, Value: "petr@romashka.ru"}}}
	if err := s.SavePerson(pe); err != nil {
		t.Fatal(err)
	}
	msk := time.FixedZone("MSK", 3*3600)
	start := time.Date(2026, 3, 10, 14, 30, 0, 0, msk)
	m := s.NewInteraction(data.TypeMeeting, data.DirNone)
	m.Responsible, m.Topic, m.Description = e.ID, "Переговоры, этап 2", "Обсудить; цены\nи сроки"
	m.Date, m.Meeting.Start, m.Meeting.End, m.Meeting.Place = start, start, start.Add(90*time.Minute), "Офис, ком. 5"
	m.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPerson, ID: pe.ID}}, {Ref: data.Ref{Kind: data.RefPartner, ID: p.ID}}}
	at := s.NewInteraction(data.TypePlanned, data.DirNone)
	at.Responsible, at.Topic, at.Date, at.Planned.At = e.ID, "Позвонить", start.AddDate(0, 0, 1), start.AddDate(0, 0, 1)
	day := s.NewInteraction(data.TypePlanned, data.DirNone)
	day.Responsible, day.Topic, day.Date = e.ID, "Когда-нибудь", start.AddDate(0, 0, 2)
	call := s.NewInteraction(data.TypeCall, data.DirOutgoing)
	call.Responsible, call.Topic, call.Date = e.ID, "Звонок", start
	for _, it := range []*data.Interaction{m, at, day, call} {
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
	}
	cat := &ical.Catalog{Partners: []data.Partner{*p}, Persons: []data.Person{*pe}}
	var buf bytes.Buffer
	n, err := ical.Export(&buf, s, data.Filter{}, cat)
	if err != nil || n != 3 {
		t.Fatalf("Export = %d, %v; want 3 events", n, err)
	}
	cal, err := goical.NewDecoder(bytes.NewReader(buf.Bytes())).Decode()
	if err != nil {
		t.Fatalf("the file does not decode: %v\n%s", err, buf.String())
	}
	evs := cal.Events()
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3", len(evs))
	}
	ev := evs[0]
	if uid, _ := ev.Props.Text(goical.PropUID); uid != ical.UID(m.ID) {
		t.Errorf("UID = %q, want %q", uid, ical.UID(m.ID))
	}
	if got, err := ev.DateTimeStart(time.UTC); err != nil || !got.Equal(start) {
		t.Errorf("DTSTART = %v, %v; want %v", got, err, start)
	}
	if got, err := ev.DateTimeEnd(time.UTC); err != nil || !got.Equal(start.Add(90*time.Minute)) {
		t.Errorf("DTEND = %v, %v", got, err)
	}
	for prop, want := range map[string]string{goical.PropSummary: m.Topic, goical.PropDescription: m.Description, goical.PropLocation: m.Meeting.Place} {
		if got, _ := ev.Props.Text(prop); got != want {
			t.Errorf("%s = %q, want %q", prop, got, want)
		}
	}
	att := ev.Props.Values(goical.PropAttendee)
	if len(att) != 1 || att[0].Value != "mailto:petr@romashka.ru" || att[0].Params.Get(goical.ParamCommonName) != "Семёнов Пётр" {
		t.Errorf("ATTENDEE = %+v, want Семёнов Пётр's address only (the partner has none)", att)
	}
	if _, err := ev.Props.DateTime(goical.PropDateTimeStamp, time.UTC); err != nil {
		t.Errorf("DTSTAMP: %v", err)
	}
	if got, _ := evs[1].DateTimeStart(time.UTC); !got.Equal(at.Planned.At) {
		t.Errorf("the planned interaction starts %v, want %v", got, at.Planned.At)
	}
	if p := evs[2].Props.Get(goical.PropDateTimeStart); p == nil || p.ValueType() != goical.ValueDate {
		t.Errorf("a planned interaction without a time is not an all-day event: %+v", p)
	}
	if _, err := ical.Export(&buf, s, data.Filter{Kinds: []data.Kind{data.KindCallOut}}, cat); !errors.Is(err, ical.ErrNothing) {
		t.Errorf("Export(calls only) err = %v, want ErrNothing", err)
	}
	if strings.Contains(buf.String(), "Звонок") {
		t.Errorf("a call was exported")
	}
}
