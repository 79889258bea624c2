package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/widgets"
)

// buildSMS adds the rows of an SMS message: its text with the count of
// characters and parts, the recipients and the state.
func (e *Editor) buildSMS() {
	e.SMSText = e.multiLine(4)
	e.SMSCount = widget.NewLabel("")
	e.SMSCount.Importance = widget.LowImportance
	e.SMSText.OnChanged = func(string) { e.countSMS() }
	e.Form.Add(lang.X("create.field.smsText", "Text"), container.NewVBox(e.SMSText, e.SMSCount), "text")
	e.Recipients = newRecipientList(e)
	e.Form.Watch(e.Recipients.state)
	e.Form.Add(lang.X("editor.field.recipients", "Recipients"), e.Recipients.Content, "recipients")
	e.smsStates = []data.SMSState{data.SMSDraft, data.SMSQueued, data.SMSSent, data.SMSDelivered, data.SMSNotDelivered}
	var opts []string
	for _, s := range e.smsStates {
		opts = append(opts, format.SMSStateTitle(s))
	}
	e.SMSState = e.selectOf(opts)
	e.Form.Add(lang.X("create.field.state", "State"), e.SMSState, "state")
}

// countSMS shows how many characters and messages the text takes.
func (e *Editor) countSMS() {
	chars, parts := data.SMSParts(e.SMSText.Text)
	e.SMSCount.SetText(lang.X("editor.smsCount", "{{.Chars}} characters, {{.Parts}} SMS",
		map[string]any{"Chars": chars, "Parts": parts}))
}

func (e *Editor) fillSMS() {
	s := e.it.SMS
	e.SMSText.SetText(s.Text)
	e.countSMS()
	for _, r := range s.Recipients {
		e.Recipients.add(r)
	}
	e.SMSState.SetSelectedIndex(indexOf(e.smsStates, s.State))
}

func (e *Editor) collectSMS(it *data.Interaction, _ func(string, string)) {
	it.SMS.Text = strings.TrimSpace(e.SMSText.Text)
	it.SMS.Recipients = e.Recipients.recipients()
	if i := e.SMSState.SelectedIndex(); i >= 0 {
		it.SMS.State = e.smsStates[i]
	}
}

// RecipientList is the recipients of an SMS: each a number, with the
// contact it belongs to chosen among the interaction's contacts.
type RecipientList struct {
	Rows    []*RecipientRow
	Add     *widget.Button
	Content *fyne.Container
	box     *fyne.Container
	e       *Editor
}

// RecipientRow is one recipient.
type RecipientRow struct {
	Contact *widget.Select
	Number  *widgets.EscEntry
	Remove  *widget.Button
	known   data.Contact // the recipient's contact as read
	row     fyne.CanvasObject
}

func newRecipientList(e *Editor) *RecipientList {
	l := &RecipientList{e: e, box: container.NewVBox()}
	l.Add = widget.NewButtonWithIcon(lang.X("editor.recipients.add", "Add recipient"), theme.ContentAddIcon(), func() {
		r := data.SMSRecipient{}
		if cs := e.Contacts.contacts(); len(cs) > 0 && len(l.Rows) == 0 {
			r.Contact, r.Number = cs[0], cs[0].Address
		}
		l.add(r)
	})
	l.Content = container.NewVBox(l.box, container.NewHBox(l.Add))
	e.Contacts.onChange = append(e.Contacts.onChange, l.offer)
	return l
}

// add appends a row for r.
func (l *RecipientList) add(r data.SMSRecipient) {
	row := &RecipientRow{Contact: widget.NewSelect(nil, nil), Number: widgets.NewEscEntry(), known: r.Contact}
	row.Contact.PlaceHolder = lang.X("editor.none", "—")
	row.Number.SetText(r.Number)
	row.Number.SetPlaceHolder("+7 …")
	row.Number.OnEscape = l.e.escape
	row.Remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
		for i, o := range l.Rows {
			if o == row {
				l.Rows = append(l.Rows[:i], l.Rows[i+1:]...)
			}
		}
		l.box.Remove(row.row)
	})
	row.row = container.NewBorder(nil, nil, nil, row.Remove, container.NewGridWithColumns(2, row.Contact, row.Number))
	l.Rows = append(l.Rows, row)
	l.box.Add(row.row)
	l.offerRow(row)
	if r.Contact.Ref.Kind != data.RefNone {
		row.Contact.SetSelected(r.Contact.Name)
	}
}

// offer brings every row's contacts up to date with the contact list.
func (l *RecipientList) offer() {
	for _, r := range l.Rows {
		l.offerRow(r)
	}
}

func (l *RecipientList) offerRow(r *RecipientRow) {
	opts := []string{lang.X("editor.none", "—")}
	for _, c := range l.contacts(r) {
		opts = append(opts, c.Name)
	}
	r.Contact.Options = opts
	r.Contact.Refresh()
}

// contacts are the contacts a row may name: the interaction's, and the
// one the row had when read.
func (l *RecipientList) contacts(r *RecipientRow) []data.Contact {
	cs := l.e.Contacts.contacts()
	if r.known.Ref.Kind != data.RefNone {
		found := false
		for _, c := range cs {
			found = found || c.Name == r.known.Name
		}
		if !found {
			cs = append(cs, r.known)
		}
	}
	return cs
}

// recipients returns the rows' recipients; a row with neither a contact
// nor a number is left out.
func (l *RecipientList) recipients() []data.SMSRecipient {
	var out []data.SMSRecipient
	for _, r := range l.Rows {
		rec := data.SMSRecipient{Number: strings.TrimSpace(r.Number.Text)}
		for _, c := range l.contacts(r) {
			if c.Name == r.Contact.Selected && r.Contact.SelectedIndex() > 0 {
				rec.Contact = c
			}
		}
		if rec.Number == "" && rec.Contact.Ref.Kind == data.RefNone {
			continue
		}
		out = append(out, rec)
	}
	return out
}

func (l *RecipientList) state() string {
	var b strings.Builder
	for _, r := range l.Rows {
		fmt.Fprintf(&b, "%s|%s;", r.Contact.Selected, r.Number.Text)
	}
	return b.String()
}
