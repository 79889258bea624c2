package data_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
)

func TestDailyBackup_OncePerDayKeepsTheNewest(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	s, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.SaveEmployee(&data.Employee{Name: "Иванов"}); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 3, 1, 10, 0, 0, 0, time.Local)
	for i := 0; i < 5; i++ {
		p, err := s.DailyBackup(day.AddDate(0, 0, i), 3)
		if err != nil || p != data.DailyBackupName(db, day.AddDate(0, 0, i)) {
			t.Fatalf("DailyBackup day %d = %q, %v", i, p, err)
		}
		if p, err := s.DailyBackup(day.AddDate(0, 0, i).Add(time.Hour), 3); err != nil || p != "" {
			t.Fatalf("a second DailyBackup the same day = %q, %v; want none", p, err)
		}
	}
	os.WriteFile(filepath.Join(data.BackupDir(db), "other-2026-03-09.db"), []byte("x"), 0o600)
	all, err := data.DailyBackups(db)
	if err != nil || len(all) != 3 || filepath.Base(all[0]) != "work-2026-03-05.db" || filepath.Base(all[2]) != "work-2026-03-03.db" {
		t.Fatalf("DailyBackups = %q, %v; want the newest 3, newest first", all, err)
	}
	if p, err := s.DailyBackup(day.AddDate(0, 0, 9), 0); p != "" || err != nil {
		t.Fatalf("DailyBackup with keep 0 = %q, %v", p, err)
	}
	// A damaged newest backup is passed over.
	os.WriteFile(all[0], []byte("not a database at all, just some bytes"), 0o600)
	b, ok := data.NewestGoodBackup(db)
	if !ok || b.Path != all[1] || !b.Day.Equal(time.Date(2026, 3, 4, 0, 0, 0, 0, time.Local)) {
		t.Fatalf("NewestGoodBackup = %+v, %v; want %s", b, ok, all[1])
	}
}

func TestSettings_DailyBackups(t *testing.T) {
	st := data.DefaultSettings()
	if st.DailyBackups != 7 {
		t.Fatalf("default daily backups %d, want 7", st.DailyBackups)
	}
	if err := st.Set(data.SettingDailyBackups, "0"); err != nil || st.DailyBackups != 0 {
		t.Fatalf("Set 0 = %v, %d", err, st.DailyBackups)
	}
	if err := st.Set(data.SettingDailyBackups, "many"); err == nil {
		t.Fatal("Set many was accepted")
	}
	st.DailyBackups = -1
	if err := st.Validate(); err == nil {
		t.Fatal("-1 daily backups validates")
	}
}
