package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
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

// screen is one entry of the navigation: its name, icon and content.
type screen struct {
	Title   string
	icon    fyne.Resource
	content fyne.CanvasObject
}

// mainView is the content of the main window: the navigation sidebar and
// the screen chosen in it.
type mainView struct {
	win   fyne.Window
	store *data.Store

	interactions *interactionsView
	calendar     *calendarView
	partners     *partnersView
	persons      *personsView
	subjects     *subjectsView
	reports      *reportsView
	settings     *settingsView

	screens []screen
	nav     *widget.List
	body    *fyne.Container // holds the current screen
	current int

	demo              *demoOffer // the first-start offer of demo data, once made
	firstStartChecked bool       // offerDemoIfEmpty has looked
}

// newMainView builds the window's content on st, shows the Interactions
// screen and registers the shortcuts.
func newMainView(win fyne.Window, st *data.Store) *mainView {
	mv := &mainView{
		win:          win,
		store:        st,
		interactions: newInteractionsView(st, win),
		calendar:     newCalendarView(),
		partners:     newPartnersView(),
		persons:      newPersonsView(),
		subjects:     newSubjectsView(),
		reports:      newReportsView(),
		settings:     newSettingsView(),
	}
	mv.screens = []screen{
		screenInteractions: {lang.X("screen.interactions", "Interactions"), theme.ListIcon(), mv.interactions.content},
		screenCalendar:     {lang.X("screen.calendar", "Event calendar"), theme.CalendarIcon(), mv.calendar.content},
		screenPartners:     {lang.X("screen.partners", "Partners"), theme.HomeIcon(), mv.partners.content},
		screenPersons:      {lang.X("screen.persons", "Contact persons"), theme.AccountIcon(), mv.persons.content},
		screenSubjects:     {lang.X("nav.subjects", "Subjects"), theme.FolderIcon(), mv.subjects.content},
		screenReports:      {lang.X("screen.reports", "Reports"), theme.DocumentPrintIcon(), mv.reports.content},
		screenSettings:     {lang.X("screen.settings", "Settings"), theme.SettingsIcon(), mv.settings.content},
	}
	longest := ""
	for _, s := range mv.screens {
		if len([]rune(s.Title)) > len([]rune(longest)) {
			longest = s.Title
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
			c.Objects[1].(*widget.Label).SetText(mv.screens[i].Title)
		})
	mv.body = container.NewStack()
	mv.nav.OnSelected = mv.show
	mv.nav.Select(screenInteractions)

	win.SetContent(container.NewBorder(nil, nil,
		container.NewHBox(mv.nav, widget.NewSeparator()), nil,
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
	mv.body.Objects = []fyne.CanvasObject{mv.screens[i].content}
	mv.body.Refresh()
	if mv.nav != nil {
		mv.nav.Select(i)
	}
}

// FocusSearch shows the Interactions screen and puts the cursor in its search.
func (mv *mainView) FocusSearch() {
	mv.show(screenInteractions)
	mv.win.Canvas().Focus(mv.interactions.Search)
}

// close stops the background work of every screen.
func (mv *mainView) close() {
	mv.interactions.close()
}
