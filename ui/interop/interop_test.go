package interop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/interop"
	"interactions/ui/session"
)

// told records what the session said changed.
type told struct{ changes []session.Change }

func (t *told) Changed(c session.Change) { t.changes = append(t.changes, c) }

func setup(t *testing.T) (*data.Store, *session.Session, fyne.Window, *told) {
	t.Helper()
	test.NewTempApp(t)
	st := uitest.FixtureStore(t)
	sess := session.New(st)
	l := &told{}
	sess.Listen(l)
	win := test.NewTempWindow(t, container.NewWithoutLayout())
	win.Resize(fyne.NewSize(900, 700))
	return st, sess, win, l
}

const meetingsICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:one@x\r\nDTSTART;TZID=Europe/Moscow:20260310T100000\r\nDTEND;TZID=Europe/Moscow:20260310T110000\r\nSUMMARY:Встреча из календаря\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:two@x\r\nDTSTART;VALUE=DATE:20260311\r\nSUMMARY:Весь день\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

func TestImportDialog_FilesResultsAndNotify(t *testing.T) {
	for _, lng := range []string{"en_US.UTF-8", "ru_RU.UTF-8"} {
		t.Run(lng, func(t *testing.T) {
			uitest.UseLanguage(t, lng)
			st, sess, win, l := setup(t)
			dir := t.TempDir()
			good := filepath.Join(dir, "good.ics")
			bad := filepath.Join(dir, "bad.ics")
			os.WriteFile(good, []byte(meetingsICS), 0o644)
			os.WriteFile(bad, []byte(strings.Replace(meetingsICS, "SUMMARY:Весь день", "SUMMARY Весь день", 1)), 0o644)
			before, _ := st.Count(data.Filter{})
			d := interop.NewImportDialog(st, sess, win, "ics")
			d.Show()
			if d.Start.Visible() {
				t.Fatal("Import is offered with no file chosen")
			}
			if !d.Period.Visible() {
				t.Error("the period is hidden for iCalendar")
			}
			d.AddFile(good)
			d.AddFile(bad)
			test.Tap(d.Start)
			if !d.Running() || !d.Progress.Visible() {
				t.Fatal("no progress while importing")
			}
			uitest.Pump(t, "the import", func() bool { return !d.Running() })
			lines := strings.Split(d.Results.Text, "\n")
			where := map[string]string{"en_US.UTF-8": "line 12: ", "ru_RU.UTF-8": "строка 12: "}[lng]
			if len(lines) != 2 || !strings.HasPrefix(lines[0], "good.ics: ") || !strings.Contains(lines[1], "bad.ics") || !strings.Contains(lines[1], where) {
				t.Fatalf("results %q, want a line per file, the bad one naming line 12", d.Results.Text)
			}
			if lng == "ru_RU.UTF-8" && !strings.Contains(d.Results.Text, "новых встреч: 2") {
				t.Errorf("Russian result %q", d.Results.Text)
			}
			after, _ := st.Count(data.Filter{})
			if after != before+2 {
				t.Errorf("%d interactions after, want %d", after, before+2)
			}
			if len(l.changes) != 1 || !l.changes[0].Has(session.Interactions) {
				t.Errorf("session told %v, want Interactions once", l.changes)
			}
			if d.Progress.Value != 1 || d.Cancel.Text == "" {
				t.Errorf("progress %v at the end", d.Progress.Value)
			}
		})
	}
}

