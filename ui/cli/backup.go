package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"interactions/data"
)

// runBackup writes a consistent copy of the database to --out.
func runBackup(e *env, args []string) error {
	fs := newFlagSet("backup")
	fs.Var(dbFlag{e}, "db", "")
	out := fs.String("out", "", "")
	replace := fs.Bool("replace", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkOut("backup", "FILE", *out); err != nil {
		return err
	}
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer s.Close()
	replaced, err := s.BackupFile(*out, *replace)
	switch {
	case errors.Is(err, data.ErrFileExists):
		return usageErrorf("%s exists already; choose another name or add --replace to overwrite it", *out)
	case err != nil:
		return storeError(e.dbPath, err)
	}
	size := int64(0)
	if st, err := os.Stat(*out); err == nil {
		size = st.Size()
	}
	verb := "written"
	if replaced {
		verb = "written over the previous file"
	}
	fmt.Fprintf(e.stdout, "backup: %s %s (%d bytes)\n", *out, verb, size)
	return nil
}

// runRestore replaces the database by a verified backup, keeping the
// current file aside.
func runRestore(e *env, args []string) error {
	fs := newFlagSet("restore")
	fs.Var(dbFlag{e}, "db", "")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return flagError(fs.Name(), err)
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) != 1 {
		return usageErrorf("restore needs one backup file: interactions --db FILE restore BACKUP (see interactions help restore)")
	}
	backup := files[0]
	if len(backup) > maxPathBytes {
		return usageErrorf("restore: the file name is %d bytes long; at most %d", len(backup), maxPathBytes)
	}
	if _, err := os.Stat(backup); err != nil {
		return usageErrorf("restore: backup %s: %v", backup, unwrapPathError(err))
	}
	res, err := data.Restore(e.dbPath, backup, time.Now())
	if err != nil {
		if errors.Is(err, data.ErrLocked) {
			return storeError(e.dbPath, err)
		}
		return &wrapped{"nothing restored: " + oneLine(strings.TrimPrefix(err.Error(), "data: ")), err}
	}
	fmt.Fprintf(e.stdout, "restored %s into %s: %d interactions, check passed\n", backup, e.dbPath, res.Interactions)
	if res.Aside != "" {
		fmt.Fprintf(e.stdout, "the previous database is kept as %s\n", res.Aside)
	}
	return nil
}
