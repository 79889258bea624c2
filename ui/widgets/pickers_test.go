package widgets_test

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/widgets"
)

func TestMain(m *testing.M) { uitest.Main(m) }

func labels(cs []widgets.Choice) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Label
	}
	return out
}

// TestPickerList_NameMatchesFirst searches the contact picker for
// "Сидоров": the people named so come before the contacts of the
// partner "ИП Сидорова", whatever the alphabet says; a search that
// matches nothing says so.
func TestPickerList_NameMatchesFirst(t *testing.T) {
	test.NewTempApp(t)
	partners := []data.Partner{{ID: 1, Name: "ИП Сидорова А. В."}, {ID: 2, Name: "ООО «Ромашка»"}}
	persons := []data.Person{
		{ID: 10, Name: "Алексеев Пётр", Partner: 1},
		{ID: 11, Name: "Борисова Ирина", Partner: 1},
		{ID: 12, Name: "Сидоров Иван", Partner: 2},
		{ID: 13, Name: "Яковлев-Сидоров Олег", Partner: 2},
	}
	p := widgets.NewPickerList(widgets.ContactChoices(partners, persons), fyne.NewSize(300, 200))
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(400, 300))
	test.Type(p.Search, "Сидоров")
	want := []string{"Сидоров Иван (ООО «Ромашка»)", "ИП Сидорова А. В.", "Яковлев-Сидоров Олег (ООО «Ромашка»)",
		"Алексеев Пётр (ИП Сидорова А. В.)", "Борисова Ирина (ИП Сидорова А. В.)"}
	if got := labels(p.Shown()); !slices.Equal(got, want) {
		t.Errorf("the search for Сидоров lists\n%q\nwant\n%q", got, want)
	}
	if p.Status.Visible() {
		t.Errorf("with matches the picker says %q", p.Status.Text)
	}
	p.Search.SetText("")
	test.Type(p.Search, "Петровский")
	if len(p.Shown()) != 0 || !p.Status.Visible() || p.Status.Text != "Nothing found" {
		t.Errorf("a search with no match shows %q and says %q (shown %v)", labels(p.Shown()), p.Status.Text, p.Status.Visible())
	}
}

// subjects is a SubjectSource of fixed catalogs.
type subjects struct {
	events []data.Event
	deals  []data.Deal
}

func (s subjects) SubjectEntries() ([]data.SubjectEntry, error) {
	var out []data.SubjectEntry
	for _, d := range s.deals {
		out = append(out, data.SubjectEntry{Ref: data.Ref{Kind: data.RefDeal, ID: d.ID}, Name: d.Name, Active: d.Active, Date: d.CloseDate})
	}
	for _, e := range s.events {
		out = append(out, data.SubjectEntry{Ref: data.Ref{Kind: data.RefEvent, ID: e.ID}, Name: e.Name, Active: e.Active, Date: e.Start})
	}
	return out, nil
}

// TestSubjectChoices_SameLookingToldApart reads two events of one name
// and two deals of one name with no close date: the events get their
// start dates, the deals their numbers; an entry of its own name stays
// as it is.
func TestSubjectChoices_SameLookingToldApart(t *testing.T) {
	test.NewTempApp(t)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 10, 0, 0, 0, time.Local) }
	src := subjects{
		events: []data.Event{
			{ID: 1, Name: "Выставка «Металлообработка-2026»", Start: day(3), Active: true},
			{ID: 2, Name: "Выставка «Металлообработка-2026»", Start: day(17), Active: true},
			{ID: 3, Name: "Вебинар", Start: day(5), Active: true},
		},
		deals: []data.Deal{{ID: 7, Name: "Поставка", Active: true}, {ID: 8, Name: "Поставка", Active: true}},
	}
	cs, err := widgets.SubjectChoices(src)
	if err != nil {
		t.Fatal(err)
	}
	got := labels(cs)
	want := []string{"Deal: Поставка — № 7", "Deal: Поставка — № 8", "Event: Вебинар",
		"Event: Выставка «Металлообработка-2026» — 2026-03-03", "Event: Выставка «Металлообработка-2026» — 2026-03-17"}
	if !slices.Equal(got, want) {
		t.Errorf("choices\n%q\nwant\n%q", got, want)
	}
}
