package filterbar

import (
	"interactions/ui/problem"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"

	"interactions/ui/session"
)

// Saved is the "Saved filters" button (Закладки) of the
// Interactions workplace. Its menu lists the saved filters by name —
// picking one calls OnPick with its filter and grouping — and offers
// "Save current…", which asks for a name, and "Manage…", a dialog that
// renames and deletes them. They are kept in the database; every store
// call runs on a goroutine of its own and reports back through doOnUI.
type Saved struct {
	// Content is the button, to be placed near the filter bar.
	Content fyne.CanvasObject
	// OnPick is called with the filter and grouping of the saved filter
	// the user picks, without what the options that are off hide.
	OnPick func(data.Filter, data.GroupBy)

	st      Store
	win     fyne.Window
	current func() (data.Filter, data.GroupBy)

	button *widget.Button
	menu   *fyne.Menu // the menu last shown
	popup  *widget.PopUpMenu
	list   []data.SavedFilter // as last read, by name

	nameDialog *dialog.CustomDialog // asks for a name: save, rename
	nameEntry  *widget.Entry
	nameErr    *widget.Label  // the store's refusal of the name
	nameSave   *widget.Button // the dialog's Save

	manageDialog *dialog.CustomDialog
	manageList   *widget.List
	Selected     int // the row chosen in manageList, or -1
	renameButton *widget.Button
	deleteButton *widget.Button

	confirmDialog *dialog.CustomDialog // asks before a delete
	confirmDelete *widget.Button

	tasks background.Tasks // store calls not yet reported back
}

// NewSaved builds the button; current returns the filter and
// grouping that "Save current…" keeps.
func NewSaved(st Store, win fyne.Window, current func() (data.Filter, data.GroupBy)) *Saved {
	s := &Saved{st: st, win: win, current: current, Selected: -1}
	s.button = widget.NewButtonWithIcon(lang.X("savedFilters.button", "Saved filters"), theme.MenuDropDownIcon(), s.showMenu)
	s.button.IconPlacement = widget.ButtonIconTrailingText
	s.Content = s.button
	return s
}

// run calls fn on a goroutine of its own and then with its error on the
// UI goroutine.
func (s *Saved) run(fn func() error, then func(error)) {
	s.tasks.Run(func() func() {
		err := fn()
		return func() { then(err) }
	})
}

// refresh reads the saved filters again, then calls then (may be nil).
func (s *Saved) refresh(then func()) {
	var list []data.SavedFilter
	s.run(func() error {
		var err error
		list, err = s.st.SavedFilters()
		return err
	}, func(err error) {
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		kept, _ := s.chosen()
		s.list = list
		if s.manageList != nil {
			s.Selected = -1
			s.manageList.UnselectAll()
			s.manageList.Refresh()
			s.renameButton.Disable()
			s.deleteButton.Disable()
			// The saved filter chosen before (renamed, say) stays chosen.
			for i, sf := range list {
				if kept.ID != 0 && sf.ID == kept.ID {
					s.manageList.Select(i)
					break
				}
			}
		}
		if then != nil {
			then()
		}
	})
}

// showMenu reads the saved filters and shows the menu under the button.
func (s *Saved) showMenu() {
	s.refresh(func() {
		var items []*fyne.MenuItem
		for _, sf := range s.list {
			items = append(items, fyne.NewMenuItem(sf.Name, func() { s.pick(sf) }))
		}
		if len(items) == 0 {
			none := fyne.NewMenuItem(lang.X("savedFilters.none", "No saved filters yet"), nil)
			none.Disabled = true
			items = append(items, none)
		}
		manage := fyne.NewMenuItem(lang.X("savedFilters.manage", "Manage…"), s.showManage)
		manage.Disabled = len(s.list) == 0
		items = append(items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.X("savedFilters.saveCurrent", "Save current…"), s.askSave),
			manage)
		s.menu = fyne.NewMenu("", items...)
		s.popup = widget.NewPopUpMenu(s.menu, s.win.Canvas())
		s.popup.ShowAtRelativePosition(fyne.NewPos(0, s.button.Size().Height), s.button)
	})
}

// pick hands the saved filter to OnPick, without what the options hide.
func (s *Saved) pick(sf data.SavedFilter) {
	settings := s.st.Settings()
	f, g := data.FitFilter(sf.Filter, sf.Group, settings.Options, s.st.AttrDefs())
	f = f.Resolve(session.Clock(s.st)(), settings.FirstWeekday)
	if s.OnPick != nil {
		s.OnPick(f, g)
	}
}

// askSave asks for a name and keeps the current filter and grouping under it.
func (s *Saved) askSave() {
	f, g := s.current()
	s.askName(lang.X("savedFilters.saveTitle", "Save the current filter"), "", func(name string) error {
		return s.st.SaveFilter(&data.SavedFilter{Name: name, Filter: f, Group: g})
	})
}

