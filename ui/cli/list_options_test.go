package cli_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"interactions/data"
)

// dbWithOptions copies the shared demo database and stores other options
// in the copy; it returns the copy's path and the store, open, for the
// test to read before it runs the command line.
func dbWithOptions(t *testing.T, change func(o *data.Options)) (string, *data.Store) {
	t.Helper()
	content, err := os.ReadFile(sharedDB(t))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "options.db")
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	set := s.Settings()
	change(&set.Options)
	if err := s.SaveSettings(set); err != nil {
		s.Close()
		t.Fatal(err)
	}
	return path, s
}

// groupCounts returns the counts of the groups, in their order.
func groupCounts(groups []data.Group) []int {
	out := make([]int, len(groups))
	for i, g := range groups {
		out[i] = g.Count
	}
	return out
}

// csvCounts returns the count column of list --group --format csv.
func csvCounts(t *testing.T, recs [][]string) []int {
	t.Helper()
	out := make([]int, len(recs))
	for i, r := range recs {
		n, err := strconv.Atoi(r[1])
		if err != nil {
			t.Fatalf("group row %q", r)
		}
		out[i] = n
	}
	return out
}

// TestListLeavesOutSwitchedOffTypes switches SMS off and checks that list
// shows what the window shows: no SMS in the rows or the groups, counts
// as the store counts the scoped filter, SMS back with --all-types, and
// --type sms refused with the option's name.
func TestListLeavesOutSwitchedOffTypes(t *testing.T) {
	path, s := dbWithOptions(t, func(o *data.Options) { o.UseSMS = false })
	opts := s.Settings().Options
	scoped := opts.Scope(data.Filter{})
	want, err := s.Count(scoped)
	if err != nil {
		t.Fatal(err)
	}
	all, _ := s.Count(data.Filter{})
	sms, _ := s.Count(data.Filter{Kinds: []data.Kind{data.KindSMS}})
	wantGroups := map[string][]int{}
	for name, kind := range map[string]data.GroupKind{"type": data.GroupType, "responsible": data.GroupResponsible,
		"contact": data.GroupContact, "subject": data.GroupSubject, "month": data.GroupMonth} {
		groups, err := s.Groups(scoped, data.GroupBy{Kind: kind})
		if err != nil {
			t.Fatal(err)
		}
		wantGroups[name] = groupCounts(groups)
	}
	s.Close()
	if sms == 0 || want+sms != all {
		t.Fatalf("demo data: %d interactions, %d SMS, %d without SMS", all, sms, want)
	}

	rows := listCSV(t, path, "--limit", "0")
	if len(rows) != want {
		t.Errorf("list --limit 0 with SMS off: %d rows, want %d", len(rows), want)
	}
	for _, r := range rows {
		if r[2] == "sms" {
			t.Fatalf("list with SMS off shows an SMS: %q", r)
		}
	}
	for g, counts := range wantGroups {
		recs := listCSV(t, path, "--limit", "0", "--group", g)
		if got := csvCounts(t, recs); !slices.Equal(got, counts) {
			t.Errorf("--group %s with SMS off: counts %v, want %v", g, got, counts)
		}
		if g == "type" && slices.ContainsFunc(recs, func(r []string) bool { return r[0] == "sms" }) {
			t.Errorf("--group type with SMS off has an sms group: %q", recs)
		}
	}

	if rows := listCSV(t, path, "--limit", "0", "--all-types"); len(rows) != all {
		t.Errorf("--all-types: %d rows, want %d", len(rows), all)
	}
	recs := listCSV(t, path, "--limit", "0", "--all-types", "--group", "type")
	if !slices.ContainsFunc(recs, func(r []string) bool { return r[0] == "sms" && r[1] == strconv.Itoa(sms) }) {
		t.Errorf("--all-types --group type: %q, want sms,%d among them", recs, sms)
	}
	rows = listCSV(t, path, "--limit", "0", "--all-types", "--type", "sms")
	if len(rows) != sms || slices.ContainsFunc(rows, func(r []string) bool { return r[2] != "sms" }) {
		t.Errorf("--all-types --type sms: %d rows, want %d SMS", len(rows), sms)
	}
	if rows := listCSV(t, path, "--limit", "0", "--type", "call"); len(rows) == 0 {
		t.Error("--type call with SMS off: no rows")
	}

	for _, typ := range []string{"sms", "email,sms", "SMS"} {
		code, out, errOut := run(path, "list", "--type", typ)
		if code != 2 || out != "" {
			t.Errorf("--type %s with SMS off: exit %d, stdout %q; want 2 and nothing", typ, code, out)
		}
		oneStderrLine(t, errOut)
		if !strings.Contains(errOut, `"Use SMS"`) || !strings.Contains(errOut, "--all-types") {
			t.Errorf("--type %s with SMS off: %q names neither the option nor --all-types", typ, errOut)
		}
	}
}

