package create

import (
	"image/color"
	"interactions/ui/problem"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/widgets"
)

// form is the dialog that creates one interaction: the common
// fields (date and time, topic, contact, description, responsible,
// importance, subject) and the essentials of its type. Values that cannot
// be read, and the store's validation errors, show under the field they
// name; the dialog stays open until a save succeeds.
type form struct {
	Type data.InteractionType

	Date, Topic, Description    *widgets.EscEntry
	Responsible                 *widgets.EmployeePicker
	Importance                  *widget.RadioGroup
	Contact                     *widgets.RefField
	ContactName, ContactAddress *widgets.EscEntry
	Subject                     *widgets.RefField // nil while subjects are not used

	Start, End, Place *widgets.EscEntry  // meeting
	PlannedAt         *widgets.EscEntry  // planned interaction
	Direction         *widget.RadioGroup // call, e-mail
	Phone, Duration   *widgets.EscEntry  // call
	Text, Number      *widgets.EscEntry  // SMS
	SMSState          *widget.Select     // SMS
	From, To          *widgets.EscEntry  // e-mail
	MailSubject, Body *widgets.EscEntry  // e-mail
	Folder            *widget.Select     // e-mail: folder, for outgoing mail its state

	General      *widget.Label // an error that names no field of the form
	Save, Cancel *widget.Button
	Scroll       *container.Scroll

	win       fyne.Window
	templates map[data.Direction]*data.Interaction
	rows      map[string]*formRow // by the store's field names
	entries   []*widgets.EscEntry
	Dialog    *dialog.CustomDialog
	save      func(*form, *data.Interaction)
	overlay   fyne.CanvasObject // the dialog's pop-up, once shown
	saving    bool
}

// formRow is the error line of one row of the form and the name of the
// field it reports on.
type formRow struct {
	err  *widget.Label
	name string
}

// The choices of the selects, in their order.
var (
	importances = []data.Importance{data.ImportanceLow, data.ImportanceNormal, data.ImportanceHigh}
	smsStates   = []data.SMSState{data.SMSDraft, data.SMSQueued, data.SMSSent, data.SMSDelivered, data.SMSNotDelivered}
	outFolders  = []struct {
		folder string
		state  data.MailState
	}{{data.FolderDrafts, data.MailDraft}, {data.FolderOutbox, data.MailOutbox}, {data.FolderSent, data.MailSent}}
	inFolders = []string{data.FolderInbox, data.FolderTrash}
)

// newForm builds the dialog of type t on the catalogs c; save
// stores what the form collected.
func newForm(t data.InteractionType, c catalogs, win fyne.Window, save func(*form, *data.Interaction)) *form {
	f := &form{Type: t, win: win, templates: c.templates, rows: map[string]*formRow{}, save: save, General: widgets.NewErrorLabel()}
	tpl := f.template(data.DirOutgoing)
	var items []*widget.FormItem
	add := func(label string, obj fyne.CanvasObject, fields ...string) {
		err := widgets.NewErrorLabel()
		for _, name := range fields {
			f.rows[name] = &formRow{err: err, name: label}
		}
		items = append(items, widget.NewFormItem(label, container.NewVBox(obj, err)))
		clearOnChange(obj, err)
	}

	f.Date = f.entry(format.Date(tpl.Date)+" "+format.Clock(tpl.Date), lang.X("format.datetime.hint", "YYYY-MM-DD HH:MM"))
	add(lang.X("create.field.date", "Date"), f.Date, "date")
	if t == data.TypeCall || t == data.TypeEmail {
		f.Direction = widget.NewRadioGroup([]string{lang.X("direction.incoming", "Incoming"), lang.X("direction.outgoing", "Outgoing")}, nil)
		f.Direction.Horizontal, f.Direction.Required = true, true
		f.Direction.SetSelected(f.Direction.Options[1])
		add(lang.X("create.field.direction", "Direction"), f.Direction, "direction")
	}
	f.Topic = f.entry("", "")
	add(lang.X("column.topic", "Topic"), f.Topic, "topic")

	f.Contact = widgets.NewRefField(win, lang.X("create.field.contact", "Contact"), c.contacts)
	add(lang.X("create.field.contact", "Contact"), f.Contact.Content, "contacts", "contacts.ref", "contact", "contact.ref", "recipients.contact")
	f.ContactName = f.entry("", lang.X("create.hint.contactName", "or a free-text name"))
	f.ContactAddress = f.entry("", lang.X("create.hint.contactAddress", "phone, e-mail or address"))
	f.Contact.OnChanged = func(ch widgets.Choice) { f.contactChanged(ch) }
	add(lang.X("create.field.contactName", "Name, address"), container.NewGridWithColumns(2, f.ContactName, f.ContactAddress),
		"contacts.name", "contacts.address", "contact.name", "contact.address", "recipients.contact.name", "recipients.contact.address")

	f.addTypeFields(t, add)

	f.Description = f.multiLine("")
	add(lang.X("create.field.description", "Description"), f.Description, "description")
	f.Responsible = widgets.NewEmployeePicker(c.employees, tpl.Responsible)
	f.Responsible.MarkCurrentUser(tpl.Responsible) // a new interaction's responsible is the current user
	add(lang.X("create.field.responsible", "Responsible"), f.Responsible.Select, "responsible", "author")
	f.Importance = widget.NewRadioGroup([]string{lang.X("create.importance.low", "Low"),
		lang.X("create.importance.normal", "Normal"), lang.X("create.importance.high", "High")}, nil)
	f.Importance.Horizontal, f.Importance.Required = true, true
	f.Importance.SetSelected(f.Importance.Options[slices.Index(importances, tpl.Importance)])
	add(lang.X("create.field.importance", "Importance"), f.Importance, "importance")
	if c.subjects != nil {
		f.Subject = widgets.NewRefField(win, lang.X("column.subject", "Subject"), append([]widgets.Choice{widgets.OwnChain()}, c.subjects...))
		add(lang.X("column.subject", "Subject"), f.Subject.Content, "subject")
	}

	f.Cancel, f.Save = widgets.DialogButtons(lang.X("create.save", "Save"), f.submit)
	min := canvas.NewRectangle(color.Transparent)
	min.SetMinSize(fyne.NewSize(600, 420))
	f.Scroll = container.NewVScroll(container.NewVBox(widget.NewForm(items...), f.General))
	body := container.NewStack(min, f.Scroll)
	title := lang.X("create.title", "{{.Type}} (new)", map[string]any{"Type": format.TypeTitle(t)})
	f.Dialog = dialog.NewCustomWithoutButtons(title, body, win)
	f.Dialog.SetButtons([]fyne.CanvasObject{f.Cancel, f.Save})
	f.Cancel.OnTapped = f.Dialog.Hide
	for _, e := range f.entries {
		e.OnEscape = f.Dialog.Hide
	}
	f.Dialog.Resize(fyne.NewSize(680, 600))
	return f
}

