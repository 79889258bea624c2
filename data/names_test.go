package data_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// subjectGroupNames returns the names of the subject groups under
// "to review", by group ref, as the command line reads them (NamesOf).
func subjectGroupNames(t *testing.T, s *data.Store) map[data.Ref]string {
	t.Helper()
	gs, err := s.Groups(data.Filter{Status: data.StatusToReview}, data.GroupBy{Kind: data.GroupSubject})
	if err != nil {
		t.Fatal(err)
	}
	refs := make([]data.Ref, len(gs))
	for i, g := range gs {
		refs[i] = g.Key.Ref
	}
	out := map[data.Ref]string{}
	for i, n := range s.NamesOf(refs) {
		out[refs[i]] = n
	}
	return out
}

func saveUnreviewed(t *testing.T, s *data.Store, topic string, subject data.Ref) *data.Interaction {
	t.Helper()
	it := s.NewInteraction(data.TypeMeeting, data.DirNone)
	if it.Responsible == 0 {
		es, err := s.Employees()
		if err != nil || len(es) == 0 {
			t.Fatal("no employee", err)
		}
		it.Responsible = es[0].ID
	}
	it.Topic, it.Subject = topic, subject
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	return it
}

// The names of catalog subjects follow renames at once (the names kept
// are forgotten on a save), a record marked for deletion keeps its name
// and a record with a name the fast reader cannot read is named as before.
func TestNamesOf_CatalogRenamedMarkedAndGone(t *testing.T) {
	s, _, p, _ := newTestStore(t)
	now := fixedClock(s, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	deal := &data.Deal{Partner: p.ID, Name: "Поставка насосов"}
	claim := &data.Claim{Partner: p.ID, Text: "Брак в партии\nподробности ниже", Received: now}
	order := &data.Order{Partner: p.ID, Number: "ЗК-0001", Date: now}
	event := &data.Event{Name: "Выставка \"Металл\" \\ 2026", Start: now, End: now.Add(time.Hour), State: data.StatePlanned}
	for _, err := range []error{s.SaveDeal(deal), s.SaveClaim(claim), s.SaveOrder(order), s.SaveEvent(event)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	dealRef, claimRef := data.Ref{Kind: data.RefDeal, ID: deal.ID}, data.Ref{Kind: data.RefClaim, ID: claim.ID}
	orderRef, eventRef := data.Ref{Kind: data.RefOrder, ID: order.ID}, data.Ref{Kind: data.RefEvent, ID: event.ID}
	for _, r := range []data.Ref{dealRef, claimRef, orderRef, eventRef} {
		saveUnreviewed(t, s, "по теме", r)
	}
	want := func(when string, names map[data.Ref]string) {
		t.Helper()
		got := subjectGroupNames(t, s)
		for r, n := range names {
			if got[r] != n {
				t.Errorf("%s: name of %v = %q, want %q", when, r, got[r], n)
			}
		}
	}
	want("first", map[data.Ref]string{dealRef: "Поставка насосов", claimRef: "Брак в партии",
		orderRef: "ЗК-0001", eventRef: `Выставка "Металл" \ 2026`})

	deal.Name, claim.Text, order.Number = "Поставка насосов (2-я очередь)", "Недовложение", "ЗК-0002"
	deal.Deleted = true
	for _, err := range []error{s.SaveDeal(deal), s.SaveClaim(claim), s.SaveOrder(order)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	want("after the renames", map[data.Ref]string{dealRef: "Поставка насосов (2-я очередь)", claimRef: "Недовложение",
		orderRef: "ЗК-0002", eventRef: `Выставка "Металл" \ 2026`})

	// A record whose JSON is not what the writer writes (a member named in
	// capitals, written by hand) is named as encoding/json reads it, and a
	// record that is gone has no name. Edited behind the store's back, the
	// names index is dropped with them: the open builds it again.
	path := s.Path()
	s.Close()
	editBolt(t, path, func(tx *bolt.Tx) error {
		key := func(id data.ID) []byte { return []byte{0, 0, 0, 0, 0, 0, 0, byte(id)} }
		if err := tx.Bucket([]byte("orders")).Put(key(order.ID), []byte(`{"id":1,"NUMBER":"ЗК-ручной"}`)); err != nil {
			return err
		}
		if err := tx.DeleteBucket([]byte("ix_names")); err != nil {
			return err
		}
		return tx.Bucket([]byte("events")).Delete(key(event.ID))
	})
	s2, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	s = s2
	want("after the edits behind the store's back", map[data.Ref]string{orderRef: "ЗК-ручной", eventRef: ""})
	if got := s.Name(orderRef); got != "ЗК-ручной" {
		t.Errorf("Name(order) = %q", got)
	}
}

// A chain group is named by its root's topic: after the root's topic is
// edited, after the root is marked for deletion, and after the root is
// purged (the chain's next interaction becomes its root).
func TestNamesOf_ChainRootTopicEdited(t *testing.T) {
	s, _, _, _ := newTestStore(t)
	now := fixedClock(s, time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	root := saveUnreviewed(t, s, "Первая встреча", data.Ref{})
	fixedClock(s, now.Add(time.Hour))
	member := saveUnreviewed(t, s, "Вторая встреча", data.Ref{Kind: data.RefInteraction, ID: root.ID})
	chain := data.Ref{Kind: data.RefInteraction, ID: root.ID}
	if got := subjectGroupNames(t, s); len(got) != 1 || got[chain] != "Первая встреча" {
		t.Fatalf("groups = %v, want the chain named by its root", got)
	}
	root.Topic = "Первая встреча, перенесена"
	if err := s.SaveInteraction(root); err != nil {
		t.Fatal(err)
	}
	if got := subjectGroupNames(t, s); got[chain] != "Первая встреча, перенесена" {
		t.Errorf("after the edit: %v", got)
	}
	if err := s.MarkDeleted([]data.ID{root.ID}, true); err != nil {
		t.Fatal(err)
	}
	if got := subjectGroupNames(t, s); got[chain] != "Первая встреча, перенесена" {
		t.Errorf("root marked for deletion: %v", got)
	}
	if _, err := s.Purge(); err != nil {
		t.Fatal(err)
	}
	got := subjectGroupNames(t, s)
	it, err := s.Interaction(member.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got[it.Subject] != "Вторая встреча" || len(got) != 1 {
		t.Errorf("root purged: groups %v, member's subject %v", got, it.Subject)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %v, %q", err, probs)
	}
}

// A file written before the chain topic index existed gets it at its first
// open, even a read-only one (which upgrades first, as for an older
// schema); check verifies the index and finds a wrong entry.
func TestChainTopics_FilledForAnOlderFileAndChecked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveEmployee(&data.Employee{Name: "Орлова Анна"}); err != nil {
		t.Fatal(err)
	}
	var roots []*data.Interaction
	for i, topic := range []string{"Звонок о сроках", "Письмо с договором", "Встреча на складе"} {
		it := saveUnreviewed(t, s, topic, data.Ref{})
		roots = append(roots, it)
		if i > 0 {
			saveUnreviewed(t, s, "ответ", data.Ref{Kind: data.RefInteraction, ID: roots[0].ID})
		}
	}
	s.Close()
	editBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("ix_chain_topics")) })

	var steps []string
	ro, err := data.OpenWith(path, data.OpenOptions{ReadOnly: true, Progress: func(p data.Progress) { steps = append(steps, p.What) }})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(steps, "upgrade") {
		t.Errorf("progress steps %v, want an upgrade", steps)
	}
	got := subjectGroupNames(t, ro)
	for _, r := range roots {
		if n := got[data.Ref{Kind: data.RefInteraction, ID: r.ID}]; n != r.Topic {
			t.Errorf("chain %d named %q, want %q", r.ID, n, r.Topic)
		}
	}
	if probs, err := ro.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() after the fill = %v, %q", err, probs)
	}
	ro.Close()

	editBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("ix_chain_topics")).Put([]byte{0, 0, 0, 0, 0, 0, 0, byte(roots[1].ID)}, []byte("не та тема"))
	})
	s, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	probs, err := s.Check()
	if err != nil || len(probs) == 0 || !strings.Contains(strings.Join(probs, "\n"), "ix_chain_topics") {
		t.Errorf("Check() with a wrong chain topic = %v, %q; want it named", err, probs)
	}
}
