package ui

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
)

// exitPref records when the program last ended. Writing it just before
// Fyne's own save at exit is what keeps that save quiet (see markExit).
const exitPref = "app.lastExit"

// markExit writes a preference while the window's loop still runs.
//
// Fyne (v2.7.1) saves its preferences once more when the app stops, on a
// goroutine of its own, after its loop has stopped taking calls; its file
// watcher then runs its reload on the watcher's goroutine at once. The
// save truncates the file before it marks itself as "saved recently", so
// a reload that slips in between reads an empty file and logs
// "Preferences load error: EOF". A save made here marks the preferences
// as saved recently for the next 100 ms, its own reload waits for the
// loop (where the mark is already set), and the exit save that follows
// within those 100 ms is then ignored by the watcher.
func markExit(a fyne.App) {
	a.Preferences().SetString(exitPref, time.Now().UTC().Format(time.RFC3339Nano))
}

// markExitOnSignal marks the preferences as soon as the program is asked
// to stop by Ctrl+C or SIGTERM, which Fyne answers with its own quit.
// The returned function stops listening.
func markExitOnSignal(a fyne.App) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			markExit(a)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
