package workplace

import (
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
	"testing"

	"interactions/data"
)

// TestInteractionsView_SwitchedOffTypesHide checks SPEC 4: an option that
// is off hides the interactions of its types, from the list and from the
// navigation panel's counts; on again, they are back.
func TestInteractionsView_SwitchedOffTypesHide(t *testing.T) {
	st := uitest.FixtureStore(t)
	v, _ := showInteractions(t, st)
	all, err := st.Count(data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sms, err := st.Count(data.Filter{Kinds: []data.Kind{data.KindSMS}})
	if err != nil || sms == 0 {
		t.Fatalf("the fixture has %d SMS messages (%v), want some", sms, err)
	}
	if n, _ := v.model.Total(); n != all {
		t.Fatalf("the list shows %d interactions, want %d", n, all)
	}

	set := func(on bool) {
		s := st.Settings()
		s.Options.UseSMS = on
		if err := st.SaveSettings(s); err != nil {
			t.Fatal(err)
		}
		v.sess.Notify(session.Settings)
		uitest.Pump(t, "the list to settle", v.model.Settled)
	}
	set(false)
	if n, _ := v.model.Total(); n != all-sms {
		t.Errorf("with SMS off the list shows %d interactions, want %d", n, all-sms)
	}
	if !v.nav.SetMode(data.GroupBy{Kind: data.GroupResponsible}) {
		t.Fatal("no such navigation mode")
	}
	uitest.Pump(t, "the navigation panel", v.nav.Settled)
	v.nav.Refresh()
	uitest.Pump(t, "the navigation panel", v.nav.Settled)
	panel := 0
	for _, g := range v.nav.Groups() {
		panel += g.Count
	}
	if panel != all-sms {
		t.Errorf("with SMS off the panel's responsible counts add up to %d, want %d", panel, all-sms)
	}
	set(true)
	if n, _ := v.model.Total(); n != all {
		t.Errorf("with SMS on again the list shows %d interactions, want %d", n, all)
	}
}