// addTypeFields adds the essentials of type t.
func (f *form) addTypeFields(t data.InteractionType, add func(string, fyne.CanvasObject, ...string)) {
	tpl := f.template(data.DirOutgoing)
	switch t {
	case data.TypeMeeting:
		f.Start = f.entry(format.Date(tpl.Meeting.Start)+" "+format.Clock(tpl.Meeting.Start), lang.X("format.datetime.hint", "YYYY-MM-DD HH:MM"))
		add(lang.X("create.field.start", "Start"), f.Start, "start")
		f.End = f.entry(format.Date(tpl.Meeting.End)+" "+format.Clock(tpl.Meeting.End), lang.X("format.datetime.hint", "YYYY-MM-DD HH:MM"))
		add(lang.X("create.field.end", "End"), f.End, "end")
		f.Place = f.entry("", "")
		add(lang.X("create.field.place", "Place"), f.Place, "place")
	case data.TypePlanned:
		f.PlannedAt = f.entry("", lang.X("format.datetime.hint", "YYYY-MM-DD HH:MM"))
		add(lang.X("create.field.plannedAt", "Planned for"), f.PlannedAt, "at", "planned")
	case data.TypeCall:
		f.Phone = f.entry("", "")
		add(lang.X("create.field.phone", "Phone number"), f.Phone, "phone")
		f.Duration = f.entry("", "")
		add(lang.X("create.field.duration", "Duration, min"), f.Duration, "duration")
	case data.TypeSMS:
		f.Text = f.multiLine("")
		add(lang.X("create.field.smsText", "Text"), f.Text, "text")
		f.Number = f.entry("", "")
		add(lang.X("create.field.smsNumber", "Recipient number"), f.Number, "recipients", "recipients.number")
		f.SMSState = widget.NewSelect([]string{lang.X("create.sms.draft", "Draft"), lang.X("create.sms.queued", "Queued"),
			lang.X("create.sms.sent", "Sent"), lang.X("create.sms.delivered", "Delivered"),
			lang.X("create.sms.notDelivered", "Not delivered")}, nil)
		f.SMSState.SetSelectedIndex(max(slices.Index(smsStates, tpl.SMS.State), 0))
		add(lang.X("create.field.state", "State"), f.SMSState, "state")
	case data.TypeEmail:
		f.From = f.entry("", "")
		add(lang.X("create.field.from", "From"), f.From, "from")
		f.To = f.entry("", lang.X("create.hint.to", "addresses, separated by commas"))
		add(lang.X("create.field.to", "To"), f.To, "to", "cc", "bcc")
		f.MailSubject = f.entry("", "")
		add(lang.X("create.field.mailSubject", "Mail subject"), f.MailSubject, "email")
		f.Body = f.multiLine("")
		add(lang.X("create.field.body", "Message text"), f.Body, "body")
		f.Folder = widgets.NewSelect(nil, nil)
		f.Direction.OnChanged = func(string) { f.directionChanged() }
		f.directionChanged()
		add(lang.X("create.field.folder", "Folder"), f.Folder, "folder", "state")
	}
}

