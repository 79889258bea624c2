package editor_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

func TestEditor_SubjectPickerSearchesChains(t *testing.T) {
	f := newFixture(t)
	e := f.open(t, f.SMS.ID) // a chain of its own
	test.Tap(e.Subject.Pick)
	p := e.Subject.Picker
	test.Type(p.Search, "встреча")
	uitest.Pump(t, "the search over the chains", func() bool { return !p.Busy() })
	var found []string
	pick := -1
	for i, c := range p.Shown() {
		found = append(found, c.Label)
		if c.Ref == (data.Ref{Kind: data.RefInteraction, ID: f.Meeting.ID}) {
			pick = i
		}
	}
	if pick < 0 {
		t.Fatalf("searching “встреча” offers %q, want the meeting's chain", found)
	}
	if !strings.Contains(found[pick], "Встреча по проекту") {
		t.Errorf("the chain's choice reads %q, want the meeting's topic", found[pick])
	}
	for _, l := range found {
		if strings.Contains(l, "Напоминание") {
			t.Errorf("the interaction edited offers its own chain: %q", l)
		}
	}
	p.List.Select(pick)
	if e.Subject.Value() != (data.Ref{Kind: data.RefInteraction, ID: f.Meeting.ID}) {
		t.Fatalf("choosing the chain set the subject %v", e.Subject.Value())
	}
	save(t, e)
	if e.Form.HasErrors() {
		t.Fatalf("the save showed errors: %q", e.Form.General.Text)
	}
	chain := data.Ref{Kind: data.RefInteraction, ID: f.Meeting.ID}
	if it, _ := f.St.Interaction(f.SMS.ID); it.Subject != chain {
		t.Errorf("the SMS has the subject %v, want the meeting's chain %v", it.Subject, chain)
	}
	if n, _ := f.St.ChainSize(chain); n != 4 {
		t.Errorf("the chain has %d interactions, want 4", n)
	}
	f.check(t)
}

func TestEditor_ChainChosenThroughAMemberMeansItsChain(t *testing.T) {
	f := newFixture(t)
	e := f.open(t, f.Planned.ID)
	test.Tap(e.Subject.Pick)
	p := e.Subject.Picker
	test.Type(p.Search, "уточнение")
	uitest.Pump(t, "the search over the chains", func() bool { return !p.Busy() })
	for i, c := range p.Shown() {
		if c.Ref.ID == f.Call.ID {
			p.List.Select(i)
		}
	}
	save(t, e)
	chain := data.Ref{Kind: data.RefInteraction, ID: f.Meeting.ID}
	if it, _ := f.St.Interaction(f.Planned.ID); it.Subject != chain {
		t.Errorf("choosing the call (a member) gave the subject %v, want its chain %v", it.Subject, chain)
	}
}
