package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVCardExportAndDuplicateSafeImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "work.db")
	if code, _, errOut := run(db, "demo", "--size", "20", "--seed", "5"); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	vcf := filepath.Join(dir, "all.vcf")
	code, out, errOut := run(db, "export", "vcf", "--out", vcf, "--vcard-version", "3.0")
	if code != 0 || !strings.Contains(out, "as vCard 3.0") {
		t.Fatalf("export vcf = %d, %q, %q", code, out, errOut)
	}
	raw, _ := os.ReadFile(vcf)
	cards := strings.Count(string(raw), "BEGIN:VCARD")
	if cards == 0 || !strings.Contains(string(raw), "VERSION:3.0") {
		t.Fatalf("the file holds %d cards:\n%.300s", cards, raw)
	}
	before := filepath.Join(dir, "before.csv")
	run(db, "export", "csv", "--catalog", "persons", "--out", before)
	code, out, errOut = run(db, "import", "vcf", vcf)
	if code != 0 || !strings.Contains(out, " 0 new,") {
		t.Fatalf("re-import = %d, %q, %q; want nothing new", code, out, errOut)
	}
	after := filepath.Join(dir, "after.csv")
	run(db, "export", "csv", "--catalog", "persons", "--out", after)
	b, _ := os.ReadFile(before)
	a, _ := os.ReadFile(after)
	if string(a) != string(b) {
		t.Errorf("re-importing the exported cards changed the persons:\nbefore:\n%.600s\nafter:\n%.600s", b, a)
	}

	card := filepath.Join(dir, "phone.vcf")
	os.WriteFile(card, []byte("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Новый Человек\r\nTEL:8 (900) 111-22-33\r\nEND:VCARD\r\n"), 0o644)
	code, _, errOut = run(db, "import", "vcf", card)
	if code != 1 || !strings.Contains(errOut, "card 1 (Новый Человек)") || !strings.Contains(errOut, "--partner") {
		t.Errorf("a card without ORG = %d, %q; want it refused, naming the card and --partner", code, errOut)
	}
	partner := strings.Split(strings.Split(string(b), "\n")[1], ";")[1]
	for i, want := range []string{"1 new", "0 new, 1 updated"} {
		code, out, errOut = run(db, "import", "vcf", "--partner", partner, card)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("import %d with --partner = %d, %q, %q; want %q", i+1, code, out, errOut, want)
		}
	}
	if code, out, _ := run(db, "check"); code != 0 {
		t.Errorf("check: %d %q", code, out)
	}
}
