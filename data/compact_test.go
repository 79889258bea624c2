package data_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// fileDump hashes every bucket of the closed file at path: its name,
// sequence, keys and values, nested buckets included, in key order.
func fileDump(t *testing.T, path string) [32]byte { return hashFile(t, path, true) }

// hashFile hashes the buckets of the closed file at path, nested ones
// included, in key order: names, keys and values but the settings record,
// and with all both that and the buckets' sequences.
func hashFile(t *testing.T, path string, all bool) [32]byte {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h := sha256.New()
	var walk func(name []byte, b *bolt.Bucket) error
	walk = func(name []byte, b *bolt.Bucket) error {
		if all {
			h.Write(name)
			h.Write(binary.BigEndian.AppendUint64(nil, b.Sequence()))
		}
		return b.ForEach(func(k, v []byte) error {
			if !all && string(name) == "meta" && string(k) == "settings" {
				return nil
			}
			h.Write(name)
			h.Write(k)
			if v == nil {
				return walk(append(append(bytes.Clone(name), '/'), k...), b.Bucket(k))
			}
			h.Write(v)
			return nil
		})
	}
	if err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error { return walk(bytes.Clone(name), b) })
	}); err != nil {
		t.Fatal(err)
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}

// purgedStore is a closed demo file of n interactions of which the
// newest 2000, and those the demo marked for deletion, were purged: their
// pages are free, the file as large as before. It returns the file's path
// and how many interactions remain.
func purgedStore(t *testing.T, n int) (string, int) {
	t.Helper()
	s := demoRowsStore(t, n, 0)
	path := s.Path()
	ids := listIDs(t, s, data.Filter{}, data.NewestFirst, 500)[:2000]
	if err := s.MarkDeleted(ids, true); err != nil {
		t.Fatal(err)
	}
	purged, err := s.Purge()
	if err != nil || purged < 2000 {
		t.Fatalf("Purge() = %d, %v; want 2000 or more", purged, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return path, n - purged
}

// TestCompact_GivesBackTheFreedPages: after a purge the file keeps its
// size; Compact makes it smaller, holding every bucket, key, value and
// sequence as before, checked clean, without its new file left beside.
func TestCompact_GivesBackTheFreedPages(t *testing.T) {
	path, remain := purgedStore(t, 3000)
	before, was := fileSize(t, path), fileDump(t, path)
	var steps []data.Progress
	res, err := data.Compact(path, func(p data.Progress) { steps = append(steps, p) })
	if err != nil {
		t.Fatal(err)
	}
	after := fileSize(t, path)
	if res.Before != before || res.After != after || res.Interactions != remain {
		t.Errorf("Compact() = %+v; want before %d, after %d, %d interactions", res, before, after, remain)
	}
	if after >= before*3/4 {
		t.Errorf("the file has %d bytes after, %d before; want a quarter less at least", after, before)
	}
	if fileDump(t, path) != was {
		t.Error("the compacted file does not hold the same buckets, keys, values and sequences")
	}
	if len(steps) < 2 || steps[0].What != "compact" || steps[len(steps)-1].Done != steps[len(steps)-1].Total {
		t.Errorf("progress = %+v; want a first and a last step of the compaction", steps)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*compact*")); len(left) > 0 {
		t.Errorf("files left beside the database: %v", left)
	}
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wantCheck(t, s)
	emps, err := s.Employees()
	if err != nil || len(emps) == 0 {
		t.Fatalf("Employees() = %d, %v", len(emps), err)
	}
	saveWith(t, s, emps[0].ID, "Звонок после сжатия")
	wantCheck(t, s)
}

// TestCompact_RemovesWhatAKilledOneLeft: the new file of a compaction
// killed midway is removed by the next one; other files stay.
func TestCompact_RemovesWhatAKilledOneLeft(t *testing.T) {
	path, _ := purgedStore(t, 3000)
	dir := filepath.Dir(path)
	left := filepath.Join(dir, ".rows.db.compact-123456")
	other := filepath.Join(dir, ".other.db.compact-1")
	for _, f := range []string{left, other} {
		if err := os.WriteFile(f, []byte("half a file"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := data.Compact(path, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(left); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the leftover %s is still there (%v)", left, err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("the file of another database went: %v", err)
	}
}

// TestCompact_RefusesAndKeeps: a database open in another program, a
// damaged file and a missing one are refused with the usual errors, and
// the file is not changed.
func TestCompact_RefusesAndKeeps(t *testing.T) {
	path, _ := purgedStore(t, 3000)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := fileSum(t, path)
	if _, err := data.Compact(path, nil); !errors.Is(err, data.ErrLocked) {
		t.Errorf("Compact of an open database = %v; want ErrLocked", err)
	}
	s.Close()
	if fileSum(t, path) != sum {
		t.Error("a refused compaction changed the file")
	}

	damaged := filepath.Join(t.TempDir(), "damaged.db")
	if err := os.WriteFile(damaged, bytes.Repeat([]byte("x"), 8192), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := data.Compact(damaged, nil); !errors.Is(err, data.ErrDamaged) {
		t.Errorf("Compact of a damaged file = %v; want ErrDamaged", err)
	}
	if b, _ := os.ReadFile(damaged); !bytes.Equal(b, bytes.Repeat([]byte("x"), 8192)) {
		t.Error("a refused compaction changed the damaged file")
	}

	missing := filepath.Join(t.TempDir(), "missing.db")
	if _, err := data.Compact(missing, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Compact of a missing file = %v; want not exist", err)
	}
	if _, err := os.Stat(missing); !errors.Is(err, os.ErrNotExist) {
		t.Error("Compact of a missing file made one")
	}
}

// compactChildEnv names the file TestCompact_Child compacts.
const compactChildEnv = "INTERACTIONS_COMPACT_CHILD"

// TestCompact_Child is not a test of its own: TestCompact_KilledMidway
// runs the test binary again with it and kills it while it compacts.
func TestCompact_Child(t *testing.T) {
	path := os.Getenv(compactChildEnv)
	if path == "" {
		t.Skip("runs only as the child of TestCompact_KilledMidway")
	}
	data.SetCompactTxBytes(64 << 10) // many transactions, to be killed between or in them
	if _, err := data.Compact(path, nil); err != nil {
		fmt.Println("RESULT error", err)
		return
	}
	fmt.Println("RESULT compacted")
}

// TestCompact_KilledMidway kills compacting processes with SIGKILL at
// random moments of a compaction's run: whenever it dies, the database
// holds what it held and opens, at most the one new file is left beside
// it, and the next compaction removes it.
func TestCompact_KilledMidway(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	path, _ := purgedStore(t, 20000)
	was := fileDump(t, path)
	leftovers := func() []string {
		found, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".rows.db.compact-*"))
		return found
	}
	// How long a whole child takes, on a copy: the kills fall within it.
	trial := filepath.Join(t.TempDir(), "rows.db")
	copyTo(t, path, trial)
	seed := uint64(time.Now().UnixNano())
	rng := rand.New(rand.NewPCG(seed, 2))
	start := time.Now()
	if out, _ := runChild(t, "TestCompact_Child", compactChildEnv, trial, nil, 0); !strings.Contains(out, "RESULT compacted") {
		t.Fatalf("the trial child failed: %s", out)
	}
	whole := time.Since(start)
	t.Logf("seed %d, a whole child %v", seed, whole)
	killed := 0
	for i := range 12 {
		out, k := runChild(t, "TestCompact_Child", compactChildEnv, path, rng, whole)
		if k {
			killed++
		} else if !strings.Contains(out, "RESULT compacted") {
			t.Fatalf("round %d: the child failed: %s", i, out)
		}
		if fileDump(t, path) != was {
			t.Fatalf("round %d: the database changed", i)
		}
		if n := len(leftovers()); n > 1 {
			t.Errorf("round %d: %d new files beside the database; want at most one", i, n)
		}
	}
	t.Logf("%d of 12 children killed", killed)
	if killed == 0 {
		t.Error("no child was killed")
	}
	if _, err := data.Compact(path, nil); err != nil {
		t.Fatal(err)
	}
	if left := leftovers(); len(left) > 0 {
		t.Errorf("files left after a compaction that ended: %v", left)
	}
	if fileDump(t, path) != was {
		t.Error("the database changed")
	}
	checkClean(t, path)
}

// TestReadFileSpace: a purge leaves the file its size and lists the
// freed pages; the compacted file has fewer free pages and no more pages
// in use than before; a list of free pages that is not one is damage.
func TestReadFileSpace(t *testing.T) {
	path, _ := purgedStore(t, 3000)
	was, err := data.ReadFileSpace(path)
	if err != nil {
		t.Fatal(err)
	}
	if was.Size != fileSize(t, path) || was.Free <= (was.Size-was.Tail)/4 {
		t.Errorf("after the purge ReadFileSpace = %+v; want the file's %d bytes, over a quarter of its pages free", was, fileSize(t, path))
	}
	if _, err := data.Compact(path, nil); err != nil {
		t.Fatal(err)
	}
	now, err := data.ReadFileSpace(path)
	if err != nil {
		t.Fatal(err)
	}
	inUse := func(sp data.FileSpace) int64 { return sp.Size - sp.Free - sp.Tail }
	if now.Size != fileSize(t, path) || now.Free >= was.Free || inUse(now) > inUse(was) {
		t.Errorf("after the compaction ReadFileSpace = %+v, before %+v", now, was)
	}

	// The meta page names the list of free pages; its page header's flags
	// say what it is. Clear them.
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := int64(binary.LittleEndian.Uint32(b[24:]))
	meta := b[:80]
	if binary.LittleEndian.Uint64(b[page+64:]) > binary.LittleEndian.Uint64(b[64:]) {
		meta = b[page : page+80]
	}
	at := int64(binary.LittleEndian.Uint64(meta[48:])) * page
	binary.LittleEndian.PutUint16(b[at+8:], 0)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := data.ReadFileSpace(path); !errors.Is(err, data.ErrDamaged) || !strings.Contains(err.Error(), "not the list of free pages") {
		t.Errorf("ReadFileSpace of a damaged list = %v; want ErrDamaged naming it", err)
	}
}

func TestFileSpace_WorthCompacting(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		size, free int64
		want       bool
	}{
		{100 * mb, 9 * mb, true},
		{100 * mb, 8 * mb, false},  // not over 8 MB
		{700 * mb, 30 * mb, false}, // under a twentieth
		{700 * mb, 36 * mb, true},  // over both
		{20 * mb, 16 * mb, true},   // most of a small file
		{700 * mb, 0, false},
	}
	for _, tt := range tests {
		if got := (data.FileSpace{Size: tt.size, Free: tt.free, Tail: 16 * mb}).WorthCompacting(); got != tt.want {
			t.Errorf("%d MB free of %d MB: worth compacting %v, want %v", tt.free/mb, tt.size/mb, got, tt.want)
		}
	}
}
