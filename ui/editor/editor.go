package editor

import (
	"encoding/json"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/icons"
	"interactions/ui/widgets"
)

// Keys of an editor window.
var (
	// SaveShortcut saves (Ctrl+S).
	SaveShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	// SaveCloseShortcut saves and closes (Ctrl+Enter).
	SaveCloseShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault}
	// saveCloseEnter is Ctrl+Enter on the keypad.
	saveCloseEnter = &desktop.CustomShortcut{KeyName: fyne.KeyEnter, Modifier: fyne.KeyModifierShortcutDefault}
)

// Editor is the window of one interaction: the common fields, the fields
// of its type and its additional attributes. A value that cannot be read
// and every error of the store shows under its field; nothing typed is
// lost on a refused save. Closing with unsaved changes asks first.
type Editor struct {
	Win  fyne.Window
	Form *widgets.FieldForm

	// The common fields.
	Date        *widgets.DateField
	Topic       *widgets.EscEntry
	Description *widgets.EscEntry
	Responsible *widgets.EmployeePicker
	Importance  *widget.RadioGroup
	Contacts    *ContactList
	Subject     *widgets.RefField // nil while subjects are not used
	Reviewed    *widget.Check     // nil while the review workflow is not used
	ReviewAfter *widgets.DateField
	Attrs       map[data.ID]*AttrField

	// The fields of the type; those of other types are nil.
	Direction   *widget.RadioGroup // call, e-mail
	Start, End  *widgets.DateField // meeting
	Place       *widgets.EscEntry
	PlannedAt   *widgets.DateField // planned interaction
	CallContact *widget.Select     // call: one of the contacts
	Phone       *widgets.EscEntry
	Duration    *widgets.EscEntry
	SMSText     *widgets.EscEntry
	SMSCount    *widget.Label
	Recipients  *RecipientList
	SMSState    *widget.Select
	From        *widgets.EscEntry
	To, Cc, Bcc *widgets.EscEntry
	MailSubject *widgets.EscEntry
	Body        *widgets.EscEntry
	Attachments *AttachmentList
	Folder      *widget.SelectEntry
	MailState   *widget.Select

	// The commands.
	Save, SaveClose, Chain *widget.Button
	FollowUpMenu           *fyne.Menu
	FollowUp               *widget.Button
	// Prompt is the open question of an editor being closed with
	// changes, or of a chain about to move; nil while none is open.
	Prompt *widgets.Prompt
	// Saving is true while a save is on its way to the store.
	Saving bool
	Scroll *container.Scroll

	m            *Editors
	it           *data.Interaction // as read or last saved: the version saved over
	cat          *catalogs
	initial      string // the form's state as read or last saved
	closeAfter   bool
	onSaved      func(ok bool) // the caller of SaveThen waiting for the outcome
	moveAsked    bool
	entries      []*widgets.EscEntry
	typeTitle    string
	callContacts []data.Contact
	importances  []data.Importance
	smsStates    []data.SMSState
	mailStates   []data.MailState
}

