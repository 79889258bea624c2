package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// This file holds what the dialogs of the bulk actions and of the create
// commands share: reading and writing dates and times as the user types
// them, and the red line under a field that says what is wrong with it.

// storeClock returns the clock of the store: the Now field of the real
// store (tests fix it), or the wall clock for any other implementation.
func storeClock(st any) func() time.Time {
	if s, ok := st.(*data.Store); ok {
		return func() time.Time {
			if s.Now != nil {
				return s.Now()
			}
			return time.Now()
		}
	}
	return time.Now
}

// newErrorLabel returns the hidden red line shown under a field when its
// value is wrong.
func newErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// showError puts msg in the error line l, or hides l when msg is "".
func showError(l *widget.Label, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// fieldMessage is the error line of one field: its name and what is
// wrong, "Date: write it as 10.03.2026".
func fieldMessage(field, problem string) string {
	return lang.X("create.fieldError", "{{.Field}}: {{.Problem}}", map[string]any{"Field": field, "Problem": problem})
}
