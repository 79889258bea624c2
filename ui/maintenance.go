package ui

import (
	"fmt"
	"maps"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/format"
	"interactions/ui/keys"
	"interactions/ui/problem"
)

// maintenanceWork is a piece of maintenance that needs the database file
// closed: putting a backup in its place, compacting it.
type maintenanceWork struct {
	title string // the dialog's title when it is done
	note  string // what the window says while it works
	// steps are what it says from a step on, by the step's Progress.What.
	steps map[string]string
	// run does the work on the file at path and returns what to say when
	// it is done; it runs off the UI goroutine.
	run func(path string, progress func(data.Progress)) (string, error)
}

// maintain closes the store, shows the progress of work in the window
// while it runs, opens the file again in the same window and says how
// the work went. Editor windows are closed first; the caller has made
// sure none holds unsaved changes and no bulk change is being written
// (busyForMaintenance). The window does not close while the
// work runs.
func (o *openWindow) maintain(work maintenanceWork) {
	mv := o.mv
	w := mv.win
	mv.editors.Close()
	mv.records.CloseAll()
	st := o.stop()
	path := st.Path()
	box := newProgressBox(work.note)
	box.set(data.Progress{})
	w.SetMainMenu(nil)
	keys.Unregister(w.Canvas())
	w.SetCloseIntercept(func() {})
	w.SetContent(container.NewCenter(box.box))
	// An older file (a backup of an earlier version, say) is upgraded as
	// it is compacted or opened again: the box says so and counts it.
	steps := map[string]string{"upgrade": upgradeNote(path)}
	maps.Copy(steps, work.steps)
	report := func(p data.Progress) {
		background.Do(func() {
			if note, ok := steps[p.What]; ok {
				box.note.SetText(note)
			}
			box.set(p)
		})
	}
	go func() {
		var msg string
		err := st.Close()
		if err == nil {
			msg, err = work.run(path, report)
		}
		s, openErr := data.OpenWith(path, data.OpenOptions{Progress: report})
		background.Do(func() {
			box.stop()
			if openErr != nil {
				o.refused(w, path, openErr)
				return
			}
			o.start(w, s)
			text := msg
			if err != nil {
				text = lang.X("maintenance.failed", "It did not succeed: {{.Error}}", problem.Args(err))
			}
			dialog.ShowInformation(work.title, text, w)
		})
	}()
}

// refused shows in w why the file cannot be opened after maintenance, as
// the start of the program does.
func (o *openWindow) refused(w fyne.Window, path string, err error) {
	fyne.LogError("Could not open the database again", err)
	var v *openErrorView
	v = newOpenErrorView(path, err, fyne.CurrentApp().Quit, func() {
		s, err := data.Open(path)
		if err != nil {
			v.message.SetText(openErrorMessage(path, err))
			return
		}
		o.start(w, s)
	})
	w.SetContent(v.content)
	w.SetCloseIntercept(nil)
}

// maintenanceMenuItems are the File menu's back up, restore and compact.
func (mv *mainView) maintenanceMenuItems() []*fyne.MenuItem {
	items := []*fyne.MenuItem{fyne.NewMenuItem(lang.X("menu.backup", "Back up now…"), mv.askBackup)}
	if mv.maintain != nil {
		items = append(items,
			fyne.NewMenuItem(lang.X("menu.restore", "Restore from a backup…"), mv.askRestore),
			fyne.NewMenuItem(lang.X("menu.compact", "Compact the database…"), mv.askCompact))
	}
	return items
}

// askBackup asks where to write a copy of the database, then writes it.
func (mv *mainView) askBackup() {
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		w.Close()
		mv.backUpTo(w.URI().Path())
	}, mv.win)
	fd.SetFileName(backupFileName(mv.store.Path(), mv.sess.Now()))
	startIn(fd, data.BackupDir(mv.store.Path()))
	fd.Resize(fyne.NewSize(720, 480))
	fd.Show()
}

