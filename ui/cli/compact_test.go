package cli_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// TestCompact: compact prints the sizes and the count, the list reads as
// before, check passes; a database open elsewhere or missing is refused
// with one line and the file kept.
func TestCompact(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "300", "--seed", "4"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	rows := listCSV(t, db, "--limit", "0")
	code, out, errOut := run(db, "compact")
	if code != 0 || !strings.HasPrefix(out, "compact: "+db+": ") || !strings.Contains(out, " MB → ") ||
		!strings.Contains(out, "given back), 300 interactions") || !strings.Contains(errOut, "compacting") {
		t.Fatalf("compact = %d, %q, %q", code, out, errOut)
	}
	if after := listCSV(t, db, "--limit", "0"); !slices.EqualFunc(after, rows, slices.Equal) {
		t.Error("the list after compact differs from the list before")
	}
	if code, out, _ := run(db, "check"); code != 0 {
		t.Errorf("check after compact: %d %q", code, out)
	}

	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(db)
	code, _, errOut = run(db, "compact")
	s.Close()
	if code != 1 || !strings.Contains(errOut, "in use by another") {
		t.Errorf("compact of an open database = %d, %q; want exit 1 saying it is in use", code, errOut)
	}
	oneStderrLine(t, errOut)
	if now, _ := os.ReadFile(db); string(now) != string(before) {
		t.Error("a refused compact changed the file")
	}
	missing := filepath.Join(dir, "missing.db")
	if code, _, errOut := run(missing, "compact"); code != 2 || !strings.Contains(errOut, "does not exist") {
		t.Errorf("compact of a missing file = %d, %q", code, errOut)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("compact of a missing file made one")
	}
}

// TestCheck_SaysWhenCompactingPays: when a file holds over 8 MB of free
// pages (here of a bucket written and dropped again), check names them and
// compact; after compact it does not.
func TestCheck_SaysWhenCompactingPays(t *testing.T) {
	db := filepath.Join(t.TempDir(), "work.db")
	if code, _, errOut := run(db, "demo", "--size", "300", "--seed", "4"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	if _, out, _ := run(db, "check"); strings.Contains(out, "compact") {
		t.Errorf("check of a new demo = %q; want no word of compact", out)
	}
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	junk := []byte("junk")
	err = bdb.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(junk)
		for i := 0; err == nil && i < 3000; i++ {
			err = b.Put(binary.BigEndian.AppendUint32(nil, uint32(i)), make([]byte, 4000))
		}
		return err
	})
	if err == nil {
		err = bdb.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(junk) })
	}
	if cerr := bdb.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	code, out, _ := run(db, "check")
	if code != 0 || !strings.Contains(out, "MB are free pages") || !strings.Contains(out, `"interactions compact" gives them back`) {
		t.Errorf("check with a dropped bucket = %d, %q; want a note of the free pages and compact", code, out)
	}
	if code, _, errOut := run(db, "compact"); code != 0 {
		t.Fatalf("compact: %s", errOut)
	}
	if _, out, _ := run(db, "check"); strings.Contains(out, "compact") {
		t.Errorf("check after compact = %q; want no word of compact", out)
	}
}