func TestImportDialog_CancelImportsNothing(t *testing.T) {
	st, sess, win, l := setup(t)
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
	for i := 0; i < 3000; i++ {
		b.WriteString("BEGIN:VEVENT\r\nUID:n" + strings.Repeat("x", i%50) + "-" + string(rune('a'+i%26)) + "-" + strings.Repeat("y", i/1300) + "@x\r\nDTSTART:20260310T100000Z\r\nSUMMARY:S\r\nEND:VEVENT\r\n")
	}
	b.WriteString("END:VCALENDAR\r\n")
	big := filepath.Join(dir, "big.ics")
	os.WriteFile(big, []byte(b.String()), 0o644)
	before, _ := st.Count(data.Filter{})
	d := interop.NewImportDialog(st, sess, win, "ics")
	d.AddFile(big)
	d.AddFile(big + ".second")
	test.Tap(d.Start)
	test.Tap(d.Cancel)
	uitest.Pump(t, "the cancelled import", func() bool { return !d.Running() })
	after, _ := st.Count(data.Filter{})
	if after != before || len(l.changes) != 0 {
		t.Fatalf("%d interactions after a cancel (before %d), session told %v", after, before, l.changes)
	}
	if !strings.Contains(d.Results.Text, "cancelled") {
		t.Errorf("results %q, want the files said cancelled", d.Results.Text)
	}
	if problems, err := st.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("Check = %v, %v", problems, err)
	}
}

func TestImportDialog_KindsFollowTheOptions(t *testing.T) {
	st, sess, win, _ := setup(t)
	d := interop.NewImportDialog(st, sess, win, "ics")
	if got := d.Kind.Selected; !strings.Contains(got, "iCalendar") {
		t.Fatalf("preselected %q", got)
	}
	s := st.Settings()
	s.Options.UseOtherInteractions = false
	if err := st.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	sess.Notify(session.Settings)
	d = interop.NewImportDialog(st, sess, win, "ics")
	for _, o := range d.Kind.Options {
		if strings.Contains(o, "iCalendar") {
			t.Fatalf("iCalendar offered with meetings off: %q", d.Kind.Options)
		}
	}
	if d.Period.Visible() {
		t.Error("the period shows for a kind without one")
	}
}

func TestExport_ListAndPersons(t *testing.T) {
	st, sess, win, _ := setup(t)
	a := interop.New(st, sess, win)
	a.ListFilter = func() data.Filter { return sess.Options().Scope(data.Filter{}) }
	dir := t.TempDir()
	for _, c := range []struct {
		e    interop.Export
		file string
		want string
	}{
		{interop.ListCSV, "list.csv", ";"},
		{interop.ListICS, "m.ics", "BEGIN:VEVENT"},
		{interop.PersonsVCF, "p.vcf", "BEGIN:VCARD"},
		{interop.PartnersCSV, "pa.csv", ";"},
	} {
		a.LastMessage = ""
		path := filepath.Join(dir, c.file)
		a.ExportTo(c.e, path)
		uitest.Pump(t, "the export", func() bool { return a.LastMessage != "" })
		raw, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(raw), c.want) || !strings.Contains(a.LastMessage, "written to") {
			t.Errorf("%s: %v, message %q, file %.80q", c.file, err, a.LastMessage, raw)
		}
	}
}

func TestImportDialog_WhereInRussian(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	st, sess, win, _ := setup(t)
	dir := t.TempDir()
	cases := []struct{ kind, file, text, want string }{
		{"vcf", "a.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n", "карточка 1: "},
		{"csv", "b.csv", "name;kinds\nООО Тест;никакой\n", "строка 2, колонка kinds: "},
		{"ics", "c.ics", weeklyICS, "событие 1 (строка 3, «Планёрка») повторяется"},
	}
	for _, c := range cases {
		path := filepath.Join(dir, c.file)
		os.WriteFile(path, []byte(c.text), 0o644)
		d := interop.NewImportDialog(st, sess, win, c.kind)
		d.From.Set(time.Time{})
		d.To.Set(time.Time{})
		d.AddFile(path)
		test.Tap(d.Start)
		uitest.Pump(t, "the import", func() bool { return !d.Running() })
		if !strings.Contains(d.Results.Text, c.want) {
			t.Errorf("%s: %q, want %q", c.file, d.Results.Text, c.want)
		}
	}
}

const weeklyICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:w@x\r\nDTSTART:20260302T100000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:Планёрка\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
