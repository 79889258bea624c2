package cli_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"interactions/data"
	"interactions/ui/cli"
)

// demoDB is a database made once by the demo command and shared by the
// tests that only read it.
var demoDB struct {
	once sync.Once
	path string
	err  string
}

func sharedDB(t *testing.T) string {
	t.Helper()
	demoDB.once.Do(func() {
		dir, err := os.MkdirTemp("", "cli-test-")
		if err != nil {
			demoDB.err = err.Error()
			return
		}
		demoDB.path = filepath.Join(dir, "demo.db")
		code, out, errOut := run(demoDB.path, "demo", "--size", "300", "--seed", "1")
		if code != 0 {
			demoDB.err = "demo: exit " + strconv.Itoa(code) + ": " + errOut + out
		}
	})
	if demoDB.err != "" {
		t.Fatal(demoDB.err)
	}
	return demoDB.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demoDB.path != "" {
		os.RemoveAll(filepath.Dir(demoDB.path))
	}
	os.Exit(code)
}

// run calls Main with --db path (unless empty) and the arguments.
func run(path string, args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	if path != "" {
		args = append([]string{"--db", path}, args...)
	}
	code, gui, _ := cli.Main(args, &o, &e)
	if gui {
		return -1, o.String(), e.String()
	}
	return code, o.String(), e.String()
}

// listCSV runs list --format csv and returns the records after the header.
func listCSV(t *testing.T, path string, args ...string) [][]string {
	t.Helper()
	code, out, errOut := run(path, append([]string{"list", "--format", "csv"}, args...)...)
	if code != 0 {
		t.Fatalf("list %v: exit %d: %s", args, code, errOut)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("list %v: bad CSV: %v\n%s", args, err, out)
	}
	if len(recs) == 0 {
		t.Fatalf("list %v: no header row", args)
	}
	return recs[1:]
}

// oneStderrLine checks the form of a command line error.
func oneStderrLine(t *testing.T, stderr string) {
	t.Helper()
	if !strings.HasPrefix(stderr, "interactions: ") || strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
		t.Fatalf("stderr is not one line \"interactions: …\": %q", stderr)
	}
}

func TestDemoWritesSummary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	code, out, errOut := run(path, "demo", "--size", "50", "--lang", "en", "--seed", "7")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "50 interactions") || strings.Count(out, "\n") != 1 {
		t.Fatalf("summary = %q", out)
	}
}

func TestDemoOnNonEmptyDatabase(t *testing.T) {
	path := sharedDB(t)
	before, _ := os.ReadFile(path)
	code, out, errOut := run(path, "demo", "--size", "10")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (stdout %q)", code, out)
	}
	oneStderrLine(t, errOut)
	if !strings.Contains(errOut, "already holds interactions") {
		t.Fatalf("stderr = %q", errOut)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("the database changed")
	}
}

