// Package reports is the Reports screen: Partner contact information
// (Контактная информация партнеров), Contact information by contact
// persons (Контактная информация по контактным лицам), the activity report
// and the event calendar. A report is built on screen first, as a table
// with the same rows as the PDF, then exported to PDF through a save
// dialog or printed: written to a temporary PDF and opened in the
// system's viewer. The reports themselves are built by the reports
// package, the same as on the command line.
package reports

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/reports"
	"interactions/reports/pdf"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// Kind is one of the reports of the screen.
type Kind int

// The reports, in the order the screen lists them.
const (
	KindPartners Kind = iota
	KindContacts
	KindActivity
	KindCalendar
)

// View is the Reports screen; its widgets are fields for the tests.
type View struct {
	store *data.Store
	sess  *session.Session
	win   fyne.Window

	Kinds    *widget.RadioGroup
	Params   *Params
	Build    *widget.Button
	Export   *widget.Button
	Print    *widget.Button
	Notice   *widget.Label
	Error    *widget.Label
	Table    *widget.Table
	Report   *reports.Report // the report shown, nil before the first build
	Exported string          // the path of the last PDF written, for tests

	kind    Kind
	tasks   background.Tasks
	cancel  context.CancelFunc
	result  *fyne.Container
	content fyne.CanvasObject
}

// New returns the Reports screen on st.
func New(st *data.Store, sess *session.Session, win fyne.Window) *View {
	v := &View{store: st, sess: sess, win: win, Params: newParams(sess)}
	v.Kinds = widget.NewRadioGroup(kindTitles(), func(s string) {
		if i := slices.Index(v.Kinds.Options, s); i >= 0 {
			v.SetKind(Kind(i))
		}
	})
	v.Kinds.Required = true
	v.Build = widget.NewButton(lang.X("reports.build", "Build"), v.build)
	v.Build.Importance = widget.HighImportance
	v.Export = widget.NewButton(lang.X("reports.export", "Export to PDF…"), v.exportPDF)
	v.Print = widget.NewButton(lang.X("reports.print", "Print"), v.printPDF)
	v.Notice = widget.NewLabel("")
	v.Notice.Wrapping = fyne.TextWrapWord
	v.Notice.Importance = widget.WarningImportance
	v.Notice.Hide()
	v.Error = widgets.NewErrorLabel()
	v.result = container.NewStack()
	side := container.NewVBox(widgets.NewHeading(lang.X("screen.reports", "Reports")), v.Kinds, widget.NewSeparator())
	left := container.NewBorder(side, container.NewVBox(v.Error, container.NewHBox(v.Build, v.Export, v.Print)), nil, nil, v.Params.Content)
	v.content = container.NewHSplit(left, container.NewBorder(v.Notice, nil, nil, nil, v.result))
	v.content.(*container.Split).Offset = 0.3
	v.loadCatalogs()
	v.Kinds.SetSelected(v.Kinds.Options[KindPartners])
	return v
}

func kindTitles() []string {
	return []string{
		lang.X("reports.kind.partners", "Partner contact information"),
		lang.X("reports.kind.contacts", "Contact information by contact persons"),
		lang.X("reports.kind.activity", "Activity"),
		lang.X("reports.kind.calendar", "Event calendar"),
	}
}

// Content returns the screen.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Close drops the answer of a build still running.
func (v *View) Close() {
	if v.cancel != nil {
		v.cancel()
	}
}

// Changed rereads the catalogs the parameters offer after they change;
// the report shown stays as it was built until the next build.
func (v *View) Changed(c session.Change) {
	if c.Has(session.Catalogs | session.Settings) {
		v.loadCatalogs()
		v.Params.show(v.kind)
	}
}

// Busy reports whether a build has not reported back yet.
func (v *View) Busy() bool { return v.tasks.Busy() }

// SetKind shows the parameters of report k.
func (v *View) SetKind(k Kind) {
	v.kind = k
	if v.Kinds.Selected != v.Kinds.Options[k] {
		v.Kinds.SetSelected(v.Kinds.Options[k])
		return
	}
	v.Params.show(k)
}

