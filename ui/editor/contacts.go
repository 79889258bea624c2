package editor

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// ContactList is the contacts of an interaction (with whom; the attendees
// of a meeting): partners and contact persons chosen from the catalogs
// with search as you type, or free-text contacts, each with the way to
// reach it. A partner or a contact person not yet in the catalogs is made
// from the picker without leaving the editor.
type ContactList struct {
	Rows     []*ContactRow
	Add      *widget.Button // from the catalogs
	AddFree  *widget.Button // a free-text contact
	Content  *fyne.Container
	rowsBox  *fyne.Container
	e        *Editor
	onChange []func()

	// Picker, NewPartner and NewPerson are the open picker and its
	// buttons, while it is open.
	Picker                *widgets.PickerList
	NewPartner, NewPerson *widget.Button
	// NewName is the name entry of the open "new partner / person" dialog;
	// NewPartnerOf chooses the new person's partner.
	NewName      *widgets.EscEntry
	NewPartnerOf *widgets.RefField
	NewOK        *widget.Button
}

// ContactRow is one contact: its name (typed for a free-text contact) and
// its address.
type ContactRow struct {
	Ref     data.Ref
	Name    *widgets.EscEntry
	Address *widgets.EscEntry
	Remove  *widget.Button
	row     fyne.CanvasObject
}

func newContactList(e *Editor) *ContactList {
	l := &ContactList{e: e, rowsBox: container.NewVBox()}
	l.Add = widget.NewButtonWithIcon(lang.X("editor.contacts.add", "Add from catalogs…"), theme.SearchIcon(), l.pick)
	l.AddFree = widget.NewButtonWithIcon(lang.X("editor.contacts.addFree", "Add free-text contact"), theme.ContentAddIcon(), func() {
		l.add(data.Contact{Ref: data.Ref{Kind: data.RefFree}}, "")
		e.Win.Canvas().Focus(l.Rows[len(l.Rows)-1].Name)
	})
	l.Content = container.NewVBox(l.rowsBox, container.NewHBox(l.Add, l.AddFree))
	return l
}

// set shows contacts, named by names where they have no name of their own.
func (l *ContactList) set(cs []data.Contact, names map[data.Ref]string) {
	l.Rows = nil
	l.rowsBox.RemoveAll()
	for _, c := range cs {
		name := c.Name
		if name == "" {
			name = names[c.Ref]
		}
		l.add(c, name)
	}
}

// add appends a row for c.
func (l *ContactList) add(c data.Contact, name string) {
	r := &ContactRow{Ref: c.Ref, Name: widgets.NewEscEntry(), Address: widgets.NewEscEntry()}
	r.Name.SetText(name)
	if c.Ref.Kind == data.RefFree {
		r.Name.SetPlaceHolder(lang.X("create.hint.contactName", "or a free-text name"))
	} else {
		r.Name.Disable()
	}
	r.Address.SetText(c.Address)
	r.Address.SetPlaceHolder(lang.X("create.hint.contactAddress", "phone, e-mail or address"))
	r.Name.OnEscape, r.Address.OnEscape = l.e.escape, l.e.escape
	r.Name.OnChanged = func(string) { l.changed() }
	r.Remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { l.remove(r) })
	r.row = container.NewBorder(nil, nil, nil, r.Remove, container.NewGridWithColumns(2, r.Name, r.Address))
	l.Rows = append(l.Rows, r)
	l.rowsBox.Add(r.row)
	l.changed()
}

// remove takes row r out.
func (l *ContactList) remove(r *ContactRow) {
	for i, o := range l.Rows {
		if o == r {
			l.Rows = append(l.Rows[:i], l.Rows[i+1:]...)
			break
		}
	}
	l.rowsBox.Remove(r.row)
	l.changed()
}

// changed tells the fields that offer the contacts (the contact called).
func (l *ContactList) changed() {
	for _, fn := range l.onChange {
		fn()
	}
}

// contacts returns the contacts of the rows; an empty free-text row is
// left out.
func (l *ContactList) contacts() []data.Contact {
	var out []data.Contact
	for _, r := range l.Rows {
		c := data.Contact{Ref: r.Ref, Name: strings.TrimSpace(r.Name.Text), Address: strings.TrimSpace(r.Address.Text)}
		if c.Ref.Kind == data.RefFree {
			if c.Name == "" && c.Address == "" {
				continue
			}
			c.Ref = data.Ref{Kind: data.RefFree}
		}
		out = append(out, c)
	}
	return out
}

// state is the list's part of the form's state.
func (l *ContactList) state() string {
	var b strings.Builder
	for _, r := range l.Rows {
		fmt.Fprintf(&b, "%v|%s|%s;", r.Ref, r.Name.Text, r.Address.Text)
	}
	return b.String()
}

