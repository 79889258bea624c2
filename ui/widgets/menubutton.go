package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// NewMenuButton is a button "label ▾" that opens menu under itself,
// after calling before, if set.
func NewMenuButton(label string, icon fyne.Resource, menu *fyne.Menu, before func()) *widget.Button {
	btn := widget.NewButtonWithIcon(label+" ▾", icon, nil)
	btn.OnTapped = func() {
		c := fyne.CurrentApp().Driver().CanvasForObject(btn)
		if c == nil {
			return
		}
		if before != nil {
			before()
		}
		widget.ShowPopUpMenuAtRelativePosition(menu, c, fyne.NewPos(0, btn.Size().Height), btn)
	}
	return btn
}

// ShowIf shows o when visible is true, else hides it.
func ShowIf(o fyne.CanvasObject, visible bool) {
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
}

// NewSelect is widget.NewSelect with a placeholder in the interface
// language: Fyne's own, "(Select one)", is English only.
func NewSelect(options []string, changed func(string)) *widget.Select {
	s := widget.NewSelect(options, changed)
	s.PlaceHolder = lang.X("select.placeholder", "(Choose)")
	return s
}
