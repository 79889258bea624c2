package create

import (
	"interactions/ui/problem"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/background"
	"interactions/ui/format"

	"interactions/ui/icons"

	"interactions/ui/widgets"
)

// Store is what the create commands need of the store.
type Store interface {
	widgets.SubjectSource
	Settings() data.Settings
	Employees() ([]data.Employee, error)
	Partners() ([]data.Partner, error)
	Persons() ([]data.Person, error)
	NewInteraction(t data.InteractionType, dir data.Direction) *data.Interaction
	SaveInteraction(it *data.Interaction) error
}

// Menu is the "Create ▾" button of the workplace: its menu offers
// each interaction type the options enable, and each opens a creation
// dialog (form). Ctrl+N opens the first enabled type.
type Menu struct {
	widget.BaseWidget

	Button *widget.Button
	Menu   *fyne.Menu
	// Form is the creation dialog while it is open.
	Form *form

	// OnOpen, when set, opens an editor of a new interaction of the type
	// in place of the creation dialog.
	OnOpen func(data.InteractionType)

	store     Store
	win       fyne.Window
	onCreated func(data.ID)
	types     []data.InteractionType // the enabled types, in menu order
	opening   bool                   // the catalogs of a dialog are being read
}

// New builds the button; onCreated gets the id of each saved
// interaction, on the UI goroutine.
func New(st Store, win fyne.Window, onCreated func(data.ID)) *Menu {
	m := &Menu{store: st, win: win, onCreated: onCreated, Menu: fyne.NewMenu("")}
	m.Button = widgets.NewMenuButton(lang.X("create.button", "Create"), theme.ContentAddIcon(), m.Menu, nil)
	m.Button.Importance = widget.HighImportance
	m.ExtendBaseWidget(m)
	m.Reload()
	return m
}

// CreateRenderer shows the button.
func (m *Menu) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(m.Button) }

// Reload reads the options again and offers the types they enable; with
// none enabled the button is disabled.
func (m *Menu) Reload() {
	opts := m.store.Settings().Options
	m.types = m.types[:0]
	m.Menu.Items = m.Menu.Items[:0]
	for _, t := range data.AllTypes {
		if !opts.TypeEnabled(t) {
			continue
		}
		m.types = append(m.types, t)
		item := fyne.NewMenuItem(format.TypeTitle(t), func() { m.Open(t) })
		item.Icon = icons.Type(t)
		m.Menu.Items = append(m.Menu.Items, item)
	}
	if len(m.types) == 0 {
		m.Button.Disable()
	} else {
		m.Button.Enable()
	}
}

// Types returns the types the menu offers.
func (m *Menu) Types() []data.InteractionType { return m.types }

// CreateDefault is Ctrl+N: it opens the dialog of the menu's first type.
func (m *Menu) CreateDefault() {
	if len(m.types) > 0 {
		m.Open(m.types[0])
	}
}

// catalogs is what a creation dialog offers to choose from, with
// the new interaction's defaults for each direction it may take.
type catalogs struct {
	templates map[data.Direction]*data.Interaction
	employees []data.Employee
	contacts  []widgets.Choice
	subjects  []widgets.Choice // nil while subjects are not used
}

// Open reads the catalogs in the background, then shows the creation
// dialog of type t with the defaults of the store.
func (m *Menu) Open(t data.InteractionType) {
	if m.OnOpen != nil {
		m.OnOpen(t)
		return
	}
	if m.opening || (m.Form != nil && m.Form.Shown()) {
		return
	}
	m.opening = true
	st := m.store
	useSubjects := st.Settings().Options.Shows(data.PartSubjectField)
	var c catalogs
	go func() {
		err := readCreateCatalogs(st, t, useSubjects, &c)
		background.Do(func() {
			m.opening = false
			if err != nil {
				widgets.ShowLoadError(m.win, err)
				return
			}
			m.Form = newForm(t, c, m.win, m.save)
			m.Form.Show()
		})
	}()
}

// readCreateCatalogs fills c; it runs off the UI goroutine.
func readCreateCatalogs(st Store, t data.InteractionType, useSubjects bool, c *catalogs) error {
	c.templates = map[data.Direction]*data.Interaction{}
	switch t {
	case data.TypeCall, data.TypeEmail:
		c.templates[data.DirIncoming] = st.NewInteraction(t, data.DirIncoming)
		c.templates[data.DirOutgoing] = st.NewInteraction(t, data.DirOutgoing)
	case data.TypeSMS:
		c.templates[data.DirOutgoing] = st.NewInteraction(t, data.DirOutgoing)
	default:
		c.templates[data.DirNone] = st.NewInteraction(t, data.DirNone)
	}
	emps, err := st.Employees()
	if err != nil {
		return err
	}
	c.employees = widgets.ActiveEmployees(emps)
	partners, err := st.Partners()
	if err != nil {
		return err
	}
	persons, err := st.Persons()
	if err != nil {
		return err
	}
	c.contacts = widgets.ContactChoices(partners, persons)
	if useSubjects {
		c.subjects, err = widgets.SubjectChoices(st)
	}
	return err
}

// save stores it on a goroutine of its own; on the UI goroutine a field
// error goes next to its field and keeps the dialog open, success closes
// it and reports the new id.
func (m *Menu) save(f *form, it *data.Interaction) {
	st := m.store
	go func() {
		err := st.SaveInteraction(it)
		background.Do(func() {
			f.saved(err)
			if err != nil {
				if _, ok := data.AsFieldError(err); !ok {
					fyne.LogError("Could not save the interaction", err)
				}
				return
			}
			if m.onCreated != nil {
				m.onCreated(it.ID)
			}
		})
	}()
}

