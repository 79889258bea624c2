// Package problem turns the store's errors into the user's language: the
// codes of data.FieldError, the store's sentinel errors and, for any other
// error, a translated lead followed by the English detail. It is the one
// place that knows their translation keys (problem.* in
// assets/translations).
package problem

import (
	"errors"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/data/demo"
)

// Text returns a whole translated sentence for err: for a field error the
// field's name and its problem ("End: must not be before the start"), for a
// sentinel error of the store its own sentence, for any other error a
// translated lead followed by the English text. It returns "" for nil.
func Text(err error) string {
	if d, known := detail(err); known || err == nil {
		return d
	}
	return lang.X("problem.text.unknown", "Something went wrong: {{.Error}}", map[string]any{"Error": err.Error()})
}

// Args returns template data for a message that leads with its own words
// and names the problem in its Error:
//
//	lang.X("create.failed", "Could not save: {{.Error}}", problem.Args(err))
//
// Error is Text(err) without the lead "Something went wrong", which the
// caller's own words replace. The caller may add keys of its own.
func Args(err error) map[string]any {
	d, _ := detail(err)
	return map[string]any{"Error": d}
}

// detail returns the translated text of a field or sentinel error and
// true, or the English text of any other error and false.
func detail(err error) (string, bool) {
	if err == nil {
		return "", false
	}
	if fe, ok := data.AsFieldError(err); ok {
		return lang.X("problem.text.field", "{{.Field}}: {{.Problem}}",
			map[string]any{"Field": FieldName(fe.Field), "Problem": Field(fe)}), true
	}
	if s, ok := sentinel(err); ok {
		return s, true
	}
	return err.Error(), false
}

// sentinel returns the sentence of the sentinel error inside err, if any.
func sentinel(err error) (string, bool) {
	switch {
	case errors.Is(err, data.ErrNotFound):
		return lang.X("problem.text.notFound", "The record was not found; it may have been deleted."), true
	case errors.Is(err, data.ErrLocked):
		return lang.X("problem.text.locked", "The database is already open in another Interactions window."), true
	case damagedPage(err) != nil:
		de := damagedPage(err)
		return lang.X("problem.text.damagedPage", "The database is damaged (page {{.Page}}, {{.Where}}): restore a backup, or export what can still be read.",
			map[string]any{"Page": de.Page, "Where": de.Bucket}), true
	case errors.Is(err, data.ErrDamaged):
		return lang.X("problem.text.damaged", "The file is damaged or is not an Interactions database."), true
	case errors.Is(err, data.ErrInterrupted):
		return lang.X("problem.text.interrupted", "Loading demo data into the database did not finish: it holds only part of the data."), true
	case errors.Is(err, data.ErrRolledBack):
		return lang.X("problem.text.rolledBack", "The last change before the program stopped was not saved completely; the database is at its previous state."), true
	case errors.Is(err, data.ErrNewerSchema):
		return lang.X("problem.text.newerSchema", "The database was written by a newer version of Interactions."), true
	case errors.Is(err, data.ErrNotEmpty):
		return lang.X("problem.text.notEmpty", "The database already has records; demo data is only loaded into an empty one."), true
	case errors.Is(err, data.ErrTooManyToSort):
		return lang.X("problem.text.tooManyToSort", "There are too many rows to sort by this column; narrow the filter first."), true
	case errors.Is(err, demo.ErrOptions):
		return lang.X("problem.text.demoOptions", "The demo data options are not valid."), true
	}
	return "", false
}

// damagedPage returns the *data.DamagedError inside err when it names a
// page, else nil.
func damagedPage(err error) *data.DamagedError {
	var de *data.DamagedError
	if errors.As(err, &de) && de.Page != 0 {
		return de
	}
	return nil
}
