package data_test

import (
	"errors"
	"testing"

	"interactions/data"
)

// wantCheck fails the test when Check finds a problem.
func wantCheck(t *testing.T, s *data.Store) {
	t.Helper()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

// saveWith saves a call of emp with the given contacts.
func saveWith(t *testing.T, s *data.Store, emp data.ID, topic string, cs ...data.Contact) *data.Interaction {
	t.Helper()
	it := s.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Responsible, it.Topic, it.Contacts = emp, topic, cs
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	return it
}

func TestSaveEdited_RefusesASecondEditorsSave(t *testing.T) {
	s, e, p, _ := newTestStore(t)
	it := saveWith(t, s, e.ID, "Первый", data.Contact{Ref: data.Ref{Kind: data.RefPartner, ID: p.ID}})
	first, _ := s.Interaction(it.ID)
	second, _ := s.Interaction(it.ID)
	first.Topic = "Изменено первым"
	if err := s.SaveEdited(first); err != nil {
		t.Fatalf("SaveEdited(first) = %v", err)
	}
	second.Topic = "Изменено вторым"
	if err := s.SaveEdited(second); !errors.Is(err, data.ErrChanged) {
		t.Fatalf("SaveEdited(second) = %v, want ErrChanged", err)
	}
	got, _ := s.Interaction(it.ID)
	if got.Topic != "Изменено первым" {
		t.Errorf("topic = %q, want the first editor's", got.Topic)
	}
	if second.Topic != "Изменено вторым" {
		t.Errorf("the refused save lost the second editor's topic: %q", second.Topic)
	}
	// Read again, the second editor saves.
	again, _ := s.Interaction(it.ID)
	again.Topic = "Изменено вторым"
	if err := s.SaveEdited(again); err != nil {
		t.Fatalf("SaveEdited(again) = %v", err)
	}
	wantCheck(t, s)
}

func TestMergePartners_EverythingFollowsTheSurvivor(t *testing.T) {
	s, e, keep, keepPerson := newTestStore(t)
	dup := &data.Partner{Name: "Ромашка ООО", Comment: "дубль"}
	if err := s.SavePartner(dup); err != nil {
		t.Fatal(err)
	}
	dupPerson := &data.Person{Partner: dup.ID, Name: "Петров Иван"}
	if err := s.SavePerson(dupPerson); err != nil {
		t.Fatal(err)
	}
	deal := &data.Deal{Partner: dup.ID, Name: "Сделка", Active: true}
	if err := s.SaveDeal(deal); err != nil {
		t.Fatal(err)
	}
	kref, dref := data.Ref{Kind: data.RefPartner, ID: keep.ID}, data.Ref{Kind: data.RefPartner, ID: dup.ID}
	both := saveWith(t, s, e.ID, "Обоим", data.Contact{Ref: kref}, data.Contact{Ref: dref})
	saveWith(t, s, e.ID, "Дублю", data.Contact{Ref: dref})
	saveWith(t, s, e.ID, "Лицу дубля", data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: dupPerson.ID}})
	marked := saveWith(t, s, e.ID, "Помеченное", data.Contact{Ref: dref})
	if err := s.MarkDeleted([]data.ID{marked.ID}, true); err != nil {
		t.Fatal(err)
	}
	saveWith(t, s, e.ID, "Лицу", data.Contact{Ref: data.Ref{Kind: data.RefPerson, ID: keepPerson.ID}})

	merged := *keep
	merged.Comment = dup.Comment
	if err := s.MergePartners(&merged, dup.ID); err != nil {
		t.Fatalf("MergePartners = %v", err)
	}
	if _, err := s.Partner(dup.ID); !errors.Is(err, data.ErrNotFound) {
		t.Errorf("the duplicate is still there: %v", err)
	}
	if n, _ := s.Count(data.Filter{Contact: kref}); n != 4 {
		t.Errorf("Count(survivor) = %d, want 4 (both, the duplicate's, its person's, the survivor's person's)", n)
	}
	if n, _ := s.Count(data.Filter{Contact: dref}); n != 0 {
		t.Errorf("Count(duplicate) = %d, want 0", n)
	}
	got, _ := s.Interaction(both.ID)
	if len(got.Contacts) != 1 || got.Contacts[0].Ref != kref {
		t.Errorf("contacts of the one naming both = %+v, want the survivor once", got.Contacts)
	}
	p, _ := s.Person(dupPerson.ID)
	if p.Partner != keep.ID {
		t.Errorf("the duplicate's person belongs to %d, want %d", p.Partner, keep.ID)
	}
	deals, _ := s.Deals()
	if deals[0].Partner != keep.ID {
		t.Errorf("the deal's partner = %d, want %d", deals[0].Partner, keep.ID)
	}
	if k, _ := s.Partner(keep.ID); k.Comment != "дубль" {
		t.Errorf("the survivor's comment = %q, want the chosen value", k.Comment)
	}
	wantCheck(t, s)
}

func TestMergePersons_InteractionsFollowTheSurvivor(t *testing.T) {
	s, e, p, keep := newTestStore(t)
	other := &data.Partner{Name: "АО «Вектор»"}
	if err := s.SavePartner(other); err != nil {
		t.Fatal(err)
	}
	dup := &data.Person{Partner: other.ID, Name: "Семенов Петр", Position: "директор"}
	if err := s.SavePerson(dup); err != nil {
		t.Fatal(err)
	}
	kref, dref := data.Ref{Kind: data.RefPerson, ID: keep.ID}, data.Ref{Kind: data.RefPerson, ID: dup.ID}
	saveWith(t, s, e.ID, "Одному", data.Contact{Ref: kref})
	saveWith(t, s, e.ID, "Другому", data.Contact{Ref: dref})
	merged := *keep
	merged.Partner, merged.Position = other.ID, dup.Position
	if err := s.MergePersons(&merged, dup.ID); err != nil {
		t.Fatalf("MergePersons = %v", err)
	}
	if n, _ := s.Count(data.Filter{Contact: kref}); n != 2 {
		t.Errorf("Count(survivor) = %d, want 2", n)
	}
	if n, _ := s.Count(data.Filter{Contact: data.Ref{Kind: data.RefPartner, ID: other.ID}}); n != 2 {
		t.Errorf("Count(the survivor's new partner) = %d, want 2", n)
	}
	if n, _ := s.Count(data.Filter{Contact: data.Ref{Kind: data.RefPartner, ID: p.ID}}); n != 0 {
		t.Errorf("Count(the old partner) = %d, want 0", n)
	}
	wantCheck(t, s)
}

func TestSavePartner_RenameShowsEverywhere(t *testing.T) {
	s, e, p, _ := newTestStore(t)
	ref := data.Ref{Kind: data.RefPartner, ID: p.ID}
	it := saveWith(t, s, e.ID, "Звонок", data.Contact{Ref: ref})
	p.Name = "ООО «Лютик»"
	if err := s.SavePartner(p); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Interaction(it.ID)
	if got.Contacts[0].Name != "ООО «Лютик»" {
		t.Errorf("contact name = %q, want the new name", got.Contacts[0].Name)
	}
	if n, _ := s.Count(data.Filter{Text: "лютик"}); n != 1 {
		t.Errorf("search for the new name finds %d, want 1", n)
	}
	if n, _ := s.Count(data.Filter{Text: "ромашка"}); n != 0 {
		t.Errorf("search for the old name finds %d, want 0", n)
	}
	wantCheck(t, s)
}
