package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// firstUser is the first-start step of a database without employees:
// it asks who the user is, saves them as an employee and makes them the
// current user, so that the first interaction has its responsible.
type firstUser struct {
	Name, Position *widget.Entry
	Problem        *widget.Label
	Cancel, OK     *widget.Button
	Dialog         *dialog.CustomDialog
	then           func() // what to do once the user is saved
}

// askWhoIfNoEmployees runs then at once when the database has employees;
// otherwise it first asks who the user is (see firstUser) and runs then
// after the user is saved.
func (mv *mainView) askWhoIfNoEmployees(then func()) {
	st := mv.store
	go func() {
		emps, err := st.Employees()
		background.Do(func() {
			if err != nil || len(emps) > 0 {
				if then != nil {
					then()
				}
				return
			}
			mv.askWho(then)
		})
	}()
}

// askWho shows the first-start step.
func (mv *mainView) askWho(then func()) {
	f := &firstUser{Name: widget.NewEntry(), Position: widget.NewEntry(), Problem: widgets.NewErrorLabel(), then: then}
	f.Name.SetPlaceHolder(lang.X("firstUser.name.hint", "Surname, first name"))
	f.Name.OnSubmitted = func(string) { mv.saveFirstUser(f) }
	note := widget.NewLabel(lang.X("firstUser.note",
		"Every interaction has a responsible employee. Who are you? You become the first employee and the current user; the demo data stays in the File menu."))
	note.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(lang.X("firstUser.name", "Name"), f.Name),
		widget.NewFormItem(lang.X("firstUser.position", "Position"), f.Position))
	f.Cancel, f.OK = widgets.DialogButtons(lang.X("firstUser.save", "Save"), func() { mv.saveFirstUser(f) })
	f.Dialog = dialog.NewCustomWithoutButtons(lang.X("firstUser.title", "Who are you?"),
		container.NewVBox(note, form, f.Problem), mv.win)
	f.Dialog.SetButtons([]fyne.CanvasObject{f.Cancel, f.OK})
	f.Cancel.OnTapped = f.Dialog.Hide
	f.Dialog.Resize(fyne.NewSize(520, 0))
	mv.who = f
	f.Dialog.Show()
	mv.win.Canvas().Focus(f.Name)
}

// saveFirstUser saves the employee and makes them the current user, or
// says what is wrong and keeps the dialog open.
func (mv *mainView) saveFirstUser(f *firstUser) {
	e := &data.Employee{Name: f.Name.Text, Position: f.Position.Text}
	st := mv.store
	err := st.SaveEmployee(e)
	if err == nil {
		set := st.Settings()
		set.CurrentUser = e.ID
		err = st.SaveSettings(set)
	}
	if err != nil {
		f.Problem.SetText(problem.Text(err))
		f.Problem.Show()
		mv.win.Canvas().Focus(f.Name)
		return
	}
	f.Dialog.Hide()
	mv.sess.Notify(session.Everything)
	if f.then != nil {
		f.then()
	}
}
