package data_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// addPlanned saves a planned interaction with the topic.
func addPlanned(t *testing.T, s *data.Store, e *data.Employee, topic string) {
	t.Helper()
	it := s.NewInteraction(data.TypePlanned, data.DirNone)
	it.Responsible, it.Topic = e.ID, topic
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
}

// countIn opens the database at path and counts its interactions.
func countIn(t *testing.T, path string) int {
	t.Helper()
	s, err := data.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly(%s): %v", path, err)
	}
	defer s.Close()
	n, err := s.Count(data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// onlyFiles fails when dir holds other files than want (temporary files
// left behind).
func onlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("files in %s = %q, want %q", dir, got, want)
	}
}

func TestBackupFile_CopiesAndNeverOverwritesSilently(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	addPlanned(t, s, e, "Первая встреча")
	dir := t.TempDir()
	out := filepath.Join(dir, "copy.db")
	replaced, err := s.BackupFile(out, false)
	if err != nil || replaced {
		t.Fatalf("BackupFile = %v, %v; want false, nil", replaced, err)
	}
	if n := countIn(t, out); n != 1 {
		t.Errorf("the backup holds %d interactions, want 1", n)
	}
	if n, err := data.VerifyBackup(out); err != nil || n != 1 {
		t.Errorf("VerifyBackup = %d, %v; want 1, nil", n, err)
	}
	addPlanned(t, s, e, "Вторая встреча")
	before := fileSum(t, out)
	if _, err := s.BackupFile(out, false); !errors.Is(err, data.ErrFileExists) {
		t.Fatalf("BackupFile over an existing file err = %v, want ErrFileExists", err)
	}
	if fileSum(t, out) != before {
		t.Errorf("a refused backup changed the existing file")
	}
	onlyFiles(t, dir, "copy.db")
	if replaced, err := s.BackupFile(out, true); err != nil || !replaced {
		t.Fatalf("BackupFile(replace) = %v, %v; want true, nil", replaced, err)
	}
	if n := countIn(t, out); n != 2 {
		t.Errorf("the replaced backup holds %d interactions, want 2", n)
	}
	onlyFiles(t, dir, "copy.db")
	if _, err := s.BackupFile(s.Path(), true); err == nil {
		t.Errorf("BackupFile onto the database itself succeeded")
	}
}

func TestRestore_KeepsTheCurrentFileAside(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	addPlanned(t, s, e, "До копии")
	bak := filepath.Join(t.TempDir(), "backup.db")
	if _, err := s.BackupFile(bak, false); err != nil {
		t.Fatal(err)
	}
	addPlanned(t, s, e, "После копии")
	now := time.Date(2026, 3, 4, 5, 6, 7, 0, time.Local)
	if _, err := data.Restore(s.Path(), bak, now); !errors.Is(err, data.ErrLocked) {
		t.Fatalf("Restore over an open database err = %v, want ErrLocked", err)
	}
	s.Close()
	bakSum := fileSum(t, bak)
	res, err := data.Restore(s.Path(), bak, now)
	if err != nil {
		t.Fatalf("Restore: %v", err)
	}
	if want := s.Path() + ".before-restore-20260304-050607"; res.Aside != want {
		t.Errorf("Aside = %q, want %q", res.Aside, want)
	}
	if res.Interactions != 1 {
		t.Errorf("Interactions = %d, want 1", res.Interactions)
	}
	if n := countIn(t, s.Path()); n != 1 {
		t.Errorf("the restored database holds %d interactions, want 1", n)
	}
	if n := countIn(t, res.Aside); n != 2 {
		t.Errorf("the file kept aside holds %d interactions, want 2", n)
	}
	if fileSum(t, bak) != bakSum {
		t.Errorf("Restore changed the backup file")
	}
	res2, err := data.Restore(s.Path(), bak, now)
	if err != nil {
		t.Fatalf("second Restore: %v", err)
	}
	if res2.Aside == res.Aside {
		t.Errorf("the second restore reused the name %s", res.Aside)
	}
	if n := countIn(t, res.Aside); n != 2 {
		t.Errorf("the first file kept aside now holds %d interactions, want 2", n)
	}
	onlyFiles(t, filepath.Dir(s.Path()), "test.db", "test.db.before-restore-20260304-050607", "test.db.before-restore-20260304-050607-2")
}

func TestRestore_RefusesABadBackup(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	addPlanned(t, s, e, "Рабочая база")
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	if _, err := s.BackupFile(good, false); err != nil {
		t.Fatal(err)
	}
	s.Close()
	raw, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	garbled := append([]byte(nil), raw...)
	for i := 2 * 4096; i < len(garbled); i += 7 {
		garbled[i] ^= 0x5a
	}
	bad := map[string][]byte{
		"text.db":      []byte("not a database\n"),
		"empty.db":     nil,
		"truncated.db": raw[:len(raw)/2],
		"garbled.db":   garbled,
	}
	dbSum := fileSum(t, s.Path())
	for name, content := range bad {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, content, 0o600); err != nil {
				t.Fatal(err)
			}
			res, err := data.Restore(s.Path(), p, time.Now())
			if err == nil {
				t.Fatalf("Restore(%s) succeeded: %+v", name, res)
			}
			if !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), ".restore-") {
				t.Errorf("Restore(%s) err = %q, want it to name the backup file only", name, err)
			}
			if fileSum(t, s.Path()) != dbSum {
				t.Errorf("a refused restore changed the database")
			}
		})
	}
	onlyFiles(t, filepath.Dir(s.Path()), "test.db")
	if _, err := data.Restore(s.Path(), filepath.Join(dir, "missing.db"), time.Now()); err == nil {
		t.Errorf("Restore of a missing file succeeded")
	}
}

// BenchmarkBackupFile copies the shared demo database (benchSize
// interactions) to a new file in one read transaction.
func BenchmarkBackupFile(b *testing.B) {
	s := openBench(b)
	dir := b.TempDir()
	st, err := os.Stat(s.Path())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	for b.Loop() {
		out := filepath.Join(dir, "copy.db")
		if _, err := s.BackupFile(out, true); err != nil {
			b.Fatal(err)
		}
	}
}