// TestListWithEveryTypeOff lists nothing, as the window does.
func TestListWithEveryTypeOff(t *testing.T) {
	path, s := dbWithOptions(t, func(o *data.Options) {
		o.UseEmail, o.UseOtherInteractions, o.UseSMS = false, false, false
	})
	all, _ := s.Count(data.Filter{})
	s.Close()
	if rows := listCSV(t, path, "--limit", "0"); len(rows) != 0 {
		t.Errorf("every type off: %d rows", len(rows))
	}
	if recs := listCSV(t, path, "--limit", "0", "--group", "responsible"); len(recs) != 0 {
		t.Errorf("every type off: groups %q", recs)
	}
	code, out, _ := run(path, "list")
	if code != 0 || !strings.Contains(out, "(no interactions match)") {
		t.Errorf("every type off: exit %d\n%s", code, out)
	}
	if rows := listCSV(t, path, "--limit", "0", "--all-types"); len(rows) != all {
		t.Errorf("every type off, --all-types: %d rows, want %d", len(rows), all)
	}
}

// TestListRefusesWhatOptionsHide checks the flags that name what an
// option switches off: each is a one-line error naming the option.
func TestListRefusesWhatOptionsHide(t *testing.T) {
	path, s := dbWithOptions(t, func(o *data.Options) {
		o.UseReview, o.UseSubjects, o.UseAttributes = false, false, false
	})
	deals, _ := s.Deals()
	defs := s.AttrDefs()
	all, _ := s.Count(data.Filter{})
	s.Close()
	if len(deals) == 0 || len(defs) == 0 {
		t.Fatalf("demo data: %d deals, %d attributes", len(deals), len(defs))
	}
	for _, tt := range []struct {
		args   []string
		option string
	}{
		{[]string{"--status", "to-review"}, `"Use the reviewed flag and review after"`},
		{[]string{"--status", "reviewed", "--all-types"}, `"Use the reviewed flag and review after"`},
		{[]string{"--subject", "deal:" + strconv.Itoa(int(deals[0].ID))}, `"Use subjects"`},
		{[]string{"--group", "subject"}, `"Use subjects"`},
		{[]string{"--group", "attr:" + defs[0].Name}, `"Use additional attributes"`},
	} {
		code, out, errOut := run(path, append([]string{"list"}, tt.args...)...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 2 and nothing", tt.args, code, out)
		}
		oneStderrLine(t, errOut)
		if !strings.Contains(errOut, tt.option) || !strings.Contains(errOut, "switched off") {
			t.Errorf("%v: %q does not name the option %s", tt.args, errOut, tt.option)
		}
	}
	// What the options leave alone still works, and every type is on.
	if rows := listCSV(t, path, "--limit", "0", "--status", "all"); len(rows) != all {
		t.Errorf("--status all: %d rows, want %d", len(rows), all)
	}
	if recs := listCSV(t, path, "--limit", "0", "--group", "responsible"); len(recs) == 0 {
		t.Error("--group responsible: no groups")
	}
}

func TestListHelpNamesAllTypes(t *testing.T) {
	code, out, _ := run("", "list", "--help")
	if code != 0 || !strings.Contains(out, "--all-types") || !strings.Contains(out, "switched off in the settings") {
		t.Errorf("list --help: exit %d, does not explain --all-types:\n%s", code, out)
	}
}
