package cli_test

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// markInterrupted leaves the mark a demo load commits before its first
// write, as a load killed half-way does.
func markInterrupted(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("bulk_in_progress"), []byte(`{"what":"load","started":"2026-01-15T10:00:00Z"}`))
	}); err != nil {
		t.Fatal(err)
	}
}

// damageCurrentMeta flips a byte inside the meta page of the last
// transaction, as a write torn by a crash would.
func damageCurrentMeta(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ps := int(binary.LittleEndian.Uint32(b[24:]))
	cur := 0
	if binary.LittleEndian.Uint64(b[ps+64:]) > binary.LittleEndian.Uint64(b[64:]) {
		cur = ps
	}
	b[cur+33] ^= 0x5a
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func sum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestReadCommandsReadOnly: list and check open the file read-only — a
// file without write permission is read, several readers run at once,
// a writer meanwhile gets the clear "in use" message, and the file's
// bytes do not change.
func TestReadCommandsReadOnly(t *testing.T) {
	db := filepath.Join(t.TempDir(), "ro.db")
	if code, _, errOut := run(db, "demo", "--size", "200", "--now", "2026-01-15"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	before := sum(t, db)
	for _, args := range [][]string{{"list", "--limit", "0"}, {"list", "--group", "type"}, {"check"}} {
		if code, _, errOut := run(db, args...); code != 0 {
			t.Errorf("%v on a read-only file: exit %d: %s", args, code, errOut)
		}
	}
	r1, err := data.OpenReadOnly(db)
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	if code, out, errOut := run(db, "list", "--limit", "1"); code != 0 || out == "" {
		t.Errorf("list beside another reader: exit %d: %s", code, errOut)
	}
	if w, err := data.Open(db); !errors.Is(err, data.ErrLocked) {
		if w != nil {
			w.Close()
		}
		t.Errorf("a writer beside a reader: %v, want ErrLocked", err)
	}
	code, _, errOut := run(db, "demo", "--size", "10")
	if code != 1 || !strings.Contains(errOut, "in use by another Interactions program") {
		t.Errorf("demo beside a reader: exit %d, %q", code, errOut)
	}
	if sum(t, db) != before {
		t.Error("the read commands changed the file")
	}
}

// TestInterruptedLoadRefused: every command refuses a file whose demo
// load did not finish, naming it and the way out; discard empties it
// and demo runs again.
func TestInterruptedLoadRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "cut.db")
	if code, _, errOut := run(db, "demo", "--size", "50", "--now", "2026-01-15"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	markInterrupted(t, db)
	for _, args := range [][]string{{"list"}, {"list", "--group", "type"}, {"check"}, {"demo", "--size", "10"}} {
		code, _, errOut := run(db, args...)
		if code != 1 || !strings.Contains(errOut, "loading demo data") || !strings.Contains(errOut, "did not finish") ||
			!strings.Contains(errOut, "interactions --db "+db+" discard") {
			t.Errorf("%v: exit %d, %q; want the unfinished load and the way out", args, code, errOut)
		}
		oneStderrLine(t, errOut)
	}
	if code, out, errOut := run(db, "discard"); code != 0 || !strings.Contains(out, "discarded") {
		t.Fatalf("discard: exit %d: %s%s", code, out, errOut)
	}
	if code, out, _ := run(db, "check"); code != 0 || !strings.HasPrefix(out, "ok: 0 interactions") {
		t.Errorf("check after discard: exit %d: %s", code, out)
	}
	before := sum(t, db)
	if code, out, _ := run(db, "discard"); code != 0 || !strings.Contains(out, "nothing to discard") || sum(t, db) != before {
		t.Errorf("discard again: exit %d, %q, or the file changed", code, out)
	}
	if code, _, errOut := run(db, "demo", "--size", "50"); code != 0 {
		t.Errorf("demo after discard: exit %d: %s", code, errOut)
	}
}

// TestRolledBackMetaReported: when the current meta page is damaged the
// file shows the state before its last change; the commands say so. (Had
// the last change been the end of the demo load, the state before it is
// the unfinished load, which is refused as such.)
func TestRolledBackMetaReported(t *testing.T) {
	db := filepath.Join(t.TempDir(), "meta.db")
	if code, _, errOut := run(db, "demo", "--size", "50", "--now", "2026-01-15"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	st, err := data.Open(db) // one more change, whose meta page is then torn
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveSettings(st.Settings()); err != nil {
		t.Fatal(err)
	}
	st.Close()
	damageCurrentMeta(t, db)
	code, out, errOut := run(db, "list", "--limit", "1")
	if code != 0 || !strings.Contains(errOut, "warning") || !strings.Contains(errOut, "was not saved completely") || out == "" {
		t.Errorf("list: exit %d, stderr %q; want the rows and a warning", code, errOut)
	}
	code, out, _ = run(db, "check")
	if code != 1 || !strings.Contains(out, "meta page") {
		t.Errorf("check: exit %d, %q; want the damaged meta page as a problem", code, out)
	}
}

// TestDemoNowDeterministic: the same seed and --now give the same data
// on any day.
func TestDemoNowDeterministic(t *testing.T) {
	dir := t.TempDir()
	var lists []string
	for _, name := range []string{"a.db", "b.db"} {
		db := filepath.Join(dir, name)
		if code, _, errOut := run(db, "demo", "--size", "500", "--seed", "9", "--lang", "en", "--now", "2024-02-29"); code != 0 {
			t.Fatalf("demo: %s", errOut)
		}
		_, out, _ := run(db, "list", "--limit", "0", "--format", "csv")
		lists = append(lists, out)
	}
	if lists[0] != lists[1] || len(lists[0]) < 1000 {
		t.Error("the same seed and --now gave different data")
	}
	if !strings.Contains(lists[0], "2024-02-2") {
		t.Error("the data is not around --now")
	}
}
