package calendar

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// showCard opens an event: its kind, time, title, responsible and
// subject, with "Move to…" for meetings and planned interactions and
// "Open" when the window can open it elsewhere.
func (v *View) showCard(e data.CalendarEvent) {
	v.Opened = &e
	form := widget.NewForm()
	add := func(label, value string) {
		if value != "" {
			l := widget.NewLabel(value)
			l.Wrapping = fyne.TextWrapWord
			form.Append(label, l)
		}
	}
	add(lang.X("calendar.card.kind", "Kind"), KindTitleOne(e.Kind))
	if e.Kind.IsInteraction() {
		add(lang.X("calendar.card.type", "Type"), format.TypeTitle(e.Type))
	}
	when := format.DateTime(e.Start)
	if !e.Kind.IsInteraction() {
		when = format.Date(e.Start)
	}
	if !e.End.IsZero() && e.End.After(e.Start) {
		if data.LocalDay(e.End).Equal(data.LocalDay(e.Start)) {
			when += " – " + format.Clock(e.End)
		} else {
			when += " – " + format.DateTime(e.End)
		}
	}
	add(lang.X("calendar.card.when", "When"), when)
	add(lang.X("calendar.card.title", "Title"), e.Title)
	refs := []data.Ref{{Kind: data.RefEmployee, ID: e.Responsible}, e.Subject, {Kind: data.RefPartner, ID: e.Partner}}
	names := v.store.Names(refs)
	if e.Responsible != 0 {
		add(lang.X("calendar.card.responsible", "Responsible"), names[refs[0]])
	}
	if !e.Subject.IsZero() && e.Subject.Kind != data.RefInteraction {
		add(lang.X("calendar.card.subject", "Subject"), names[refs[1]])
	}
	if e.Partner != 0 {
		add(lang.X("calendar.card.partner", "Partner"), names[refs[2]])
	}
	if e.Kind.IsInteraction() && v.sess.Options().UseReview {
		state := lang.X("calendar.card.reviewed", "Reviewed")
		if e.Unreviewed {
			state = lang.X("calendar.card.unreviewed", "Not reviewed")
		}
		add(lang.X("calendar.card.review", "Review"), state)
	}
	if e.Done {
		add(lang.X("calendar.card.state", "State"), lang.X("calendar.card.done", "Done"))
	}
	buttons := container.NewHBox()
	var d dialog.Dialog
	if e.Movable() {
		buttons.Add(widget.NewButton(lang.X("calendar.move", "Move to…"), func() {
			d.Hide()
			v.showMove(e)
		}))
	}
	if v.OnOpen != nil && e.Kind.IsInteraction() {
		buttons.Add(widget.NewButton(lang.X("calendar.open", "Open"), func() {
			d.Hide()
			v.OnOpen(e)
		}))
	}
	d = dialog.NewCustom(KindTitleOne(e.Kind), lang.X("calendar.close", "Close"),
		container.NewVBox(form, buttons), v.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
}

// showMove asks for the new date and time of a meeting or planned
// interaction and moves it.
func (v *View) showMove(e data.CalendarEvent) {
	entry := widgets.NewEscEntry()
	entry.SetText(format.Date(e.Start) + " " + format.Clock(e.Start))
	entry.SetPlaceHolder(lang.X("format.datetime.hint", "YYYY-MM-DD HH:MM"))
	v.MoveEntry = &entry.Entry
	errLine := widgets.NewErrorLabel()
	var d dialog.Dialog
	move := func() {
		at, ok := format.ParseDateTime(entry.Text)
		if !ok {
			widgets.ShowError(errLine, widgets.FormatProblem(format.DateTimeExample(v.sess.Now())))
			return
		}
		v.moveTo(e, at, func(err error) {
			if err != nil {
				widgets.ShowError(errLine, problem.Text(err))
				return
			}
			d.Hide()
			v.MoveEntry = nil
		})
	}
	entry.OnSubmitted = func(string) { move() }
	cancel, ok := widgets.DialogButtons(lang.X("calendar.move.ok", "Move"), move)
	content := container.NewVBox(widget.NewLabel(e.Title), entry, errLine, container.NewHBox(cancel, ok))
	d = dialog.NewCustomWithoutButtons(lang.X("calendar.move.title", "Move to another day or time"), content, v.win)
	cancel.OnTapped = func() {
		v.MoveEntry = nil
		d.Hide()
	}
	v.moveOK = ok
	d.Resize(fyne.NewSize(420, 0))
	d.Show()
	v.win.Canvas().Focus(entry)
}

// moveTo moves a meeting or planned interaction to start in the
// background, then shows its day and tells every screen; done hears how
// it went.
func (v *View) moveTo(e data.CalendarEvent, start time.Time, done func(error)) {
	v.moves.Run(func() func() {
		err := v.store.MoveEvent(e.Interaction, start)
		return func() {
			done(err)
			if err == nil {
				v.day = data.LocalDay(start)
				v.sess.Notify(session.Interactions)
			}
		}
	})
}
