package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// slimSideWidth is the window width below which the navigation sidebar
// shows its icons alone: at 900 px the screens keep ~190 px more.
const slimSideWidth = 1100

// shellLayout lays out the window: the sidebar (full, or slim below
// slimSideWidth), a separator and the screen.
type shellLayout struct {
	mv   *mainView
	full fyne.CanvasObject // the sidebar with titles
	slim fyne.CanvasObject // the sidebar of icons
	sep  fyne.CanvasObject
	body fyne.CanvasObject
}

// newShell returns the window's content: side (the sidebar with titles)
// and a slim one of icons, one of which shows by the window's width.
func (mv *mainView) newShell(side fyne.CanvasObject) *fyne.Container {
	mv.slimNav = widget.NewList(
		func() int { return len(mv.visible) },
		func() fyne.CanvasObject { return container.NewPadded(widget.NewIcon(theme.ListIcon())) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*fyne.Container).Objects[0].(*widget.Icon).SetResource(mv.screens[mv.visible[i]].icon)
		})
	mv.slimNav.OnSelected = func(k widget.ListItemID) {
		if k >= 0 && k < len(mv.visible) {
			mv.show(mv.visible[k])
		}
	}
	about := widget.NewButtonWithIcon("", theme.InfoIcon(), mv.showAbout)
	about.Importance = widget.LowImportance
	mv.slimRemind = widget.NewButtonWithIcon("", theme.MailComposeIcon(), mv.remindPanel.Open)
	mv.syncSlimReminders()
	panelChanged := mv.reminders.OnChanged
	mv.reminders.OnChanged = func() {
		if panelChanged != nil {
			panelChanged()
		}
		mv.syncSlimReminders()
	}
	slim := container.NewBorder(nil, container.NewVBox(about, mv.slimRemind), nil, nil, mv.slimNav)
	mv.slimBox = slim
	l := &shellLayout{mv: mv, full: side, slim: slim, sep: widget.NewSeparator(), body: container.NewPadded(mv.body)}
	mv.selectNav(mv.current)
	return container.New(l, l.body, l.full, l.slim, l.sep)
}

// syncSlimReminders gives the slim sidebar's reminders button the look of
// the full one: highlighted while reminders are due.
func (mv *mainView) syncSlimReminders() {
	if mv.slimRemind.Importance != mv.remindPanel.Button.Importance {
		mv.slimRemind.Importance = mv.remindPanel.Button.Importance
		mv.slimRemind.Refresh()
	}
}

// slimSide reports whether the sidebar shows its icons alone.
func (mv *mainView) slimSide() bool { return mv.slimBox != nil && mv.slimBox.Visible() }

func (l *shellLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	side, other := l.full, l.slim
	if size.Width < slimSideWidth {
		side, other = l.slim, l.full
	}
	other.Hide()
	side.Show()
	w := side.MinSize().Width
	side.Move(fyne.NewPos(0, 0))
	side.Resize(fyne.NewSize(w, size.Height))
	sw := l.sep.MinSize().Width
	l.sep.Move(fyne.NewPos(w, 0))
	l.sep.Resize(fyne.NewSize(sw, size.Height))
	l.body.Move(fyne.NewPos(w+sw, 0))
	l.body.Resize(fyne.NewSize(size.Width-w-sw, size.Height))
}

func (l *shellLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	s, b := l.slim.MinSize(), l.body.MinSize()
	return fyne.NewSize(s.Width+l.sep.MinSize().Width+b.Width, max(s.Height, b.Height, l.full.MinSize().Height))
}