// startIn opens file dialog fd in folder dir when it exists: the backups
// beside the database, where the daily ones go.
func startIn(fd *dialog.FileDialog, dir string) {
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		fd.SetLocation(l)
	}
}

// backupFileName is the name the backup dialog offers: the database's
// name with the day and time.
func backupFileName(dbPath string, now time.Time) string {
	base := filepath.Base(dbPath)
	ext := filepath.Ext(base)
	return fmt.Sprintf("%s-%s%s", base[:len(base)-len(ext)], now.Format("2006-01-02-1504"), ext)
}

// backUpTo writes a consistent copy of the database to path (replacing
// it: the save dialog asked) off the UI goroutine, and says where it went.
func (mv *mainView) backUpTo(path string) {
	st, win := mv.store, mv.win
	title := lang.X("backup.title", "Backup")
	bar := widget.NewProgressBarInfinite()
	note := widget.NewLabel(lang.X("backup.writing", "Writing the backup {{.File}}…", map[string]any{"File": filepath.Base(path)}))
	prog := dialog.NewCustomWithoutButtons(title, container.NewVBox(note, bar), win)
	prog.Show()
	go func() {
		_, err := st.BackupFile(path, true)
		background.Do(func() {
			bar.Stop()
			prog.Hide()
			if err != nil {
				dialog.ShowInformation(title, lang.X("backup.failed", "Could not write the backup: {{.Error}}", problem.Args(err)), win)
				return
			}
			dialog.ShowInformation(title, lang.X("backup.done", "The backup is written to {{.File}}.", map[string]any{"File": path}), win)
		})
	}()
}

// busyForMaintenance says why the database cannot be closed now, when it
// cannot, and reports it: an editor window holds unsaved changes, or a
// bulk change of the list is being written.
func (mv *mainView) busyForMaintenance() bool {
	var why string
	switch {
	case len(mv.unsaved()) > 0:
		why = lang.X("maintenance.unsaved", "Some editor windows hold changes that are not saved. Save or close them first.")
	case mv.interactions.Writing():
		why = lang.X("maintenance.writing", "A change of the selected interactions is being written. Wait until it ends.")
	default:
		return false
	}
	dialog.ShowInformation(lang.X("maintenance.title", "Database maintenance"), why, mv.win)
	return true
}

// askRestore asks for a backup file and, once confirmed, puts it in the
// place of the database.
func (mv *mainView) askRestore() {
	if mv.busyForMaintenance() {
		return
	}
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		backup := r.URI().Path()
		if backup == mv.store.Path() {
			dialog.ShowInformation(lang.X("restore.title", "Restore from a backup"),
				lang.X("restore.same", "This is the database itself. Choose a backup of it."), mv.win)
			return
		}
		dialog.ShowConfirm(lang.X("restore.title", "Restore from a backup"),
			lang.X("restore.confirm", "Put the backup {{.File}} in the place of the database? The database as it is now is kept beside it as a copy.",
				map[string]any{"File": backup}),
			func(ok bool) {
				if ok {
					mv.restoreFrom(backup)
				}
			}, mv.win)
	}, mv.win)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{filepath.Ext(mv.store.Path())}))
	startIn(fd, data.BackupDir(mv.store.Path()))
	fd.Resize(fyne.NewSize(720, 480))
	fd.Show()
}

// restoreFrom puts the backup at path in the place of the database (the
// database kept aside: data.Restore) and opens it.
func (mv *mainView) restoreFrom(backup string) {
	mv.maintain(maintenanceWork{
		title: lang.X("restore.title", "Restore from a backup"),
		note:  lang.X("restore.working", "Checking the backup {{.File}} and putting it in the place of the database…", map[string]any{"File": backup}),
		run: func(path string, _ func(data.Progress)) (string, error) {
			res, err := data.Restore(path, backup, time.Now())
			if err != nil {
				return "", err
			}
			args := map[string]any{"File": backup, "Count": format.Count(res.Interactions), "Aside": res.Aside}
			if res.Aside == "" {
				return lang.X("restore.doneNoAside", "The backup {{.File}} is restored ({{.Count}} interactions).", args), nil
			}
			return lang.X("restore.done", "The backup {{.File}} is restored ({{.Count}} interactions). The database as it was is kept as {{.Aside}}.", args), nil
		},
	})
}

