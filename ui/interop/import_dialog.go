package interop

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/data/csvio"
	"interactions/data/ical"
	"interactions/data/vcard"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// ImportDialog is the Import dialog: the kind of files, the files, for
// iCalendar the period recurring events are expanded over, then a
// progress bar with Cancel while the files are read, and a result line
// per file. Each file is all or nothing; Cancel stops the file being
// written (its transaction is not committed) and the files after it.
type ImportDialog struct {
	Kind     *widget.Select
	Choose   *widget.Button // "Choose files…"
	Files    *widget.Label
	From, To *widgets.DateField
	Period   *fyne.Container // the period row, shown for kinds that ask for it
	Progress *widget.ProgressBar
	Status   *widget.Label // the file being read
	Results  *widget.Label // a line per file read
	Start    *widget.Button
	Cancel   *widget.Button // cancels the running import, else closes
	Dialog   *dialog.CustomDialog

	st     *data.Store
	sess   *session.Session
	win    fyne.Window
	kinds  []Kind
	files  []string
	cancel context.CancelFunc // of the running import, nil when none runs
	tasks  background.Tasks
	// Finished is called on the UI goroutine when an import has ended.
	Finished func()
}

// NewImportDialog builds the dialog over win with the kinds the options
// show, kind preselected when it is one of them.
func NewImportDialog(st *data.Store, sess *session.Session, win fyne.Window, kind string) *ImportDialog {
	d := &ImportDialog{st: st, sess: sess, win: win, kinds: Shown(sess.Options())}
	titles := make([]string, len(d.kinds))
	for i, k := range d.kinds {
		titles[i] = k.Title()
	}
	d.Kind = widget.NewSelect(titles, func(string) { d.kindChanged() })
	d.Choose = widget.NewButtonWithIcon(lang.X("interop.choose", "Choose files…"), theme.FolderOpenIcon(), d.chooseFile)
	d.Files = widget.NewLabel(lang.X("interop.noFiles", "No files chosen"))
	d.Files.Wrapping = fyne.TextWrapWord
	d.From, d.To = widgets.NewDateField(win, false), widgets.NewDateField(win, false)
	now := sess.Now()
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.Local)
	d.From.Set(first)
	d.To.Set(first.AddDate(0, 3, -1))
	periodNote := widget.NewLabel(lang.X("interop.period", "Recurring events come in as a meeting for each occurrence in the period:"))
	periodNote.Wrapping = fyne.TextWrapWord
	d.Period = container.NewVBox(periodNote, container.NewGridWithColumns(2,
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("interop.periodFrom", "from")), nil, d.From.Content),
		container.NewBorder(nil, nil, widget.NewLabel(lang.X("interop.periodTo", "to")), nil, d.To.Content)))
	d.Progress = widget.NewProgressBar()
	d.Progress.Hide()
	d.Status = widget.NewLabel("")
	d.Status.Truncation = fyne.TextTruncateEllipsis
	d.Results = widget.NewLabel("")
	d.Results.Wrapping = fyne.TextWrapWord
	d.Start = widget.NewButtonWithIcon(lang.X("interop.start", "Import"), theme.DownloadIcon(), d.run)
	d.Start.Importance = widget.HighImportance
	d.Cancel = widget.NewButton(lang.X("bulk.cancel", "Cancel"), d.cancelOrClose)
	form := widget.NewForm(
		widget.NewFormItem(lang.X("interop.kind", "What"), d.Kind),
		widget.NewFormItem(lang.X("interop.files", "Files"), container.NewBorder(nil, nil, nil, d.Choose, d.Files)),
	)
	buttons := container.NewHBox(layout.NewSpacer(), d.Cancel, d.Start)
	body := container.NewVBox(form, d.Period, d.Progress, d.Status, d.Results)
	content := container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(body))
	d.Dialog = dialog.NewCustomWithoutButtons(lang.X("interop.title", "Import"), content, win)
	d.Dialog.Resize(fyne.NewSize(640, 420))
	sel := 0
	for i, k := range d.kinds {
		if k.ID == kind {
			sel = i
		}
	}
	if len(d.kinds) > 0 {
		d.Kind.SetSelectedIndex(sel)
	}
	d.enable()
	return d
}

