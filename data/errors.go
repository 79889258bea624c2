package data

import (
	"errors"
)

// Sentinel errors of the store.
var (
	// ErrNotFound is returned when a record does not exist.
	ErrNotFound = errors.New("not found")
	// ErrLocked is returned when another process holds the database file.
	ErrLocked = errors.New("the database is already open in another window")
	// ErrDamaged is returned for a file that is not a readable Interactions database.
	ErrDamaged = errors.New("the file is damaged or is not an Interactions database")
	// ErrNewerSchema is returned for a file written by a newer version of the program.
	ErrNewerSchema = errors.New("the database was written by a newer version of Interactions")
	// ErrNotEmpty is returned when demo data is loaded into a database that has records.
	ErrNotEmpty = errors.New("the database is not empty")
	// ErrInterrupted is returned by Open for a file whose bulk write (a
	// demo load) did not finish; the error is an *InterruptedError.
	ErrInterrupted = errors.New("a bulk write to the database did not finish")
	// ErrRolledBack is what Store.Warning matches when the file shows the
	// state before its last change: that change's meta page was damaged.
	ErrRolledBack = errors.New("the last change before the program stopped was not saved completely; the database is at its previous state")
)

// RolledBackError is Store.Warning's report of a damaged meta page that
// may have held the last change. It matches ErrRolledBack.
type RolledBackError struct {
	MetaPage uint64 // the damaged meta page: 0 or 1
}

// Error implements error.
func (e *RolledBackError) Error() string { return ErrRolledBack.Error() }

// Unwrap makes a RolledBackError match ErrRolledBack.
func (e *RolledBackError) Unwrap() error { return ErrRolledBack }

// Sentinels returns every sentinel error of the store, so that the
// interface can check it has a message for each. The demo generator's
// demo.ErrOptions lives in its own package, which imports this one.
func Sentinels() []error {
	return []error{ErrNotFound, ErrLocked, ErrDamaged, ErrNewerSchema, ErrNotEmpty, ErrTooManyToSort, ErrInterrupted, ErrRolledBack}
}

// FieldError is a validation error that names the field at fault and says
// what is wrong with it as a code and its arguments, so that the interface
// can translate it.
type FieldError struct {
	Field string  // the field's stable name, e.g. "end", "topic", "contacts[1].address"
	Code  Problem // what is wrong
	Args  Args    // the code's arguments; each code's comment says which it sets
}

// Error implements error: the field and the problem in lower case English,
// e.g. "end: is before the start".
func (e *FieldError) Error() string { return e.Field + ": " + e.Code.English(e.Args) }

// problemAt returns a FieldError of a code that takes no arguments.
func problemAt(field string, code Problem) error {
	return problemWith(field, code, Args{})
}

// problemWith returns a FieldError of a code and its arguments.
func problemWith(field string, code Problem, a Args) error {
	return &FieldError{Field: field, Code: code, Args: a}
}

// under returns a copy of e whose field is prefix + "." + e's field.
func (e *FieldError) under(prefix string) *FieldError {
	c := *e
	c.Field = prefix + "." + e.Field
	return &c
}

// AsFieldError returns the FieldError inside err, if any.
func AsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}
