package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrFileExists is returned by BackupFile when the target file exists and
// replacing it was not asked for.
var ErrFileExists = errors.New("the file exists already")

// BackupFile writes a consistent copy of the database to path while the
// store stays open (one read transaction): it writes a temporary file
// beside path, syncs it and only then puts it in place, so that path never
// holds half a copy. An existing path is refused with ErrFileExists unless
// replace is true. It reports whether an existing file was replaced.
func (s *Store) BackupFile(path string, replace bool) (replaced bool, err error) {
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return false, fmt.Errorf("data: backup to %s: it is a folder", path)
		}
		if !replace {
			return false, fmt.Errorf("data: backup to %s: %w", path, ErrFileExists)
		}
		if self, err := os.Stat(s.path); err == nil && os.SameFile(st, self) {
			return false, fmt.Errorf("data: backup to %s: it is the database itself", path)
		}
		replaced = true
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return false, fmt.Errorf("data: backup to %s: %w", path, unwrapPath(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := s.Backup(tmp); err != nil {
		return false, fmt.Errorf("data: backup to %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return false, fmt.Errorf("data: backup to %s: %w", path, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return false, fmt.Errorf("data: backup to %s: %w", path, unwrapPath(err))
	}
	if err := placeFile(tmp.Name(), path, replace); err != nil {
		return false, fmt.Errorf("data: backup to %s: %w", path, err)
	}
	done = true
	return replaced, nil
}

// placeFile moves the finished file from to the name to. Without replace
// it never overwrites: a hard link fails when to exists; where links are
// not available it falls back to a check and a rename.
func placeFile(from, to string, replace bool) error {
	if replace {
		return unwrapPath(os.Rename(from, to))
	}
	err := os.Link(from, to)
	if err == nil {
		os.Remove(from)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return ErrFileExists
	}
	if _, serr := os.Stat(to); serr == nil {
		return ErrFileExists
	}
	return unwrapPath(os.Rename(from, to))
}
