package workplace

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"interactions/data"
	"interactions/data/demo"
	"interactions/ui/cli"
	"interactions/ui/internal/uitest"
)

// TestWorkplace_SameRowsAsCommandLine switches SMS off and finds that the
// window's list and `interactions list` show the same interactions in the
// same order, and the same counts by type: one set of filter rules.
func TestWorkplace_SameRowsAsCommandLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "parity.db")
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := demo.Generate(demo.Options{Size: 400, Seed: 3, Lang: "en", Now: uitest.Now})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Load(ds); err != nil {
		t.Fatal(err)
	}
	set := st.Settings()
	set.Options.UseSMS = true
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	sms, err := st.Count(data.Filter{Kinds: []data.Kind{data.KindSMS}})
	if err != nil || sms == 0 {
		t.Fatalf("the demo has %d SMS (%v): nothing to hide", sms, err)
	}
	set.Options.UseSMS = false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	st.Close()

	// The command line, on the closed file.
	rows := runCLI(t, path, "list", "--limit", "0", "--format", "csv")
	var cliNumbers []string
	for _, r := range rows {
		if r[2] == "sms" {
			t.Fatalf("the command line lists an SMS while SMS is off: %q", r)
		}
		cliNumbers = append(cliNumbers, r[1])
	}
	cliGroups := map[string]int{}
	for _, r := range runCLI(t, path, "list", "--group", "type", "--format", "csv") {
		n, err := strconv.Atoi(r[1])
		if err != nil {
			t.Fatalf("group row %q", r)
		}
		cliGroups[r[0]] = n
	}

	// The window, on the same file.
	st, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	v, _ := showInteractions(t, st)
	total, _ := v.model.Total()
	if total != len(cliNumbers) {
		t.Fatalf("the window counts %d, the command line lists %d", total, len(cliNumbers))
	}
	var winNumbers []string
	for i := range total {
		winNumbers = append(winNumbers, readItem(t, v.model, i).Row.Interaction.Number)
	}
	if !slices.Equal(winNumbers, cliNumbers) {
		t.Errorf("the window and the command line list different rows:\nwindow %q\ncli    %q", winNumbers[:10], cliNumbers[:10])
	}

	v.setGroup(data.GroupBy{Kind: data.GroupType})
	uitest.Pump(t, "the groups", func() bool { return v.model.Settled() && len(v.model.Groups()) > 0 })
	winGroups := map[string]int{}
	for _, g := range v.model.Groups() {
		winGroups[g.Key.Type.String()] = g.Count
	}
	if len(winGroups) != len(cliGroups) {
		t.Errorf("groups by type: window %v, command line %v", winGroups, cliGroups)
	}
	for k, n := range winGroups {
		if cliGroups[k] != n {
			t.Errorf("group %s: window %d, command line %d", k, n, cliGroups[k])
		}
	}
}

// runCLI runs the command line on the database at path and returns its
// CSV records without the header; it fails the test on a non-zero exit.
func runCLI(t *testing.T, path string, args ...string) [][]string {
	t.Helper()
	var out, errOut bytes.Buffer
	code, _, _ := cli.Main(append([]string{"--db", path}, args...), &out, &errOut)
	if code != 0 {
		t.Fatalf("%v: exit %d: %s", args, code, errOut.String())
	}
	recs, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(recs) == 0 {
		t.Fatalf("%v: bad CSV (%v): %s", args, err, out.String())
	}
	return recs[1:]
}
