package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDatesOutOfRange: dates outside 1900–2200 are a wrong command line
// (exit 2), not a filter that matches nothing or everything.
func TestDatesOutOfRange(t *testing.T) {
	db := sharedDB(t)
	for _, args := range [][]string{
		{"--to", "9999-12-31"}, {"--from", "2262-04-12"}, {"--from", "1899-12-31"}, {"--to", "2201-01-01"},
	} {
		code, _, errOut := run(db, append([]string{"list"}, args...)...)
		if code != 2 || !strings.Contains(errOut, "the year must be from 1900 to 2200") {
			t.Errorf("list %v: exit %d, %q; want exit 2 naming the years", args, code, errOut)
		}
		oneStderrLine(t, errOut)
	}
	for _, args := range [][]string{{"--from", "1900-01-01"}, {"--to", "2200-12-31"}} {
		if code, _, errOut := run(db, append([]string{"list", "--limit", "1"}, args...)...); code != 0 {
			t.Errorf("list %v: exit %d: %s", args, code, errOut)
		}
	}
	if code, _, errOut := run(filepath.Join(t.TempDir(), "x.db"), "demo", "--size", "10", "--now", "2300-01-01"); code != 2 {
		t.Errorf("demo --now 2300-01-01: exit %d, %q; want 2", code, errOut)
	}
}

// TestLongNamesAndSearch: a name or search text beyond the limits is
// refused before any matching, with a short message.
func TestLongNamesAndSearch(t *testing.T) {
	db := sharedDB(t)
	long := strings.Repeat("a", 131_000)
	for _, args := range [][]string{
		{"--subject", long}, {"--contact", long}, {"--responsible", long}, {"--group", "attr:" + long}, {"--search", long},
	} {
		code, _, errOut := run(db, append([]string{"list"}, args...)...)
		if code != 2 || !strings.Contains(errOut, "characters long") || len(errOut) > 300 {
			t.Errorf("list %s <131000 characters>: exit %d, %d-byte message %.200q; want exit 2 and a short message", args[0], code, len(errOut), errOut)
		}
	}
	// Just within the limit, an unknown name is still matched and named.
	code, _, errOut := run(db, "list", "--subject", strings.Repeat("я", 200))
	if code != 2 || !strings.Contains(errOut, "closest") {
		t.Errorf("list --subject <200 characters>: exit %d, %q", code, errOut)
	}
}

// TestSearchWithoutLetters: a search with no letters or digits is refused.
func TestSearchWithoutLetters(t *testing.T) {
	db := sharedDB(t)
	for _, text := range []string{"*", "😀", "--- !!! ...", "«»"} {
		code, out, errOut := run(db, "list", "--search", text)
		if code != 2 || !strings.Contains(errOut, "nothing to search for") || out != "" {
			t.Errorf("list --search %q: exit %d, stdout %d bytes, %q; want exit 2, nothing to search for", text, code, len(out), errOut)
		}
	}
}

// TestEchoedInputEscaped: control characters and bytes that are not UTF-8
// in echoed input come back escaped; a long argument comes back short;
// a path is named once.
func TestEchoedInputEscaped(t *testing.T) {
	dir := t.TempDir()
	hostile := filepath.Join(dir, "a\x1b[31mred\xff\xfe.db")
	code, _, errOut := run(hostile, "list")
	if code != 2 || strings.ContainsAny(errOut, "\x1b") || !strings.Contains(errOut, `\x1b[31mred\xff\xfe.db`) {
		t.Errorf("list with a hostile --db: exit %d, %q; want it escaped", code, errOut)
	}
	oneStderrLine(t, errOut)
	code, _, errOut = run(sharedDB(t), "list", "--type", strings.Repeat("x", 131_000))
	if code != 2 || len(errOut) > 400 {
		t.Errorf("list --type <131000 characters>: exit %d, %d bytes on stderr; want exit 2 and a short line", code, len(errOut))
	}
	code, _, errOut = run(sharedDB(t), "list", "--status", "\u202egnp.exe")
	if code != 2 || strings.Contains(errOut, "\u202e") || !strings.Contains(errOut, `\u202e`) {
		t.Errorf("list --status <right-to-left override>: exit %d, %q; want it escaped", code, errOut)
	}
	// A path under a file: the system's error, the path once.
	file := filepath.Join(dir, "plain")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	under := filepath.Join(file, "x.db")
	code, _, errOut = run(under, "demo", "--size", "10")
	if code != 1 || strings.Count(errOut, under) != 1 {
		t.Errorf("demo --db %s: exit %d, %q; want the path named once", under, code, errOut)
	}
}
