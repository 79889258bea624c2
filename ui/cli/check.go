package cli

import (
	"fmt"

	"interactions/data"
)

// runCheck verifies the indexes and counters of the database against
// its records.
func runCheck(e *env, args []string) error {
	fs := newFlagSet("check")
	fs.Var(dbFlag{e}, "db", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer closeRead(s)
	problems, err := s.Check()
	if err != nil {
		return storeError(e.dbPath, err)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(e.stdout, oneLine(p))
		}
		return &silentError{fmt.Sprintf("%s: check found %d problems", e.dbPath, len(problems))}
	}
	live, err := s.Count(data.Filter{})
	if err != nil {
		return storeError(e.dbPath, err)
	}
	marked, err := s.Count(data.Filter{Deleted: data.DeletedOnly})
	if err != nil {
		return storeError(e.dbPath, err)
	}
	fmt.Fprintf(e.stdout, "ok: %d interactions, all indexes and counters agree\n", live+marked)
	orphans, err := s.OrphanBlobs()
	if err != nil {
		return storeError(e.dbPath, err)
	}
	if len(orphans) > 0 {
		fmt.Fprintf(e.stdout, "note: %d stored attachments belong to no interaction (blobs %v)\n", len(orphans), orphans)
	}
	if sp, err := data.ReadFileSpace(e.dbPath); err == nil && sp.WorthCompacting() {
		fmt.Fprintf(e.stdout, "note: %s of the file's %s are free pages kept for later writes; \"interactions compact\" gives them back\n",
			megabytes(sp.Free), megabytes(sp.Size))
	}
	return nil
}