// askName shows the name dialog; save runs off the UI goroutine with the
// trimmed name. When the store refuses the name (empty, or used by another
// saved filter), the dialog stays where it is with the reason under the
// name, and the name keeps the cursor. The line of the reason is there
// from the start, so the dialog does not change its size.
func (s *Saved) askName(title, initial string, save func(name string) error) {
	s.nameEntry = widget.NewEntry()
	s.nameEntry.SetText(initial)
	s.nameErr = widget.NewLabel(" ")
	s.nameErr.Importance = widget.DangerImportance
	s.nameErr.Truncation = fyne.TextTruncateEllipsis
	entry, errLabel := s.nameEntry, s.nameErr
	form := widget.NewForm(widget.NewFormItem(lang.X("savedFilters.name", "Name"), container.NewVBox(entry, errLabel)))
	d := dialog.NewCustomWithoutButtons(title, form, s.win)
	cancel := widget.NewButtonWithIcon(lang.X("filter.cancel", "Cancel"), theme.CancelIcon(), d.Hide)
	saveButton := widget.NewButtonWithIcon(lang.X("savedFilters.save", "Save"), theme.ConfirmIcon(), nil)
	saveButton.Importance = widget.HighImportance
	saveButton.OnTapped = func() {
		name := strings.TrimSpace(entry.Text)
		saveButton.Disable()
		s.run(func() error { return save(name) }, func(err error) {
			saveButton.Enable()
			if err == nil {
				d.Hide()
				s.refresh(nil)
				return
			}
			errLabel.SetText(s.nameProblem(name, err))
			s.win.Canvas().Focus(entry)
		})
	}
	d.SetButtons([]fyne.CanvasObject{cancel, saveButton})
	entry.OnSubmitted = func(string) { saveButton.OnTapped() }
	entry.OnChanged = func(string) { errLabel.SetText(" ") }
	d.Resize(fyne.NewSize(440, d.MinSize().Height))
	s.nameDialog, s.nameSave = d, saveButton
	d.Show()
	s.win.Canvas().Focus(entry)
}

// NameError returns the reason the name dialog shows for a refused
// name, "" while it shows none.
func (s *Saved) NameError() string {
	if s.nameErr == nil {
		return ""
	}
	return strings.TrimSpace(s.nameErr.Text)
}

// nameProblem says why the store refused name.
func (s *Saved) nameProblem(name string, err error) string {
	fe, ok := data.AsFieldError(err)
	switch {
	case !ok:
		return lang.X("savedFilters.failed", "Could not save: {{.Error}}", problem.Args(err))
	case fe.Field == "name" && name == "":
		return lang.X("savedFilters.nameEmpty", "Type a name.")
	case fe.Field == "name" && s.nameUsed(name):
		return lang.X("savedFilters.nameUsed", "A saved filter named “{{.Name}}” already exists.", map[string]any{"Name": name})
	}
	return lang.X("savedFilters.nameBad", "The name cannot be used: {{.Problem}}", map[string]any{"Problem": problem.Field(fe)})
}

// nameUsed reports whether a saved filter read last has name, as the
// store compares names.
func (s *Saved) nameUsed(name string) bool {
	for _, sf := range s.list {
		if data.Fold(strings.TrimSpace(sf.Name)) == data.Fold(name) {
			return true
		}
	}
	return false
}

// showManage shows the list of saved filters with Rename and Delete.
func (s *Saved) showManage() {
	s.Selected = -1
	s.manageList = widget.NewList(
		func() int { return len(s.list) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= 0 && id < len(s.list) {
				o.(*widget.Label).SetText(s.list[id].Name)
			}
		})
	s.manageList.OnSelected = func(id widget.ListItemID) {
		s.Selected = id
		s.renameButton.Enable()
		s.deleteButton.Enable()
	}
	s.renameButton = widget.NewButtonWithIcon(lang.X("savedFilters.rename", "Rename…"), theme.DocumentCreateIcon(), s.askRename)
	s.deleteButton = widget.NewButtonWithIcon(lang.X("savedFilters.delete", "Delete…"), theme.DeleteIcon(), s.askDelete)
	s.renameButton.Disable()
	s.deleteButton.Disable()
	content := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), s.renameButton, s.deleteButton), nil, nil, s.manageList)
	s.manageDialog = dialog.NewCustom(lang.X("savedFilters.title", "Saved filters"), lang.X("savedFilters.close", "Close"), content, s.win)
	s.manageDialog.SetOnClosed(func() { s.manageList = nil })
	s.manageDialog.Resize(fyne.NewSize(460, 380))
	s.manageDialog.Show()
}

// chosen returns the saved filter chosen in the manage dialog.
func (s *Saved) chosen() (data.SavedFilter, bool) {
	if s.Selected < 0 || s.Selected >= len(s.list) {
		return data.SavedFilter{}, false
	}
	return s.list[s.Selected], true
}

// askRename asks for a new name of the chosen saved filter.
func (s *Saved) askRename() {
	sf, ok := s.chosen()
	if !ok {
		return
	}
	s.askName(lang.X("savedFilters.renameTitle", "Rename the saved filter"), sf.Name, func(name string) error {
		sf.Name = name
		return s.st.SaveFilter(&sf)
	})
}

// askDelete asks before deleting the chosen saved filter.
func (s *Saved) askDelete() {
	sf, ok := s.chosen()
	if !ok {
		return
	}
	msg := widget.NewLabel(lang.X("savedFilters.deleteQuestion", "Delete the saved filter “{{.Name}}”? No interaction is touched.", map[string]any{"Name": sf.Name}))
	msg.Wrapping = fyne.TextWrapWord
	cancel := widget.NewButtonWithIcon(lang.X("filter.cancel", "Cancel"), theme.CancelIcon(), nil)
	s.confirmDelete = widget.NewButtonWithIcon(lang.X("savedFilters.deleteConfirm", "Delete"), theme.DeleteIcon(), nil)
	s.confirmDelete.Importance = widget.DangerImportance
	d := dialog.NewCustomWithoutButtons(lang.X("savedFilters.deleteTitle", "Delete the saved filter"), msg, s.win)
	d.SetButtons([]fyne.CanvasObject{cancel, s.confirmDelete})
	cancel.OnTapped = d.Hide
	s.confirmDelete.OnTapped = func() {
		d.Hide()
		s.run(func() error { return s.st.DeleteFilter(sf.ID) }, func(err error) {
			if err != nil {
				dialog.ShowError(err, s.win)
			}
			s.refresh(nil)
		})
	}
	d.Resize(fyne.NewSize(420, d.MinSize().Height+40))
	s.confirmDialog = d
	d.Show()
}
