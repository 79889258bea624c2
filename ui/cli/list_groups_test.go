package cli_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// Group keys that print alike get their KIND:ID, in CSV and in the
// table: two events of one name, a deal named as a chain's group prints
// ("chain: <topic>") and that chain; a name that prints differently
// (another case) does not.
func TestListGroups_SameNamesGetTheirRefs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "names.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 2, 10, 0, 0, 0, time.Local)
	s.Now = func() time.Time { return now }
	set := s.Settings()
	set.Options.UseSubjects = true
	if err := s.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	e := &data.Employee{Name: "Иванов Иван"}
	p := &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient}
	for _, err := range []error{s.SaveEmployee(e), s.SavePartner(p)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	ev1 := &data.Event{Name: "Выставка", Start: now, End: now.Add(time.Hour), State: data.StatePlanned}
	ev2 := &data.Event{Name: "Выставка", Start: now, End: now.Add(time.Hour), State: data.StatePlanned}
	ev3 := &data.Event{Name: "выставка", Start: now, End: now.Add(time.Hour), State: data.StatePlanned}
	deal := &data.Deal{Partner: p.ID, Name: "chain: Первая встреча"}
	for _, err := range []error{s.SaveEvent(ev1), s.SaveEvent(ev2), s.SaveEvent(ev3), s.SaveDeal(deal)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	save := func(topic string, subject data.Ref) *data.Interaction {
		t.Helper()
		now = now.Add(time.Minute)
		it := s.NewInteraction(data.TypeMeeting, data.DirNone)
		it.Responsible, it.Topic, it.Subject = e.ID, topic, subject
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
		return it
	}
	root := save("Первая встреча", data.Ref{})
	save("Вторая", data.Ref{Kind: data.RefInteraction, ID: root.ID})
	save("о выставке", data.Ref{Kind: data.RefEvent, ID: ev1.ID})
	save("о выставке", data.Ref{Kind: data.RefEvent, ID: ev2.ID})
	save("о выставке", data.Ref{Kind: data.RefEvent, ID: ev3.ID})
	save("о сделке", data.Ref{Kind: data.RefDeal, ID: deal.ID})
	s.Close()

	var keys []string
	for _, g := range listCSV(t, path, "--group", "subject", "--status", "to-review") {
		keys = append(keys, g[0])
	}
	slices.Sort(keys)
	want := []string{
		"chain: Первая встреча [deal:1]",
		"chain: Первая встреча [interaction:1]",
		"Выставка [event:1]",
		"Выставка [event:2]",
		"выставка",
	}
	slices.Sort(want)
	if !slices.Equal(keys, want) {
		t.Errorf("group keys %q, want %q", keys, want)
	}
	code, out, _ := run(path, "list", "--group", "subject")
	for _, k := range want {
		if code != 0 || !contains(out, k) {
			t.Errorf("the table lacks %q:\n%s", k, out)
		}
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
