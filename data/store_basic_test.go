package data_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
)

// newTestStore opens a store on a temp file with one employee, one
// partner and one contact person.
func newTestStore(t *testing.T) (*data.Store, *data.Employee, *data.Partner, *data.Person) {
	t.Helper()
	s, err := data.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	e := &data.Employee{Name: "Иванов Иван"}
	if err := s.SaveEmployee(e); err != nil {
		t.Fatal(err)
	}
	p := &data.Partner{Name: "ООО «Ромашка»", Kinds: data.PartnerClient, ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "+7 (495) 123-45-67"}}}
	if err := s.SavePartner(p); err != nil {
		t.Fatal(err)
	}
	pe := &data.Person{Partner: p.ID, Name: "Семёнов Пётр"}
	if err := s.SavePerson(pe); err != nil {
		t.Fatal(err)
	}
	return s, e, p, pe
}

func TestStore_SaveAndList(t *testing.T) {
	s, e, _, pe := newTestStore(t)
	it := s.NewInteraction(data.TypeCall, data.DirIncoming)
	it.Responsible = e.ID
	it.Topic = "Звонок по поставке"
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPerson, ID: pe.ID}}}
	it.Call.Phone = "+7 916 000-00-00"
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	if !it.IsChainRoot() {
		t.Fatalf("subject = %v, want own chain", it.Subject)
	}
	page, err := s.List(data.Query{Filter: data.Filter{Text: "семен"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Rows) != 1 || page.Rows[0].Contacts != "Семёнов Пётр" {
		t.Fatalf("rows = %+v", page.Rows)
	}
	sc, _ := s.StatusCounts(context.Background(), data.Filter{})
	if sc.All != 1 || sc.ToReview != 1 {
		t.Fatalf("status counts %+v", sc)
	}
	if err := s.SetReviewAfter([]data.ID{it.ID}, time.Now().Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	sc, _ = s.StatusCounts(context.Background(), data.Filter{})
	if sc.Deferred != 1 || sc.ToReview != 0 {
		t.Fatalf("status counts %+v", sc)
	}
	probs, err := s.Check()
	if err != nil || len(probs) > 0 {
		t.Fatalf("check: %v %v", probs, err)
	}
}
