package about

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestLicences_EveryRequirement keeps the licence table complete: every
// module go.mod requires has an entry, so a new dependency cannot ship
// without its licence in the About box.
func TestLicences_EveryRequirement(t *testing.T) {
	b, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, l := range libraries {
		if l.Licence == "" {
			t.Errorf("%s has no licence", l.Title())
		}
		known[l.Module] = true
	}
	inRequire := false
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
		case f[0] == "require" && len(f) > 1 && f[1] == "(":
			inRequire = true
		case f[0] == ")":
			inRequire = false
		case f[0] == "require" && len(f) > 2:
			if !known[f[1]] {
				t.Errorf("go.mod requires %s, which has no licence entry in licences.go", f[1])
			}
		case inRequire:
			if !known[f[0]] {
				t.Errorf("go.mod requires %s, which has no licence entry in licences.go", f[0])
			}
		}
	}
}

func TestLicences_LinkedOnly(t *testing.T) {
	got := linkedOnly(map[string]bool{"go.etcd.io/bbolt": true})
	var titles []string
	for _, l := range got {
		titles = append(titles, l.Title())
	}
	if want := []string{"Go standard library", "go.etcd.io/bbolt"}; !slices.Equal(titles, want) {
		t.Errorf("linkedOnly(bbolt) = %q, want %q", titles, want)
	}
	lines := licenceLines()
	for _, want := range []string{"Noto Sans (regular, bold, italic, bold italic) — SIL Open Font License 1.1", "go.etcd.io/bbolt — MIT", "fyne.io/fyne/v2 — BSD 3-Clause"} {
		if !strings.Contains(lines, want) {
			t.Errorf("licence lines lack %q:\n%s", want, lines)
		}
	}
}
