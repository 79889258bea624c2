package ui

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// openErrorView is the content of the window shown instead of the main one
// when the database cannot be opened: what happened to which file, and an
// OK button that quits.
type openErrorView struct {
	message *widget.Label
	Ok      *widget.Button
	content fyne.CanvasObject
}

func newOpenErrorView(path string, err error, quit func()) *openErrorView {
	v := &openErrorView{
		message: widget.NewLabel(openErrorMessage(path, err)),
		Ok:      widget.NewButton(lang.X("button.ok", "OK"), quit),
	}
	v.message.Wrapping = fyne.TextWrapWord
	v.Ok.Importance = widget.HighImportance
	title := container.NewHBox(widget.NewIcon(theme.ErrorIcon()), widgets.NewHeading(lang.X("error.open.title", "The database cannot be opened")))
	v.content = container.NewBorder(title, container.NewHBox(layout.NewSpacer(), v.Ok), nil, nil, v.message)
	return v
}

// openErrorMessage explains an error of data.Open in the user's language.
func openErrorMessage(path string, err error) string {
	args := problem.Args(err)
	args["Path"] = path
	switch {
	case errors.Is(err, data.ErrLocked):
		return lang.X("error.open.locked", "The database {{.Path}} is already open in another window of Interactions. Close that window and start the program again.", args)
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
