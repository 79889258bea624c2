package data_test

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
	"interactions/data/demo"
)

// loadDemo writes a demo database of n interactions to path.
func loadDemo(t *testing.T, path string, n int) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := demo.Generate(demo.Options{Size: n, Seed: 5, Lang: "en", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// sameDerived reports each derived bucket whose digest differs from
// want's: "bucket B <after>: <got>; <source> <want>".
func sameDerived(t *testing.T, got, want map[string]string, after, source string) {
	t.Helper()
	for _, name := range data.DerivedBucketNames() {
		if got[name] != want[name] {
			t.Errorf("bucket %s %s: %s; %s %s", name, after, got[name], source, want[name])
		}
	}
}

// bucketDigests returns a digest of every key and value of each derived
// bucket of the file, with its number of keys.
func bucketDigests(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	editBolt(t, path, func(tx *bolt.Tx) error {
		for _, name := range data.DerivedBucketNames() {
			b := tx.Bucket([]byte(name))
			if b == nil {
				out[name] = "missing"
				continue
			}
			h, n := sha256.New(), 0
			b.ForEach(func(k, v []byte) error {
				n++
				fmt.Fprintf(h, "%x=%x;", k, v)
				return nil
			})
			out[name] = fmt.Sprintf("%d keys, sequence %d, %x", n, b.Sequence(), h.Sum(nil)[:8])
		}
		return nil
	})
	return out
}

// entryDigests returns a digest of the entries of each packed index of
// the file, read key by key out of their blocks, with their number.
func entryDigests(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	editBolt(t, path, func(tx *bolt.Tx) error {
		for _, name := range data.DerivedBucketNames() {
			if !data.PackedBucket(name) {
				continue
			}
			h, n := sha256.New(), 0
			data.IndexEntries(tx.Bucket([]byte(name)), name, func(k, v []byte) {
				n++
				fmt.Fprintf(h, "%x=%x;", k, v)
			})
			out[name] = fmt.Sprintf("%d entries, %x", n, h.Sum(nil)[:8])
		}
		return nil
	})
	return out
}

// dropDerived deletes the named buckets, or every derived one, as a
// damaged or older file lacks them.
func dropDerived(t *testing.T, path string, names ...string) {
	t.Helper()
	if len(names) == 0 {
		names = data.DerivedBucketNames()
	}
	editBolt(t, path, func(tx *bolt.Tx) error {
		for _, name := range names {
			if err := tx.DeleteBucket([]byte(name)); err != nil {
				return err
			}
		}
		return nil
	})
}

func copyTo(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func checkClean(t *testing.T, path string) {
	t.Helper()
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

// checkSays checks the file at path read-only and wants a line of its
// findings to hold each of wants.
func checkSays(t *testing.T, path string, wants ...string) {
	t.Helper()
	text := strings.Join(checkLines(t, path), "\n")
	for _, want := range wants {
		if !strings.Contains(text, want) {
			t.Errorf("check said:\n%s\nwant a line with %q", text, want)
		}
	}
}

// checkLines opens path read-only and returns what check says of it.
func checkLines(t *testing.T, path string) []string {
	t.Helper()
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	problems, err := s.Check()
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	return problems
}

// TestRebuild_EqualsLoad rebuilds the indexes of a loaded demo, all of
// them gone or one of them gone, in small transactions, and finds every
// derived bucket byte for byte as the load wrote it, with progress up to
// every record.
func TestRebuild_EqualsLoad(t *testing.T) {
	defer data.SetLoadChunk(data.SetLoadChunk(5000))
	dir := t.TempDir()
	loaded := filepath.Join(dir, "loaded.db")
	loadDemo(t, loaded, 4000)
	want := bucketDigests(t, loaded)
	for _, drop := range [][]string{nil, {"ix_date"}, {"ix_text", "counters"}} {
		t.Run(strings.Join(append([]string{"drop"}, drop...), "_"), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "rebuilt.db")
			copyTo(t, loaded, path)
			dropDerived(t, path, drop...)
			var steps []data.Progress
			s, err := data.OpenWith(path, data.OpenOptions{Progress: func(p data.Progress) { steps = append(steps, p) }})
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			if len(steps) < 2 || steps[0].What != "rebuild" {
				t.Errorf("progress %v: want rebuild steps", steps)
			} else if last := steps[len(steps)-1]; last.Done != 4000 || last.Total != 4000 {
				t.Errorf("last progress %+v: want 4000 of 4000", last)
			}
			sameDerived(t, bucketDigests(t, path), want, "after the rebuild", "the load wrote")
			checkClean(t, path)
		})
	}
}

// TestRebuild_EqualsWriters edits a loaded demo through the store (new
// dates that no longer follow the ids, other responsibles, reviews,
// deletions), then rebuilds it: every index and counter the writers
// maintain is byte for byte what the rebuild writes, and check passes.
func TestRebuild_EqualsWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "edited.db")
	loadDemo(t, path, 3000)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	var some []data.ID
	for range 200 {
		id := data.ID(1 + rng.IntN(3000))
		it, err := s.Interaction(id)
		if err != nil {
			t.Fatal(err)
		}
		if it.Deleted {
			continue
		}
		it.Date = it.Date.AddDate(0, 0, rng.IntN(400)-200)
		if err := s.SaveInteraction(it); err != nil {
			t.Fatalf("SaveInteraction(%d): %v", id, err)
		}
		some = append(some, id)
	}
	slices.Sort(some)
	some = slices.Compact(some)
	for _, err := range []error{
		s.SetReviewed(some[:40], true),
		s.SetResponsible(some[40:80], 2),
		s.MarkDeleted(some[80:100], true),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	want, wantEntries := bucketDigests(t, path), entryDigests(t, path)
	dropDerived(t, path, "ix_date")
	s, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	got, gotEntries := bucketDigests(t, path), entryDigests(t, path)
	for _, name := range data.DerivedBucketNames() {
		switch {
		case name == "ix_text", name == "ix_text_doc", name == "ix_vocab", name == "free_contacts":
			continue // word numbers and posting blocks depend on the order of writes; check compares their content
		case data.PackedBucket(name):
			// Where a list's blocks split depends on the order of
			// writes too: the entries they hold are compared.
			if gotEntries[name] != wantEntries[name] {
				t.Errorf("entries of %s after the rebuild: %s; the writers kept %s", name, gotEntries[name], wantEntries[name])
			}
			continue
		}
		if got[name] != want[name] {
			t.Errorf("bucket %s after the rebuild: %s; the writers kept %s", name, got[name], want[name])
		}
	}
	checkClean(t, path)
}

// rebuildChildEnv names the file TestRebuild_Child opens.
const rebuildChildEnv = "INTERACTIONS_REBUILD_CHILD"

// TestRebuild_Child is not a test of its own: TestRebuild_KilledMidway
// runs the test binary again with it and kills it while it rebuilds.
func TestRebuild_Child(t *testing.T) {
	path := os.Getenv(rebuildChildEnv)
	if path == "" {
		t.Skip("runs only as the child of TestRebuild_KilledMidway")
	}
	data.SetLoadChunk(300)
	data.SetRebuildBatch(100)
	// A pause at each report stretches the rebuild over a second or so,
	// for the parent to kill it at any stage.
	s, err := data.OpenWith(path, data.OpenOptions{Progress: func(data.Progress) { time.Sleep(10 * time.Millisecond) }})
	if err != nil {
		fmt.Println("RESULT error", err)
		return
	}
	s.Close()
	fmt.Println("RESULT rebuilt")
}

// rebuildMarked reports whether the file says its indexes are being
// rebuilt.
func rebuildMarked(t *testing.T, path string) bool {
	marked := false
	editBolt(t, path, func(tx *bolt.Tx) error {
		marked = tx.Bucket([]byte("meta")).Get([]byte("rebuild_derived")) != nil
		return nil
	})
	return marked
}

// TestRebuild_KilledMidway kills rebuilding processes with SIGKILL at
// random moments: while the indexes are half written the file says so,
// a reader refuses to read it unrebuilt, and the next open builds them
// again, ending byte for byte as the load wrote them and checked.
func TestRebuild_KilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	loaded := filepath.Join(dir, "loaded.db")
	loadDemo(t, loaded, 3000)
	want := bucketDigests(t, loaded)
	path := filepath.Join(dir, "rebuilt.db")
	copyTo(t, loaded, path)
	dropDerived(t, path, "ix_date")
	halfWay := 0
	killed := killUntilDone(t, "TestRebuild_Child", rebuildChildEnv, path, "rebuilt", 12, 1200*time.Millisecond, func(int) {
		if rebuildMarked(t, path) {
			halfWay++
		}
	})
	t.Logf("%d children killed, %d of them left the mark", killed, halfWay)
	checkClean(t, path)
	if rebuildMarked(t, path) {
		t.Error("the mark is still set after the rebuild")
	}
	sameDerived(t, bucketDigests(t, path), want, "after the rebuild", "the load wrote")
}

