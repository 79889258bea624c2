package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"interactions/data"
)

// openExisting opens the database for a command that only reads it: the
// file must exist already, so that a mistyped --db never creates a new,
// empty database.
func openExisting(e *env) (*data.Store, error) {
	st, err := os.Stat(e.dbPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErrorf("database %s does not exist (make one with: interactions --db FILE demo --size N)", e.dbPath)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", e.dbPath, unwrapPathError(err))
	case st.IsDir():
		return nil, usageErrorf("--db %s is a folder, not a database file", e.dbPath)
	case st.Size() == 0:
		return nil, &wrapped{e.dbPath + ": the file is empty, not an Interactions database", data.ErrDamaged}
	}
	s, err := data.Open(e.dbPath)
	if err != nil {
		return nil, storeError(e.dbPath, err)
	}
	return s, nil
}

// unwrapPathError drops the operation and path that *fs.PathError repeats.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
