package interop_test

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
	"interactions/ui/interop"
	"interactions/ui/internal/uitest"
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
