package data

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrFileExists is returned by BackupFile when the target file exists and
// replacing it was not asked for.
var ErrFileExists = errors.New("the file exists already")

// BackupFile writes a consistent copy of the database to path while the
// store stays open (one read transaction), through WriteFile: path never
// holds half a copy, and an existing path is refused with ErrFileExists
// unless replace is true. It reports whether an existing file was
// replaced.
func (s *Store) BackupFile(path string, replace bool) (replaced bool, err error) {
	if st, err := os.Stat(path); err == nil {
		if self, err := os.Stat(s.path); err == nil && os.SameFile(st, self) {
			return false, fmt.Errorf("data: backup to %s: it is the database itself", path)
		}
	}
	replaced, err = WriteFile(path, replace, s.Backup)
	if err != nil {
		return false, fmt.Errorf("data: backup to %s: %w", path, err)
	}
	return replaced, nil
}

// WriteFile makes the file path with what write writes: into a temporary
// file beside path, synced, then put in place, so that path never holds
// half a file and a failed write leaves nothing behind. An existing path
// is refused with ErrFileExists unless replace is true. It reports
// whether an existing file was replaced.
func WriteFile(path string, replace bool, write func(w io.Writer) error) (replaced bool, err error) {
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return false, errors.New("it is a folder")
		}
		if !replace {
			return false, ErrFileExists
		}
		replaced = true
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return false, unwrapPath(err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return false, err
	}
	if err := tmp.Sync(); err != nil {
		return false, unwrapPath(err)
	}
	if err := tmp.Close(); err != nil {
		return false, unwrapPath(err)
	}
	if err := placeFile(tmp.Name(), path, replace); err != nil {
		return false, err
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
