package editor

// Unsaved returns the open editors that hold changes not saved, oldest
// first: what closing the main window asks about.
func (m *Editors) Unsaved() []*Editor {
	var out []*Editor
	for _, e := range m.open {
		if e.Changed() {
			out = append(out, e)
		}
	}
	return out
}

// Title is the editor window's title: the type, number and topic.
func (e *Editor) Title() string { return e.Win.Title() }

// SaveThen saves the interaction and closes the window, then calls done
// with whether it was saved. A save that is refused, or that first asks
// (a chain about to move), leaves the window open with its errors or its
// question and calls done(false).
func (e *Editor) SaveThen(done func(ok bool)) {
	e.closePrompt()
	e.onSaved = done
	e.submit(true)
}

// Discard closes the window without saving or asking.
func (e *Editor) Discard() { e.Win.Close() }

// Focus brings the window forward.
func (e *Editor) Focus() { e.Win.RequestFocus() }

// finish tells the caller of SaveThen the outcome.
func (e *Editor) finish(ok bool) {
	if done := e.onSaved; done != nil {
		e.onSaved = nil
		done(ok)
	}
}
