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
// empty database, and it is opened read-only (a shared lock: several
// readers at once, a read-only file readable, the file never written).
// What the store noticed without refusing the file goes to stderr as a
// warning.
func openExisting(e *env) (*data.Store, error) {
	if _, err := existingFile(e); err != nil {
		return nil, err
	}
	s, err := data.OpenWith(e.dbPath, data.OpenOptions{ReadOnly: true, Progress: upgradeProgress(e)})
	if err != nil {
		return nil, storeError(e.dbPath, err)
	}
	warn(e, s)
	return s, nil
}

// endsProcess is set by EndsProcess: the process exits as soon as Main
// returns.
var endsProcess bool

// EndsProcess tells the command line that the process exits as soon as
// Main returns, so that a command which only reads may leave its
// database open (see closeRead). The command-line program's main calls
// it; tests, which run many commands in one process, do not.
func EndsProcess() { endsProcess = true }

// closeRead closes a store opened by openExisting, or, when the process
// ends right after the command (EndsProcess), leaves it to the operating
// system: the exit drops the shared lock and the file's mapping, and
// sooner than munmap, which must first flush the mapping from every CPU
// the program's threads ran on (0.5–1 ms for the 2 GB mapping of a 1 M
// file). A read-only store has nothing to write back.
func closeRead(s *data.Store) {
	if endsProcess && s.ReadOnly() {
		return
	}
	s.Close()
}

// existingFile checks that --db names a file that is not empty.
func existingFile(e *env) (os.FileInfo, error) {
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
	return st, nil
}

// warn writes the store's warning, if any, as one line on stderr.
func warn(e *env, s *data.Store) {
	if w := s.Warning(); w != nil {
		fmt.Fprintf(e.stderr, "interactions: warning: %s\n", printable(e.dbPath+": "+w.Error()))
	}
}

// unwrapPathError drops the operation and path that *fs.PathError repeats.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// openForWriting opens an existing database for a command that changes
// it, with the exclusive lock a writer takes.
func openForWriting(e *env) (*data.Store, error) {
	if _, err := existingFile(e); err != nil {
		return nil, err
	}
	s, err := data.OpenWith(e.dbPath, data.OpenOptions{Progress: upgradeProgress(e)})
	if err != nil {
		return nil, storeError(e.dbPath, err)
	}
	warn(e, s)
	return s, nil
}

// checkOut checks the --out of command cmd: given, and a name of a sane
// length; what is how the usage names it (FILE, PATH).
func checkOut(cmd, what, out string) error {
	if out == "" {
		return usageErrorf("%s needs --out %s (see interactions help %s)", cmd, what, cmd)
	}
	if len(out) > maxPathBytes {
		return usageErrorf("--out: the file name is %d bytes long; at most %d", len(out), maxPathBytes)
	}
	return nil
}
