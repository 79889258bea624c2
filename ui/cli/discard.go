package cli

import (
	"fmt"

	"interactions/data"
)

// runDiscard throws away what an unfinished demo load wrote, bringing the
// database back to the empty one it was before.
func runDiscard(e *env, args []string) error {
	fs := newFlagSet("discard")
	fs.Var(dbFlag{e}, "db", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := existingFile(e); err != nil {
		return err
	}
	found, err := data.DiscardInterrupted(e.dbPath)
	if err != nil {
		return storeError(e.dbPath, err)
	}
	if !found {
		fmt.Fprintln(e.stdout, printable("nothing to discard: "+e.dbPath+" has no unfinished load; it was not changed"))
		return nil
	}
	fmt.Fprintln(e.stdout, printable("discarded the unfinished load: "+e.dbPath+" is an empty database again"))
	return nil
}