// saveFailed is the message of a store error that names no field.
func saveFailed(err error) string {
	return lang.X("create.failed", "Could not save: {{.Error}}", problem.Args(err))
}

// collect builds the interaction from the form on a copy of the store's
// defaults for the chosen direction. Values it cannot read (a date, a
// number of minutes) are shown under their fields and it reports false;
// everything else the store validates on save.
func (f *form) collect() (*data.Interaction, bool) {
	ok := true
	bad := func(field, problem string) {
		f.showProblem(field, problem)
		ok = false
	}
	dir := f.direction()
	it := cloneTemplate(f.template(dir))
	example := format.DateTimeExample(it.Date)
	dateTime := func(field string, e *widgets.EscEntry, optional bool) time.Time {
		s := strings.TrimSpace(e.Text)
		if s == "" {
			if !optional {
				bad(field, problem.Field(&data.FieldError{Field: field, Code: data.ProblemNotSet}))
			}
			return time.Time{}
		}
		t, good := format.ParseDateTime(s)
		if !good {
			bad(field, widgets.FormatProblem(example))
		}
		return t
	}

	it.Date = dateTime("date", f.Date, false)
	it.Topic = strings.TrimSpace(f.Topic.Text)
	it.Description = strings.TrimSpace(f.Description.Text)
	it.Responsible = f.Responsible.Value()
	if i := slices.Index(f.Importance.Options, f.Importance.Selected); i >= 0 {
		it.Importance = importances[i]
	}
	contact, hasContact := f.contact()
	if hasContact {
		it.Contacts = []data.Contact{contact}
	}
	if f.Subject != nil {
		it.Subject = f.Subject.Value()
	}
	switch f.Type {
	case data.TypeMeeting:
		it.Meeting.Start = dateTime("start", f.Start, false)
		it.Meeting.End = dateTime("end", f.End, false)
		it.Meeting.Place = strings.TrimSpace(f.Place.Text)
	case data.TypePlanned:
		it.Planned.At = dateTime("at", f.PlannedAt, true)
	case data.TypeCall:
		it.Call.Phone = strings.TrimSpace(f.Phone.Text)
		n, good := minutes(f.Duration.Text)
		if !good {
			bad("duration", lang.X("create.problem.minutes", "write a whole number of minutes"))
		}
		it.Call.Duration = time.Duration(n) * time.Minute
		if hasContact {
			it.Call.Contact = contact
		}
	case data.TypeSMS:
		it.SMS.Text = strings.TrimSpace(f.Text.Text)
		if number := strings.TrimSpace(f.Number.Text); number != "" || hasContact {
			r := data.SMSRecipient{Number: number}
			if hasContact {
				r.Contact = contact
			}
			it.SMS.Recipients = []data.SMSRecipient{r}
		}
		it.SMS.State = smsStates[max(f.SMSState.SelectedIndex(), 0)]
	case data.TypeEmail:
		e := it.Email
		e.From, e.To = strings.TrimSpace(f.From.Text), splitAddresses(f.To.Text)
		e.Subject, e.Body = strings.TrimSpace(f.MailSubject.Text), f.Body.Text
		i := max(f.Folder.SelectedIndex(), 0)
		if dir == data.DirIncoming {
			e.Folder, e.State = inFolders[i], data.MailNone
		} else {
			e.Folder, e.State = outFolders[i].folder, outFolders[i].state
		}
		if it.Topic == "" {
			it.Topic = e.Subject
		}
	}
	return it, ok
}

// contact returns the contact of the form: the one chosen from the
// catalogs with the address typed, or a free-text name and address.
func (f *form) contact() (data.Contact, bool) {
	addr := strings.TrimSpace(f.ContactAddress.Text)
	if ref := f.Contact.Value(); !ref.IsZero() {
		return data.Contact{Ref: ref, Address: addr}, true
	}
	name := strings.TrimSpace(f.ContactName.Text)
	if name == "" && addr == "" {
		return data.Contact{}, false
	}
	return data.Contact{Ref: data.Ref{Kind: data.RefFree}, Name: name, Address: addr}, true
}

// cloneTemplate copies a new interaction of the store deeply enough that
// filling the copy leaves the template as it was: every save attempt
// starts from the store's defaults, whatever the one before filled in.
func cloneTemplate(tpl *data.Interaction) *data.Interaction {
	it := *tpl
	it.Contacts, it.Attrs = nil, nil
	switch {
	case tpl.Meeting != nil:
		m := *tpl.Meeting
		it.Meeting = &m
	case tpl.Planned != nil:
		p := *tpl.Planned
		it.Planned = &p
	case tpl.Call != nil:
		c := *tpl.Call
		it.Call = &c
	case tpl.SMS != nil:
		s := *tpl.SMS
		s.Recipients = nil
		it.SMS = &s
	case tpl.Email != nil:
		e := *tpl.Email
		e.To, e.Cc, e.Bcc, e.Attachments = nil, nil, nil, nil
		it.Email = &e
	}
	return &it
}

// splitAddresses splits a list of e-mail addresses at commas and semicolons.
func splitAddresses(s string) []string {
	var out []string
	for _, a := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// minutes reads a whole number of minutes; "" is none.
func minutes(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}
