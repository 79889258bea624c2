package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupAndRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "40", "--seed", "2"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	bak := filepath.Join(dir, "copy.db")
	code, out, errOut := run(db, "backup", "--out", bak)
	if code != 0 || !strings.HasPrefix(out, "backup: "+bak+" written") {
		t.Fatalf("backup = %d, %q, %q", code, out, errOut)
	}
	code, _, errOut = run(db, "backup", "--out", bak)
	if code != 2 || !strings.Contains(errOut, "--replace") {
		t.Errorf("backup over an existing file = %d, %q; want exit 2 naming --replace", code, errOut)
	}
	oneStderrLine(t, errOut)
	if code, out, _ := run(db, "backup", "--out", bak, "--replace"); code != 0 || !strings.Contains(out, "written over") {
		t.Errorf("backup --replace = %d, %q", code, out)
	}
	if code, _, errOut := run(db, "backup"); code != 2 || !strings.Contains(errOut, "--out") {
		t.Errorf("backup without --out = %d, %q", code, errOut)
	}

	// The restored database shows what the backup held; the other one is kept.
	other := filepath.Join(dir, "other.db")
	if code, _, errOut := run(other, "demo", "--size", "15", "--seed", "3"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	want, wantAside := len(listCSV(t, db, "--limit", "0")), len(listCSV(t, other, "--limit", "0"))
	code, out, errOut = run(other, "restore", bak)
	if code != 0 || !strings.Contains(out, "40 interactions, check passed") || !strings.Contains(out, "kept as "+other+".before-restore-") {
		t.Fatalf("restore = %d, %q, %q", code, out, errOut)
	}
	if rows := listCSV(t, other, "--limit", "0"); len(rows) != want {
		t.Errorf("after restore the list has %d rows, want %d as in the backed-up database", len(rows), want)
	}
	aside, _ := filepath.Glob(other + ".before-restore-*")
	if len(aside) != 1 {
		t.Fatalf("files kept aside: %q, want one", aside)
	}
	if rows := listCSV(t, aside[0], "--limit", "0"); len(rows) != wantAside {
		t.Errorf("the file kept aside lists %d rows, want %d", len(rows), wantAside)
	}
	if code, out, _ := run(db, "check"); code != 0 {
		t.Errorf("check after backup: %d %q", code, out)
	}
}

func TestRestoreRefusesDamagedBackup(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "10", "--seed", "2"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	bad := filepath.Join(dir, "bad.db")
	if err := os.WriteFile(bad, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(db, "restore", bad)
	if code != 1 || !strings.HasPrefix(errOut, "interactions: nothing restored: restore "+bad) {
		t.Errorf("restore of a damaged file = %d, %q", code, errOut)
	}
	oneStderrLine(t, errOut)
	if code, _, errOut := run(db, "restore"); code != 2 || !strings.Contains(errOut, "one backup file") {
		t.Errorf("restore without a file = %d, %q", code, errOut)
	}
	if code, _, errOut := run(db, "restore", filepath.Join(dir, "missing.db")); code != 2 {
		t.Errorf("restore of a missing file = %d, %q", code, errOut)
	}
	if left, _ := filepath.Glob(db + "*"); len(left) != 1 {
		t.Errorf("files beside the database: %q, want only it", left)
	}
}
