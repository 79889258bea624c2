package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// openResult is what an Open off the main goroutine gives.
type openResult struct {
	st  *data.Store
	err error
}

// upgradeWindowDelay is how long an upgrade may take before openStore
// shows its window: one done within a transaction (schema 8 to 9: 0.4 s
// at a million interactions) is over before a window would tell anything,
// and a window shown and closed again before the first frame is drawn
// lives on in the window toolkit without its content, which crashed the
// program at the first move of the mouse over it.
const upgradeWindowDelay = time.Second

// upgradeWindowShownAtLeast is how long the upgrade window stays once
// shown, whenever the upgrade ends: an upgrade that ends just after
// upgradeWindowDelay would otherwise close it before its first frame, as
// above.
const upgradeWindowShownAtLeast = 500 * time.Millisecond

// openStore opens the database at path. A file that opens at once (the
// usual case), or is upgraded within upgradeWindowDelay, is returned, or
// its error. When Open reports that it upgrades an older file and takes
// longer, openStore shows a window with the upgrade's progress, returns
// nil and nil, and calls done on the UI goroutine once Open has
// finished; the window closes then. The upgrade goes on if the window is
// closed: it is safe to stop (the next start goes on from where it
// stopped), but it is not stopped half-way here.
func openStore(a fyne.App, path string, done func(*data.Store, error)) (*data.Store, error) {
	progress := make(chan data.Progress, 1)
	result := make(chan openResult, 1)
	go func() {
		st, err := data.OpenWith(path, data.OpenOptions{Progress: func(p data.Progress) {
			select {
			case progress <- p:
			default: // the window shows the newest it has read; none is waited for
			}
		}})
		result <- openResult{st, err}
	}()
	var p data.Progress
	select {
	case r := <-result:
		return r.st, r.err
	case p = <-progress:
	}
	select {
	case r := <-result:
		return r.st, r.err
	case <-time.After(upgradeWindowDelay):
	}
	select {
	case p = <-progress: // the newest since
	default:
	}
	w := newUpgradeWindow(a, path)
	w.show(p)
	go w.follow(progress, result, done)
	return nil, nil
}

// upgradeWindow shows how far the upgrade of an older database has come.
type upgradeWindow struct {
	win fyne.Window
	*progressBox
	// shown is when show showed the window.
	shown time.Time
}

func newUpgradeWindow(a fyne.App, path string) *upgradeWindow {
	u := &upgradeWindow{
		win:         a.NewWindow(lang.X("app.title", "Interactions")),
		progressBox: newProgressBox(upgradeNote(path)),
	}
	u.win.SetContent(u.box)
	u.win.SetFixedSize(true)
	u.win.CenterOnScreen()
	return u
}

// upgradeNote is what the window says while the file at path is
// upgraded: at start, and when maintenance opens an older file.
func upgradeNote(path string) string {
	return lang.X("upgrade.text", "Upgrading the database {{.Path}} to this version of the program. This is done once; it may take a few minutes for a large database. If it is stopped, the next start goes on from where it stopped.",
		map[string]any{"Path": path})
}

// show puts p in the window and shows it.
func (u *upgradeWindow) show(p data.Progress) {
	u.set(p)
	u.win.Show()
	u.shown = time.Now()
}

// follow moves the bar as Open reports and, once Open is done and the
// window has been shown upgradeWindowShownAtLeast, hands its result to
// done and closes the window.
func (u *upgradeWindow) follow(progress <-chan data.Progress, result <-chan openResult, done func(*data.Store, error)) {
	for {
		select {
		case p := <-progress:
			fyne.Do(func() { u.set(p) })
		case r := <-result:
			time.Sleep(upgradeWindowShownAtLeast - time.Since(u.shown))
			fyne.Do(func() {
				u.stop()
				done(r.st, r.err)
				u.win.Close()
			})
			return
		}
	}
}
