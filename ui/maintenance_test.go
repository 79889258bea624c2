package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/internal/uitest"
	"interactions/ui/session"
)

// startWindow shows st in a test window as Run does, with the
// maintenance that closes and opens the store again.
func startWindow(t *testing.T, st *data.Store) (*openWindow, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(windowWidth, windowHeight))
	ow := &openWindow{}
	ow.start(w, st)
	t.Cleanup(func() {
		mv := ow.mv
		ow.end()
		if mv != nil {
			uitest.Pump(t, "background work to end", func() bool { return !mv.interactions.Busy() })
		}
	})
	uitest.Pump(t, "the list to settle", ow.mv.interactions.Settled)
	return ow, w
}

// reopened waits until maintenance has opened the file again in a new
// main view and its list has settled, and returns the dialog's texts.
func reopened(t *testing.T, ow *openWindow, before *mainView, w fyne.Window) []string {
	t.Helper()
	uitest.Pump(t, "the database to be opened again", func() bool { return ow.mv != nil && ow.mv != before })
	uitest.Pump(t, "the list to settle", ow.mv.interactions.Settled)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog says how the maintenance went")
	}
	return uitest.VisibleTexts(top)
}

// saying reports whether texts, read one after another, hold s.
func saying(texts []string, s string) bool {
	return strings.Contains(strings.Join(texts, " "), s)
}

