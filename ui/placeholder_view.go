package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/widgets"
)

// placeholderView is a screen that a later issue builds: its title and a
// note saying so, and nothing that pretends to work.
type placeholderView struct {
	heading *widget.RichText
	note    *widget.Label
	content fyne.CanvasObject
}

func newPlaceholderView(title string) *placeholderView {
	v := &placeholderView{
		heading: widgets.NewHeading(title),
		note:    widget.NewLabel(lang.X("screen.notBuilt", "This screen is not built yet.")),
	}
	v.content = container.NewVBox(v.heading, v.note)
	return v
}
