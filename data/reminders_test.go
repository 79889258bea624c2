package data_test

import (
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
)

func TestReminders_DueDismissSnoozeAndRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "reminders.db")
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	st.Now = func() time.Time { return now }
	anna := &data.Employee{Name: "Петрова Анна"}
	if err := st.SaveEmployee(anna); err != nil {
		t.Fatal(err)
	}
	set := st.Settings()
	set.Options.UseSMS = false
	set.Reminders, set.ReminderLead = true, 15*time.Minute
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	save := func(ty data.InteractionType, dir data.Direction, topic string, edit func(*data.Interaction)) data.ID {
		t.Helper()
		it := st.NewInteraction(ty, dir)
		it.Date, it.Responsible, it.Topic, it.Reviewed = now.Add(-24*time.Hour), anna.ID, topic, false
		if ty == data.TypeSMS {
			it.SMS.Text = "x"
			it.SMS.Recipients = []data.SMSRecipient{{Number: "+7 916 123-45-67"}}
		}
		edit(it)
		if err := st.SaveInteraction(it); err != nil {
			t.Fatalf("%s: %v", topic, err)
		}
		return it.ID
	}
	due := save(data.TypeCall, data.DirIncoming, "due call", func(it *data.Interaction) { it.ReviewAfter = now.Add(-time.Hour) })
	save(data.TypeCall, data.DirIncoming, "later call", func(it *data.Interaction) { it.ReviewAfter = now.Add(time.Hour) })
	save(data.TypeSMS, data.DirIncoming, "sms switched off", func(it *data.Interaction) { it.ReviewAfter = now.Add(-2 * time.Hour) })
	meeting := func(topic string, start time.Time) data.ID {
		return save(data.TypeMeeting, data.DirNone, topic, func(it *data.Interaction) {
			it.Date, it.Reviewed = start, true
			it.Meeting.Start, it.Meeting.End = start, start.Add(time.Hour)
		})
	}
	soon := meeting("soon", now.Add(10*time.Minute))
	meeting("in an hour", now.Add(time.Hour))
	meeting("two days ago", now.Add(-48*time.Hour))

	got := func(at time.Time) []string {
		t.Helper()
		rs, err := st.DueReminders(at)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rs {
			out = append(out, r.Topic)
		}
		return out
	}
	if rs := got(now); len(rs) != 2 || rs[0] != "soon" || rs[1] != "due call" {
		t.Fatalf("due at now: %q, want the meeting soon and the due call", rs)
	}
	rs, _ := st.DueReminders(now)
	if rs[0].Interaction != soon || rs[1].Interaction != due || rs[1].Kind != data.ReminderReview || rs[0].Kind != data.ReminderMeeting {
		t.Fatalf("reminders %+v", rs)
	}
	if err := st.DismissReminder(rs[1]); err != nil {
		t.Fatal(err)
	}
	if err := st.SnoozeReminder(rs[0], now.Add(5*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if rs := got(now); len(rs) != 0 {
		t.Fatalf("due after dismiss and snooze: %q", rs)
	}
	if rs := got(now.Add(6 * time.Minute)); len(rs) != 1 || rs[0] != "soon" {
		t.Fatalf("due after the snooze: %q", rs)
	}

	// The states survive a restart; the dismissed one never comes back.
	st.Close()
	st, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if rs := got(now.Add(6 * time.Minute)); len(rs) != 1 || rs[0] != "soon" {
		t.Fatalf("due after a restart: %q", rs)
	}
	set = st.Settings()
	set.Options.UseReview = false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	set.Options.UseOtherInteractions = false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	if rs := got(now.Add(6 * time.Minute)); len(rs) != 0 {
		t.Fatalf("due with review and meetings off: %q", rs)
	}
	set.Options.UseOtherInteractions, set.Reminders = true, false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	if rs := got(now.Add(6 * time.Minute)); len(rs) != 0 {
		t.Fatalf("due with reminders off: %q", rs)
	}
}
