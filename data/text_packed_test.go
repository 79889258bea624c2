package data_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
	"interactions/data/demo"
)

// writeTextDemo writes a demo database of n interactions at path.
func writeTextDemo(t *testing.T, path string, n int) {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := demo.Generate(demo.Options{Size: n, Seed: 5, Lang: "ru", Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
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

// textOracle reads every interaction of a demo of n into the oracle.
func textOracle(t *testing.T, s *data.Store, n int) *oracle {
	t.Helper()
	ids := make([]data.ID, 0, 2*n)
	for id := data.ID(1); id <= data.ID(2*n); id++ {
		ids = append(ids, id)
	}
	return newOracle(t, s, ids)
}

// textFilters are searches to hold against the oracle: common prefixes,
// whole words, two words, a phone's digits, words of the data picked at
// random and cut at random, alone, within a month and with a kind.
func textFilters(o *oracle, seed uint64) []data.Filter {
	r := rand.New(rand.NewPCG(seed, 9))
	var words []string
	for _, it := range o.its {
		words = append(words, o.tokens[it.ID]...)
	}
	var fs []data.Filter
	for _, q := range []string{"поставк", "пост", "иванов", "ромашка договор", "495", "ё", "zz-none"} {
		fs = append(fs, data.Filter{Text: q})
	}
	month := time.Date(2026, 10, 1, 0, 0, 0, 0, time.Local)
	for range 12 {
		w := []rune(words[r.IntN(len(words))])
		q := string(w[:1+r.IntN(len(w))])
		if r.IntN(3) == 0 {
			w2 := words[r.IntN(len(words))]
			q += " " + w2
		}
		fs = append(fs, data.Filter{Text: q})
		switch r.IntN(3) {
		case 0:
			fs = append(fs, data.Filter{Text: q, From: month, To: month.AddDate(0, 1, 0)})
		case 1:
			fs = append(fs, data.Filter{Text: q, Kinds: []data.Kind{data.KindMeeting, data.KindCallIn}})
		}
	}
	return fs
}

// compareText holds each filter's answers against the oracle.
func compareText(t *testing.T, s *data.Store, o *oracle, fs []data.Filter, where string) {
	t.Helper()
	rep := &reporter{t: t, left: 20}
	for _, f := range fs {
		o.compare(s, f, 37, rep, where)
	}
	rep.done()
	if probs, err := s.Check(); err != nil || len(probs) > 0 {
		t.Errorf("%s: Check() = %q, %v; want no problems", where, probs, err)
	}
}

func postingForms(t *testing.T, path string) (packed, whole int, marked, converting bool) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		packed, whole, marked, converting = data.PostingForms(tx)
		return nil
	})
	return packed, whole, marked, converting
}

