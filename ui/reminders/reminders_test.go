package reminders

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// clockFixture is a store with a call whose review-after time is an hour
// ago and a meeting in ten minutes, a clock the test moves, and the
// reminders' ticker fired by hand.
type clockFixture struct {
	st    *data.Store
	now   time.Time
	sent  []*fyne.Notification
	ticks []func()
}

func newClockFixture(t *testing.T) *clockFixture {
	t.Helper()
	f := &clockFixture{st: uitest.OpenStore(t), now: uitest.Now}
	emp := &data.Employee{Name: "Петрова Анна"}
	if err := f.st.SaveEmployee(emp); err != nil {
		t.Fatal(err)
	}
	call := f.st.NewInteraction(data.TypeCall, data.DirIncoming)
	call.Date, call.Responsible, call.Topic, call.Reviewed = f.now.Add(-2*time.Hour), emp.ID, "Перезвонить клиенту", false
	call.ReviewAfter = f.now.Add(-time.Hour)
	if err := f.st.SaveInteraction(call); err != nil {
		t.Fatal(err)
	}
	m := f.st.NewInteraction(data.TypeMeeting, data.DirNone)
	start := f.now.Add(10 * time.Minute)
	m.Date, m.Responsible, m.Topic, m.Reviewed = start, emp.ID, "Встреча с поставщиком", true
	m.Meeting.Start, m.Meeting.End = start, start.Add(time.Hour)
	if err := f.st.SaveInteraction(m); err != nil {
		t.Fatal(err)
	}
	return f
}

// service starts reminders on the fixture's store, clock and ticker.
func (f *clockFixture) service(t *testing.T) *Service {
	s := New(f.st, func(n *fyne.Notification) { f.sent = append(f.sent, n) }, func() time.Time { return f.now })
	s.every = func(d time.Duration, tick func()) func() {
		f.ticks = append(f.ticks, tick)
		return func() {}
	}
	s.Start()
	t.Cleanup(s.Close)
	uitest.Pump(t, "the reminders", func() bool { return !s.Busy() })
	return s
}

func TestReminders_NotifyOnceDismissSnoozeRestart(t *testing.T) {
	f := newClockFixture(t)
	s := f.service(t)
	if len(s.Due()) != 2 || len(f.sent) != 1 {
		t.Fatalf("at start: %d due, %d notifications; want 2 and 1", len(s.Due()), len(f.sent))
	}
	if !strings.Contains(f.sent[0].Content, "Встреча с поставщиком") || !strings.Contains(f.sent[0].Content, "1 more") {
		t.Errorf("notification %q / %q", f.sent[0].Title, f.sent[0].Content)
	}
	f.ticks[0]() // a poll a while later: nothing new, nothing sent again
	uitest.Pump(t, "the poll", func() bool { return !s.Busy() })
	if len(f.sent) != 1 {
		t.Fatalf("%d notifications after a second poll, want still 1", len(f.sent))
	}

	meeting, call := s.Due()[0], s.Due()[1]
	s.Dismiss(call)
	s.Snooze(meeting, f.now.Add(15*time.Minute))
	uitest.Pump(t, "the actions", func() bool { return !s.Busy() })
	if len(s.Due()) != 0 {
		t.Fatalf("due after dismiss and snooze: %+v", s.Due())
	}
	f.now = f.now.Add(16 * time.Minute)
	f.ticks[0]()
	uitest.Pump(t, "the poll", func() bool { return !s.Busy() })
	if len(s.Due()) != 1 || s.Due()[0].Key() != meeting.Key() || len(f.sent) != 2 {
		t.Fatalf("after the snooze: due %+v, %d notifications; want the meeting again and a second one", s.Due(), len(f.sent))
	}

	// A restart: the dismissed call stays away, the meeting is due.
	s.Close()
	f.sent = nil
	s2 := f.service(t)
	if len(s2.Due()) != 1 || s2.Due()[0].Interaction != meeting.Interaction || len(f.sent) != 1 {
		t.Fatalf("after a restart: due %+v, %d notifications", s2.Due(), len(f.sent))
	}
}

func TestPanel_ButtonAndDismiss(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	f := newClockFixture(t)
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	s := f.service(t)
	p := NewPanel(s, w, func() int { return 9 })
	w.SetContent(p.Button)
	w.Resize(fyne.NewSize(800, 600))
	if p.Button.Text != "Напоминания: 2" {
		t.Errorf("button %q", p.Button.Text)
	}
	p.Open()
	texts := uitest.VisibleTexts(w.Canvas().Overlays().Top())
	found := false
	for _, s := range texts {
		if strings.HasPrefix(s, "Встреча в ") {
			found = true
		}
	}
	if !found {
		t.Errorf("the list does not show the meeting: %q", texts)
	}
	var opened []data.ID
	p.OnOpen = func(id data.ID) { opened = append(opened, id) }
	p.List.Refresh()
	var open *widget.Button
	uitest.Walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if b, ok := o.(*widget.Button); ok && b.Text == "" && open == nil {
			open = b
		}
		return true
	})
	if open == nil {
		t.Fatal("no Open button in the reminders' list")
	}
	test.Tap(open)
	if len(opened) != 1 || opened[0] != s.Due()[0].Interaction {
		t.Errorf("Open opened %v, want the first reminder's interaction", opened)
	}
	test.Tap(uitest.FindButton(t, w.Canvas().Overlays().Top(), "Отклонить"))
	uitest.Pump(t, "the dismissal", func() bool { return !s.Busy() })
	if len(s.Due()) != 1 || p.Button.Text != "Напоминания: 1" {
		t.Errorf("after a dismissal: %d due, button %q", len(s.Due()), p.Button.Text)
	}
}
