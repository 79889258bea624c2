package data_test

import (
	"slices"
	"strings"
	"testing"

	"interactions/data"
)

// sameHolder reports whether h is count holders of kind, marked or not.
func sameHolder(h data.Holder, kind string, count int, marked bool) bool {
	return h.Kind == kind && h.Count == count && h.Marked == marked
}

// heldBy returns the holders of r in what MarkedRecords lists.
func heldBy(t *testing.T, s *data.Store, r data.Ref) []data.Holder {
	t.Helper()
	all, err := s.MarkedRecords()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(all, func(m data.Marked) bool { return m.Ref == r })
	if i < 0 {
		t.Fatalf("%v is not listed as marked", r)
	}
	return all[i].Holders
}

func TestPurgeMarked_MarkedInteractionsHold(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	p := &data.Partner{Name: "ЗАО «Дубль»"}
	if err := s.SavePartner(p); err != nil {
		t.Fatal(err)
	}
	ref := data.Ref{Kind: data.RefPartner, ID: p.ID}
	it := saveWith(t, s, e.ID, "Старый звонок", data.Contact{Ref: ref})
	if err := s.MarkDeleted([]data.ID{it.ID}, true); err != nil {
		t.Fatal(err)
	}
	p.Deleted = true
	if err := s.SavePartner(p); err != nil {
		t.Fatal(err)
	}
	h := heldBy(t, s, ref)
	if len(h) != 1 || !sameHolder(h[0], "interaction", 1, true) || !strings.Contains(h[0].Names[0], "Старый звонок") {
		t.Fatalf("holders = %+v, want the marked interaction by name", h)
	}
	if _, _, err := s.PurgeMarked(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Partner(p.ID); err != nil {
		t.Error("a partner named by a marked interaction was purged")
	}
	wantCheck(t, s)
}

func TestPurgeMarked_MarkedRecordsGoTogetherOrHoldEachOther(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	mark := func(p *data.Partner, people ...*data.Person) {
		t.Helper()
		if err := s.SavePartner(p); err != nil {
			t.Fatal(err)
		}
		for _, pe := range people {
			pe.Partner = p.ID
			if err := s.SavePerson(pe); err != nil {
				t.Fatal(err)
			}
		}
	}
	gone := &data.Partner{Name: "Уходит", Deleted: true}
	goneP := &data.Person{Name: "Уходит и лицо", Deleted: true}
	mark(gone, goneP)
	stays := &data.Partner{Name: "Остается", Deleted: true}
	staysP := &data.Person{Name: "Лицо со звонком", Deleted: true}
	mark(stays, staysP)
	saveWith(t, s, e.ID, "Звонок лицу", data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: staysP.ID}})

	h := heldBy(t, s, data.Ref{Kind: data.RefPartner, ID: stays.ID})
	if len(h) != 2 || !sameHolder(h[1], "person", 1, true) || h[1].Names[0] != staysP.Name {
		t.Errorf("the kept partner's holders = %+v, want its marked person that is kept", h)
	}
	if h := heldBy(t, s, data.Ref{Kind: data.RefPartner, ID: gone.ID}); len(h) != 0 {
		t.Errorf("a partner whose only person goes too is held by %+v", h)
	}
	removed, _, err := s.PurgeMarked()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range removed {
		names = append(names, m.Name)
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"Уходит", "Уходит и лицо"}) {
		t.Errorf("removed %q, want the partner and its person together", names)
	}
	if _, err := s.Person(staysP.ID); err != nil {
		t.Error("a person named by a live interaction was purged")
	}
	wantCheck(t, s)
}

func TestPurgeMarked_AuthorHoldsAnEmployee(t *testing.T) {
	s, e, p, _ := newTestStore(t)
	author := &data.Employee{Name: "Автор Записей"}
	if err := s.SaveEmployee(author); err != nil {
		t.Fatal(err)
	}
	it := s.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Responsible, it.Author, it.Topic = e.ID, author.ID, "Записал автор"
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: p.ID}}}
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	author.Deleted = true
	if err := s.SaveEmployee(author); err != nil {
		t.Fatal(err)
	}
	h := heldBy(t, s, data.Ref{Kind: data.RefEmployee, ID: author.ID})
	if len(h) != 1 || !sameHolder(h[0], "authored", 1, false) {
		t.Fatalf("holders = %+v, want the interaction it wrote", h)
	}
	if _, _, err := s.PurgeMarked(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Employee(author.ID); err != nil {
		t.Error("the author of an interaction was purged")
	}
	wantCheck(t, s)
}
