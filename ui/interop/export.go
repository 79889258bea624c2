package interop

import (
	"context"
	"errors"
	"io"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/ical"
	"interactions/data/mail"
	"interactions/data/vcard"
	"interactions/ui/format"
	"interactions/ui/problem"
)

// Export is one export the window offers.
type Export int

// The exports.
const (
	ListCSV     Export = iota // the interactions list, with its filter, to CSV
	ListICS                   // its meetings and planned interactions to iCalendar
	PartnersCSV               // the partners to CSV
	PersonsCSV                // the contact persons to CSV
	PersonsVCF                // the contact persons to vCard
	ListEML                   // the list's e-mails to a folder of .eml files
)

// fileName is the name the save dialog proposes.
func (e Export) fileName() string {
	return [...]string{"interactions.csv", "meetings.ics", "partners.csv", "contact-persons.csv", "contact-persons.vcf", "e-mail"}[e]
}

// Title is the menu item of the export.
func (e Export) Title() string {
	switch e {
	case ListCSV:
		return lang.X("interop.export.listCSV", "The list to CSV…")
	case ListICS:
		return lang.X("interop.export.listICS", "Meetings of the list to iCalendar…")
	case PartnersCSV:
		return lang.X("interop.export.partnersCSV", "Partners to CSV…")
	case PersonsCSV:
		return lang.X("interop.export.personsCSV", "Contact persons to CSV…")
	case ListEML:
		return lang.X("interop.export.listEML", "E-mails of the list to .eml files…")
	}
	return lang.X("interop.export.personsVCF", "Contact persons to vCard…")
}

// ctxWriter stops a write when its context is cancelled, so that an
// export cancelled half-way leaves no file (data.WriteFile removes its
// temporary file when the write fails).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// write writes export e to w and returns how many records it wrote.
func (a *Actions) write(ctx context.Context, e Export, w io.Writer, f data.Filter) (int, error) {
	w = ctxWriter{ctx, w}
	o := csvio.Options{Comma: ';', BOM: true}
	switch e {
	case ListCSV:
		return csvio.ExportInteractions(w, a.st, f, o)
	case ListICS:
		c, err := icalCatalog(a.st)
		if err != nil {
			return 0, err
		}
		return ical.Export(w, a.st, f, c)
	case PartnersCSV, PersonsCSV:
		c, err := csvio.LoadCatalog(a.st)
		if err != nil {
			return 0, err
		}
		if e == PartnersCSV {
			return len(c.Partners), csvio.WritePartners(w, c, o)
		}
		return len(c.Persons), csvio.WritePersons(w, c, o)
	}
	var c vcard.Catalog
	var err error
	if c.Partners, err = a.st.Partners(); err != nil {
		return 0, err
	}
	if c.Roles, err = a.st.Roles(); err != nil {
		return 0, err
	}
	if c.Persons, err = a.st.Persons(); err != nil {
		return 0, err
	}
	return len(c.Persons), vcard.Write(w, c.Persons, &c, vcard.V4)
}

// Export asks where to write export e, then writes it.
func (a *Actions) Export(e Export) {
	if e == ListEML {
		a.exportMailAsk()
		return
	}
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		w.Close()
		a.ExportTo(e, w.URI().Path())
	}, a.win)
	fd.SetFileName(e.fileName())
	fd.SetFilter(storage.NewExtensionFileFilter([]string{filepath.Ext(e.fileName())}))
	fd.Resize(fyne.NewSize(720, 480))
	fd.Show()
}

// ExportTo writes export e to path (replacing it: the save dialog asked)
// off the UI goroutine, with a progress bar and Cancel, and says how many
// records it wrote. The list's exports use its filter as it is now.
func (a *Actions) ExportTo(e Export, path string) {
	var f data.Filter
	if a.ListFilter != nil {
		f = a.ListFilter()
	}
	a.run(path, func(ctx context.Context) (int, error) {
		var n int
		_, err := data.WriteFile(path, true, func(w io.Writer) (err error) {
			n, err = a.write(ctx, e, w, f)
			return err
		})
		return n, err
	})
}

// run does the work of an export off the UI goroutine, with a progress
// bar and Cancel, and then says how many records went to path.
func (a *Actions) run(path string, work func(ctx context.Context) (int, error)) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBarInfinite()
	cancelBtn := widget.NewButton(lang.X("bulk.cancel", "Cancel"), cancel)
	note := widget.NewLabel(lang.X("interop.writing", "Writing {{.File}}…", map[string]any{"File": filepath.Base(path)}))
	prog := dialog.NewCustomWithoutButtons(lang.X("interop.exportTitle", "Export"),
		container.NewVBox(note, bar, container.NewHBox(layout.NewSpacer(), cancelBtn)), a.win)
	a.Progress = prog
	prog.Show()
	a.tasks.Run(func() func() {
		n, err := work(ctx)
		return func() {
			cancel()
			bar.Stop()
			prog.Hide()
			a.Progress = nil
			title := lang.X("interop.exportTitle", "Export")
			var msg string
			switch {
			case errors.Is(err, context.Canceled) && n > 0:
				msg = lang.X("interop.exportCancelledSome", "The export was cancelled; {{.Count}} whole files were written to {{.File}}.",
					map[string]any{"Count": format.Count(n), "File": path})
			case errors.Is(err, context.Canceled):
				msg = lang.X("interop.exportCancelled", "The export was cancelled; no file was written.")
			case errors.Is(err, mail.ErrNothing):
				msg = lang.X("interop.exportNoMail", "The list has no e-mails; no file was written.")
			case errors.Is(err, ical.ErrNothing):
				msg = lang.X("interop.exportNothing", "The list has no meetings or planned interactions; no file was written.")
			case err != nil:
				args := problem.Args(err)
				args["File"] = path
				msg = lang.X("interop.exportFailed", "Could not write {{.File}}: {{.Error}}", args)
			default:
				msg = lang.X("interop.exported", "{{.Count}} records written to {{.File}}", map[string]any{"Count": format.Count(n), "File": path})
			}
			a.LastMessage = msg
			dialog.ShowInformation(title, msg, a.win)
		}
	})
}