// TestText_OlderPostingsReadAndPacked: a file whose postings are in the
// older form (whole date keys) answers every search as a scan of the
// texts does when opened read-only, without being changed, and after
// the Open that packs them; check passes in each state.
func TestText_OlderPostingsReadAndPacked(t *testing.T) {
	const n = 2500
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, n)
	if packed, whole, marked, _ := postingForms(t, path); whole != 0 || packed == 0 || !marked {
		t.Fatalf("a new file: %d packed, %d whole-key blocks, marked %v; want packed only", packed, whole, marked)
	}
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	o := textOracle(t, s, n)
	fs := textFilters(o, 1)
	compareText(t, s, o, fs, "packed")
	s.Close()

	editBolt(t, path, data.UnpackPostings)
	ro, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	compareText(t, ro, o, fs, "older form, read-only")
	ro.Close()
	if packed, whole, marked, _ := postingForms(t, path); packed != 0 || whole == 0 || marked {
		t.Fatalf("after a read-only open: %d packed, %d whole-key blocks, marked %v; want it untouched", packed, whole, marked)
	}

	old := data.SetTextBatch(50)
	defer data.SetTextBatch(old)
	var steps []data.Progress
	w, err := data.OpenWith(path, data.OpenOptions{Progress: func(p data.Progress) { steps = append(steps, p) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) < 2 || steps[len(steps)-1].What != "text-docs" {
		t.Errorf("progress = %+v; want the packing's steps", steps)
	}
	compareText(t, w, o, fs, "packed by the upgrade")
	w.Close()
	if packed, whole, marked, converting := postingForms(t, path); whole != 0 || packed == 0 || !marked || converting {
		t.Errorf("after the upgrade: %d packed, %d whole-key blocks, marked %v, converting %v", packed, whole, marked, converting)
	}
}

// textChildEnv names the file TestText_PackChild opens.
const textChildEnv = "INTERACTIONS_TEXT_CHILD"

// TestText_PackChild is not a test of its own: TestText_PackKilledMidway
// runs the test binary again with it and kills it while it packs.
func TestText_PackChild(t *testing.T) {
	path := os.Getenv(textChildEnv)
	if path == "" {
		t.Skip("runs only as the child of TestText_PackKilledMidway")
	}
	data.SetTextBatch(3)
	s, err := data.Open(path)
	if err != nil {
		fmt.Println("RESULT error", err)
		return
	}
	s.Close()
	fmt.Println("RESULT packed")
}

// TestText_PackKilledMidway kills packing processes with SIGKILL at
// random moments: each next open goes on from the mark, and the file
// ends packed, checked and answering every search as before.
func TestText_PackKilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const n = 2500
	path := filepath.Join(t.TempDir(), "old.db")
	writeTextDemo(t, path, n)
	editBolt(t, path, data.UnpackPostings)
	midway := 0
	killed := killUntilDone(t, "TestText_PackChild", textChildEnv, path, "packed", 30, 400*time.Millisecond, func(round int) {
		packed, whole, marked, converting := postingForms(t, path)
		t.Logf("round %d: %d packed, %d whole-key blocks, marked %v, converting %v", round, packed, whole, marked, converting)
		if converting {
			midway++
		}
	})
	t.Logf("%d children killed, %d of them mid-way", killed, midway)
	s, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open after the kills: %v", err)
	}
	o := textOracle(t, s, n)
	compareText(t, s, o, textFilters(o, 2), "packed after the kills")
	s.Close()
	if packed, whole, marked, converting := postingForms(t, path); whole != 0 || packed == 0 || !marked || converting {
		t.Errorf("at the end: %d packed, %d whole-key blocks, marked %v, converting %v", packed, whole, marked, converting)
	}
}

// TestCheck_FindsDamagedPackedPostings plants damage in packed blocks:
// a block cut inside a number, and a posting moved to another id.
func TestCheck_FindsDamagedPackedPostings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, 300)
	for _, plant := range []struct {
		name string
		edit func(v []byte) []byte
		want string
	}{
		{"cut", func(v []byte) []byte { return append(v, 0x80) }, "not a packed block"},
		{"moved", func(v []byte) []byte { v[len(v)-1] ^= 0x02; return v }, "ix_text:"},
	} {
		copyPath := filepath.Join(t.TempDir(), plant.name+".db")
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(copyPath, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		editBolt(t, copyPath, func(tx *bolt.Tx) error {
			b := tx.Bucket([]byte("ix_text"))
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if len(v) > 3 && v[0] == 0 && v[len(v)-1] < 0x80 {
					return b.Put(append([]byte(nil), k...), plant.edit(append([]byte(nil), v...)))
				}
			}
			return fmt.Errorf("no packed block of two keys")
		})
		s, err := data.OpenReadOnly(copyPath)
		if err != nil {
			t.Fatal(err)
		}
		probs, err := s.Check()
		s.Close()
		if err != nil || !strings.Contains(strings.Join(probs, "\n"), plant.want) {
			t.Errorf("%s: Check() = %q, %v; want a problem with %q", plant.name, probs, err, plant.want)
		}
	}
}

// TestCheck_FindsDamagedPackedWords plants a cut in the packed words of
// interactions: check names the key.
func TestCheck_FindsDamagedPackedWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	writeTextDemo(t, path, 300)
	editBolt(t, path, func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("ix_text_doc"))
		k, v := b.Cursor().First()
		return b.Put(append([]byte(nil), k...), append(append([]byte(nil), v...), 5))
	})
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	probs, err := s.Check()
	if err != nil || !strings.Contains(strings.Join(probs, "\n"), "ix_text_doc: entry") {
		t.Errorf("Check() = %q, %v; want the damaged entry named", probs, err)
	}
}