// pick opens the picker of the catalogs' partners and contact persons.
func (l *ContactList) pick() {
	e := l.e
	l.Picker = widgets.NewPickerList(e.cat.contacts, fyne.NewSize(480, 340))
	var d *dialog.CustomDialog
	l.NewPartner = widget.NewButtonWithIcon(lang.X("editor.contacts.newPartner", "New partner…"), theme.ContentAddIcon(), func() {
		d.Hide()
		l.create(false)
	})
	l.NewPerson = widget.NewButtonWithIcon(lang.X("editor.contacts.newPerson", "New contact person…"), theme.ContentAddIcon(), func() {
		d.Hide()
		l.create(true)
	})
	cancel := widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil)
	d = dialog.NewCustomWithoutButtons(lang.X("create.field.contact", "Contact"), l.Picker.Content, e.Win)
	d.SetButtons([]fyne.CanvasObject{l.NewPartner, l.NewPerson, cancel})
	cancel.OnTapped = d.Hide
	l.Picker.Search.OnEscape = d.Hide
	l.Picker.OnChosen = func(c widgets.Choice) {
		d.Hide()
		l.add(data.Contact{Ref: c.Ref}, nameOf(c))
	}
	d.Show()
	e.Win.Canvas().Focus(l.Picker.Search)
}

// nameOf is the contact's own name in a choice: a person's choice reads
// "Name (Partner)".
func nameOf(c widgets.Choice) string {
	if c.Ref.Kind == data.RefPerson {
		if i := strings.LastIndex(c.Label, " ("); i > 0 {
			return c.Label[:i]
		}
	}
	return c.Label
}

// create asks the name of a new partner, or of a new contact person and
// its partner, stores it and adds it to the contacts.
func (l *ContactList) create(person bool) {
	e := l.e
	l.NewName = widgets.NewEscEntry()
	errLine := widgets.NewErrorLabel()
	items := []*widget.FormItem{widget.NewFormItem(lang.X("catalog.field.name", "Name"), l.NewName)}
	title := lang.X("editor.contacts.newPartner", "New partner…")
	l.NewPartnerOf = nil
	if person {
		title = lang.X("editor.contacts.newPerson", "New contact person…")
		var partners []widgets.Choice
		for _, c := range e.cat.contacts {
			if c.Ref.Kind == data.RefPartner {
				partners = append(partners, c)
			}
		}
		l.NewPartnerOf = widgets.NewRefField(e.Win, lang.X("catalog.field.partner", "Partner"), partners)
		for _, r := range l.Rows {
			if r.Ref.Kind == data.RefPartner {
				l.NewPartnerOf.Set(choiceOf(partners, r.Ref, r.Name.Text))
				break
			}
		}
		items = append(items, widget.NewFormItem(lang.X("catalog.field.partner", "Partner"), l.NewPartnerOf.Content))
	}
	var d *dialog.CustomDialog
	var cancel *widget.Button
	cancel, l.NewOK = widgets.DialogButtons(lang.X("create.save", "Save"), func() {
		name := strings.TrimSpace(l.NewName.Text)
		st := e.m.store
		var save func() (data.Ref, error)
		if person {
			p := &data.Person{Name: name}
			if l.NewPartnerOf != nil {
				p.Partner = l.NewPartnerOf.Value().ID
			}
			save = func() (data.Ref, error) {
				err := st.SavePerson(p)
				return data.Ref{Kind: data.RefPerson, ID: p.ID}, err
			}
		} else {
			p := &data.Partner{Name: name}
			save = func() (data.Ref, error) {
				err := st.SavePartner(p)
				return data.Ref{Kind: data.RefPartner, ID: p.ID}, err
			}
		}
		go func() {
			ref, err := save()
			background.Do(func() {
				if err != nil {
					widgets.ShowError(errLine, widgets.FieldMessage(lang.X("catalog.field.name", "Name"), errText(err)))
					return
				}
				d.Hide()
				c := widgets.NewChoice(ref, name)
				e.cat.contacts = append(e.cat.contacts, c)
				l.add(data.Contact{Ref: ref}, name)
				e.m.sess.Notify(session.Catalogs)
			})
		}()
	})
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(widget.NewForm(items...), errLine), e.Win)
	d.SetButtons([]fyne.CanvasObject{cancel, l.NewOK})
	cancel.OnTapped = d.Hide
	l.NewName.OnEscape = d.Hide
	l.NewName.OnSubmitted = func(string) { l.NewOK.OnTapped() }
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
	e.Win.Canvas().Focus(l.NewName)
}
