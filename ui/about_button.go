package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/about"
)

// withAbout puts the About button under the navigation nav.
func (mv *mainView) withAbout(nav fyne.CanvasObject) fyne.CanvasObject {
	b := widget.NewButtonWithIcon(lang.X("about.button", "About"), theme.InfoIcon(), mv.showAbout)
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return container.NewBorder(nil, b, nil, nil, nav)
}

// showAbout opens the About box of the open database.
func (mv *mainView) showAbout() {
	about.New(mv.store, mv.win).Show()
}
