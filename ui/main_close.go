package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/format"
	"interactions/ui/widgets"
)

// unsavedEditor is an editor window, of an interaction or of a catalog
// record, that holds changes not saved.
type unsavedEditor interface {
	Title() string
	SaveThen(done func(ok bool))
	Discard()
	Focus()
}

// unsaved lists the editor windows holding changes not saved: the
// interactions' first, then the catalogs'.
func (mv *mainView) unsaved() []unsavedEditor {
	var out []unsavedEditor
	for _, e := range mv.editors.Unsaved() {
		out = append(out, e)
	}
	for _, r := range mv.records.Unsaved() {
		out = append(out, r)
	}
	return out
}

// requestClose closes the main window and the program. When editors
// hold changes not saved it first names them and asks Save all / Discard
// / Cancel: Save all saves them one by one and stops at the first that
// cannot be saved, bringing it forward with its errors shown.
func (mv *mainView) requestClose() {
	if mv.closing != nil {
		return
	}
	list := mv.unsaved()
	if len(list) == 0 {
		mv.closeAll()
		return
	}
	var names strings.Builder
	for _, e := range list {
		names.WriteString("\n• " + e.Title())
	}
	text := lang.X("main.unsaved", "Editor windows with changes that are not saved ({{.N}}):",
		map[string]any{"N": format.Count(len(list))}) + names.String()
	save := widget.NewButton(lang.X("main.unsaved.saveAll", "Save all"), func() { mv.saveAllThenClose(list) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.X("editor.discard", "Discard"), func() {
		for _, e := range list {
			e.Discard()
		}
		mv.closeAll()
	})
	cancel := widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil)
	var p *widgets.Prompt
	p = widgets.Ask(mv.win.Canvas(), text, func() {
		if mv.closing == p {
			mv.closing = nil
		}
	}, save, discard, cancel)
	mv.closing = p
}

// saveAllThenClose saves the editors in turn and closes the window once
// all are saved.
func (mv *mainView) saveAllThenClose(list []unsavedEditor) {
	if len(list) == 0 {
		mv.closeAll()
		return
	}
	e := list[0]
	e.SaveThen(func(ok bool) {
		if !ok {
			e.Focus()
			return
		}
		mv.saveAllThenClose(list[1:])
	})
}

// closeAll closes the editor windows left and the main window.
func (mv *mainView) closeAll() {
	mv.editors.Close()
	mv.records.CloseAll()
	markExit(fyne.CurrentApp())
	mv.win.Close()
}
