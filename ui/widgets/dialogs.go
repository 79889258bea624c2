package widgets

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// DialogButtons returns a Cancel button and a default confirm button
// labelled ok that calls onOK.
func DialogButtons(ok string, onOK func()) (cancel, confirm *widget.Button) {
	cancel = widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil)
	confirm = widget.NewButton(ok, onOK)
	confirm.Importance = widget.HighImportance
	return cancel, confirm
}
