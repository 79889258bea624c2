package data_test

import (
	"slices"
	"strings"
	"testing"

	"interactions/data"
)

// TestMarkDeleted_TheNewestManyAtOnce marks the newest 600 interactions
// for deletion in one call, then clears the marks, then purges: every
// counter's newest date found again once at the end of the transaction
// (settle) agrees with the records, as check recomputes them, and the
// subjects' newest-first list follows.
func TestMarkDeleted_TheNewestManyAtOnce(t *testing.T) {
	s := demoRowsStore(t, 2000, 0)
	ids := listIDs(t, s, data.Filter{}, data.NewestFirst, 600)[:600]
	before, err := s.SubjectCounters(false)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkDeleted(ids, true); err != nil {
		t.Fatal(err)
	}
	wantCheck(t, s)
	marked, err := s.SubjectCounters(false)
	if err != nil {
		t.Fatal(err)
	}
	if len(marked) == 0 || sameCounters(marked, before) {
		t.Error("marking the newest 600 left the subjects' counters as they were")
	}
	if err := s.MarkDeleted(ids, false); err != nil {
		t.Fatal(err)
	}
	wantCheck(t, s)
	after, err := s.SubjectCounters(false)
	if err != nil {
		t.Fatal(err)
	}
	if !sameCounters(after, before) {
		t.Error("clearing the marks did not give the subjects' counters back")
	}
	if err := s.MarkDeleted(ids, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Purge(); err != nil {
		t.Fatal(err)
	}
	wantCheck(t, s)
}

// sameCounters compares groups in order, dates by Equal.
func sameCounters(a, b []data.Group) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Key != b[i].Key || a[i].Count != b[i].Count || a[i].Unreviewed != b[i].Unreviewed || !a[i].Last.Equal(b[i].Last) {
			return false
		}
	}
	return true
}

// TestChange_InChunks: a bulk change of more interactions than one
// transaction takes changes them all, counters exact, and reports its
// progress after each transaction; one that fails in
// its third transaction keeps the two before, says so, and leaves the
// third's interactions as they were.
func TestChange_InChunks(t *testing.T) {
	s := demoRowsStore(t, 300, 0)
	defer data.SetChangeChunk(data.SetChangeChunk(7))
	ids := listIDs(t, s, data.Filter{}, data.NewestFirst, 100)[:40]
	var reports []int
	s.OnBulkProgress(func(done, total int) {
		if total != 40 {
			t.Errorf("progress %d of %d; want of 40", done, total)
		}
		reports = append(reports, done)
	})
	if err := s.MarkDeleted(ids, true); err != nil {
		t.Fatal(err)
	}
	if want := []int{7, 14, 21, 28, 35, 40}; !slices.Equal(reports, want) {
		t.Errorf("progress reports %v; want %v", reports, want)
	}
	s.OnBulkProgress(nil)
	for _, id := range ids {
		if it, err := s.Interaction(id); err != nil || !it.Deleted {
			t.Fatalf("interaction %d after the bulk mark: %v, %v", id, it.Deleted, err)
		}
	}
	wantCheck(t, s)

	broken := slices.Clone(ids[:20])
	broken[16] = 999999 // no such interaction: the third transaction fails
	err := s.MarkDeleted(broken, false)
	if err == nil || !strings.Contains(err.Error(), "the first 14 of 20 were changed") {
		t.Fatalf("a bulk change failing in its third part = %v; want it to say the first 14 of 20 were changed", err)
	}
	for i, id := range broken {
		if i == 16 {
			continue
		}
		it, err := s.Interaction(id)
		if err != nil {
			t.Fatal(err)
		}
		if want := i >= 14; it.Deleted != want {
			t.Errorf("interaction %d (place %d): marked %v, want %v", id, i, it.Deleted, want)
		}
	}
	wantCheck(t, s)
}

// TestPurge_InChunks: a purge of more marked interactions than one
// transaction takes removes them all, reports its progress, and leaves
// the indexes, counters and chains checked clean.
func TestPurge_InChunks(t *testing.T) {
	s := demoRowsStore(t, 300, 0)
	defer data.SetChangeChunk(data.SetChangeChunk(7))
	marked, err := s.Count(data.Filter{Deleted: data.DeletedOnly})
	if err != nil {
		t.Fatal(err)
	}
	ids := listIDs(t, s, data.Filter{}, data.NewestFirst, 100)[:40]
	if err := s.MarkDeleted(ids, true); err != nil {
		t.Fatal(err)
	}
	var reports []int
	s.OnBulkProgress(func(done, total int) {
		if total != marked+40 {
			t.Errorf("progress %d of %d; want of %d", done, total, marked+40)
		}
		reports = append(reports, done)
	})
	n, err := s.Purge()
	if err != nil || n != marked+40 {
		t.Fatalf("Purge() = %d, %v; want %d", n, err, marked+40)
	}
	if len(reports) != (marked+40)/7 || reports[0] != 7 {
		t.Errorf("progress reports %v; want one after each full transaction", reports)
	}
	if left, err := s.Count(data.Filter{Deleted: data.DeletedOnly}); err != nil || left != 0 {
		t.Errorf("after the purge %d marked, %v", left, err)
	}
	for _, id := range ids {
		if _, err := s.Interaction(id); err == nil {
			t.Errorf("interaction %d is still there", id)
		}
	}
	wantCheck(t, s)
}
