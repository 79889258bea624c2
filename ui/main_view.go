package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/calendar"
	"interactions/ui/catalogs"
	"interactions/ui/editor"
	"interactions/ui/interop"
	"interactions/ui/reminders"
	"interactions/ui/reports"
	"interactions/ui/session"
	"interactions/ui/settings"
	"interactions/ui/widgets"
	"interactions/ui/workplace"
)

// Screen indexes of the navigation, in SPEC order.
const (
	screenInteractions = iota
	screenCalendar
	screenPartners
	screenPersons
	screenSubjects
	screenEmployees
	screenRoles
	screenAttributes
	screenReports
	screenSettings
)

// Screen is one screen of the window: what it shows, what it does when
// told that something changed, and how it stops when the window closes.
// Screens never touch each other; they hear of each other's changes
// through the session.
type Screen interface {
	Content() fyne.CanvasObject
	session.Listener
	Close()
}

// navEntry is one entry of the navigation: its name, icon and screen.
type navEntry struct {
	title  string
	icon   fyne.Resource
	screen Screen
}

// mainView is the content of the main window: the navigation sidebar and
// the screen chosen in it.
type mainView struct {
	win   fyne.Window
	store *data.Store
	sess  *session.Session

	interactions *workplace.View // the screen the workplace keys act on
	settings     *settings.View  // opened at an option by screens that need it
	reminders    *reminders.Service
	remindPanel  *reminders.Panel
	editors      *editor.Editors // the open editor windows and chain views
	records      *catalogs.Records
	closing      *widgets.Prompt // the question about unsaved editors, while asked
	calendar     *calendar.View  // opens an event's interaction in its editor
	interop      *interop.Actions
	stopBackups  func() // stops the automatic daily backups
	// maintain closes the store, does a piece of maintenance on its file
	// and opens it again in this window; nil where no one can (tests).
	maintain func(maintenanceWork)

	screens []navEntry
	visible []int // the screens the navigation lists, by the options
	nav     *widget.List
	body    *fyne.Container // holds the current screen
	current int

	demo              *demoOffer // the first-start offer of demo data, once made
	who               *firstUser // the first-start step "who are you", once shown
	firstStartChecked bool       // offerDemoIfEmpty has looked

	slimNav    *widget.List      // the icons of the navigation, in a narrow window
	slimRemind *widget.Button    // the reminders' button of the slim sidebar
	slimBox    fyne.CanvasObject // the slim sidebar, shown instead of the full one
}

// newMainView builds the window's content on st, shows the Interactions
// screen and registers the shortcuts. Every screen listens to the
// session, in the order of the navigation.
func newMainView(win fyne.Window, st *data.Store) *mainView {
	mv := &mainView{win: win, store: st, sess: session.New(st)}
	mv.interactions = workplace.New(st, mv.sess, win)
	mv.settings = settings.New(st, mv.sess, win)
	mv.sess.OnOpenSettings(mv.openSettings)
	mv.editors = editor.New(st, mv.sess, win)
	mv.interactions.UseEditors(mv.editors)
	mv.calendar = calendar.New(st, mv.sess, win)
	mv.calendar.OnOpen = func(e data.CalendarEvent) { mv.editors.Open(e.Interaction) }
	mv.records = catalogs.NewRecords()
	deps := catalogs.Deps{Store: st, Sess: mv.sess, Win: win, Editor: mv.editors, Records: mv.records}
	mv.screens = []navEntry{
		screenInteractions: {lang.X("screen.interactions", "Interactions"), theme.ListIcon(), mv.interactions},
		screenCalendar:     {lang.X("screen.calendar", "Event calendar"), theme.CalendarIcon(), mv.calendar},
		screenPartners:     {lang.X("screen.partners", "Partners"), theme.HomeIcon(), catalogs.NewPartners(deps)},
		screenPersons:      {lang.X("screen.persons", "Contact persons"), theme.AccountIcon(), catalogs.NewPersons(deps)},
		screenSubjects:     {lang.X("nav.subjects", "Subjects"), theme.FolderIcon(), catalogs.NewSubjects(deps)},
		screenEmployees:    {lang.X("screen.employees", "Employees"), theme.LoginIcon(), catalogs.NewEmployees(deps)},
		screenRoles:        {lang.X("screen.roles", "Contact person roles"), theme.GridIcon(), catalogs.NewRoles(deps)},
		screenAttributes:   {lang.X("screen.attributes", "Additional attributes"), theme.StorageIcon(), catalogs.NewAttributes(deps)},
		screenReports:      {lang.X("screen.reports", "Reports"), theme.DocumentPrintIcon(), reports.New(st, mv.sess, win)},
		screenSettings:     {lang.X("screen.settings", "Settings"), theme.SettingsIcon(), mv.settings},
	}
	mv.sess.Listen(mv.editors)
	longest := ""
	for _, s := range mv.screens {
		mv.sess.Listen(s.screen)
		if len([]rune(s.title)) > len([]rune(longest)) {
			longest = s.title
		}
	}
	mv.layoutNav()
	mv.sess.Listen(mv)
	mv.nav = widget.NewList(
		func() int { return len(mv.visible) },
		func() fyne.CanvasObject {
			// The template holds the longest title: the list is as wide as it.
			return container.NewHBox(widget.NewIcon(theme.ListIcon()), widget.NewLabel(longest))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			e := mv.screens[mv.visible[i]]
			c.Objects[0].(*widget.Icon).SetResource(e.icon)
			c.Objects[1].(*widget.Label).SetText(e.title)
		})
	mv.body = container.NewStack()
	mv.nav.OnSelected = func(k widget.ListItemID) {
		if k >= 0 && k < len(mv.visible) {
			mv.show(mv.visible[k])
		}
	}
	mv.show(screenInteractions)

	mv.reminders = reminders.New(st, fyne.CurrentApp().SendNotification, mv.sess.Now)
	mv.remindPanel = reminders.NewPanel(mv.reminders, win, func() int { return mv.sess.Settings().WorkdayStart })
	mv.remindPanel.OnOpen = mv.editors.Open
	mv.sess.Listen(mv.reminders)
	mv.reminders.Start()

	side := container.NewBorder(nil, mv.remindPanel.Button, nil, nil, mv.withAbout(mv.nav))
	win.SetContent(mv.newShell(side))
	mv.registerShortcuts()
	mv.addInterop()
	mv.setMainMenu()
	win.SetCloseIntercept(mv.requestClose)
	return mv
}

// show puts screen i in the body.
func (mv *mainView) show(i int) {
	if i < 0 || i >= len(mv.screens) {
		return
	}
	mv.current = i
	mv.body.Objects = []fyne.CanvasObject{mv.screens[i].screen.Content()}
	mv.body.Refresh()
	if mv.nav != nil {
		mv.selectNav(i)
	}
}

// openSettings shows the Settings screen at option o.
func (mv *mainView) openSettings(o data.Option) {
	mv.show(screenSettings)
	mv.settings.Reveal(o)
}

// FocusSearch shows the Interactions screen and puts the cursor in its search.
func (mv *mainView) FocusSearch() {
	mv.show(screenInteractions)
	mv.interactions.FocusSearch()
}

// close stops the background work of every screen.
func (mv *mainView) close() {
	if mv.stopBackups != nil {
		mv.stopBackups()
		mv.stopBackups = nil
	}
	mv.reminders.Close()
	for _, s := range mv.screens {
		s.screen.Close()
	}
}
