package calendar_test

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/calendar"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
)

// newView opens the calendar on the fixture store (March 2026) in a window.
func newView(t *testing.T) (*calendar.View, *data.Store, fyne.Window) {
	v, st, win, _ := newViewSession(t)
	return v, st, win
}

func newViewSession(t *testing.T) (*calendar.View, *data.Store, fyne.Window, *session.Session) {
	t.Helper()
	test.NewTempApp(t)
	st := uitest.FixtureStore(t)
	sess := session.New(st)
	win := test.NewTempWindow(t, nil)
	v := calendar.New(st, sess, win)
	sess.Listen(v)
	win.SetContent(v.Content())
	win.Resize(fyne.NewSize(1200, 800))
	settle(t, v)
	return v, st, win, sess
}

func settle(t *testing.T, v *calendar.View) {
	t.Helper()
	uitest.Pump(t, "the calendar", func() bool { return !v.Busy() })
}

func TestView_MonthShowsHowBusyEachDayIs(t *testing.T) {
	v, _, _ := newView(t)
	if v.Mode() != calendar.ModeMonth || v.Title.Text != "March 2026" {
		t.Fatalf("the calendar opens on %v %q, want the month March 2026", v.Mode(), v.Title.Text)
	}
	counts := map[int]int{}
	for _, c := range v.Month.Cells {
		if c.Day.Month() == time.March && c.Count.Text != "" {
			counts[c.Day.Day()] = 1
		}
	}
	var busy []int
	for _, d := range v.Days {
		if d.Count > 0 && d.Day.Month() == time.March {
			busy = append(busy, d.Day.Day())
		}
	}
	// The fixture: the meeting and an unreviewed call on 9 March, the
	// planned interaction on the 12th, the e-mail to review after 9:00 on
	// the 11th.
	if want := []int{9, 11, 12}; !slices.Equal(busy, want) {
		t.Errorf("busy days = %v, want %v", busy, want)
	}
	cell := v.Month.Cells[slices.IndexFunc(v.Month.Cells[:], func(c *calendar.DayCell) bool { return c.Day.Equal(day(9)) })]
	if cell.Count.Text != "2" || cell.Busy != 1 {
		t.Errorf("9 March: %q, busy %v; want 2, the busiest", cell.Count.Text, cell.Busy)
	}
	if !uitest.Shown(uitest.VisibleTexts(v.Content()), "10:00 Встреча по проекту поставки") {
		t.Error("the meeting is not listed on its day")
	}
}

func day9(v *calendar.View) int {
	return slices.IndexFunc(v.Days, func(d data.CalendarDay) bool { return d.Day.Equal(day(9)) })
}

func day(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.Local) }

func TestView_WeekLaysMeetingsOutByHour(t *testing.T) {
	v, _, _ := newView(t)
	test.Tap(v.Picker.Days[slices.IndexFunc(v.Picker.Days[:], func(b *widget.Button) bool { return b.Text == "9" })])
	settle(t, v)
	if v.Mode() != calendar.ModeDay || !v.Day().Equal(day(9)) {
		t.Fatalf("tapping 9 in the picker shows %v %v", v.Mode(), v.Day())
	}
	v.Modes.SetSelected("Week")
	settle(t, v)
	if v.Title.Text != "9 – 15 March 2026" {
		t.Errorf("week title = %q", v.Title.Text)
	}
	if want := []string{"9:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"}; !slices.Equal(v.Hours.Rows, want) {
		t.Errorf("week rows = %v, want the working hours %v", v.Hours.Rows, want)
	}
	var titles []string
	for _, e := range v.Events {
		titles = append(titles, e.Start.Format("02 15:04 ")+e.Title)
	}
	want := []string{"09 10:00 Встреча по проекту поставки", "09 15:30 Уточнение сроков отгрузки", "11 09:00 Вопрос по счету", "12 14:00 Подготовить договор"}
	if !slices.Equal(titles, want) {
		t.Errorf("week events = %q, want %q", titles, want)
	}
}