// Show opens the dialog.
func (d *ImportDialog) Show() { d.Dialog.Show() }

// kind is the kind chosen.
func (d *ImportDialog) kind() (Kind, bool) {
	i := d.Kind.SelectedIndex()
	if i < 0 || i >= len(d.kinds) {
		return Kind{}, false
	}
	return d.kinds[i], true
}

// kindChanged shows the period for the kinds that ask for it.
func (d *ImportDialog) kindChanged() {
	k, ok := d.kind()
	widgets.ShowIf(d.Period, ok && k.Period)
	d.enable()
}

// chooseFile opens the file dialog; each file chosen joins the list.
func (d *ImportDialog) chooseFile() {
	k, _ := d.kind()
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			return
		}
		r.Close()
		d.AddFile(r.URI().Path())
	}, d.win)
	if len(k.Exts) > 0 {
		fd.SetFilter(storage.NewExtensionFileFilter(k.Exts))
	}
	if len(d.files) > 0 {
		if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(d.files[len(d.files)-1]))); err == nil {
			fd.SetLocation(dir)
		}
	}
	fd.Resize(fyne.NewSize(720, 480))
	fd.Show()
}

// AddFile adds a file to those to import.
func (d *ImportDialog) AddFile(path string) {
	for _, f := range d.files {
		if f == path {
			return
		}
	}
	d.files = append(d.files, path)
	names := make([]string, len(d.files))
	for i, f := range d.files {
		names[i] = filepath.Base(f)
	}
	d.Files.SetText(strings.Join(names, ", "))
	d.Results.SetText("")
	d.enable()
}

// Running reports whether an import runs.
func (d *ImportDialog) Running() bool { return d.cancel != nil }

func (d *ImportDialog) enable() {
	_, ok := d.kind()
	running := d.Running()
	widgets.ShowIf(d.Start, !running && ok && len(d.files) > 0)
	if running {
		d.Kind.Disable()
		d.Choose.Disable()
		d.Cancel.SetText(lang.X("bulk.cancel", "Cancel"))
	} else {
		d.Kind.Enable()
		d.Choose.Enable()
	}
}

// cancelOrClose stops the running import, or closes the dialog.
func (d *ImportDialog) cancelOrClose() {
	if d.cancel != nil {
		d.cancel()
		d.Cancel.Disable()
		return
	}
	d.Dialog.Hide()
}

