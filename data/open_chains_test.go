package data_test

import (
	"context"
	"encoding/binary"
	"maps"
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// sameOpenChains checks the open chain index against a scan of the
// records, the review grouping's chain names against the records, and
// that check is clean.
func sameOpenChains(t *testing.T, s *data.Store, when string, want ...data.ID) {
	t.Helper()
	stored, scanned, err := data.OpenChains(s)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(stored, scanned) {
		t.Errorf("%s: open chains %v, the records give %v", when, stored, scanned)
	}
	if want != nil && len(scanned) != len(want) {
		t.Errorf("%s: %d open chains %v, want %v", when, len(scanned), scanned, want)
	}
	for _, id := range want {
		if _, ok := scanned[id]; !ok {
			t.Errorf("%s: chain %d is not open: %v", when, id, scanned)
		}
	}
	for _, status := range []data.Status{data.StatusToReview, data.StatusDeferred} {
		gs, err := s.Groups(data.Filter{Status: status}, data.GroupBy{Kind: data.GroupSubject})
		if err != nil {
			t.Fatal(err)
		}
		var refs []data.Ref
		for _, g := range gs {
			refs = append(refs, g.Key.Ref)
		}
		s.ForgetNames()
		names := s.NamesOf(refs)
		for i, r := range refs {
			if r.Kind != data.RefInteraction {
				continue
			}
			it, err := s.Interaction(r.ID)
			if err != nil || names[i] != it.Topic {
				t.Errorf("%s: status %d: chain %d named %q, its root's topic is %v (%v)", when, status, r.ID, names[i], it, err)
			}
		}
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("%s: Check() = %q, %v; want no problems", when, probs, err)
	}
}

func TestOpenChains_FollowEveryWriter(t *testing.T) {
	c := newChainFixture(t)
	s := c.s
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	call := c.add(data.TypeCall, 10, root.ID, data.Ref{})
	meet := c.add(data.TypeMeeting, 11, call.ID, data.Ref{})
	other := c.add(data.TypeCall, 12, 0, data.Ref{})
	sameOpenChains(t, s, "created", root.ID, other.ID)

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.SetReviewed([]data.ID{root.ID, call.ID, meet.ID}, true))
	sameOpenChains(t, s, "chain reviewed", other.ID)
	must(s.SetReviewed([]data.ID{call.ID}, false))
	sameOpenChains(t, s, "a member to review again", root.ID, other.ID)

	// The root's topic, edited by either path, and a root reviewed.
	it, _ := s.Interaction(root.ID)
	it.Topic = "Новая тема цепочки"
	must(s.SaveInteraction(it))
	sameOpenChains(t, s, "root's topic saved", root.ID, other.ID)
	it, _ = s.Interaction(root.ID)
	it.Topic, it.Reviewed = "Тема, правленная в редакторе", false
	must(s.SaveEdited(it))
	sameOpenChains(t, s, "root edited", root.ID, other.ID)

	// Deferred interactions are unreviewed: their chains stay.
	must(s.SetReviewAfter([]data.ID{other.ID}, c.day.AddDate(0, 1, 0)))
	sameOpenChains(t, s, "deferred", root.ID, other.ID)

	// Marked for deletion: a chain whose unreviewed are all marked closes;
	// a marked root keeps naming its chain.
	must(s.SetReviewed([]data.ID{root.ID}, true))
	must(s.MarkDeleted([]data.ID{call.ID}, true))
	sameOpenChains(t, s, "the unreviewed member marked", other.ID)
	must(s.MarkDeleted([]data.ID{call.ID}, false))
	must(s.MarkDeleted([]data.ID{root.ID}, true))
	sameOpenChains(t, s, "the root marked", root.ID, other.ID)
	must(s.MarkDeleted([]data.ID{root.ID}, false))

	// A real subject moves the whole chain away; a new chain comes.
	must(s.SetSubject([]data.ID{meet.ID}, data.Ref{Kind: data.RefDeal, ID: c.deal.ID}))
	sameOpenChains(t, s, "chain moved to a deal", other.ID)
	third := c.add(data.TypeMeeting, 13, 0, data.Ref{})
	joined := c.add(data.TypeSMS, 14, 0, chainRef(third.ID))
	sameOpenChains(t, s, "new chain", other.ID, third.ID)
	it, _ = s.Interaction(joined.ID)
	it.Subject, it.BasedOn = data.Ref{}, 0
	must(s.SaveInteraction(it))
	sameOpenChains(t, s, "a member left for a chain of its own", other.ID, third.ID, joined.ID)

	// Responsible and contacts moved: nothing of the chains changes.
	e2 := &data.Employee{Name: "Петрова Анна"}
	must(s.SaveEmployee(e2))
	must(s.SetResponsible([]data.ID{third.ID, joined.ID}, e2.ID))
	p2 := &data.Partner{Name: "ООО «Дубль»", Kinds: data.PartnerClient}
	must(s.SavePartner(p2))
	it, _ = s.Interaction(third.ID)
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: p2.ID}}}
	must(s.SaveInteraction(it))
	must(s.MergePartners(c.p, p2.ID))
	sameOpenChains(t, s, "responsible and merge", other.ID, third.ID, joined.ID)

	// Mail: an answer stored first roots a chain of its own; its original
	// adopts it, reviewed, and names the chain.
	answer := s.NewInteraction(data.TypeEmail, data.DirIncoming)
	answer.Date, answer.Responsible, answer.Topic, answer.Reviewed = c.day.Add(15*time.Hour), c.emp.ID, "Re: Счёт", false
	answer.Email.MessageID, answer.Email.InReplyTo = "<b@example.com>", "<a@example.com>"
	_, err := s.SaveEmails(context.Background(), []data.NewEmail{{Interaction: answer}}, nil)
	must(err)
	sameOpenChains(t, s, "answer stored", other.ID, third.ID, joined.ID, answer.ID)
	first := s.NewInteraction(data.TypeEmail, data.DirOutgoing)
	first.Date, first.Responsible, first.Topic, first.Reviewed = c.day.Add(8*time.Hour), c.emp.ID, "Счёт", true
	first.Email.MessageID = "<a@example.com>"
	_, err = s.SaveEmails(context.Background(), []data.NewEmail{{Interaction: first}}, nil)
	must(err)
	sameOpenChains(t, s, "original stored", other.ID, third.ID, joined.ID, first.ID)

	// The purge removes what is marked: a marked root with an open chain.
	must(s.SetReviewed([]data.ID{first.ID}, false))
	must(s.MarkDeleted([]data.ID{first.ID, other.ID}, true))
	sameOpenChains(t, s, "marked", third.ID, joined.ID, first.ID)
	_, err = s.Purge()
	must(err)
	sameOpenChains(t, s, "purged: the answer roots its chain again", third.ID, joined.ID, answer.ID)
}

