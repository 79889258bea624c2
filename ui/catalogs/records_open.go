package catalogs

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/widgets"
)

// Records keeps the catalog editors open in the windows of one main
// window, so that closing it can ask about their unsaved changes. The
// zero value is ready; a nil *Records keeps nothing.
type Records struct {
	open []*Record
}

// NewRecords returns an empty keeper of open catalog editors.
func NewRecords() *Records { return &Records{} }

func (k *Records) opened(r *Record) {
	if k != nil {
		k.open = append(k.open, r)
	}
}

func (k *Records) closed(r *Record) {
	if k != nil {
		k.open = slices.DeleteFunc(k.open, func(o *Record) bool { return o == r })
	}
}

// Open returns the open catalog editors, oldest first.
func (k *Records) Open() []*Record {
	if k == nil {
		return nil
	}
	return slices.Clone(k.open)
}

// Unsaved returns the open catalog editors that hold changes not saved.
func (k *Records) Unsaved() []*Record {
	var out []*Record
	for _, r := range k.Open() {
		if r.Changed() {
			out = append(out, r)
		}
	}
	return out
}

// CloseAll closes every open catalog editor without asking.
func (k *Records) CloseAll() {
	for _, r := range k.Open() {
		r.Win.Close()
	}
}

// formState reads every value a form shows (the values of its rows, not
// their error lines), to tell whether the form was changed.
func formState(f *widget.Form) string {
	var b strings.Builder
	for _, it := range f.Items {
		eachValue(rowValue(it.Widget), func(s string) {
			b.WriteString(s)
			b.WriteByte(0)
		})
	}
	return b.String()
}

// rowValue is what a row of a FieldForm shows: its widget without the
// error line under it.
func rowValue(o fyne.CanvasObject) fyne.CanvasObject {
	if c, ok := o.(*fyne.Container); ok && len(c.Objects) == 2 {
		return c.Objects[0]
	}
	return o
}

// eachValue calls fn with the value of every input inside o.
func eachValue(o fyne.CanvasObject, fn func(string)) {
	switch w := o.(type) {
	case *widgets.EscEntry:
		fn(w.Text)
	case *widget.Entry:
		fn(w.Text)
	case *widget.Select:
		fn(w.Selected)
	case *widget.Check:
		if w.Checked {
			fn("1")
		} else {
			fn("0")
		}
	case *widget.CheckGroup:
		fn(strings.Join(w.Selected, "\x01"))
	case *widget.RadioGroup:
		fn(w.Selected)
	case *widget.Label: // a picker's choice
		fn(w.Text)
	case *fyne.Container:
		fn("[")
		for _, c := range w.Objects {
			eachValue(c, fn)
		}
		fn("]")
	case *container.Scroll:
		eachValue(w.Content, fn)
	}
}

// eachEntry calls fn with every entry of the form's rows.
func eachEntry(f *widget.Form, fn func(*widgets.EscEntry)) {
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widgets.EscEntry:
			fn(w)
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	for _, it := range f.Items {
		walk(rowValue(it.Widget))
	}
}

// firstEntry is the form's first entry, where the cursor goes when the
// window opens; nil when it has none.
func firstEntry(f *widget.Form) *widgets.EscEntry {
	var first *widgets.EscEntry
	eachEntry(f, func(e *widgets.EscEntry) {
		if first == nil && !e.Disabled() {
			first = e
		}
	})
	return first
}