func count(t *testing.T, st *data.Store) int {
	t.Helper()
	n, err := st.Count(data.Filter{Deleted: data.DeletedInclude})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestMaintenance_TheFileMenu(t *testing.T) {
	_, w := startWindow(t, uitest.FixtureStore(t))
	var labels []string
	for _, it := range w.MainMenu().Items[0].Items {
		labels = append(labels, it.Label)
	}
	got := strings.Join(labels, "|")
	for _, want := range []string{"Back up now…", "Restore from a backup…", "Compact the database…"} {
		if !strings.Contains(got, want) {
			t.Errorf("the File menu %q lacks %q", got, want)
		}
	}
}

func TestMaintenance_BackUpNow(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	ow, w := startWindow(t, st)
	path := filepath.Join(t.TempDir(), backupFileName(st.Path(), uitest.Now))
	if filepath.Base(path) != "test-2026-03-10-1200.db" {
		t.Errorf("the dialog offers %s", filepath.Base(path))
	}
	ow.mv.backUpTo(path)
	top := func() []string {
		if o := w.Canvas().Overlays().Top(); o != nil {
			return uitest.VisibleTexts(o)
		}
		return nil
	}
	if texts := top(); !saying(texts, "Writing the backup test-2026-03-10-1200.db…") {
		t.Errorf("while the backup is written the window says %q", texts)
	}
	uitest.Pump(t, "the backup's message", func() bool { return saying(top(), "The backup is written to "+path+".") })
	n, err := data.VerifyBackup(path)
	if err != nil || n != count(t, st) {
		t.Errorf("the backup holds %d interactions (%v), the database %d", n, err, count(t, st))
	}
}

func TestMaintenance_CompactOpensTheFileAgain(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	want := count(t, st)
	ow, w := startWindow(t, st)
	before := ow.mv
	before.compactNow()
	if ow.mv != nil || ow.st != nil {
		t.Error("the store is still held while the file is compacted")
	}
	texts := reopened(t, ow, before, w)
	if !saying(texts, "The database is compacted:") {
		t.Errorf("after compacting the window says %q", texts)
	}
	if got := count(t, ow.st); got != want {
		t.Errorf("%d interactions after compacting, want %d", got, want)
	}
	if ow.st.Path() != st.Path() {
		t.Errorf("opened %s again, want %s", ow.st.Path(), st.Path())
	}
}

func TestMaintenance_RestorePutsTheBackupInPlace(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	backup := filepath.Join(t.TempDir(), "copy.db")
	if _, err := st.BackupFile(backup, false); err != nil {
		t.Fatal(err)
	}
	want := count(t, st)
	emps, err := st.Employees()
	if err != nil || len(emps) == 0 {
		t.Fatal(emps, err)
	}
	extra := st.NewInteraction(data.TypeCall, data.DirIncoming)
	extra.Date, extra.Responsible, extra.Topic = uitest.Now, emps[0].ID, "После копии"
	extra.Call.Phone = "+7 916 123-45-67"
	if err := st.SaveInteraction(extra); err != nil {
		t.Fatal(err)
	}
	ow, w := startWindow(t, st)
	before := ow.mv
	before.restoreFrom(backup)
	texts := reopened(t, ow, before, w)
	if !saying(texts, "The backup "+backup+" is restored (200 interactions). The database as it was is kept as") {
		t.Errorf("after restoring the window says %q", texts)
	}
	if got := count(t, ow.st); got != want {
		t.Errorf("%d interactions after restoring, want the backup's %d", got, want)
	}
	entries, _ := os.ReadDir(filepath.Dir(st.Path()))
	aside := 0
	for _, e := range entries {
		if strings.Contains(e.Name(), "before-restore") {
			aside++
		}
	}
	if aside != 1 {
		t.Errorf("%d copies of the database as it was kept aside, want 1: %v", aside, entries)
	}
}

func TestMaintenance_ABadBackupLeavesTheDatabase(t *testing.T) {
	st := uitest.DemoStore(t, 100)
	want := count(t, st)
	bad := filepath.Join(t.TempDir(), "bad.db")
	if err := os.WriteFile(bad, []byte("not a database"), 0o600); err != nil {
		t.Fatal(err)
	}
	ow, w := startWindow(t, st)
	before := ow.mv
	before.restoreFrom(bad)
	texts := reopened(t, ow, before, w)
	if !saying(texts, "It did not succeed:") {
		t.Errorf("after a bad backup the window says %q", texts)
	}
	if got := count(t, ow.st); got != want {
		t.Errorf("%d interactions after a refused restore, want %d", got, want)
	}
}

func TestMaintenance_WaitsForUnsavedEditors(t *testing.T) {
	ow, w := startWindow(t, uitest.FixtureStore(t))
	mv := ow.mv
	openEditors(t, mv)
	mv.askCompact()
	if ow.mv != mv || ow.st == nil {
		t.Fatal("the store was closed with editors holding unsaved changes")
	}
	top := w.Canvas().Overlays().Top()
	if top == nil || !saying(uitest.VisibleTexts(top), "Save or close them first.") {
		t.Error("the window does not say why it does not compact")
	}
	if len(mv.editors.Editors()) != 1 || len(mv.records.Open()) != 1 {
		t.Error("the editors with unsaved changes were closed")
	}
}

// freeSpace makes readFileSpace report space for the test's length.
func freeSpace(t *testing.T, space data.FileSpace) {
	t.Helper()
	was := readFileSpace
	readFileSpace = func(string) (data.FileSpace, error) { return space, nil }
	t.Cleanup(func() { readFileSpace = was })
}

func TestMaintenance_OffersToCompactAfterAPurge(t *testing.T) {
	st := uitest.DemoStore(t, 200)
	want := count(t, st)
	freeSpace(t, data.FileSpace{Size: 100 << 20, Free: 40 << 20})
	ow, w := startWindow(t, st)
	before := ow.mv
	before.sess.Notify(session.Purged)
	var offer fyne.CanvasObject
	uitest.Pump(t, "the offer to compact", func() bool {
		offer = w.Canvas().Overlays().Top()
		return offer != nil
	})
	if texts := uitest.VisibleTexts(offer); !saying(texts, "The purge left 40.0 MB of free pages in the 100.0 MB file.") {
		t.Fatalf("after the purge the window says %q", texts)
	}
	test.Tap(uitest.FindButton(t, offer, "Yes"))
	if texts := reopened(t, ow, before, w); !saying(texts, "The database is compacted:") {
		t.Errorf("after compacting the window says %q", texts)
	}
	if got := count(t, ow.st); got != want {
		t.Errorf("%d interactions after compacting, want %d", got, want)
	}
}

func TestMaintenance_NoOfferForAFewFreePages(t *testing.T) {
	ow, w := startWindow(t, uitest.FixtureStore(t))
	ow.mv.offerCompactionFor(data.FileSpace{Size: 100 << 20, Free: 2 << 20, Tail: 16 << 20})
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("2 MB free of 100 MB brought up %q", uitest.VisibleTexts(top))
	}
	ow.mv.offerCompactionFor(data.FileSpace{Size: 100 << 20, Free: 9 << 20})
	if top := w.Canvas().Overlays().Top(); top == nil || !saying(uitest.VisibleTexts(top), "The purge left 9.0 MB of free pages") {
		t.Error("9 MB free of 100 MB brought up no offer")
	}
}

// TestMaintenance_ABackupNowIsKept: the name Back up now offers in the
// backups folder is not one of the daily backups, which are pruned.
func TestMaintenance_ABackupNowIsKept(t *testing.T) {
	st := uitest.FixtureStore(t)
	dir := data.BackupDir(st.Path())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	manual := filepath.Join(dir, backupFileName(st.Path(), uitest.Now))
	if _, err := st.BackupFile(manual, false); err != nil {
		t.Fatal(err)
	}
	if _, err := st.DailyBackup(uitest.Now.AddDate(0, 0, 1), 1); err != nil {
		t.Fatal(err)
	}
	daily, err := data.DailyBackups(st.Path())
	if err != nil || len(daily) != 1 || slices.Contains(daily, manual) {
		t.Errorf("daily backups %q (%v); want one, without %s", daily, err, manual)
	}
	if _, err := os.Stat(manual); err != nil {
		t.Errorf("the daily backups' pruning took the backup made by hand: %v", err)
	}
}
