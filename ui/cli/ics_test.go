package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestICSExportReimportAndRecurring(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "300", "--seed", "3", "--now", "2026-03-01"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	ics := filepath.Join(dir, "all.ics")
	code, out, errOut := run(db, "export", "ics", "--out", ics)
	if code != 0 {
		t.Fatalf("export ics = %d, %q, %q", code, out, errOut)
	}
	before := filepath.Join(dir, "before.csv")
	run(db, "export", "csv", "--out", before, "--all-types")
	code, out, errOut = run(db, "import", "ics", ics)
	if code != 0 || !strings.Contains(out, " 0 new,") {
		t.Fatalf("re-import = %d, %q, %q; want nothing new", code, out, errOut)
	}
	after := filepath.Join(dir, "after.csv")
	run(db, "export", "csv", "--out", after, "--all-types")
	b, _ := os.ReadFile(before)
	a, _ := os.ReadFile(after)
	if string(a) != string(b) {
		t.Errorf("re-importing the exported events changed the list")
	}

	rec := filepath.Join(dir, "weekly.ics")
	os.WriteFile(rec, []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w@x\r\nDTSTART;TZID=Europe/Moscow:20260302T100000\r\nDURATION:PT30M\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nSUMMARY:Планёрка\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"), 0o644)
	code, _, errOut = run(db, "import", "ics", rec)
	if code != 1 || !strings.Contains(errOut, "event 1 (line 3, \"Планёрка\"): a recurring event") || !strings.Contains(errOut, "--from") {
		t.Errorf("a recurring event without a period = %d, %q; want it refused, naming the event and --from", code, errOut)
	}
	code, out, errOut = run(db, "import", "ics", "--from", "2026-03-01", "--to", "2026-03-31", rec)
	if code != 0 || !strings.Contains(out, "5 events imported: 5 new") {
		t.Errorf("import over March = %d, %q, %q; want 5 occurrences", code, out, errOut)
	}
	if code, out, _ := run(db, "check"); code != 0 {
		t.Errorf("check: %d %q", code, out)
	}
}
