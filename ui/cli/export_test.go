package cli_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestExportCSVFollowsTheListFilters(t *testing.T) {
	db := sharedDB(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "calls.csv")
	code, stdout, errOut := run(db, "export", "csv", "--out", out, "--type", "call", "--sep", "comma")
	if code != 0 {
		t.Fatalf("export = %d, %q", code, errOut)
	}
	want := len(listCSV(t, db, "--type", "call", "--limit", "0"))
	if !strings.Contains(stdout, "exported "+strconv.Itoa(want)+" interactions") {
		t.Errorf("export said %q, want %d interactions", stdout, want)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(raw), "\n")
	if !strings.HasPrefix(string(raw), "\ufeffid,date,number,type,") || lines < want+1 {
		t.Errorf("the file starts %q and has %d lines, want a BOM, the header and %d rows", string(raw[:min(40, len(raw))]), lines, want)
	}
	if code, _, errOut := run(db, "export", "csv", "--out", out); code != 2 || !strings.Contains(errOut, "--replace") {
		t.Errorf("export over an existing file = %d, %q", code, errOut)
	}
	if code, _, errOut := run(db, "export", "csv", "--out", out, "--catalog", "partners", "--type", "call"); code != 2 {
		t.Errorf("--type with --catalog partners = %d, %q; want 2", code, errOut)
	}
	if code, _, _ := run(db, "export", "vcf", "--out", out); code != 2 {
		t.Errorf("export vcf = %d, want 2 (not a format of this version)", code)
	}
}

func TestImportCSVRoundTripAndAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "20", "--seed", "4"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	partners, persons := filepath.Join(dir, "p.csv"), filepath.Join(dir, "pe.csv")
	for file, what := range map[string]string{partners: "partners", persons: "persons"} {
		if code, _, errOut := run(db, "export", "csv", "--catalog", what, "--out", file); code != 0 {
			t.Fatalf("export %s: %s", what, errOut)
		}
	}
	code, out, errOut := run(db, "import", "csv", partners, persons)
	if code != 0 || !strings.Contains(out, " 0 new,") || strings.Count(out, "imported") != 2 {
		t.Fatalf("re-import = %d, %q, %q; want everything updated, nothing new", code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("name;kinds\nНовый партнёр;client\nПлохой;friend\n"), 0o644)
	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("\ufeffname,phone\nСвежий партнёр,8 (495) 111-22-33\n"), 0o644)
	code, out, errOut = run(db, "import", "csv", bad, good)
	if code != 1 || !strings.Contains(errOut, bad+": nothing imported: line 3, column kinds") {
		t.Errorf("import of a bad and a good file = %d, %q, %q", code, out, errOut)
	}
	if !strings.Contains(out, "1 partners imported: 1 new") {
		t.Errorf("the good file was not imported: %q", out)
	}
	after := filepath.Join(dir, "after.csv")
	run(db, "export", "csv", "--catalog", "partners", "--out", after)
	raw, _ := os.ReadFile(after)
	if strings.Contains(string(raw), "Новый партнёр") || !strings.Contains(string(raw), "Свежий партнёр") {
		t.Errorf("after the import the partners are:\n%s", raw)
	}
	if code, out, _ := run(db, "check"); code != 0 {
		t.Errorf("check after imports: %d %q", code, out)
	}
}

func TestExportICS(t *testing.T) {
	db := sharedDB(t)
	out := filepath.Join(t.TempDir(), "meetings.ics")
	code, stdout, errOut := run(db, "export", "ics", "--out", out, "--type", "meeting,planned")
	if code != 0 {
		t.Fatalf("export ics = %d, %q", code, errOut)
	}
	want := len(listCSV(t, db, "--type", "meeting,planned", "--limit", "0"))
	raw, _ := os.ReadFile(out)
	if got := strings.Count(string(raw), "BEGIN:VEVENT"); got != want || !strings.Contains(stdout, "exported "+strconv.Itoa(want)+" meetings") {
		t.Errorf("export ics wrote %d events and said %q; the list has %d", got, stdout, want)
	}
	none := filepath.Join(t.TempDir(), "none.ics")
	if code, _, errOut := run(db, "export", "ics", "--out", none, "--type", "sms"); code != 1 || !strings.Contains(errOut, "no meetings or planned interactions match") {
		t.Errorf("export ics of SMS only = %d, %q", code, errOut)
	}
	if _, err := os.Stat(none); err == nil {
		t.Errorf("an empty export left a file")
	}
}
