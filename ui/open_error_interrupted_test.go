package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	bolt "go.etcd.io/bbolt"

	"interactions/data"
)

// interruptedDB writes a database whose demo load did not finish: records
// and the in-progress mark that Load commits before its first write.
func interruptedDB(t *testing.T) string {
	return editedDB(t, "interrupted.db", func(tx *bolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("bulk_in_progress"), []byte(`{"what":"load","started":"2026-01-15T10:00:00Z"}`))
	})
}

// editedDB writes a database of one employee named file in a temporary
// folder, then changes it with edit through bbolt, past the store's
// rules, and returns its path.
func editedDB(t *testing.T, file string, edit func(tx *bolt.Tx) error) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), file)
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveEmployee(&data.Employee{Name: "Иванов Иван"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Update(edit); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOpenErrorView_InterruptedLoad: a demo load that did not finish is
// refused with what happened, and Discard empties the database and lets
// the program go on.
func TestOpenErrorView_InterruptedLoad(t *testing.T) {
	test.NewTempApp(t)
	path := interruptedDB(t)
	_, err := data.Open(path)
	if !errors.Is(err, data.ErrInterrupted) {
		t.Fatalf("Open of an unfinished load: %v, want ErrInterrupted", err)
	}
	discarded := 0
	v := newOpenErrorView(path, err, func() {}, func() { discarded++ })
	test.NewTempWindow(t, v.content)
	if !strings.Contains(v.message.Text, "did not finish") || !strings.Contains(v.message.Text, path) {
		t.Errorf("message %q, want the path and what happened", v.message.Text)
	}
	if v.Discard == nil {
		t.Fatal("no Discard button for an unfinished load")
	}
	test.Tap(v.Discard)
	if discarded != 1 {
		t.Fatalf("discarded called %d times, want 1", discarded)
	}
	st, err := data.Open(path)
	if err != nil {
		t.Fatalf("Open after Discard: %v", err)
	}
	defer st.Close()
	if emps, _ := st.Employees(); len(emps) != 0 {
		t.Errorf("after Discard %d employees remain, want an empty database", len(emps))
	}
}

// TestOpenErrorView_DamagedPage names the page of a *DamagedError.
func TestOpenErrorView_DamagedPage(t *testing.T) {
	test.NewTempApp(t)
	err := &data.DamagedError{Page: 1234, Bucket: "ix_date"}
	v := newOpenErrorView("/tmp/x.db", err, func() {}, func() {})
	if !strings.Contains(v.message.Text, "1234") || !strings.Contains(v.message.Text, "ix_date") || v.Discard != nil {
		t.Errorf("message %q (discard %v), want page 1234 in ix_date and no Discard", v.message.Text, v.Discard != nil)
	}
}