// check finds an open chain that is missing, one with another topic and
// one that is not open, and a rebuild mends them.
func TestCheck_FindsDamagedOpenChains(t *testing.T) {
	c := newChainFixture(t)
	a := c.add(data.TypeCall, 9, 0, data.Ref{})
	b := c.add(data.TypeCall, 10, 0, data.Ref{})
	done := c.add(data.TypeCall, 11, 0, data.Ref{})
	path := c.reviewedAndClosed(done.ID)
	editBolt(t, path, func(tx *bolt.Tx) error {
		o := tx.Bucket([]byte("ix_open_chains"))
		key := func(id data.ID) []byte { return binary.BigEndian.AppendUint64(nil, uint64(id)) }
		if err := o.Delete(key(a.ID)); err != nil {
			return err
		}
		if err := o.Put(key(b.ID), []byte("не та тема")); err != nil {
			return err
		}
		return o.Put(key(done.ID), []byte(done.Topic))
	})
	checkSays(t, path, "ix_open_chains: 1 chains with unreviewed interactions are missing",
		"does not hold its root's topic", "is not a chain with unreviewed interactions")
	editBolt(t, path, func(tx *bolt.Tx) error { return tx.DeleteBucket([]byte("ix_open_chains")) })
	checkClean(t, path)
}

// A schema 7 file, without the open chains, gets them at its first open
// (a read-only one hands it to a writer first).
func TestMigrate_Schema7OpenChains(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	c.add(data.TypeCall, 10, root.ID, data.Ref{})
	done := c.add(data.TypeCall, 11, 0, data.Ref{})
	path := c.reviewedAndClosed(done.ID)
	s := openAsOlder(t, path, "ix_open_chains", 7)
	defer s.Close()
	sameOpenChains(t, s, "after the upgrade", root.ID)
}

// The subject groups under a status filter come out the same gathered
// packed (subjectAcc) as through the map, in the same order.
func TestStatusGroups_PackedSubjectsEqualMap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.db")
	loadDemo(t, path, 3000)
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fixedClock(s, time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local))
	for _, status := range []data.Status{data.StatusToReview, data.StatusDeferred} {
		packed, mapped, err := data.StatusGroupsBothWays(s, data.Filter{Status: status}, data.GroupBy{Kind: data.GroupSubject})
		if err != nil {
			t.Fatal(err)
		}
		if len(packed) < 10 || !slices.Equal(packed, mapped) {
			t.Errorf("status %d: %d groups packed, %d through the map; equal %v", status, len(packed), len(mapped), slices.Equal(packed, mapped))
		}
	}
}
