package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMail_ImportExportReimport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "30", "--seed", "3"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	samples := filepath.Join("..", "..", "data", "mail", "testdata")
	code, out, errOut := run(db, "import", "eml", samples, filepath.Join(dir, "missing.eml"))
	if code != 1 || strings.Count(out, "1 e-mail imported") != 7 || !strings.Contains(out, "broken.eml: 1 e-mail imported; not read (") ||
		!strings.Contains(out, "  header line 3 is not a field") {
		t.Errorf("import eml = %d, %q", code, out)
	}
	if !strings.Contains(errOut, "missing.eml: nothing imported: no such file or directory") || !strings.Contains(errOut, "1 of 8 files not imported") {
		t.Errorf("import eml stderr = %q", errOut)
	}
	code, out, errOut = run(db, "import", "mbox", filepath.Join(samples, "thread.mbox"))
	if code != 0 || !strings.Contains(out, "3 e-mails imported") {
		t.Errorf("import mbox = %d, %q, %q", code, out, errOut)
	}
	code, out, _ = run(db, "import", "mbox", filepath.Join(samples, "thread.mbox"))
	if code != 0 || !strings.Contains(out, "0 e-mails imported, 3 there already") {
		t.Errorf("import mbox again = %d, %q", code, out)
	}

	folder := filepath.Join(dir, "mail")
	code, out, errOut = run(db, "export", "eml", "--out", folder, "--search", "марте")
	if code != 0 || !strings.Contains(out, "exported 3 e-mails to the folder") {
		t.Fatalf("export eml = %d, %q, %q", code, out, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(folder, "*.eml"))
	if len(files) != 3 {
		t.Fatalf("%d files in the folder, want 3", len(files))
	}
	code, out, _ = run(db, "import", "eml", folder)
	if code != 0 || strings.Count(out, "0 e-mails imported, 1 there already") != 3 {
		t.Errorf("re-import of the export = %d, %q", code, out)
	}

	one := filepath.Join(dir, "one.eml")
	code, out, errOut = run(db, "export", "eml", "--out", one, "--search", "Логотип")
	raw, _ := os.ReadFile(one)
	if code != 0 || !strings.Contains(out, "exported 1 e-mail to") || !strings.Contains(string(raw), "Content-Type: multipart/mixed") {
		t.Errorf("export eml to one file = %d, %q, %q", code, out, errOut)
	}
	code, _, errOut = run(db, "export", "eml", "--out", one, "--search", "Логотип")
	if code != 2 || !strings.Contains(errOut, "exists already") {
		t.Errorf("export over an existing file = %d, %q", code, errOut)
	}
	code, _, errOut = run(db, "export", "eml", "--out", filepath.Join(dir, "all.eml"))
	if code != 2 || !strings.Contains(errOut, "names one file, but the filters select") {
		t.Errorf("export of many into one file = %d, %q", code, errOut)
	}
	code, _, errOut = run(db, "import", "eml")
	if code != 2 || !strings.Contains(errOut, "import eml needs one or more files") {
		t.Errorf("import eml without files = %d, %q", code, errOut)
	}
	if code, out, _ := run(db, "check"); code != 0 {
		t.Errorf("check: %d %q", code, out)
	}
}
