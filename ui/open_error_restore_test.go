package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

// TestOpenErrorView_OffersTheNewestGoodBackup damages a database that
// has daily backups, the newest of them damaged too: the view offers the
// good one, restores it with the damaged file kept aside, and OK opens it.
func TestOpenErrorView_OffersTheNewestGoodBackup(t *testing.T) {
	test.NewTempApp(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveEmployee(&data.Employee{Name: "Иванов"}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 3, 1, 10, 0, 0, 0, time.Local)
	for i := 0; i < 2; i++ {
		if _, err := st.DailyBackup(day.AddDate(0, 0, i), 7); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	os.WriteFile(data.DailyBackupName(db, day.AddDate(0, 0, 1)), []byte("garbage"), 0o600)
	os.WriteFile(db, []byte(strings.Repeat("not a database ", 500)), 0o600)
	_, openErr := data.Open(db)
	if openErr == nil {
		t.Fatal("the damaged file opened")
	}
	reopened := 0
	v := newOpenErrorView(db, openErr, func() {}, func() { reopened++ })
	test.NewTempWindow(t, v.content)
	uitest.Pump(t, "the backup search", func() bool { return v.Restore.Visible() })
	if !strings.Contains(v.Restore.Text, "01.03.2026") {
		t.Fatalf("Restore offers %q, want the backup of 01.03.2026", v.Restore.Text)
	}
	test.Tap(v.Restore)
	if !strings.Contains(v.message.Text, "is restored") || !strings.Contains(v.message.Text, "before-restore") {
		t.Fatalf("after the restore: %q", v.message.Text)
	}
	test.Tap(v.Ok)
	if reopened != 1 {
		t.Fatalf("OK reopened %d times", reopened)
	}
	s, err := data.Open(db)
	if err != nil {
		t.Fatalf("the restored database does not open: %v", err)
	}
	defer s.Close()
	if emps, _ := s.Employees(); len(emps) != 1 {
		t.Errorf("restored employees %v", emps)
	}
}