// run imports the files one after another off the UI goroutine.
func (d *ImportDialog) run() {
	k, ok := d.kind()
	if !ok || len(d.files) == 0 || d.Running() {
		return
	}
	var p Params
	if k.Period {
		from, ok1 := d.From.Value()
		to, ok2 := d.To.Value()
		if !ok1 || !ok2 || !from.IsZero() && !to.IsZero() && to.Before(from) {
			d.Results.SetText(lang.X("interop.badPeriod", "The period is not right: write both dates, the second not before the first, or empty both."))
			return
		}
		if !from.IsZero() && !to.IsZero() {
			p.From, p.To = from, to.AddDate(0, 0, 1)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	files := append([]string(nil), d.files...)
	d.Progress.SetValue(0)
	d.Progress.Show()
	d.Results.SetText("")
	d.enable()
	var lines []string
	imported := false
	d.tasks.Run(func() func() {
		for i, path := range files {
			name := filepath.Base(path)
			background.Do(func() {
				d.Status.SetText(lang.X("interop.reading", "Reading {{.File}} ({{.N}} of {{.Of}})…",
					map[string]any{"File": name, "N": i + 1, "Of": len(files)}))
				d.Progress.SetValue(float64(i) / float64(len(files)))
			})
			var line string
			if ctx.Err() != nil {
				line = lang.X("interop.skipped", "{{.File}}: not imported, cancelled", map[string]any{"File": name})
			} else {
				msg, err := k.Run(ctx, d.st, path, p, func(done, total int) {
					if total > 0 {
						background.Do(func() {
							d.Progress.SetValue((float64(i) + float64(done)/float64(total)) / float64(len(files)))
						})
					}
				})
				switch {
				case err == nil:
					imported = true
					line = name + ": " + msg
				case errors.Is(err, context.Canceled):
					line = lang.X("interop.cancelled", "{{.File}}: cancelled, nothing of it imported", map[string]any{"File": name})
				default:
					line = lang.X("interop.failed", "{{.File}}: nothing imported: {{.Error}}", importErrorArgs(name, err))
				}
			}
			lines = append(lines, line)
			// The text is made here: the next file's line is appended to
			// lines while the window shows this one.
			text := strings.Join(lines, "\n")
			background.Do(func() { d.Results.SetText(text) })
		}
		return func() {
			d.cancel = nil
			if ctx.Err() != nil {
				d.Progress.Hide() // cancelled: the lines say what was left out
			}
			cancel()
			d.Progress.SetValue(1)
			d.Status.SetText("")
			d.Results.SetText(strings.Join(lines, "\n"))
			d.Cancel.Enable()
			d.Cancel.SetText(lang.X("interop.close", "Close"))
			d.files = nil
			d.Files.SetText(lang.X("interop.noFiles", "No files chosen"))
			d.enable()
			if imported {
				d.sess.Notify(k.Change)
			}
			if d.Finished != nil {
				d.Finished()
			}
		}
	})
}

// importErrorArgs words why a file was not imported: where in the file
// (line, column, event, card) in the interface language, then the
// reason.
func importErrorArgs(name string, err error) map[string]any {
	args := problem.Args(err)
	args["File"] = name
	var le *ical.LineError
	var ce *csvio.LineError
	var ve *vcard.CardError
	switch {
	case errors.Is(err, ical.ErrRecurring) && errors.As(err, &le):
		args["Error"] = lang.X("interop.recurring", "event {{.N}} (line {{.Line}}, «{{.Summary}}») repeats; choose the period its occurrences are brought in for",
			map[string]any{"N": le.Event, "Line": le.Line, "Summary": le.Summary})
	case errors.Is(err, ical.ErrNoEvents):
		args["Error"] = lang.X("interop.noEvents", "the file holds no events")
	case errors.Is(err, errTooLarge):
		args["Error"] = lang.X("interop.tooLarge", "the file is larger than 64 MiB")
	case errors.As(err, &le) && le.Event > 0:
		args["Error"] = lang.X("interop.atEvent", "event {{.N}} (line {{.Line}}, «{{.Summary}}»): {{.Error}}",
			map[string]any{"N": le.Event, "Line": le.Line, "Summary": le.Summary, "Error": reason(le.Err)})
	case errors.As(err, &le):
		args["Error"] = lang.X("interop.atLine", "line {{.Line}}: {{.Error}}", map[string]any{"Line": le.Line, "Error": reason(le.Err)})
	case errors.As(err, &ce) && ce.Column != "":
		args["Error"] = lang.X("interop.atColumn", "line {{.Line}}, column {{.Column}}: {{.Error}}",
			map[string]any{"Line": ce.Line, "Column": ce.Column, "Error": reason(ce.Err)})
	case errors.As(err, &ce):
		args["Error"] = lang.X("interop.atLine", "line {{.Line}}: {{.Error}}", map[string]any{"Line": ce.Line, "Error": reason(ce.Err)})
	case errors.As(err, &ve) && ve.Name == "":
		args["Error"] = lang.X("interop.atCardNoName", "card {{.N}}: {{.Error}}", map[string]any{"N": ve.Card, "Error": reason(ve.Err)})
	case errors.As(err, &ve):
		args["Error"] = lang.X("interop.atCard", "card {{.N}} ({{.Name}}): {{.Error}}",
			map[string]any{"N": ve.Card, "Name": ve.Name, "Error": reason(ve.Err)})
	}
	args["Error"] = strings.TrimPrefix(args["Error"].(string), "data: ")
	return args
}

// reason is the text of the reason an import was refused: translated
// when it is a problem of the data layer, else as the format reader
// says it.
func reason(err error) string {
	return strings.TrimPrefix(problem.Args(err)["Error"].(string), "data: ")
}
