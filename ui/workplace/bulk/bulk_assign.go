package bulk

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// responsibleDialog asks for the employee to make responsible for the
// selection; inactive employees are not offered.
type responsibleDialog struct {
	Picker     *widgets.EmployeePicker
	Err        *widget.Label
	Cancel, OK *widget.Button
	Dialog     *dialog.CustomDialog
}

// openResponsible reads the employees, then opens the dialog with the
// current user chosen.
func (b *Bar) openResponsible() {
	if b.n == 0 || b.running > 0 {
		return
	}
	st := b.store
	var emps []data.Employee
	widgets.LoadThen(b.win, func() (err error) {
		emps, err = st.Employees()
		return err
	}, func() { b.showResponsible(widgets.ActiveEmployees(emps)) })
}

func (b *Bar) showResponsible(emps []data.Employee) {
	user := b.store.Settings().CurrentUser
	d := &responsibleDialog{Picker: widgets.NewEmployeePicker(emps, user), Err: widgets.NewErrorLabel()}
	d.Picker.MarkCurrentUser(user) // says why that one is chosen already
	title := lang.X("bulk.responsible.title", "Set responsible")
	d.Cancel, d.OK = widgets.DialogButtons(lang.X("bulk.apply", "Set"), func() {
		emp := d.Picker.Value()
		if emp == 0 {
			widgets.ShowError(d.Err, widgets.FieldMessage(lang.X("create.field.responsible", "Responsible"),
				lang.X("create.problem.choose", "choose one")))
			d.Dialog.Resize(fyne.NewSize(420, 0))
			return
		}
		d.Dialog.Hide()
		ids := b.ids()
		if len(ids) == 0 {
			return
		}
		st := b.store
		b.run(title, func() error { return st.SetResponsible(ids, emp) })
	})
	if len(emps) == 0 {
		widgets.ShowError(d.Err, lang.X("bulk.responsible.none", "There are no active employees."))
		d.OK.Disable()
	}
	form := widget.NewForm(widget.NewFormItem(lang.X("create.field.responsible", "Responsible"), container.NewVBox(d.Picker.Select, d.Err)))
	d.Dialog = dialog.NewCustomWithoutButtons(title, form, b.win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.Cancel, d.OK})
	d.Cancel.OnTapped = d.Dialog.Hide
	d.Dialog.Resize(fyne.NewSize(420, 0))
	b.responsible = d
	d.Dialog.Show()
}

// subjectDialog asks for the subject to set on the selection: a deal,
// claim, marketing event or customer order, found by search, or "none",
// which makes each selected interaction the root of its own chain. Its
// text says that a subject set on a chain member moves the whole chain.
type subjectDialog struct {
	Picker     *widgets.PickerList
	Chosen     *widget.Label
	Cancel, OK *widget.Button
	Dialog     *dialog.CustomDialog
}

// openSubject opens the subject dialog at once, saying "Loading…", and
// reads the deals, claims, events and orders in the background: at a
// million interactions the catalogs take a moment, and the search can be
// typed meanwhile.
func (b *Bar) openSubject() {
	if b.n == 0 || b.running > 0 || !b.opts.Shows(data.PartSubjectField) {
		return
	}
	d := b.showSubject()
	st := b.store
	b.loads.Run(func() func() {
		subjects, err := widgets.SubjectChoices(st)
		return func() {
			if err != nil {
				fyne.LogError("Could not read the subjects", err)
				d.Picker.Status.SetText(lang.X("bulk.loadFailed", "Could not read the catalogs: {{.Error}}", problem.Args(err)))
				return
			}
			d.Picker.SetChoices(append([]widgets.Choice{widgets.OwnChain()}, subjects...))
		}
	})
}

// showSubject shows the subject dialog with its picker still loading.
func (b *Bar) showSubject() *subjectDialog {
	d := &subjectDialog{Picker: widgets.NewLoadingPickerList(fyne.NewSize(480, 280)), Chosen: widget.NewLabel("")}
	title := lang.X("bulk.subject.title", "Set subject")
	d.Cancel, d.OK = widgets.DialogButtons(lang.X("bulk.apply", "Set"), func() {
		c, ok := d.Picker.Chosen()
		if !ok {
			return
		}
		d.Dialog.Hide()
		ids := b.ids()
		if len(ids) == 0 {
			return
		}
		st := b.store
		b.run(title, func() error { return st.SetSubject(ids, c.Ref) })
	})
	d.OK.Disable()
	d.Chosen.Truncation = fyne.TextTruncateEllipsis
	d.Picker.OnChosen = func(c widgets.Choice) {
		d.Chosen.SetText(lang.X("picker.chosen", "Chosen: {{.Name}}", map[string]any{"Name": c.Label}))
		d.OK.Enable()
	}
	note := widget.NewLabel(lang.X("bulk.subject.note",
		"A subject set on an interaction of a chain moves the whole chain to it. “None — own chain” makes each selected interaction the root of a chain of its own."))
	note.Wrapping = fyne.TextWrapWord
	content := container.NewBorder(note, d.Chosen, nil, nil, d.Picker.Content)
	d.Dialog = dialog.NewCustomWithoutButtons(title, content, b.win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.Cancel, d.OK})
	d.Cancel.OnTapped = d.Dialog.Hide
	d.Picker.Search.OnEscape = d.Dialog.Hide
	d.Dialog.Resize(fyne.NewSize(540, 0))
	b.subject = d
	d.Dialog.Show()
	b.win.Canvas().Focus(d.Picker.Search)
	return d
}
