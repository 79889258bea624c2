package interop_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/interop"
)

// TestImportDialog_Mail imports the thread of an mbox and an .eml file
// through the dialog, then the same files again: the second time nothing
// is doubled and the result lines say the mail was imported before.
func TestImportDialog_Mail(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	st, sess, win, _ := setup(t)
	mbox := filepath.Join("..", "..", "data", "mail", "testdata", "thread.mbox")
	eml := filepath.Join("..", "..", "data", "mail", "testdata", "utf8-alternative.eml")
	before, _ := st.Count(data.Filter{})
	run := func() string {
		d := interop.NewImportDialog(st, sess, win, "eml")
		d.Show()
		d.AddFile(mbox)
		d.AddFile(eml)
		test.Tap(d.Start)
		uitest.Pump(t, "the mail import", func() bool { return !d.Running() })
		return d.Results.Text
	}
	first := run()
	lines := strings.Split(first, "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "thread.mbox: новых писем: ") || !strings.Contains(lines[1], "новых писем: 1") {
		t.Fatalf("results %q, want a line per file", first)
	}
	mid, _ := st.Count(data.Filter{})
	if mid <= before+1 {
		t.Fatalf("%d interactions after the import, had %d", mid, before)
	}
	second := run()
	if !strings.Contains(second, "новых писем: 0") || !strings.Contains(second, "загружены ранее: 1") {
		t.Errorf("the second import says %q", second)
	}
	if after, _ := st.Count(data.Filter{}); after != mid {
		t.Errorf("the second import made %d interactions of %d", after, mid)
	}
}

// TestExport_ListMailToFolder writes the list's e-mails into a folder,
// one .eml file each, and reads them back as mail.
func TestExport_ListMailToFolder(t *testing.T) {
	st, sess, win, _ := setup(t)
	a := interop.New(st, sess, win)
	a.ListFilter = func() data.Filter { return sess.Options().Scope(data.Filter{}) }
	want, err := st.Count(data.Filter{Kinds: []data.Kind{data.KindEmailIn, data.KindEmailOut}})
	if err != nil || want == 0 {
		t.Fatalf("the fixture has %d e-mails (%v)", want, err)
	}
	dir := filepath.Join(t.TempDir(), "mail")
	a.ExportMail(dir)
	uitest.Pump(t, "the export", func() bool { return a.LastMessage != "" })
	files, _ := filepath.Glob(filepath.Join(dir, "*.eml"))
	if len(files) != want || !strings.Contains(a.LastMessage, "written to") {
		t.Fatalf("%d files, want %d; message %q", len(files), want, a.LastMessage)
	}
	raw, _ := os.ReadFile(files[0])
	if !strings.Contains(string(raw), "Message-Id:") && !strings.Contains(string(raw), "Message-ID:") {
		t.Errorf("%s has no Message-ID: %.200q", files[0], raw)
	}
}