// newEditor builds the window of it over the catalogs c.
func newEditor(m *Editors, it *data.Interaction, c *catalogs) *Editor {
	e := &Editor{m: m, it: it, cat: c, Form: widgets.NewFieldForm(), Attrs: map[data.ID]*AttrField{},
		importances: []data.Importance{data.ImportanceLow, data.ImportanceNormal, data.ImportanceHigh}}
	e.Win = fyne.CurrentApp().NewWindow("")
	e.typeTitle = format.TypeTitle(it.Type)
	e.buildCommon()
	e.buildType()
	e.buildRest()
	e.fill()

	e.Save = widget.NewButtonWithIcon(lang.X("editor.save", "Save"), theme.DocumentSaveIcon(), func() { e.submit(false) })
	e.SaveClose = widget.NewButtonWithIcon(lang.X("editor.saveClose", "Save and close"), theme.ConfirmIcon(), func() { e.submit(true) })
	e.SaveClose.Importance = widget.HighImportance
	e.FollowUpMenu = fyne.NewMenu("")
	for _, t := range data.AllTypes {
		if c.opts.TypeEnabled(t) {
			item := fyne.NewMenuItem(format.TypeTitle(t), func() { e.followUp(t) })
			item.Icon = icons.Type(t)
			e.FollowUpMenu.Items = append(e.FollowUpMenu.Items, item)
		}
	}
	e.FollowUp = widgets.NewMenuButton(lang.X("editor.followUp", "Create based on"), theme.ContentAddIcon(), e.FollowUpMenu, nil)
	e.Chain = widget.NewButtonWithIcon(lang.X("editor.chain", "Chain"), theme.ListIcon(), func() {
		m.ShowChain(e.it.Subject)
	})
	close := widget.NewButton(lang.X("editor.close", "Close"), e.RequestClose)
	tools := container.NewHBox(e.SaveClose, e.Save, e.FollowUp, e.Chain)
	head := container.NewBorder(nil, nil, widget.NewIcon(icons.Type(it.Type)), nil,
		widget.NewLabelWithStyle(e.typeTitle, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	e.Scroll = container.NewVScroll(container.NewVBox(e.Form.Form, e.Form.General))
	e.Win.SetContent(container.NewBorder(container.NewVBox(container.NewBorder(nil, nil, head, tools)), container.NewBorder(nil, nil, nil, close), nil, nil, e.Scroll))
	e.Win.Resize(fyne.NewSize(820, 760))
	e.Win.SetCloseIntercept(e.RequestClose)
	e.Win.SetOnClosed(func() { m.closed(e) })
	e.bindKeys()
	e.initial = e.Form.State()
	e.updateTitle()
	return e
}

// bindKeys binds Ctrl+S, Ctrl+Enter and Escape on the window.
func (e *Editor) bindKeys() {
	c := e.Win.Canvas()
	c.AddShortcut(SaveShortcut, func(fyne.Shortcut) { e.submit(false) })
	c.AddShortcut(SaveCloseShortcut, func(fyne.Shortcut) { e.submit(true) })
	c.AddShortcut(saveCloseEnter, func(fyne.Shortcut) { e.submit(true) })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			e.escape()
		}
	})
	for _, en := range e.entries {
		en.OnEscape = e.escape
	}
}

// escape closes the topmost pop-up of the window, or asks to close it.
func (e *Editor) escape() {
	if e.Prompt != nil {
		e.closePrompt()
		return
	}
	if top := e.Win.Canvas().Overlays().Top(); top != nil {
		top.Hide()
		return
	}
	e.RequestClose()
}

// Interaction returns the interaction as read or last saved.
func (e *Editor) Interaction() *data.Interaction { return e.it }

// Changed reports whether the form holds changes not saved.
func (e *Editor) Changed() bool { return e.Form.State() != e.initial }

// updateTitle names the window after the type, number and topic.
func (e *Editor) updateTitle() {
	var title string
	if e.it.ID == 0 {
		title = lang.X("create.title", "{{.Type}} (new)", map[string]any{"Type": e.typeTitle})
		e.FollowUp.Disable()
		e.Chain.Disable()
	} else {
		title = lang.X("editor.title", "{{.Type}} No. {{.Number}}: {{.Topic}}",
			map[string]any{"Type": e.typeTitle, "Number": e.it.Number, "Topic": e.it.Topic})
		e.FollowUp.Enable()
		e.Chain.Enable()
	}
	e.Win.SetTitle(title)
}

// entry returns a one-line entry whose text is part of the form's state.
func (e *Editor) entry(hint string) *widgets.EscEntry {
	en := widgets.NewEscEntry()
	en.SetPlaceHolder(hint)
	e.entries = append(e.entries, en)
	e.Form.Watch(func() string { return en.Text })
	return en
}

// multiLine returns a multi-line entry of a few lines.
func (e *Editor) multiLine(rows int) *widgets.EscEntry {
	en := widgets.NewEscMultiLineEntry()
	en.SetMinRowsVisible(rows)
	e.entries = append(e.entries, en)
	e.Form.Watch(func() string { return en.Text })
	return en
}

// dateField returns a date field whose text is part of the form's state.
func (e *Editor) dateField(withTime bool) *widgets.DateField {
	d := widgets.NewDateField(e.Win, withTime)
	e.entries = append(e.entries, d.Entry)
	e.Form.Watch(func() string { return d.Entry.Text })
	return d
}

// selectOf returns a select whose choice is part of the form's state.
func (e *Editor) selectOf(opts []string) *widget.Select {
	s := widget.NewSelect(opts, nil)
	s.PlaceHolder = lang.X("editor.none", "—")
	e.Form.Watch(func() string { return s.Selected })
	return s
}

// clone copies it deeply: the form fills the copy, the original stays
// what was read, for the next attempt.
func clone(it *data.Interaction) *data.Interaction {
	b, _ := json.Marshal(it)
	out := new(data.Interaction)
	json.Unmarshal(b, out)
	return out
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

// indexOf returns the index of v in list, 0 when absent.
func indexOf[T comparable](list []T, v T) int { return max(slices.Index(list, v), 0) }