// ShowPartnerContacts builds Partner contact information for the given
// partners, as the partner list asks for the partners selected in it.
func (v *View) ShowPartnerContacts(ids []data.ID) {
	v.SetKind(KindPartners)
	v.Params.Partners.Chosen = map[data.ID]bool{}
	for _, id := range ids {
		v.Params.Partners.Set(id, true)
	}
	v.Params.Partners.List.Refresh()
	v.build()
}

func (v *View) loadCatalogs() {
	var c catalogs
	var err error
	if c.partners, err = v.store.Partners(); err == nil {
		if c.groups, err = v.store.PartnerGroups(); err == nil {
			if c.roles, err = v.store.Roles(); err == nil {
				c.employees, err = v.store.Employees()
			}
		}
	}
	if err != nil {
		widgets.ShowError(v.Error, problem.Text(err))
	}
	v.Params.setCatalogs(c)
}

// language is the interface language as the reports speak it.
func language() reports.Lang {
	return reports.ParseLang(lang.X("reports.lang", "en"))
}

// build makes the chosen report in the background and shows it.
func (v *View) build() {
	if v.cancel != nil {
		v.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	q, err := v.Params.query(v.kind)
	if err != "" {
		widgets.ShowError(v.Error, err)
		return
	}
	widgets.ShowError(v.Error, "")
	l, now, kind := language(), v.sess.Now(), v.kind
	background.Read(&v.tasks, ctx, func() (*reports.Report, error) {
		switch kind {
		case KindPartners:
			return reports.PartnerContacts(v.store, q.partners, l, now)
		case KindContacts:
			return reports.PersonContacts(v.store, q.contacts, l, now)
		case KindActivity:
			return reports.Activity(v.store, q.activity, l, now)
		}
		return reports.Calendar(v.store, q.calendar, l, now)
	}, func(r *reports.Report, err error) {
		if err != nil {
			widgets.ShowError(v.Error, problem.Text(err))
			return
		}
		v.show(r)
	})
}

// show puts a built report on screen: its notice, or its table and chart.
func (v *View) show(r *reports.Report) {
	v.Report = r
	v.Notice.SetText(r.Notice)
	widgets.ShowIf(v.Notice, r.Notice != "")
	v.Table = nil
	var body fyne.CanvasObject = container.NewStack()
	if len(r.Rows) > 0 {
		v.Table = newTable(r)
		body = v.Table
		if r.Chart != nil {
			split := container.NewVSplit(v.Table, newChart(r.Chart))
			split.Offset = 0.55
			body = split
		}
	}
	v.result.Objects = []fyne.CanvasObject{body}
	v.result.Refresh()
}

// pdfBytes prints the shown report.
func (v *View) pdfBytes() ([]byte, error) {
	var buf bytes.Buffer
	err := pdf.Write(&buf, v.Report, pdf.Options{})
	return buf.Bytes(), err
}

// exportPDF asks where to save the shown report and writes it there.
func (v *View) exportPDF() {
	if v.Report == nil {
		widgets.ShowError(v.Error, lang.X("reports.buildFirst", "Build the report first."))
		return
	}
	b, err := v.pdfBytes()
	if err != nil {
		widgets.ShowError(v.Error, problem.Text(err))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			if err != nil {
				widgets.ShowError(v.Error, problem.Text(err))
			}
			return
		}
		_, err = w.Write(b)
		if cerr := w.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			widgets.ShowError(v.Error, problem.Text(err))
			return
		}
		v.Exported = w.URI().Path()
	}, v.win)
	d.SetFileName(fileName(v.Report))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.Show()
}

// printPDF writes the shown report to a temporary PDF and opens it in
// the system's viewer, from where it is printed.
func (v *View) printPDF() {
	if v.Report == nil {
		widgets.ShowError(v.Error, lang.X("reports.buildFirst", "Build the report first."))
		return
	}
	b, err := v.pdfBytes()
	if err == nil {
		path := filepath.Join(os.TempDir(), fileName(v.Report))
		if err = os.WriteFile(path, b, 0o600); err == nil {
			v.Exported = path
			err = fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: path})
		}
	}
	if err != nil {
		widgets.ShowError(v.Error, problem.Text(err))
	}
}

// fileName is the report's title and date as a file name.
func fileName(r *reports.Report) string {
	return r.Title + " " + r.Printed.Format("2006-01-02 1504") + ".pdf"
}