func TestDemoFlags(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	for _, args := range [][]string{
		{"demo"},
		{"demo", "--size", "0"},
		{"demo", "--size", "5000001"},
		{"demo", "--size", "ten"},
		{"demo", "--size", "10", "--lang", "de"},
		{"demo", "--size", "10", "--seed", "-1"},
		{"demo", "--size", "10", "extra"},
	} {
		code, _, errOut := run(path, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		oneStderrLine(t, errOut)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("a failed demo command left a database file")
	}
}

func TestListTable(t *testing.T) {
	path := sharedDB(t)
	code, out, errOut := run(path, "list")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	for _, col := range []string{"Date", "Type", "Dir", "Topic", "Contacts", "Subject", "Responsible", "Reviewed"} {
		if !strings.Contains(lines[0], col) {
			t.Fatalf("header %q lacks %s", lines[0], col)
		}
	}
	// 50 rows by default, then a line saying more match.
	if len(lines) != 1+50+1 || !strings.Contains(lines[51], "--limit") {
		t.Fatalf("%d lines, last %q", len(lines), lines[len(lines)-1])
	}
	if _, err := time.ParseInLocation("2006-01-02 15:04", lines[1][:16], time.Local); err != nil {
		t.Fatalf("first row %q: %v", lines[1], err)
	}
	code, out, _ = run(path, "list", "--limit", "5")
	if n := strings.Count(out, "\n"); code != 0 || n != 1+5+1 {
		t.Fatalf("--limit 5: exit %d, %d lines:\n%s", code, n, out)
	}
}

func TestListCSV(t *testing.T) {
	path := sharedDB(t)
	code, out, _ := run(path, "list", "--format", "csv", "--limit", "3")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if first, _, _ := strings.Cut(out, "\n"); first != "date,number,type,direction,topic,contacts,subject,responsible,reviewed,review_after" {
		t.Fatalf("header row %q", first)
	}
	rows := listCSV(t, path, "--limit", "10")
	if len(rows) != 10 {
		t.Fatalf("--limit 10 gave %d rows", len(rows))
	}
	all := listCSV(t, path, "--limit", "0")
	if len(all) < 200 || len(all) > 300 {
		t.Fatalf("--limit 0 gave %d rows of 300", len(all))
	}
	var prev time.Time
	for i, r := range all {
		d, err := time.Parse(time.RFC3339, r[0])
		if err != nil {
			t.Fatalf("row %d date %q: %v", i, r[0], err)
		}
		if i > 0 && d.After(prev) {
			t.Fatalf("row %d is newer than the one before it", i)
		}
		prev = d
		if len(r) != 10 || r[1] == "" || r[4] == "" || r[7] == "" {
			t.Fatalf("row %d: %q", i, r)
		}
	}
}

func TestListFiltersNarrow(t *testing.T) {
	path := sharedDB(t)
	all := listCSV(t, path, "--limit", "0")
	check := func(name string, rows [][]string, ok func([]string) bool) {
		t.Helper()
		if len(rows) == 0 || len(rows) >= len(all) {
			t.Errorf("%s: %d rows of %d", name, len(rows), len(all))
		}
		for _, r := range rows {
			if !ok(r) {
				t.Errorf("%s: row does not match: %q", name, r)
				return
			}
		}
	}
	check("type call", listCSV(t, path, "--limit", "0", "--type", "call"), func(r []string) bool { return r[2] == "call" })
	check("type email,sms", listCSV(t, path, "--limit", "0", "--type", "email,sms"), func(r []string) bool { return r[2] == "email" || r[2] == "sms" })
	check("status reviewed", listCSV(t, path, "--limit", "0", "--status", "reviewed"), func(r []string) bool { return r[8] == "yes" })
	check("status to-review", listCSV(t, path, "--limit", "0", "--status", "to-review"), func(r []string) bool { return r[8] == "no" })

	resp := all[0][7]
	check("responsible", listCSV(t, path, "--limit", "0", "--responsible", strings.ToUpper(resp)), func(r []string) bool { return r[7] == resp })

	day, _ := time.Parse(time.RFC3339, all[len(all)/2][0])
	from := day.In(time.Local).Format("2006-01-02")
	to := day.In(time.Local).AddDate(0, 0, 30).Format("2006-01-02")
	lo, _ := time.ParseInLocation("2006-01-02", from, time.Local)
	hi, _ := time.ParseInLocation("2006-01-02", to, time.Local)
	check("period", listCSV(t, path, "--limit", "0", "--from", from, "--to", to), func(r []string) bool {
		d, _ := time.Parse(time.RFC3339, r[0])
		return !d.Before(lo) && d.Before(hi.AddDate(0, 0, 1))
	})
	// --to is inclusive: a one-day period holds the day's interactions.
	if rows := listCSV(t, path, "--limit", "0", "--from", from, "--to", from); len(rows) == 0 {
		t.Errorf("--from %s --to %s: no rows, though one is dated that day", from, from)
	}

	word := strings.Fields(all[0][4])[0]
	check("search", listCSV(t, path, "--limit", "0", "--search", word), func(r []string) bool { return true })
}

func TestListContactAndSubject(t *testing.T) {
	path := sharedDB(t)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	partners, _ := s.Partners()
	persons, _ := s.Persons()
	deals, _ := s.Deals()
	orders, _ := s.Orders()
	s.Close()
	if len(partners) == 0 || len(persons) == 0 || len(deals) == 0 || len(orders) == 0 {
		t.Fatalf("demo data has %d partners, %d persons, %d deals, %d orders", len(partners), len(persons), len(deals), len(orders))
	}
	partnerName := map[data.ID]string{}
	for _, p := range partners {
		partnerName[p.ID] = p.Name
	}
	all := listCSV(t, path, "--limit", "0")
	for _, args := range [][]string{
		{"--contact", partners[0].Name},
		{"--contact", "partner:" + strconv.Itoa(int(partners[0].ID))},
		// A person by the label messages give it: the name and its partner's.
		{"--contact", strings.ToUpper(persons[0].Name) + " (" + partnerName[persons[0].Partner] + ")"},
		{"--subject", deals[0].Name},
		{"--subject", strings.ToLower(orders[0].Number)},
	} {
		rows := listCSV(t, path, append([]string{"--limit", "0"}, args...)...)
		if len(rows) >= len(all) {
			t.Errorf("%v: %d rows of %d", args, len(rows), len(all))
		}
	}
	for _, args := range [][]string{
		{"--contact", "no such partner anywhere"},
		{"--responsible", "zzzzzzzzzzzz"},
		{"--subject", "qqqqqqqqqqqq"},
		{"--contact", "person:999999"},
		{"--responsible", ""},
		{"--responsible", "а"}, // a part of many names
	} {
		code, _, errOut := run(path, append([]string{"list"}, args...)...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		oneStderrLine(t, errOut)
	}
}

func TestListGroups(t *testing.T) {
	path := sharedDB(t)
	total := len(listCSV(t, path, "--limit", "0"))
	for _, g := range []string{"responsible", "type", "subject", "day", "week", "month"} {
		code, out, errOut := run(path, "list", "--format", "csv", "--limit", "0", "--group", g)
		if code != 0 {
			t.Fatalf("--group %s: exit %d: %s", g, code, errOut)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) < 2 || recs[0][0] != "key" || recs[0][1] != "count" {
			t.Fatalf("--group %s: %q", g, recs)
		}
		sum := 0
		for _, r := range recs[1:] {
			n, err := strconv.Atoi(r[1])
			if err != nil || len(r) != 2 || r[0] == "" {
				t.Fatalf("--group %s: row %q", g, r)
			}
			sum += n
		}
		if sum != total {
			t.Errorf("--group %s: counts sum to %d, want %d", g, sum, total)
		}
	}
	// Filtered groups count only what the filter selects.
	calls := len(listCSV(t, path, "--limit", "0", "--type", "call"))
	recs := listCSV(t, path, "--limit", "0", "--type", "call", "--group", "type")
	if len(recs) != 1 || recs[0][0] != "call" || recs[0][1] != strconv.Itoa(calls) {
		t.Errorf("calls grouped by type: %q, want call,%d", recs, calls)
	}
	if recs := listCSV(t, path, "--group", "month", "--limit", "2"); len(recs) != 2 {
		t.Errorf("--limit 2 with --group gave %d groups", len(recs))
	}
	code, out, _ := run(path, "list", "--group", "contact")
	if code != 0 || !strings.Contains(out, "Unreviewed") {
		t.Errorf("table of groups: exit %d\n%s", code, out)
	}
}

// demoAttrDefs returns the attribute definitions of the demo file at
// path, which has some.
func demoAttrDefs(t *testing.T, path string) []data.AttrDef {
	t.Helper()
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	defs := s.AttrDefs()
	if len(defs) == 0 {
		t.Fatal("the demo data has no additional attributes")
	}
	return defs
}

func TestListGroupByAttribute(t *testing.T) {
	path := sharedDB(t)
	defs := demoAttrDefs(t, path)
	total := len(listCSV(t, path, "--limit", "0"))
	for _, d := range defs {
		recs := listCSV(t, path, "--limit", "0", "--group", "attr:"+strings.ToLower(d.Name))
		sum := 0
		for _, r := range recs {
			n, _ := strconv.Atoi(r[1])
			sum += n
			if d.Type == data.AttrList && r[0] != "(none)" {
				if _, err := strconv.Atoi(r[0]); err == nil {
					t.Errorf("attr %s: list value shown as its id %q", d.Name, r[0])
				}
			}
		}
		if sum != total {
			t.Errorf("attr %s: counts sum to %d, want %d", d.Name, sum, total)
		}
	}
	code, _, errOut := run(path, "list", "--group", "attr:no such attribute at all")
	if code != 2 {
		t.Errorf("unknown attribute: exit %d", code)
	}
	oneStderrLine(t, errOut)
}

func TestCheck(t *testing.T) {
	path := sharedDB(t)
	code, out, errOut := run(path, "check")
	if code != 0 || !strings.HasPrefix(out, "ok: ") || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	path := sharedDB(t)
	for _, args := range [][]string{
		{"list", "--bogus"},
		{"--bogus"},
		{"frobnicate"},
		{"list", "--from", "2025-13-01"},
		{"list", "--to", "yesterday"},
		{"list", "--from", "2025-02-01", "--to", "2025-01-01"},
		{"list", "--limit", "many"},
		{"list", "--limit", "-1"},
		{"list", "--type", "fax"},
		{"list", "--status", "done"},
		{"list", "--group", "year"},
		{"list", "--group", "attr:"},
		{"list", "--format", "xml"},
		{"list", "stray"},
		{"check", "--verbose"},
		{"list", "--limit"},
	} {
		code, out, errOut := run(path, args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q; want 2 and nothing", args, code, out)
		}
		oneStderrLine(t, errOut)
	}
}

func TestMissingDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nothing-here.db")
	for _, cmd := range []string{"list", "check"} {
		code, _, errOut := run(path, cmd)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2", cmd, code)
		}
		oneStderrLine(t, errOut)
		if _, err := os.Stat(path); err == nil {
			t.Fatalf("%s created the database", cmd)
		}
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	content := []byte("these are my notes, not a database\n" + strings.Repeat("x", 5000))
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"check"}, {"demo", "--size", "10"}, {"list", "--group", "type"}} {
		code, _, errOut := run(path, args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		oneStderrLine(t, errOut)
		if !strings.Contains(errOut, "not an Interactions database") || !strings.Contains(errOut, path) {
			t.Errorf("%v: message %q", args, errOut)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
			t.Fatalf("%v changed the file", args)
		}
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{
		{"--help"}, {"-h"}, {"help"}, {"help", "list"},
		{"demo", "--help"}, {"list", "-h"}, {"check", "--help"}, {"list", "--type", "call", "--help"},
		{"help", "compact"}, {"compact", "--help"},
	} {
		code, out, errOut := run("", args...)
		if code != 0 || !strings.Contains(out, "Usage") || errOut != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestWindowWithoutCommand(t *testing.T) {
	code, gui, db := cli.Main(nil, new(bytes.Buffer), new(bytes.Buffer))
	if !gui || code != 0 || db == "" {
		t.Errorf("no arguments: code %d gui %v db %q", code, gui, db)
	}
	code, gui, db = cli.Main([]string{"--db", "/tmp/some.db"}, new(bytes.Buffer), new(bytes.Buffer))
	if !gui || code != 0 || db != "/tmp/some.db" {
		t.Errorf("--db only: code %d gui %v db %q", code, gui, db)
	}
	_, gui, _ = cli.Main([]string{"--db"}, new(bytes.Buffer), new(bytes.Buffer))
	if gui {
		t.Error("--db without a value opened the window")
	}
}

func TestLockedDatabase(t *testing.T) {
	path := sharedDB(t)
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	code, _, errOut := run(path, "list")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	oneStderrLine(t, errOut)
	if !strings.Contains(errOut, "in use") {
		t.Fatalf("message %q", errOut)
	}
}

// TestListNoContact saves an interaction without contacts and finds it by
// --contact "(none)", the key --group contact shows for its group.
func TestListNoContact(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nocontact.db")
	s, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	e := &data.Employee{Name: "Иванов Иван"}
	if err := s.SaveEmployee(e); err != nil {
		t.Fatal(err)
	}
	it := s.NewInteraction(data.TypePlanned, data.DirNone)
	it.Responsible, it.Topic = e.ID, "Подумать о рассылке"
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	s.Close()

	groups := listCSV(t, path, "--group", "contact")
	if len(groups) != 1 || groups[0][0] != "(none)" || groups[0][1] != "1" {
		t.Fatalf("--group contact = %q, want one group (none),1", groups)
	}
	rows := listCSV(t, path, "--contact", "(none)")
	if len(rows) != 1 || rows[0][4] != "Подумать о рассылке" {
		t.Errorf("--contact (none) = %q, want the planned interaction", rows)
	}
}

func TestVersionFlag(t *testing.T) {
	code, out, errOut := run("", "--version")
	if code != 0 || errOut != "" {
		t.Fatalf("--version: exit %d, stderr %q", code, errOut)
	}
	if want := data.Running().String() + "\n"; out != want {
		t.Errorf("--version printed %q, want %q", out, want)
	}
}
