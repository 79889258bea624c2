package data_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// calendarFixture is the crud fixture with a week of events in March 2026.
func calendarFixture(t *testing.T) (*crudFixture, map[string]*data.Interaction) {
	t.Helper()
	f := newCrudFixture(t)
	set := f.s.Settings()
	set.Options.UseSubjects = true
	if err := f.s.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	at := func(day, hour, minute int) time.Time { return time.Date(2026, 3, day, hour, minute, 0, 0, time.Local) }
	its := map[string]*data.Interaction{}
	add := func(name string, typ data.InteractionType, dir data.Direction, date time.Time, edit func(*data.Interaction)) {
		it := f.base(typ, dir)
		it.Date, it.Topic = date, name
		if it.Meeting != nil {
			it.Meeting.Start, it.Meeting.End = date, date.Add(90*time.Minute)
		}
		it.Reviewed = true
		if edit != nil {
			edit(it)
		}
		if err := f.s.SaveInteraction(it); err != nil {
			t.Fatalf("save %s: %v", name, err)
		}
		its[name] = it
	}
	add("встреча", data.TypeMeeting, data.DirNone, at(10, 10, 0), nil)
	add("встреча Олега", data.TypeMeeting, data.DirNone, at(11, 15, 0), func(it *data.Interaction) { it.Responsible = f.emp2.ID })
	add("план", data.TypePlanned, data.DirNone, at(12, 9, 0), func(it *data.Interaction) {
		it.Planned.At, it.Reviewed = at(12, 16, 30), false
	})
	add("звонок разобран", data.TypeCall, data.DirIncoming, at(10, 11, 0), nil)
	add("звонок", data.TypeCall, data.DirIncoming, at(10, 12, 0), func(it *data.Interaction) { it.Reviewed = false })
	add("письмо отложено", data.TypeEmail, data.DirIncoming, at(2, 8, 0), func(it *data.Interaction) {
		it.Reviewed, it.ReviewAfter = false, at(13, 9, 0)
	})
	add("письмо в другом месяце", data.TypeEmail, data.DirIncoming, at(11, 8, 0), func(it *data.Interaction) {
		it.Reviewed, it.ReviewAfter = false, at(20, 9, 0)
	})
	add("удалена", data.TypeMeeting, data.DirNone, at(10, 17, 0), nil)
	if err := f.s.MarkDeleted([]data.ID{its["удалена"].ID}, true); err != nil {
		t.Fatal(err)
	}
	f.order.PaymentDue, f.order.Shipment, f.order.Paid = at(12, 0, 0), at(16, 0, 0), true
	f.deal.CloseDate = at(13, 0, 0)
	f.event.Start, f.event.End = at(9, 10, 0), at(9, 18, 0)
	for _, err := range []error{f.s.SaveOrder(f.order), f.s.SaveDeal(f.deal), f.s.SaveEvent(f.event)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	return f, its
}

func describe(evs []data.CalendarEvent) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "%s %s %s", e.Start.Format("02 15:04"), e.Kind, e.Title)
		if !e.End.IsZero() {
			fmt.Fprintf(&b, "–%s", e.End.Format("15:04"))
		}
		if e.Unreviewed {
			b.WriteString(" !")
		}
		if e.Done {
			b.WriteString(" ✓")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestCalendarEvents_Week(t *testing.T) {
	f, _ := calendarFixture(t)
	week := data.CalendarQuery{From: time.Date(2026, 3, 9, 0, 0, 0, 0, time.Local), To: time.Date(2026, 3, 16, 0, 0, 0, 0, time.Local)}
	tests := []struct {
		name string
		q    func(q data.CalendarQuery) data.CalendarQuery
		want string
	}{
		{"everything", func(q data.CalendarQuery) data.CalendarQuery { return q }, `09 10:00 marketing Семинар–18:00
10 10:00 meeting встреча–11:30
10 12:00 unprocessed звонок !
11 15:00 meeting встреча Олега–16:30
12 00:00 payment ЗК-7 ✓
12 16:30 planned план !
13 00:00 deal Сделка
13 09:00 unprocessed письмо отложено !
`},
		{"only unreviewed", func(q data.CalendarQuery) data.CalendarQuery { q.OnlyUnreviewed = true; return q }, `10 12:00 unprocessed звонок !
12 16:30 planned план !
13 09:00 unprocessed письмо отложено !
`},
		{"responsible Олег", func(q data.CalendarQuery) data.CalendarQuery {
			q.Responsible = f.emp2.ID
			return q
		}, `09 10:00 marketing Семинар–18:00
11 15:00 meeting встреча Олега–16:30
`},
		{"meetings only", func(q data.CalendarQuery) data.CalendarQuery {
			q.Kinds = []data.EventKind{data.EventMeeting}
			return q
		}, `10 10:00 meeting встреча–11:30
11 15:00 meeting встреча Олега–16:30
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs, err := f.s.CalendarEvents(tt.q(week))
			if err != nil {
				t.Fatal(err)
			}
			if got := describe(evs); got != tt.want {
				t.Errorf("CalendarEvents =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestCalendarEvents_OptionsOffHideKinds(t *testing.T) {
	f, _ := calendarFixture(t)
	set := f.s.Settings()
	set.Options.UseSubjects, set.Options.UseReview = false, false
	if err := f.s.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	evs, err := f.s.CalendarEvents(data.CalendarQuery{From: time.Date(2026, 3, 9, 0, 0, 0, 0, time.Local), To: time.Date(2026, 3, 16, 0, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	want := "10 10:00 meeting встреча–11:30\n11 15:00 meeting встреча Олега–16:30\n12 16:30 planned план\n"
	if got := describe(evs); got != want {
		t.Errorf("with subjects and review off =\n%s\nwant\n%s", got, want)
	}
}

func TestCalendarDays_CountsAndPreview(t *testing.T) {
	f, _ := calendarFixture(t)
	days, err := f.s.CalendarDays(data.CalendarQuery{From: time.Date(2026, 3, 1, 0, 0, 0, 0, time.Local), To: time.Date(2026, 4, 1, 0, 0, 0, 0, time.Local)}, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(days) != 31 {
		t.Fatalf("%d days in March, want 31", len(days))
	}
	counts := map[int]int{}
	for _, d := range days {
		if d.Count > 0 {
			counts[d.Day.Day()] = d.Count
		}
		if len(d.First) > 1 {
			t.Errorf("day %d previews %d events, want at most 1", d.Day.Day(), len(d.First))
		}
	}
	want := map[int]int{9: 1, 10: 2, 11: 1, 12: 2, 13: 2, 16: 1, 20: 1}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("counts by day = %v, want %v", counts, want)
	}
	if d := days[9]; d.First[0].Title != "встреча" || d.Unreviewed != 1 || d.ByKind[data.EventUnprocessed] != 1 {
		t.Errorf("10 March = %+v, want the meeting first, one unreviewed call", d)
	}
}

func TestMoveEvent_MovesTheMeetingAndItsIndexes(t *testing.T) {
	f, its := calendarFixture(t)
	m := its["встреча"]
	to := time.Date(2026, 3, 12, 14, 0, 0, 0, time.Local)
	if err := f.s.MoveEvent(m.ID, to); err != nil {
		t.Fatal(err)
	}
	got, err := f.s.Interaction(m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Date.Equal(to) || !got.Meeting.Start.Equal(to) || !got.Meeting.End.Equal(to.Add(90*time.Minute)) {
		t.Errorf("moved meeting: date %v, %v–%v; want %v for 90 minutes", got.Date, got.Meeting.Start, got.Meeting.End, to)
	}
	evs, err := f.s.CalendarEvents(data.CalendarQuery{From: time.Date(2026, 3, 12, 0, 0, 0, 0, time.Local), To: time.Date(2026, 3, 13, 0, 0, 0, 0, time.Local),
		Kinds: []data.EventKind{data.EventMeeting}})
	if err != nil {
		t.Fatal(err)
	}
	if want := "12 14:00 meeting встреча–15:30\n"; describe(evs) != want {
		t.Errorf("12 March after the move =\n%s\nwant\n%s", describe(evs), want)
	}
	if problems, err := f.s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("Check after the move = %v, %v", problems, err)
	}
	err = f.s.MoveEvent(its["звонок"].ID, to)
	wantFieldErr(t, "moving a call", err, "type")
}

func TestActivity_FromCounters(t *testing.T) {
	f, its := calendarFixture(t)
	from, to := time.Date(2026, 3, 1, 0, 0, 0, 0, time.Local), time.Date(2026, 3, 12, 0, 0, 0, 0, time.Local)
	got, err := f.s.Activity(from, to, data.GroupDay, time.Monday)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, a := range got {
		who := "Иван"
		if a.Responsible == f.emp2.ID {
			who = "Олег"
		}
		fmt.Fprintf(&b, "%s %s %s %d/%d\n", a.Period.Format("02"), a.Type, who, a.Total, a.Unreviewed)
	}
	want := "02 email Иван 1/1\n10 meeting Иван 1/0\n10 call Иван 2/1\n11 meeting Олег 1/0\n11 email Иван 1/1\n"
	if b.String() != want {
		t.Errorf("Activity =\n%s\nwant\n%s", b.String(), want)
	}
	month, err := f.s.Activity(from, to, data.GroupMonth, time.Monday)
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	for _, a := range month {
		fmt.Fprintf(&b, "%s %s %d/%d\n", a.Period.Format("01-02"), a.Type, a.Total, a.Unreviewed)
	}
	// Ivan's two e-mails add up; the two employees' meetings stay apart.
	if want := "03-01 email 2/2\n03-01 meeting 1/0\n03-01 call 2/1\n03-01 meeting 1/0\n"; b.String() != want {
		t.Errorf("Activity by month =\n%s\nwant\n%s", b.String(), want)
	}
	// Moving the meeting moves its count; Check compares every counter.
	if err := f.s.MoveEvent(its["встреча"].ID, time.Date(2026, 3, 3, 9, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	if problems, err := f.s.Check(); err != nil || len(problems) > 0 {
		t.Errorf("Check = %v, %v", problems, err)
	}
}
