package catalogs

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/editor"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// Record is the editor of one catalog record in a window of its own, as
// an interaction's editor is: its form (or tabs with the form first),
// Save and close, Save, Close. What cannot be read and every error of the
// store shows under its field; the window stays open, with what was
// typed, until a save succeeds. Ctrl+S saves, Ctrl+Enter saves and
// closes, Escape closes; closing with changes asks Save / Discard /
// Cancel. Two editors of one record save in turn: the second save is
// refused (the records' version stamp).
type Record struct {
	Win       fyne.Window
	Form      *widgets.FieldForm
	Save      *widget.Button
	SaveClose *widget.Button
	Close     *widget.Button
	// Prompt is the open question of an editor being closed with
	// changes; nil while none is open.
	Prompt *widgets.Prompt
	// Saving is true while a save is on its way to the store.
	Saving bool

	deps       Deps
	title      string
	collect    func() (save func() error, ok bool)
	saved      func()
	initial    string
	closeAfter bool
	onSaved    func(ok bool) // the caller of SaveThen waiting for the outcome
}

// newRecord returns the editor with an empty form and its window, not
// shown yet: the fields' pickers open over it; show fills and opens it.
func newRecord(d Deps) *Record {
	r := &Record{deps: d, Form: widgets.NewFieldForm()}
	r.Win = fyne.CurrentApp().NewWindow("")
	r.Form.Watch(func() string { return formState(r.Form.Form) })
	return r
}

// show opens the window titled title on content; collect reads the form
// into the record and returns the store call that saves it.
func (r *Record) show(title string, content fyne.CanvasObject, collect func() (func() error, bool)) {
	r.collect, r.title = collect, title
	r.Save = widget.NewButtonWithIcon(lang.X("editor.save", "Save"), theme.DocumentSaveIcon(), func() { r.submit(false) })
	r.SaveClose = widget.NewButtonWithIcon(lang.X("editor.saveClose", "Save and close"), theme.ConfirmIcon(), func() { r.submit(true) })
	r.SaveClose.Importance = widget.HighImportance
	r.Close = widget.NewButton(lang.X("editor.close", "Close"), r.RequestClose)
	r.Win.SetTitle(title)
	r.Win.SetContent(container.NewBorder(nil, container.NewBorder(nil, nil, nil, container.NewHBox(r.Close, r.Save, r.SaveClose)), nil, nil, content))
	r.Win.Resize(fyne.NewSize(720, 600))
	r.Win.SetCloseIntercept(r.RequestClose)
	r.Win.SetOnClosed(func() { r.deps.Records.closed(r) })
	r.bindKeys()
	r.initial = r.Form.State()
	r.deps.Records.opened(r)
	r.Win.Show()
	if first := firstEntry(r.Form.Form); first != nil {
		r.Win.Canvas().Focus(first)
	}
	lastRecord = r
}

// lastRecord is the editor opened last, for the tests to reach.
var lastRecord *Record

// bindKeys binds Ctrl+S, Ctrl+Enter and Escape on the window and in its
// entries.
func (r *Record) bindKeys() {
	c := r.Win.Canvas()
	c.AddShortcut(editor.SaveShortcut, func(fyne.Shortcut) { r.submit(false) })
	c.AddShortcut(editor.SaveCloseShortcut, func(fyne.Shortcut) { r.submit(true) })
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			r.escape()
		}
	})
	eachEntry(r.Form.Form, func(e *widgets.EscEntry) { e.OnEscape = r.escape })
}

// escape answers Escape: it takes the open question or pop-up away, or
// asks to close the window.
func (r *Record) escape() {
	if r.Prompt != nil {
		r.Prompt.Hide()
		return
	}
	if top := r.Win.Canvas().Overlays().Top(); top != nil {
		top.Hide()
		return
	}
	r.RequestClose()
}

// Title is the window's title: the kind of record and its name.
func (r *Record) Title() string { return r.title }

// Changed reports whether the form holds changes not saved.
func (r *Record) Changed() bool { return r.Form.State() != r.initial }

// RequestClose closes the window, first asking Save / Discard / Cancel
// when the form holds changes.
func (r *Record) RequestClose() {
	if r.Prompt != nil || r.Saving {
		return
	}
	if !r.Changed() {
		r.Win.Close()
		return
	}
	save := widget.NewButton(lang.X("editor.save", "Save"), func() { r.submit(true) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton(lang.X("editor.discard", "Discard"), r.Win.Close)
	cancel := widget.NewButton(lang.X("bulk.cancel", "Cancel"), nil)
	r.ask(lang.X("catalog.unsaved", "The record has changes that are not saved. Save them?"), save, discard, cancel)
}

// ask shows a modal question with buttons over the window.
func (r *Record) ask(text string, buttons ...*widget.Button) {
	var p *widgets.Prompt
	p = widgets.Ask(r.Win.Canvas(), text, func() {
		if r.Prompt == p {
			r.Prompt = nil
		}
	}, buttons...)
	r.Prompt = p
}

// SaveThen saves the record and closes its window, then calls done with
// whether it was saved: a refused save leaves the window open with its
// errors and calls done(false).
func (r *Record) SaveThen(done func(ok bool)) {
	if r.Prompt != nil {
		r.Prompt.Hide()
	}
	r.onSaved = done
	r.submit(true)
}

// Discard closes the window without saving or asking.
func (r *Record) Discard() { r.Win.Close() }

// Focus brings the window forward.
func (r *Record) Focus() { r.Win.RequestFocus() }

// finish tells the caller of SaveThen the outcome.
func (r *Record) finish(ok bool) {
	if done := r.onSaved; done != nil {
		r.onSaved = nil
		done(ok)
	}
}

// submit reads the form and saves it; closeAfter closes the window once
// saved.
func (r *Record) submit(closeAfter bool) {
	if r.Saving || r.Prompt != nil {
		r.finish(false)
		return
	}
	r.Form.Clear()
	save, ok := r.collect()
	if !ok {
		r.finish(false)
		return
	}
	r.Saving, r.closeAfter = true, closeAfter
	r.Save.Disable()
	r.SaveClose.Disable()
	run(r.deps, save, func(err error) {
		r.Saving = false
		r.Save.Enable()
		r.SaveClose.Enable()
		if err != nil {
			if errors.Is(err, data.ErrChanged) || errors.Is(err, data.ErrNotFound) {
				widgets.ShowError(r.Form.General, problem.Text(err))
			} else {
				r.Form.ShowErr(err)
			}
			r.finish(false)
			return
		}
		r.initial = r.Form.State()
		if r.saved != nil {
			r.saved()
		}
		if r.closeAfter {
			r.Win.Close()
		}
		r.finish(true)
	})
}
