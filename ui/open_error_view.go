package ui

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// openErrorView is the content of the window shown instead of the main one
// when the database cannot be opened: what happened to which file, an OK
// button that quits and, for a demo load that did not finish, a button
// that discards it and goes on.
type openErrorView struct {
	message *widget.Label
	Ok      *widget.Button
	// Discard throws away an unfinished demo load; nil for other errors.
	Discard *widget.Button
	// Restore puts the newest good automatic backup in place of a damaged
	// database; hidden until one is found.
	Restore *widget.Button
	backup  data.GoodBackup
	content fyne.CanvasObject
}

// newOpenErrorView explains err of opening path. quit ends the program;
// discarded is called once an unfinished load has been discarded, to
// open the database again.
func newOpenErrorView(path string, err error, quit, discarded func()) *openErrorView {
	v := &openErrorView{
		message: widget.NewLabel(openErrorMessage(path, err)),
		Ok:      widget.NewButton(lang.X("button.ok", "OK"), quit),
	}
	v.message.Wrapping = fyne.TextWrapWord
	v.Ok.Importance = widget.HighImportance
	buttons := container.NewHBox(layout.NewSpacer())
	if errors.Is(err, data.ErrInterrupted) {
		v.Discard = widget.NewButton(lang.X("error.open.discard", "Discard the unfinished load"), func() {
			if _, err := data.DiscardInterrupted(path); err != nil {
				v.message.SetText(lang.X("error.open.discardFailed", "Could not discard the unfinished load: {{.Error}}", problem.Args(err)))
				return
			}
			discarded()
		})
		v.Discard.Importance = widget.HighImportance
		v.Ok.Importance = widget.MediumImportance
		buttons.Add(v.Discard)
	}
	v.Restore = widget.NewButtonWithIcon("", theme.HistoryIcon(), func() { v.restore(path, discarded) })
	v.Restore.Importance = widget.HighImportance
	v.Restore.Hide()
	buttons.Add(v.Restore)
	if errors.Is(err, data.ErrDamaged) {
		go func() {
			b, ok := data.NewestGoodBackup(path)
			if ok {
				background.Do(func() { v.offerBackup(b) })
			}
		}()
	}
	buttons.Add(v.Ok)
	title := container.NewHBox(widget.NewIcon(theme.ErrorIcon()), widgets.NewHeading(lang.X("error.open.title", "The database cannot be opened")))
	v.content = container.NewBorder(title, buttons, nil, nil, v.message)
	return v
}

// offerBackup shows the Restore button for backup b.
func (v *openErrorView) offerBackup(b data.GoodBackup) {
	v.backup = b
	v.Restore.SetText(lang.X("error.open.restore", "Restore the backup of {{.Day}} ({{.Count}} interactions)",
		map[string]any{"Day": b.Day.Format("02.01.2006"), "Count": b.Interactions}))
	v.Restore.Show()
	v.Ok.Importance = widget.MediumImportance
	v.Ok.Refresh()
}

// restore puts the offered backup in place of the damaged file, which is
// kept aside, and says so; OK then opens the restored database.
func (v *openErrorView) restore(path string, reopen func()) {
	res, err := data.Restore(path, v.backup.Path, time.Now())
	if err != nil {
		v.message.SetText(lang.X("error.open.restoreFailed", "Could not restore the backup: {{.Error}}", problem.Args(err)))
		return
	}
	v.Restore.Hide()
	v.message.SetText(lang.X("error.open.restored", "The backup of {{.Day}} is restored. The damaged file is kept as {{.Aside}}.",
		map[string]any{"Day": v.backup.Day.Format("02.01.2006"), "Aside": res.Aside}))
	v.Ok.SetText(lang.X("error.open.continue", "Open the database"))
	v.Ok.Importance = widget.HighImportance
	v.Ok.OnTapped = reopen
	v.Ok.Refresh()
}

// openErrorMessage explains an error of data.Open in the user's language.
func openErrorMessage(path string, err error) string {
	args := problem.Args(err)
	args["Path"] = path
	var de *data.DamagedError
	var ie *data.InterruptedError
	switch {
	case errors.Is(err, data.ErrLocked):
		return lang.X("error.open.locked", "The database {{.Path}} is already open in another window of Interactions. Close that window and start the program again.", args)
	case errors.As(err, &ie):
		args["Started"] = ie.Started.Format("02.01.2006 15:04")
		return lang.X("error.open.interrupted", "Loading demo data into {{.Path}} did not finish (it started {{.Started}}): the database holds only part of the data, so it is not opened as it is. Discard what was loaded to go back to the empty database; you can then load demo data again.", args)
	case errors.As(err, &de) && de.Page != 0:
		args["Page"], args["Where"] = de.Page, de.Bucket
		return lang.X("error.open.damagedPage", "The database {{.Path}} is damaged near page {{.Page}} ({{.Where}}). The file has not been changed. Restore a backup, or export what can still be read.", args)
	case errors.Is(err, data.ErrDamaged):
		return lang.X("error.open.damaged", "The file {{.Path}} is damaged or is not an Interactions database. The file has not been changed.", args)
	case errors.Is(err, data.ErrNewerSchema):
		if v, ok := data.NeededVersion(err); ok {
			args["Version"] = v
			return lang.X("error.open.newerVersion", "The database {{.Path}} was written by Interactions {{.Version}}, a newer version. Install version {{.Version}} or newer to open it.", args)
		}
		return lang.X("error.open.newer", "The database {{.Path}} was written by a newer version of Interactions. Install that version to open it.", args)
	}
	return lang.X("error.open.other", "The database {{.Path}} cannot be opened: {{.Error}}", args)
}
