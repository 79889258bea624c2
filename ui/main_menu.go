package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/ui/background"
)

// setMainMenu gives the window its menu: File with Import… and Export,
// and the demo data, so that the offer of the first start stays
// reachable after "Not now".
func (mv *mainView) setMainMenu() {
	demoItem := fyne.NewMenuItem(lang.X("menu.demo", "Load demo data…"), mv.offerDemo)
	// Quit asks about unsaved editors as closing the window does.
	quit := fyne.NewMenuItem(lang.X("menu.quit", "Quit"), mv.requestClose)
	quit.IsQuit = true
	items := append(mv.interop.MenuItems(), fyne.NewMenuItemSeparator())
	items = append(items, mv.maintenanceMenuItems()...)
	items = append(items, fyne.NewMenuItemSeparator(), demoItem, fyne.NewMenuItemSeparator(), quit)
	mv.win.SetMainMenu(fyne.NewMainMenu(fyne.NewMenu(lang.X("menu.file", "File"), items...)))
}

// offerDemo shows the demo offer while the database has no interactions
// and no catalogs but the user; otherwise it says how to try the demo.
func (mv *mainView) offerDemo() {
	st := mv.store
	go func() {
		n, err := st.Count(data.Filter{Deleted: data.DeletedInclude})
		emps, err2 := st.Employees()
		background.Do(func() {
			if err != nil || err2 != nil || n > 0 || len(emps) > 0 {
				dialog.ShowInformation(lang.X("demo.title", "Demo data"), lang.X("demo.notEmpty",
					"Demo data goes into an empty database. To try it, start the program with another file: interactions --db demo.db"), mv.win)
				return
			}
			mv.demo = newDemoOffer(mv)
			mv.demo.Dialog.Show()
		})
	}()
}
