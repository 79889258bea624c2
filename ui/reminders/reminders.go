// Package reminders reminds the user, while the program runs, of the
// review-after times that came and of meetings about to start: a desktop
// notification once per reminder, and a list where each can be snoozed
// (by the review-after presets) or dismissed. Those that came while the
// program was closed show at its start. Nothing is read by a scan: the
// store answers from its review-after index and the day's meetings.
package reminders

import (
	"context"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/session"
)

// Store is what the reminders read and write of the database.
type Store interface {
	DueReminders(now time.Time) ([]data.Reminder, error)
	DismissReminder(r data.Reminder) error
	SnoozeReminder(r data.Reminder, until time.Time) error
}

// pollEvery is how often the reminders look for new due ones.
const pollEvery = 30 * time.Second

// Service keeps the due reminders and notifies of new ones.
type Service struct {
	store  Store
	notify func(*fyne.Notification)
	now    func() time.Time
	every  func(d time.Duration, tick func()) (stop func())

	due      []data.Reminder
	notified map[string]bool // reminders notified in this run
	stop     func()
	tasks    background.Tasks
	gen      int // bumped by each poll and action: older answers are dropped

	// OnChanged is called on the UI goroutine after the due reminders changed.
	OnChanged func()
}

// New returns the reminders of st; notify sends a desktop notification
// (fyne.App.SendNotification), now is the clock.
func New(st Store, notify func(*fyne.Notification), now func() time.Time) *Service {
	return &Service{store: st, notify: notify, now: now, notified: map[string]bool{},
		every: func(d time.Duration, tick func()) func() {
			t := time.NewTicker(d)
			done := make(chan struct{})
			go func() {
				for {
					select {
					case <-t.C:
						background.Do(tick)
					case <-done:
						return
					}
				}
			}()
			return func() { t.Stop(); close(done) }
		}}
}

// Start reads the due reminders now and then every pollEvery.
func (s *Service) Start() {
	s.Poll()
	s.stop = s.every(pollEvery, s.Poll)
}

// Close stops the polling.
func (s *Service) Close() {
	if s.stop != nil {
		s.stop()
		s.stop = nil
	}
}

// Changed polls again after interactions or settings changed.
func (s *Service) Changed(c session.Change) {
	if c.Has(session.Interactions | session.Settings) {
		s.Poll()
	}
}

// Busy reports whether a read or write has not reported back yet.
func (s *Service) Busy() bool { return s.tasks.Busy() }

// Due returns the due reminders, the latest first.
func (s *Service) Due() []data.Reminder { return s.due }

// Poll reads the due reminders in the background and notifies of those
// not notified yet in this run.
func (s *Service) Poll() {
	s.gen++
	gen, now := s.gen, s.now()
	background.Read(&s.tasks, context.Background(), func() ([]data.Reminder, error) {
		return s.store.DueReminders(now)
	}, func(due []data.Reminder, err error) {
		if gen != s.gen {
			return
		}
		if err != nil {
			fyne.LogError("Could not read the reminders", err)
			return
		}
		s.due = due
		fresh := 0
		var first data.Reminder
		for _, r := range due {
			if !s.notified[r.Key()] {
				s.notified[r.Key()] = true
				if fresh == 0 {
					first = r
				}
				fresh++
			}
		}
		if fresh > 0 && s.notify != nil {
			s.notify(notification(first, fresh))
		}
		if s.OnChanged != nil {
			s.OnChanged()
		}
	})
}

// Dismiss stops reminder r for good.
func (s *Service) Dismiss(r data.Reminder) {
	s.act(r, func() error { return s.store.DismissReminder(r) })
}

// Snooze puts reminder r off until until; it is notified again then.
func (s *Service) Snooze(r data.Reminder, until time.Time) {
	delete(s.notified, r.Key())
	s.act(r, func() error { return s.store.SnoozeReminder(r, until) })
}

// act takes r out of the due list at once, writes in the background and
// reads the due reminders again.
func (s *Service) act(r data.Reminder, write func() error) {
	out := s.due[:0:0]
	for _, d := range s.due {
		if d.Key() != r.Key() {
			out = append(out, d)
		}
	}
	s.due = out
	if s.OnChanged != nil {
		s.OnChanged()
	}
	s.gen++
	background.Read(&s.tasks, context.Background(), func() (struct{}, error) { return struct{}{}, write() },
		func(_ struct{}, err error) {
			if err != nil {
				fyne.LogError("Could not save a reminder", err)
			}
			s.Poll()
		})
}

// notification is the desktop notification of fresh reminders: the
// first one's text, and how many more came with it.
func notification(r data.Reminder, n int) *fyne.Notification {
	title := Title(r)
	content := r.Topic
	if n > 1 {
		content = lang.X("reminders.more", "{{.Topic}} and {{.More}} more", map[string]any{"Topic": r.Topic, "More": n - 1})
	}
	return fyne.NewNotification(title, content)
}

// Title says what a reminder is of, in the interface language.
func Title(r data.Reminder) string {
	if r.Kind == data.ReminderMeeting {
		return lang.X("reminders.meeting", "Meeting at {{.Time}}", map[string]any{"Time": format.DateTime(r.At)})
	}
	return lang.X("reminders.review", "Review: {{.Type}}, after {{.Time}}", map[string]any{"Type": format.TypeTitle(r.Type), "Time": format.DateTime(r.At)})
}