func TestView_FiltersAndOptions(t *testing.T) {
	v, st, _, sess := newViewSession(t)
	v.OnlyUnreviewed.SetChecked(true)
	settle(t, v)
	var busy []int
	for _, d := range v.Days {
		if d.Count > 0 {
			busy = append(busy, d.Day.Day())
		}
	}
	if want := []int{9, 11, 12}; !slices.Equal(busy, want) || v.Days[day9(v)].Count != 1 {
		t.Errorf("only unprocessed: busy days %v, want %v, 9 March with the call alone", busy, want)
	}
	set := st.Settings()
	set.Options.UseSubjects = true
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	sess.Notify(session.Settings)
	settle(t, v)
	if len(v.Kinds.Options) != 7 {
		t.Errorf("with subjects on the kinds are %q", v.Kinds.Options)
	}
}

func TestView_MoveMeeting(t *testing.T) {
	v, st, win := newView(t)
	v.ShowDay(day(9), calendar.ModeDay)
	settle(t, v)
	if len(v.Events) != 2 {
		t.Fatalf("9 March holds %d events, want the meeting and the call", len(v.Events))
	}
	var chip *calendar.Chip
	uitest.Walk(v.Content(), func(o fyne.CanvasObject) bool {
		if c, ok := o.(*calendar.Chip); ok && chip == nil && c.Event.Kind == data.EventMeeting {
			chip = c
		}
		return chip == nil
	})
	if chip == nil {
		t.Fatal("no event is drawn on 9 March")
	}
	test.Tap(chip)
	if v.Opened == nil || v.Opened.Title != "Встреча по проекту поставки" {
		t.Fatalf("tapping the meeting opened %+v", v.Opened)
	}
	test.Tap(uitest.FindButton(t, win.Canvas().Overlays().Top(), "Move to…"))
	if v.MoveEntry == nil {
		t.Fatal("no Move to dialog")
	}
	v.MoveEntry.SetText("31.02.2026 10:00")
	test.Tap(uitest.FindButton(t, win.Canvas().Overlays().Top(), "Move"))
	if v.MoveEntry == nil {
		t.Fatal("a wrong date closed the dialog")
	}
	v.MoveEntry.SetText("2026-03-13 15:30")
	test.Tap(uitest.FindButton(t, win.Canvas().Overlays().Top(), "Move"))
	settle(t, v)
	if v.MoveEntry != nil {
		t.Fatal("the dialog stayed open after a good date")
	}
	it, err := st.Interaction(v.Opened.Interaction)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 3, 13, 15, 30, 0, 0, time.Local)
	if !it.Meeting.Start.Equal(at) || !it.Date.Equal(at) || it.Meeting.End.Sub(it.Meeting.Start) != 90*time.Minute {
		t.Errorf("moved meeting: date %v, %v–%v", it.Date, it.Meeting.Start, it.Meeting.End)
	}
	if !v.Day().Equal(day(13)) || len(v.Events) != 1 || v.Events[0].Title != "Встреча по проекту поставки" {
		t.Errorf("after the move the calendar shows %v with %d events", v.Day(), len(v.Events))
	}
	if problems, err := st.Check(); err != nil || len(problems) > 0 {
		t.Errorf("Check after the move = %v, %v", problems, err)
	}
}

func TestView_DragMeetingToAnotherHour(t *testing.T) {
	v, st, win := newView(t)
	v.ShowDay(day(9), calendar.ModeWeek)
	settle(t, v)
	var chip *calendar.Chip
	uitest.Walk(win.Content(), func(o fyne.CanvasObject) bool {
		if c, ok := o.(*calendar.Chip); ok && chip == nil && c.Event.Kind == data.EventMeeting {
			chip = c
		}
		return chip == nil
	})
	if chip == nil {
		t.Fatal("the week shows no meeting")
	}
	var target calendar.Slot
	for _, s := range v.Hours.Slots {
		if s.Day.Equal(day(11)) && s.Hour == 14 {
			target = s
		}
	}
	if target.Box == nil {
		t.Fatal("no slot for 11 March, 14:00")
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(target.Box).Add(fyne.NewPos(5, 5))
	chip.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{AbsolutePosition: at}})
	chip.DragEnd()
	settle(t, v)
	it, err := st.Interaction(chip.Event.Interaction)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 3, 11, 14, 0, 0, 0, time.Local); !it.Meeting.Start.Equal(want) || !it.Date.Equal(want) {
		t.Errorf("dropped on 11 March 14:00, the meeting starts %v (dated %v)", it.Meeting.Start, it.Date)
	}
}
