package cli

import (
	"fmt"
	"time"

	"interactions/data"
)

// runCompact rewrites the database without the space it no longer uses.
func runCompact(e *env, args []string) error {
	fs := newFlagSet("compact")
	fs.Var(dbFlag{e}, "db", "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if _, err := existingFile(e); err != nil {
		return err
	}
	start := time.Now()
	res, err := data.Compact(e.dbPath, compactProgress(e))
	if err != nil {
		return storeError(e.dbPath, err)
	}
	fmt.Fprintf(e.stdout, "compact: %s: %s → %s (%s given back), %d interactions, %.1f s\n",
		printable(e.dbPath), megabytes(res.Before), megabytes(res.After),
		megabytes(max(0, res.Before-res.After)), res.Interactions, time.Since(start).Seconds())
	return nil
}

// compactProgress prints an upgrade's steps as every command does, then
// the compaction's in tenths and the check of the new file.
func compactProgress(e *env) func(data.Progress) {
	upgrade := upgradeProgress(e)
	shown := -1
	return func(p data.Progress) {
		switch p.What {
		case "compact":
		case "compact-check":
			fmt.Fprintf(e.stderr, "interactions: checking the new file…\n")
			return
		default:
			upgrade(p)
			return
		}
		if shown < 0 {
			fmt.Fprintf(e.stderr, "interactions: compacting %s…\n", printable(e.dbPath))
			shown = 0
		}
		if p.Total <= 0 {
			return
		}
		if tenth := p.Done * 10 / p.Total; tenth > shown {
			shown = tenth
			fmt.Fprintf(e.stderr, "interactions: compaction %d%%\n", tenth*10)
		}
	}
}

// megabytes writes n bytes in MB of 2^20 bytes, with one decimal, as the
// README and scripts/compare-sqlite.sh do.
func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }
