package widgets

import (
	"regexp"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/problem"
)

// FieldForm is the form of an editor: each row has an error line under
// its value, found by the store's names of the fields the row shows, and
// the form keeps a reading of every value it holds so that the editor can
// tell whether anything was changed.
type FieldForm struct {
	// Form lays the rows out; General shows an error that names no row.
	Form    *widget.Form
	General *widget.Label

	rows   map[string]*fieldRow
	values []func() string
}

// fieldRow is the error line of one row and the row's label.
type fieldRow struct {
	err  *widget.Label
	name string
}

// NewFieldForm returns an empty form.
func NewFieldForm() *FieldForm {
	return &FieldForm{Form: widget.NewForm(), General: NewErrorLabel(), rows: map[string]*fieldRow{}}
}

// Add appends a row labelled label showing obj, whose errors are those of
// the store's fields named fields (without list indexes: "contacts.name").
func (f *FieldForm) Add(label string, obj fyne.CanvasObject, fields ...string) *widget.FormItem {
	err := NewErrorLabel()
	for _, name := range fields {
		f.rows[name] = &fieldRow{err: err, name: label}
	}
	item := widget.NewFormItem(label, container.NewVBox(obj, err))
	// Form.AppendItem lays the whole form out again for each row: while
	// the form was never laid out, the rows wait for its first drawing,
	// which lays them out once.
	f.Form.Items = append(f.Form.Items, item)
	if !f.Form.Size().IsZero() {
		f.Form.Refresh()
	}
	return item
}

// Watch adds a reading of a value to the form's state.
func (f *FieldForm) Watch(value func() string) { f.values = append(f.values, value) }

// State returns the readings of every watched value, to compare with an
// earlier State.
func (f *FieldForm) State() string {
	var b strings.Builder
	for _, v := range f.values {
		b.WriteString(v())
		b.WriteByte(0)
	}
	return b.String()
}

// indexPart matches the list indexes of the store's field names.
var indexPart = regexp.MustCompile(`\[\d+\]`)

// FieldKeys returns the names to look a store field name up under, the
// most precise first: "contacts[0].name" gives "contacts.name", "contacts".
// The editors' forms and the create form find a problem's row with it.
func FieldKeys(field string) []string {
	name := indexPart.ReplaceAllString(field, "")
	keys := []string{name}
	for {
		i := strings.LastIndexByte(name, '.')
		if i < 0 {
			return keys
		}
		name = name[:i]
		keys = append(keys, name)
	}
}

// ShowProblem puts msg under the row of the store's field name, naming
// the row, or in the general line when no row shows that field.
func (f *FieldForm) ShowProblem(field, msg string) {
	for _, k := range FieldKeys(field) {
		if r, ok := f.rows[k]; ok {
			ShowError(r.err, FieldMessage(r.name, msg))
			return
		}
	}
	ShowError(f.General, FieldMessage(problem.FieldName(field), msg))
}

// ShowErr shows a save's error: a field error under its row, any other
// in the general line after "Could not save".
func (f *FieldForm) ShowErr(err error) {
	if fe, ok := data.AsFieldError(err); ok {
		f.ShowProblem(fe.Field, problem.Field(fe))
		return
	}
	ShowError(f.General, lang.X("create.failed", "Could not save: {{.Error}}", problem.Args(err)))
}

// Clear hides every error line.
func (f *FieldForm) Clear() {
	for _, r := range f.rows {
		ShowError(r.err, "")
	}
	ShowError(f.General, "")
}

// Error returns the error shown under the row of the store's field name,
// "" for none.
func (f *FieldForm) Error(field string) string {
	if r, ok := f.rows[field]; ok && r.err.Visible() {
		return r.err.Text
	}
	return ""
}

// HasErrors reports whether any error line is shown.
func (f *FieldForm) HasErrors() bool {
	for _, r := range f.rows {
		if r.err.Visible() {
			return true
		}
	}
	return f.General.Visible()
}
