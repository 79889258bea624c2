package interop

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"interactions/data"
	"interactions/data/mail"
)

// exportMailAsk asks for the folder the list's e-mails go to.
func (a *Actions) exportMailAsk() {
	fd := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil || dir == nil {
			return
		}
		a.ExportMail(dir.Path())
	}, a.win)
	fd.Resize(fyne.NewSize(720, 480))
	fd.Show()
}

// ExportMail writes the e-mails of the list, with its filter as it is
// now, into dir as .eml files, one a message, each whole or not at all; a
// name taken gets a number, nothing is overwritten.
func (a *Actions) ExportMail(dir string) {
	var f data.Filter
	if a.ListFilter != nil {
		f = a.ListFilter()
	}
	a.run(dir, func(ctx context.Context) (int, error) {
		list, err := mail.Emails(ctx, a.st, f)
		if err != nil {
			return 0, err
		}
		return mail.WriteFolder(ctx, list, a.st, dir, nil)
	})
}
