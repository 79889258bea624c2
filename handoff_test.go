//go:build ci

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandOff runs the commands interactions-cli hands to
// interactions-cli-full through the real programs: they run there with
// the same arguments, output and exit code, and without
// interactions-cli-full beside it interactions-cli says what is missing.
func TestHandOff(t *testing.T) {
	bins := programs(t)
	cli := bins["interactions-cli"]
	dir := t.TempDir()
	db := filepath.Join(dir, "demo.db")
	env := []string{"LANG=en_US.UTF-8"}

	code, out, errOut := run(t, cli, env, "--db", db, "demo", "--size", "50", "--seed", "1")
	if code != 0 || !strings.HasPrefix(out, "demo: 50 interactions") || errOut != "" {
		t.Fatalf("demo: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	pdf := filepath.Join(dir, "calendar.pdf")
	if code, _, errOut := run(t, cli, env, "report", "calendar", "--out", pdf, "--db", db); code != 0 {
		t.Fatalf("report: exit %d: %s", code, errOut)
	}
	if b, err := os.ReadFile(pdf); err != nil || !strings.HasPrefix(string(b), "%PDF-") {
		t.Fatalf("report wrote no PDF: %v", err)
	}
	code, _, errOut = run(t, cli, env, "--db", db, "demo", "--size", "10")
	if code != 1 || !strings.Contains(errOut, "already holds interactions") {
		t.Errorf("demo on a full database: exit %d, stderr %q; want 1 and the full program's message", code, errOut)
	}
	if code, out, errOut := run(t, cli, env, "--db", db, "list", "--limit", "3"); code != 0 || errOut != "" ||
		strings.Count(out, "\n") < 4 {
		t.Errorf("list: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	alone := filepath.Join(t.TempDir(), "interactions-cli")
	b, err := os.ReadFile(cli)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(alone, b, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errOut = run(t, alone, env, "--db", filepath.Join(dir, "new.db"), "demo", "--size", "10")
	if code != 1 || !strings.Contains(errOut, "demo runs in interactions-cli-full, which is not in "+filepath.Dir(alone)) {
		t.Errorf("demo without interactions-cli-full: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "new.db")); !os.IsNotExist(err) {
		t.Errorf("demo without interactions-cli-full made a database file: %v", err)
	}
	if code, out, errOut := run(t, alone, env, "--db", db, "list", "--limit", "1"); code != 0 || out == "" || errOut != "" {
		t.Errorf("list without interactions-cli-full: exit %d, stderr %q", code, errOut)
	}
}
