package data_test

import (
	"slices"
	"testing"

	"interactions/data"
)

func TestOrphanBlobs_ListsAndDropsOnlyWhatNoInteractionHolds(t *testing.T) {
	s, e, p, _ := newTestStore(t)
	held, err := s.SaveBlob([]byte("held"))
	if err != nil {
		t.Fatal(err)
	}
	it := s.NewInteraction(data.TypeEmail, data.DirOutgoing)
	it.Responsible, it.Topic = e.ID, "Письмо с вложением"
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: p.ID}, Address: "a@b.example"}}
	it.Email.To = []string{"a@b.example"}
	it.Email.Attachments = []data.Attachment{{Name: "a.txt", Size: 4, Blob: held}}
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	loose, err := s.SaveBlob([]byte("loose"))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.OrphanBlobs(); err != nil || !slices.Equal(got, []data.ID{loose}) {
		t.Fatalf("OrphanBlobs() = %v, %v; want [%d]", got, err, loose)
	}
	if err := s.DropBlobs([]data.ID{held, loose}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Blob(held); err != nil {
		t.Errorf("DropBlobs dropped a blob an interaction holds: %v", err)
	}
	if got, _ := s.OrphanBlobs(); len(got) != 0 {
		t.Errorf("OrphanBlobs() = %v after DropBlobs", got)
	}
	wantCheck(t, s)
}
