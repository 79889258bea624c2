package data_test

import (
	"testing"

	"interactions/data"
)

func TestPurgeMarked_RefusesWhatIsReferenced(t *testing.T) {
	s, e, p, pe := newTestStore(t)
	ref := data.Ref{Kind: data.RefPartner, ID: p.ID}
	saveWith(t, s, e.ID, "Звонок", data.Contact{Ref: ref})
	free := &data.Partner{Name: "Без связей", Deleted: true}
	if err := s.SavePartner(free); err != nil {
		t.Fatal(err)
	}
	role := &data.Role{Name: "Директор"}
	if err := s.SaveRole(role); err != nil {
		t.Fatal(err)
	}
	pe.Roles = []data.ID{role.ID}
	if err := s.SavePerson(pe); err != nil {
		t.Fatal(err)
	}
	role.Deleted = true
	if err := s.SaveRole(role); err != nil {
		t.Fatal(err)
	}
	p.Deleted = true
	if err := s.SavePartner(p); err != nil {
		t.Fatal(err)
	}
	def := &data.AttrDef{Name: "Оценка", Type: data.AttrNumber}
	if err := s.SaveAttrDef(def); err != nil {
		t.Fatal(err)
	}
	it := saveWith(t, s, e.ID, "С оценкой")
	it.Attrs = []data.AttrValue{{Attr: def.ID, Value: "5"}}
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	def.Deleted = true
	if err := s.SaveAttrDef(def); err != nil {
		t.Fatal(err)
	}
	if len(s.AttrDefs()) != 0 {
		t.Error("a marked attribute is still offered")
	}

	removed, kept, err := s.PurgeMarked()
	if err != nil {
		t.Fatal(err)
	}
	if len(removed) != 2 {
		t.Errorf("removed %+v, want the free partner and the attribute", removed)
	}
	held := map[data.Ref][]data.Holder{}
	for _, m := range kept {
		held[m.Ref] = m.Holders
	}
	if h := held[ref]; len(h) != 2 || !sameHolder(h[0], "interaction", 1, false) || !sameHolder(h[1], "person", 1, false) || h[1].Names[0] != pe.Name {
		t.Errorf("the partner's holders = %+v, want an interaction and a person", h)
	}
	if _, err := s.Partner(p.ID); err != nil {
		t.Error("a referenced partner was purged")
	}
	got, _ := s.Interaction(it.ID)
	if len(got.Attrs) != 0 {
		t.Errorf("the purged attribute's value stayed: %+v", got.Attrs)
	}
	wantCheck(t, s)
}
