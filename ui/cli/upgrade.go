package cli

import (
	"fmt"

	"interactions/data"
)

// upgradeProgress returns the progress function of an open: an upgrade
// of an older file says so on stderr once and then at every tenth of the
// records converted; a file that needs none prints nothing.
func upgradeProgress(e *env) func(data.Progress) {
	started, shown, step := false, -1, ""
	return func(p data.Progress) {
		if !started {
			started = true
			fmt.Fprintf(e.stderr, "interactions: upgrading %s to this version's format…\n", printable(e.dbPath))
		}
		if p.Total <= 0 {
			return
		}
		if p.What != step {
			step, shown = p.What, -1
		}
		unit, verb := "records", "upgrade"
		switch p.What {
		case "rebuild":
			verb = "rebuild of the indexes"
		case "text":
			unit = "words of the text index"
		case "text-docs":
			unit = "interactions of the text index"
		}
		if tenth := p.Done * 10 / p.Total; tenth > shown {
			shown = tenth
			fmt.Fprintf(e.stderr, "interactions: %s %d%% (%d of %d %s)\n", verb, tenth*10, p.Done, p.Total, unit)
		}
	}
}
