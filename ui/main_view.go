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
	"interactions/ui/reports"
	"interactions/ui/session"
	"interactions/ui/settings"
	"interactions/ui/workplace"
)

// Screen indexes of the navigation, in SPEC order.
const (
	screenInteractions = iota
	screenCalendar
	screenPartners
	screenPersons
	screenSubjects
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

	screens []navEntry
	nav     *widget.List
	body    *fyne.Container // holds the current screen
	current int

	demo              *demoOffer // the first-start offer of demo data, once made
	firstStartChecked bool       // offerDemoIfEmpty has looked
}

// newMainView builds the window's content on st, shows the Interactions
// screen and registers the shortcuts. Every screen listens to the
// session, in the order of the navigation.
func newMainView(win fyne.Window, st *data.Store) *mainView {
	mv := &mainView{win: win, store: st, sess: session.New(st)}
	mv.interactions = workplace.New(st, mv.sess, win)
	mv.screens = []navEntry{
		screenInteractions: {lang.X("screen.interactions", "Interactions"), theme.ListIcon(), mv.interactions},
		screenCalendar:     {lang.X("screen.calendar", "Event calendar"), theme.CalendarIcon(), calendar.New()},
		screenPartners:     {lang.X("screen.partners", "Partners"), theme.HomeIcon(), catalogs.NewPartners()},
		screenPersons:      {lang.X("screen.persons", "Contact persons"), theme.AccountIcon(), catalogs.NewPersons()},
		screenSubjects:     {lang.X("nav.subjects", "Subjects"), theme.FolderIcon(), catalogs.NewSubjects()},
		screenReports:      {lang.X("screen.reports", "Reports"), theme.DocumentPrintIcon(), reports.New()},
		screenSettings:     {lang.X("screen.settings", "Settings"), theme.SettingsIcon(), settings.New()},
	}
	longest := ""
	for _, s := range mv.screens {
		mv.sess.Listen(s.screen)
		if len([]rune(s.title)) > len([]rune(longest)) {
			longest = s.title
		}
	}
	mv.nav = widget.NewList(
		func() int { return len(mv.screens) },
		func() fyne.CanvasObject {
			// The template holds the longest title: the list is as wide as it.
			return container.NewHBox(widget.NewIcon(theme.ListIcon()), widget.NewLabel(longest))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Icon).SetResource(mv.screens[i].icon)
			c.Objects[1].(*widget.Label).SetText(mv.screens[i].title)
		})
	mv.body = container.NewStack()
	mv.nav.OnSelected = mv.show
	mv.nav.Select(screenInteractions)

	win.SetContent(container.NewBorder(nil, nil,
		container.NewHBox(mv.withAbout(mv.nav), widget.NewSeparator()), nil,
		container.NewPadded(mv.body)))
	mv.registerShortcuts()
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
		mv.nav.Select(i)
	}
}

// FocusSearch shows the Interactions screen and puts the cursor in its search.
func (mv *mainView) FocusSearch() {
	mv.show(screenInteractions)
	mv.interactions.FocusSearch()
}

// close stops the background work of every screen.
func (mv *mainView) close() {
	for _, s := range mv.screens {
		s.screen.Close()
	}
}
