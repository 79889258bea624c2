package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// DefaultDailyBackups is how many automatic daily backups a new database
// keeps.
const DefaultDailyBackups = 7

// BackupDir is the folder of the automatic backups of the database at
// dbPath: "backups" beside it.
func BackupDir(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "backups")
}

// dailyPrefix is the start of the names of dbPath's daily backups: the
// database's name without its extension and a dash; the date
// (YYYY-MM-DD) and ".db" follow.
func dailyPrefix(dbPath string) string {
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base)) + "-"
}

// DailyBackupName is the path of dbPath's automatic backup of day.
func DailyBackupName(dbPath string, day time.Time) string {
	return filepath.Join(BackupDir(dbPath), dailyPrefix(dbPath)+day.Format(time.DateOnly)+".db")
}

// DailyBackups lists the automatic backups of the database at dbPath,
// newest first: the files of its backups folder named as
// DailyBackupName names them.
func DailyBackups(dbPath string) ([]string, error) {
	entries, err := os.ReadDir(BackupDir(dbPath))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("data: daily backups: %w", unwrapPath(err))
	}
	prefix := dailyPrefix(dbPath)
	var out []string
	for _, e := range entries {
		name := e.Name()
		day, ok := strings.CutPrefix(name, prefix)
		if !ok || !e.Type().IsRegular() {
			continue
		}
		day, ok = strings.CutSuffix(day, ".db")
		if _, err := time.Parse(time.DateOnly, day); !ok || err != nil {
			continue
		}
		out = append(out, filepath.Join(BackupDir(dbPath), name))
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out, nil
}

// DailyBackup takes today's automatic backup of the store (by now's
// local date) unless the backups folder has it already, then removes all
// but the newest keep backups. keep 0 takes none and removes none. It
// returns the path written, "" when it took none.
func (s *Store) DailyBackup(now time.Time, keep int) (string, error) {
	if keep <= 0 {
		return "", nil
	}
	path := DailyBackupName(s.path, now.In(time.Local))
	taken := ""
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		if err := os.MkdirAll(BackupDir(s.path), 0o700); err != nil {
			return "", fmt.Errorf("data: daily backup: %w", unwrapPath(err))
		}
		if _, err := s.BackupFile(path, false); err != nil && !errors.Is(err, ErrFileExists) {
			return "", err
		}
		taken = path
	}
	all, err := DailyBackups(s.path)
	if err != nil {
		return taken, err
	}
	for _, old := range all[min(keep, len(all)):] {
		if err := os.Remove(old); err != nil {
			return taken, fmt.Errorf("data: remove an old daily backup: %w", unwrapPath(err))
		}
	}
	return taken, nil
}

// GoodBackup is an automatic backup that passed VerifyBackup.
type GoodBackup struct {
	Path         string
	Day          time.Time // the day in its name
	Interactions int
}

// NewestGoodBackup returns the newest automatic backup of the database at
// dbPath that VerifyBackup passes; ok is false when there is none.
func NewestGoodBackup(dbPath string) (b GoodBackup, ok bool) {
	all, err := DailyBackups(dbPath)
	if err != nil {
		return b, false
	}
	for _, p := range all {
		n, err := VerifyBackup(p)
		if err != nil {
			continue
		}
		day := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), dailyPrefix(dbPath)), ".db")
		d, _ := time.ParseInLocation(time.DateOnly, day, time.Local)
		return GoodBackup{Path: p, Day: d, Interactions: n}, true
	}
	return b, false
}
