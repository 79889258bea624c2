package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// RestoreResult tells what Restore did.
type RestoreResult struct {
	// Aside is where the database that was replaced now lies, or "" when
	// there was no database file.
	Aside string
	// Interactions is how many interactions the restored database holds,
	// those marked for deletion included.
	Interactions int
}

// VerifyBackup opens the database file at path read-only and checks it
// the way Check does: every page walked, bbolt's own check, every index
// and counter. It fails with a *DamagedError or ErrDamaged naming what is
// wrong, or with an error listing the first problem Check found, and
// otherwise returns how many interactions the file holds.
func VerifyBackup(path string) (int, error) {
	st, err := os.Stat(path)
	if err != nil {
		return 0, fmt.Errorf("data: backup %s: %w", path, unwrapPath(err))
	}
	if st.IsDir() {
		return 0, fmt.Errorf("data: backup %s: it is a folder", path)
	}
	if st.Size() == 0 {
		return 0, damagedFile(path, "the file is empty")
	}
	if found, _, err := walkFile(path); err != nil {
		return 0, err
	} else if found != nil {
		return 0, found
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		return 0, err
	}
	defer s.Close()
	problems, err := s.Check()
	if err != nil {
		return 0, err
	}
	if len(problems) > 0 {
		return 0, fmt.Errorf("data: backup %s: %w: check found %d problems, the first: %s", path, ErrDamaged, len(problems), problems[0])
	}
	return s.Count(Filter{Deleted: DeletedInclude})
}

// Restore replaces the database at dbPath by the backup at backupPath.
// The backup is first copied beside the database and the copy verified
// (VerifyBackup); the backup file itself is never changed. The current
// database, when there is one, is kept aside as
// dbPath.before-restore-YYYYMMDD-HHMMSS (now's local time) and never
// overwritten; a database open in another program is refused with
// ErrLocked. A damaged or unfinished current database may be replaced.
func Restore(dbPath, backupPath string, now time.Time) (RestoreResult, error) {
	var res RestoreResult
	if a, err := os.Stat(backupPath); err == nil {
		if b, err := os.Stat(dbPath); err == nil && os.SameFile(a, b) {
			return res, fmt.Errorf("data: restore %s: it is the database itself", backupPath)
		}
	}
	tmp, err := copyBeside(backupPath, dbPath)
	if err != nil {
		return res, err
	}
	keep := false
	defer func() {
		if !keep {
			os.Remove(tmp)
		}
	}()
	n, err := VerifyBackup(tmp)
	if err != nil {
		return res, &namedError{"data: restore " + backupPath + ": " + strings.ReplaceAll(strings.TrimPrefix(err.Error(), "data: "), tmp, backupPath), err}
	}
	res.Interactions = n
	if _, err := os.Stat(dbPath); err == nil {
		// Take the writer's lock for a moment: another program with the
		// file open makes the restore wait for it to close.
		cur, err := Open(dbPath)
		switch {
		case errors.Is(err, ErrLocked):
			return res, err
		case err == nil:
			cur.Close()
		}
		res.Aside = asideName(dbPath, now)
		if err := os.Rename(dbPath, res.Aside); err != nil {
			return res, fmt.Errorf("data: restore: keep %s aside: %w", dbPath, unwrapPath(err))
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return res, fmt.Errorf("data: restore to %s: %w", dbPath, unwrapPath(err))
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		if res.Aside != "" {
			os.Rename(res.Aside, dbPath)
		}
		return res, fmt.Errorf("data: restore to %s: %w", dbPath, unwrapPath(err))
	}
	keep = true
	return res, nil
}

// namedError is an error about the temporary copy worded with the
// backup file's name; it still matches what it wraps.
type namedError struct {
	msg string
	err error
}

func (e *namedError) Error() string { return e.msg }
func (e *namedError) Unwrap() error { return e.err }

// asideName is the free name dbPath.before-restore-<time>, with a
// counter when a restore in the same second already used it.
func asideName(dbPath string, now time.Time) string {
	base := dbPath + ".before-restore-" + now.Local().Format("20060102-150405")
	name := base
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d", base, i)
	}
}

// copyBeside copies the file src to a new temporary file in the folder
// of dst and returns its name.
func copyBeside(src, dst string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", fmt.Errorf("data: restore %s: %w", src, unwrapPath(err))
	}
	defer in.Close()
	if st, err := in.Stat(); err == nil && st.IsDir() {
		return "", fmt.Errorf("data: restore %s: it is a folder", src)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o700); err != nil {
		return "", fmt.Errorf("data: restore to %s: %w", dst, unwrapPath(err))
	}
	out, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".restore-*")
	if err != nil {
		return "", fmt.Errorf("data: restore to %s: %w", dst, unwrapPath(err))
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(out.Name())
		return "", fmt.Errorf("data: restore %s: copy: %w", src, unwrapPath(err))
	}
	return out.Name(), nil
}
