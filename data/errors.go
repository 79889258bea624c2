package data

import (
	"errors"
	"fmt"
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
)

// FieldError is a validation error that names the field at fault.
type FieldError struct {
	Field   string // the field's stable name, e.g. "end", "topic", "contacts[1].address"
	Problem string // what is wrong, in lower case English
}

// Error implements error.
func (e *FieldError) Error() string { return fmt.Sprintf("%s: %s", e.Field, e.Problem) }

func fieldErr(field, format string, args ...any) error {
	return &FieldError{Field: field, Problem: fmt.Sprintf(format, args...)}
}

// AsFieldError returns the FieldError inside err, if any.
func AsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}
