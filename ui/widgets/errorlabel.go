package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"interactions/ui/problem"

	"errors"
	"fyne.io/fyne/v2/dialog"
	"interactions/ui/background"
)

// NewErrorLabel returns the hidden red line shown under a field when its
// value is wrong.
func NewErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// ShowError puts msg in the error line l, or hides l when msg is "".
func ShowError(l *widget.Label, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// FieldMessage is the error line of one field: its name and what is
// wrong, "Date: write it as 10.03.2026".
func FieldMessage(field, problem string) string {
	return lang.X("create.fieldError", "{{.Field}}: {{.Problem}}", map[string]any{"Field": field, "Problem": problem})
}

// LoadThen reads catalogs with load on a goroutine of its own, then on
// the UI goroutine calls show, or says why they could not be read.
func LoadThen(win fyne.Window, load func() error, show func()) {
	go func() {
		err := load()
		background.Do(func() {
			if err != nil {
				ShowLoadError(win, err)
				return
			}
			show()
		})
	}()
}

// ShowLoadError says that the catalogs could not be read, and why.
func ShowLoadError(win fyne.Window, err error) {
	fyne.LogError("Could not read the catalogs", err)
	dialog.ShowError(errors.New(lang.X("bulk.loadFailed", "Could not read the catalogs: {{.Error}}",
		problem.Args(err))), win)
}

// FormatProblem says how to write a value: "write it as 10.03.2026".
func FormatProblem(example string) string {
	return lang.X("create.problem.format", "write it as {{.Example}}", map[string]any{"Example": example})
}