// clearOnChange hides the error line err of a row once the user changes
// its value: a complaint about an empty field goes when it is filled.
func clearOnChange(obj fyne.CanvasObject, err *widget.Label) {
	switch w := obj.(type) {
	case *widgets.EscEntry:
		prev := w.OnChanged
		w.OnChanged = func(s string) {
			if prev != nil {
				prev(s)
			}
			widgets.ShowError(err, "")
		}
	case *widget.Select:
		prev := w.OnChanged
		w.OnChanged = func(s string) {
			if prev != nil {
				prev(s)
			}
			widgets.ShowError(err, "")
		}
	}
}

// entry returns a one-line entry that saves the form on Enter.
func (f *form) entry(text, hint string) *widgets.EscEntry {
	e := widgets.NewEscEntry()
	e.SetText(text)
	e.SetPlaceHolder(hint)
	e.OnSubmitted = func(string) { f.submit() }
	f.entries = append(f.entries, e)
	return e
}

// multiLine returns a multi-line entry of a few lines.
func (f *form) multiLine(text string) *widgets.EscEntry {
	e := widgets.NewEscMultiLineEntry()
	e.SetText(text)
	e.SetMinRowsVisible(3)
	f.entries = append(f.entries, e)
	return e
}

// Show opens the dialog with the cursor in the topic.
func (f *form) Show() {
	f.Dialog.Show()
	f.overlay = f.win.Canvas().Overlays().Top()
	f.win.Canvas().Focus(f.Topic)
}

// Shown reports whether the dialog is open. It asks the pop-up itself, as
// Escape on the window closes the topmost pop-up without the dialog's
// knowledge.
func (f *form) Shown() bool { return f.overlay != nil && f.overlay.Visible() }

// template returns the store's new interaction for direction dir, or the
// only one the type has.
func (f *form) template(dir data.Direction) *data.Interaction {
	if tpl, ok := f.templates[dir]; ok {
		return tpl
	}
	for _, tpl := range f.templates {
		return tpl
	}
	return nil
}

// direction returns the direction chosen, outgoing for types without one
// to choose (the template decides).
func (f *form) direction() data.Direction {
	if f.Direction == nil {
		return data.DirOutgoing
	}
	if f.Direction.Selected == f.Direction.Options[0] {
		return data.DirIncoming
	}
	return data.DirOutgoing
}

// directionChanged offers the folders of incoming mail, or the folders
// (states) of outgoing mail with the draft chosen.
func (f *form) directionChanged() {
	if f.direction() == data.DirIncoming {
		f.Folder.Options = []string{lang.X("create.folder.inbox", "Inbox"), lang.X("create.folder.trash", "Trash")}
	} else {
		f.Folder.Options = []string{lang.X("create.folder.drafts", "Drafts"), lang.X("create.folder.outbox", "Outbox"),
			lang.X("create.folder.sent", "Sent")}
	}
	f.Folder.SetSelectedIndex(0)
}

// contactChanged fills the name with the contact chosen from the catalogs
// and locks it; clearing the choice frees it for a name not in them.
func (f *form) contactChanged(c widgets.Choice) {
	if c.Ref.IsZero() {
		f.ContactName.SetText("")
		f.ContactName.Enable()
		return
	}
	f.ContactName.SetText(c.Label)
	f.ContactName.Disable()
}

// showProblem puts problem under the row of the store's field name,
// naming the field, or in the general line when no row has it.
func (f *form) showProblem(field, problem string) {
	for _, k := range widgets.FieldKeys(field) {
		if r, ok := f.rows[k]; ok {
			widgets.ShowError(r.err, widgets.FieldMessage(r.name, problem))
			return
		}
	}
	widgets.ShowError(f.General, widgets.FieldMessage(field, problem))
}

// clearErrors hides every error line.
func (f *form) clearErrors() {
	for _, r := range f.rows {
		widgets.ShowError(r.err, "")
	}
	widgets.ShowError(f.General, "")
}

// FieldError returns the error shown under the row of the store's field
// name, "" for none.
func (f *form) FieldError(field string) string {
	if r, ok := f.rows[field]; ok && r.err.Visible() {
		return r.err.Text
	}
	return ""
}

// submit collects the form and saves it, unless a value cannot be read.
func (f *form) submit() {
	if f.saving {
		return
	}
	f.clearErrors()
	it, ok := f.collect()
	f.Scroll.Refresh() // the rows grow or shrink with their error lines
	if !ok {
		return
	}
	f.saving = true
	f.Save.Disable()
	f.save(f, it)
}

// saved shows the outcome of a save: a field error under its field, any
// other error in the general line; success closes the dialog.
func (f *form) saved(err error) {
	f.saving = false
	f.Save.Enable()
	if err == nil {
		f.Dialog.Hide()
		return
	}
	if fe, ok := data.AsFieldError(err); ok {
		f.showProblem(fe.Field, problem.Field(fe))
	} else {
		widgets.ShowError(f.General, saveFailed(err))
	}
	f.Scroll.Refresh()
}
