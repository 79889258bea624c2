package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"interactions/data"
)

// backupCheckEvery is how often a running window looks whether today's
// automatic backup is taken: at the start and then on this beat, so a
// window left open over midnight takes the next day's.
const backupCheckEvery = time.Hour

// startDailyBackups takes the automatic daily backup of st in the
// background (data.Store.DailyBackup with the number the settings keep)
// at once and then hourly; it returns what stops it.
func startDailyBackups(st *data.Store) (stop func()) {
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(backupCheckEvery)
		defer tick.Stop()
		for {
			if _, err := st.DailyBackup(st.Now(), st.Settings().DailyBackups); err != nil {
				fyne.LogError("Could not take the daily backup", err)
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() { close(done) }
}
