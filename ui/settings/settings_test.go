package settings

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// told records what the session told a screen.
type told []session.Change

func (t *told) Changed(c session.Change) { *t = append(*t, c) }

func showSettings(t *testing.T, st *data.Store) (*View, *session.Session, *told, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	sess := session.New(st)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	v := New(st, sess, w)
	sess.Listen(v)
	rec := &told{}
	sess.Listen(rec)
	w.SetContent(v.Content())
	w.Resize(fyne.NewSize(900, 700))
	uitest.Pump(t, "the employees", func() bool { return !v.Busy() })
	return v, sess, rec, w
}

func TestSettings_TogglesSaveAndTellEveryScreen(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, sess, rec, _ := showSettings(t, st)
	for _, o := range data.AllOptions {
		if v.Toggle(o).Checked != st.Settings().Options.On(o) {
			t.Errorf("toggle %s shows %v, stored %v", o.Name(), v.Toggle(o).Checked, st.Settings().Options.On(o))
		}
	}
	test.Tap(v.Toggle(data.OptionSMS)) // the fixture has SMS on: off
	uitest.Pump(t, "the save", func() bool { return !v.Busy() })
	if st.Settings().Options.UseSMS || sess.Options().UseSMS {
		t.Fatal("SMS still on after its toggle was switched off")
	}
	if len(*rec) != 1 || !(*rec)[0].Has(session.Settings) {
		t.Fatalf("the screens were told %v, want one change of settings", *rec)
	}
	test.Tap(v.Toggle(data.OptionSMS))
	uitest.Pump(t, "the save", func() bool { return !v.Busy() })
	if !st.Settings().Options.UseSMS {
		t.Fatal("SMS off after its toggle was switched on again")
	}
}

func TestSettings_ParametersSaveAndBadOnesRevert(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, _, _, w := showSettings(t, st)
	p := v.params
	emps, _ := st.Employees()
	p.CurrentUser.SetSelected(emps[1].Name)
	uitest.Pump(t, "the save", func() bool { return !v.Busy() })
	p.MeetingLength.SetSelected("30 minutes")
	uitest.Pump(t, "the save", func() bool { return !v.Busy() })
	p.FirstWeekday.SetSelected("Sunday")
	uitest.Pump(t, "the save", func() bool { return !v.Busy() })
	s := st.Settings()
	if s.CurrentUser != emps[1].ID || s.MeetingLength != 30*time.Minute || s.FirstWeekday != time.Sunday {
		t.Fatalf("saved %+v", s)
	}

	// A working day that ends before it starts is refused and shown.
	p.WorkdayStart.SetSelected("20")
	uitest.Pump(t, "the save", func() bool { return !v.Busy() })
	if st.Settings().WorkdayStart != s.WorkdayStart {
		t.Fatal("a working day ending before its start was saved")
	}
	if p.WorkdayStart.Selected != "9" {
		t.Errorf("the refused start stays selected: %q", p.WorkdayStart.Selected)
	}
	if !v.status.Visible() || v.status.Text == "" {
		t.Error("no message says why the change was refused")
	}
	v.Reveal(data.OptionContactRoles)
	if w.Canvas().Focused() != v.Toggle(data.OptionContactRoles) {
		t.Error("Reveal does not focus the option's toggle")
	}
}

func TestSettings_Russian(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	_, _, _, w := showSettings(t, uitest.FixtureStore(t))
	texts := uitest.VisibleTexts(w.Content())
	for _, want := range []string{"Органайзер", "Настройки CRM", "Роли контактных лиц", "Использовать SMS"} {
		found := false
		for _, s := range texts {
			if s == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q is not shown: %q", want, texts)
		}
	}
}