// allDigests is bucketDigests over every bucket but meta (whose settings
// and stamps tell when and by what the file was written).
func allDigests(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	editBolt(t, path, func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if string(name) == "meta" {
				return nil
			}
			h, n := sha256.New(), 0
			b.ForEach(func(k, v []byte) error {
				n++
				fmt.Fprintf(h, "%x=%x;", k, v)
				return nil
			})
			out[string(name)] = fmt.Sprintf("%d keys, sequence %d, %x", n, b.Sequence(), h.Sum(nil)[:8])
			return nil
		})
	})
	return out
}

// TestLoadStream_SameAsLoad loads the same demo whole and as a stream, in
// small transactions: every bucket, records and indexes, is byte for byte
// the same, and check passes.
func TestLoadStream_SameAsLoad(t *testing.T) {
	defer data.SetLoadChunk(data.SetLoadChunk(3000))
	dir := t.TempDir()
	whole, streamed := filepath.Join(dir, "whole.db"), filepath.Join(dir, "streamed.db")
	loadDemo(t, whole, 20_000)
	s, err := data.Open(streamed)
	if err != nil {
		t.Fatal(err)
	}
	st, err := demo.NewStream(demo.Options{Size: 20_000, Seed: 5, Lang: "en", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.LoadStream(st.Catalogs(), st.Next)
	if err != nil || n != 20_000 {
		t.Fatalf("LoadStream = %d, %v; want 20000 interactions", n, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	want, got := allDigests(t, whole), allDigests(t, streamed)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("bucket %s streamed: %s; loaded whole: %s", name, got[name], w)
		}
	}
	checkClean(t, streamed)
}

// TestLoadStream_BadBatch feeds a stream whose second batch refers to an
// interaction that is nowhere: the load fails naming it and takes back
// what it wrote, the first batch too.
func TestLoadStream_BadBatch(t *testing.T) {
	s := openEmpty(t)
	st, err := demo.NewStream(demo.Options{Size: 20_000, Seed: 5, Lang: "en", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	batches := 0
	next := func() ([]data.Interaction, error) {
		batch, err := st.Next()
		if batches++; batches == 2 && len(batch) > 0 {
			batch[3].BasedOn = 10_000_000
		}
		return batch, err
	}
	if _, err := s.LoadStream(st.Catalogs(), next); err == nil || !strings.Contains(err.Error(), "10000000") {
		t.Fatalf("LoadStream with a bad batch = %v; want an error naming interaction 10000000", err)
	}
	page, err := s.List(data.Query{Filter: data.Filter{Deleted: data.DeletedInclude}, Limit: 1})
	if err != nil || len(page.Rows) != 0 {
		t.Errorf("after the failed load: %d rows, %v; want none", len(page.Rows), err)
	}
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}
