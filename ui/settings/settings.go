// Package settings is the Settings screen: the functional options of the
// Organizer (Органайзер) and of the CRM settings (Настройки CRM), each a
// toggle with a line saying what it switches, and the parameters. Every
// change is validated and saved at once, and the session tells every
// open screen, which shows or hides what the option switches.
package settings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// Store is what the Settings screen needs of the database.
type Store interface {
	Settings() data.Settings
	SaveSettings(data.Settings) error
	Employees() ([]data.Employee, error)
}

// View is the Settings screen.
type View struct {
	store Store
	sess  *session.Session
	win   fyne.Window

	heading *widget.RichText
	toggles map[data.Option]*widget.Check
	rows    map[data.Option]fyne.CanvasObject // a toggle with its hint, to reveal
	params  *parameters
	status  *widget.Label // what the last save did, or why it failed
	scroll  *container.Scroll
	content fyne.CanvasObject

	quiet bool // the widgets are being set from the settings: no saves
	tasks background.Tasks
}

// New builds the Settings screen over st; changes go through sess.
func New(st Store, sess *session.Session, win fyne.Window) *View {
	v := &View{store: st, sess: sess, win: win,
		heading: widgets.NewHeading(lang.X("screen.settings", "Settings")),
		toggles: map[data.Option]*widget.Check{},
		rows:    map[data.Option]fyne.CanvasObject{},
	}
	v.status = widgets.NewErrorLabel()
	organizer := v.optionsCard(lang.X("settings.section.organizer", "Organizer"),
		lang.X("settings.section.organizerPath", "Master data and administration – Administration – Organizer"), false)
	crm := v.optionsCard(lang.X("settings.section.crm", "CRM settings"),
		lang.X("settings.section.crmPath", "Master data and section settings – CRM and marketing – CRM settings"), true)
	v.params = newParameters(v)
	body := container.NewVBox(organizer, crm, v.params.card, v.status)
	v.scroll = container.NewVScroll(body)
	v.content = container.NewBorder(v.heading, nil, nil, nil, v.scroll)
	v.show(sess.Settings())
	v.params.loadEmployees()
	return v
}

// Content returns the screen's widgets.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Changed shows the settings again after they changed, and the employees
// after the catalogs changed.
func (v *View) Changed(c session.Change) {
	if c.Has(session.Settings) {
		v.show(v.sess.Settings())
	}
	if c.Has(session.Catalogs) {
		v.params.loadEmployees()
	}
}

// Close waits for nothing: saves are short and report back on their own.
func (v *View) Close() {}

// Busy reports whether a save has not reported back yet.
func (v *View) Busy() bool { return v.tasks.Busy() }

// Reveal scrolls to option o and puts the focus on its toggle, for a
// screen that needs it ("open Settings at that option").
func (v *View) Reveal(o data.Option) {
	row, ok := v.rows[o]
	if !ok {
		return
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(row).Y - d.AbsolutePositionForObject(v.scroll.Content).Y
	v.scroll.ScrollToOffset(fyne.NewPos(0, y))
	if c := d.CanvasForObject(v.toggles[o]); c != nil {
		c.Focus(v.toggles[o])
	}
}

// show sets every widget from s without saving anything.
func (v *View) show(s data.Settings) {
	v.quiet = true
	defer func() { v.quiet = false }()
	for o, c := range v.toggles {
		c.SetChecked(s.Options.On(o))
	}
	v.params.show(s)
}

// change saves the current settings changed by edit, in the background;
// on success every screen is told, on failure the problem is shown and
// the widgets go back to the saved settings.
func (v *View) change(edit func(*data.Settings)) {
	if v.quiet {
		return
	}
	s := v.sess.Settings()
	edit(&s)
	background.Read(&v.tasks, contextBackground, func() (data.Settings, error) {
		return s, v.store.SaveSettings(s)
	}, func(saved data.Settings, err error) {
		if err != nil {
			widgets.ShowError(v.status, lang.X("settings.failed", "The settings were not saved: {{.Error}}", problem.Args(err)))
			v.show(v.sess.Settings())
			return
		}
		widgets.ShowError(v.status, "")
		v.sess.Notify(session.Settings)
	})
}

// Toggle returns the check box of option o.
func (v *View) Toggle(o data.Option) *widget.Check { return v.toggles[o] }