// askCompact reads how much the file would give back, says it and, once
// confirmed, compacts it.
func (mv *mainView) askCompact() {
	if mv.busyForMaintenance() {
		return
	}
	mv.withFileSpace(func(space data.FileSpace, err error) {
		if err != nil {
			dialog.ShowInformation(lang.X("compact.title", "Compact the database"),
				lang.X("maintenance.failed", "It did not succeed: {{.Error}}", problem.Args(err)), mv.win)
			return
		}
		mv.confirmCompact(space)
	})
}

// confirmCompact asks, with the file's size and free pages, whether to
// compact it.
func (mv *mainView) confirmCompact(space data.FileSpace) {
	args := map[string]any{"Size": format.Size(space.Size), "Free": format.Size(space.Free)}
	text := lang.X("compact.confirm", "The file is {{.Size}}, of which {{.Free}} are free pages that later changes would reuse. Compacting writes it anew without them; the window is back when it is done.", args)
	if !space.WorthCompacting() {
		text = lang.X("compact.confirmLittle", "The file is {{.Size}} and has only {{.Free}} of free pages: compacting would give back little. Compact it anyway? The window is back when it is done.", args)
	}
	dialog.ShowConfirm(lang.X("compact.title", "Compact the database"), text, func(ok bool) {
		if ok {
			mv.compactNow()
		}
	}, mv.win)
}

// readFileSpace reads the database file's free pages; tests replace it.
var readFileSpace = data.ReadFileSpace

// offerCompaction asks, after a purge, whether to compact the file when
// its free pages are worth giving back (offerCompactionFor).
func (mv *mainView) offerCompaction() {
	if mv.maintain == nil {
		return
	}
	mv.withFileSpace(func(space data.FileSpace, err error) {
		if err == nil {
			mv.offerCompactionFor(space)
		}
	})
}

// withFileSpace reads the database file's free pages off the UI
// goroutine and hands them to then on it.
func (mv *mainView) withFileSpace(then func(data.FileSpace, error)) {
	path := mv.store.Path()
	go func() {
		space, err := readFileSpace(path)
		background.Do(func() { then(space, err) })
	}()
}

// offerCompactionFor asks whether to compact a file of space when its
// free pages are worth giving back (FileSpace.WorthCompacting), unless
// the window is being closed.
func (mv *mainView) offerCompactionFor(space data.FileSpace) {
	if !space.WorthCompacting() || mv.closing != nil {
		return
	}
	dialog.ShowConfirm(lang.X("compact.title", "Compact the database"),
		lang.X("compact.afterPurge", "The purge left {{.Free}} of free pages in the {{.Size}} file. Compact the database now to give them back? The window is back when it is done.",
			map[string]any{"Size": format.Size(space.Size), "Free": format.Size(space.Free)}),
		func(ok bool) {
			if ok && !mv.busyForMaintenance() {
				mv.compactNow()
			}
		}, mv.win)
}

// compactNow compacts the database file (data.Compact) and opens it.
func (mv *mainView) compactNow() {
	working := lang.X("compact.working", "Compacting the database {{.Path}}…", map[string]any{"Path": mv.store.Path()})
	mv.maintain(maintenanceWork{
		title: lang.X("compact.title", "Compact the database"),
		note:  working,
		// An older file is upgraded first, under the upgrade's note.
		steps: map[string]string{"compact": working, "compact-check": lang.X("compact.checking", "Checking the new file…")},
		run: func(path string, progress func(data.Progress)) (string, error) {
			res, err := data.Compact(path, progress)
			if err != nil {
				return "", err
			}
			return lang.X("compact.done", "The database is compacted: {{.Before}} → {{.After}}.",
				map[string]any{"Before": format.Size(res.Before), "After": format.Size(res.After)}), nil
		},
	})
}
