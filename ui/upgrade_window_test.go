package ui

import (
	"encoding/binary"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	bolt "go.etcd.io/bbolt"

	"interactions/data"
	"interactions/ui/internal/uitest"
)

// TestUpgradeWindow_Progress moves the upgrade window's bar: a step of
// unknown size shows a moving bar, then records done of all, in Russian.
func TestUpgradeWindow_Progress(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	u := newUpgradeWindow(fyne.CurrentApp(), "/tmp/x.db")
	u.show(data.Progress{What: "upgrade"})
	if u.busy == nil || !u.busy.Visible() || u.bar.Visible() {
		t.Fatal("a step of unknown size shows no moving bar")
	}
	u.set(data.Progress{What: "upgrade", Done: 20000, Total: 80000})
	if u.busy.Visible() || !u.bar.Visible() || u.bar.Value != 0.25 {
		t.Fatalf("bar visible %v at %v, want 0.25", u.bar.Visible(), u.bar.Value)
	}
	if got := u.bar.TextFormatter(); got != "20\u00a0000 из 80\u00a0000 записей" {
		t.Errorf("bar text %q", got)
	}
	u.win.Close()
}

// TestOpenStore_QuickUpgradeShowsNoWindow: a file upgraded within one
// transaction (schema 8 to 9) is opened and handed back without a window
// shown and closed again, and the file is upgraded.
func TestOpenStore_QuickUpgradeShowsNoWindow(t *testing.T) {
	a := test.NewTempApp(t)
	path := editedDB(t, "schema8.db", func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte("ix_name_keys")); err != nil {
			return err
		}
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), binary.BigEndian.AppendUint64(nil, 8))
	})
	before := len(a.Driver().AllWindows())
	called := false
	opened, err := openStore(a, path, func(*data.Store, error) { called = true })
	if err != nil || opened == nil {
		t.Fatalf("openStore = %v, %v; want the store at once", opened, err)
	}
	defer opened.Close()
	if n := len(a.Driver().AllWindows()) - before; n != 0 || called {
		t.Errorf("%d windows shown, done called %v; want none and no", n, called)
	}
	if f, err := opened.Facts(); err != nil || f.Schema != data.SchemaVersion {
		t.Errorf("schema %d, %v after the open; want %d", f.Schema, err, data.SchemaVersion)
	}
}

// TestUpgradeWindow_StaysShownAWhile: an upgrade that ends right after
// its window is shown closes it no sooner than upgradeWindowShownAtLeast
// later, then hands the store on.
func TestUpgradeWindow_StaysShownAWhile(t *testing.T) {
	test.NewTempApp(t)
	u := newUpgradeWindow(fyne.CurrentApp(), "/tmp/x.db")
	u.show(data.Progress{What: "upgrade"})
	result := make(chan openResult, 1)
	result <- openResult{}
	done := make(chan time.Duration, 1)
	go u.follow(make(chan data.Progress), result, func(*data.Store, error) { done <- time.Since(u.shown) })
	var after time.Duration
	uitest.Pump(t, "the end of the upgrade", func() bool {
		select {
		case after = <-done:
			return true
		default:
			return false
		}
	})
	if after < upgradeWindowShownAtLeast {
		t.Errorf("the window closed %v after it was shown; want %v at least", after, upgradeWindowShownAtLeast)
	}
}
