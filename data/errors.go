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
	// Problem is the English description that Error shows after the field.
	//
	// Deprecated: translate Code and Args instead (package ui/problem).
	Problem string
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
	return &FieldError{Field: field, Code: code, Args: a, Problem: code.English(a)}
}

// under returns a copy of e whose field is prefix + "." + e's field.
func (e *FieldError) under(prefix string) *FieldError {
	c := *e
	c.Field = prefix + "." + e.Field
	return &c
}

// legacyProblem is the code and argument kind of a problem still written
// the old way, as an English format for fieldErr.
type legacyProblem struct {
	code Problem
	kind string
}

// legacyProblems knows the formats given to fieldErr; settings.go, which
// another branch is changing, still uses them.
var legacyProblems = map[string]legacyProblem{
	"must be between a minute and a year":    {code: ProblemDelayRange},
	"must be between 5 minutes and 24 hours": {code: ProblemMeetingLength},
	"must be an hour from 0 to 23":           {code: ProblemHourRange},
	"must be after the start and at most 24": {code: ProblemWorkdayEnd},
	"must be Monday, Sunday or Saturday":     {code: ProblemWeekday},
	"unknown language %q":                    {code: ProblemUnknownValue, kind: "language"},
	"is empty":                               {code: ProblemEmpty},
	"is not set":                             {code: ProblemNotSet},
}

// fieldErr is the old form of problemWith: an English format and its
// arguments. A format it knows becomes its code, with the first argument
// as the value; any other becomes ProblemInvalid carrying the English text.
// New code calls problemAt or problemWith.
func fieldErr(field, format string, args ...any) error {
	lp, ok := legacyProblems[format]
	if !ok {
		return problemWith(field, ProblemInvalid, Args{Value: fmt.Sprintf(format, args...)})
	}
	a := Args{Kind: lp.kind}
	if len(args) > 0 {
		a.Value = fmt.Sprint(args[0])
	}
	return problemWith(field, lp.code, a)
}

// AsFieldError returns the FieldError inside err, if any.
func AsFieldError(err error) (*FieldError, bool) {
	var fe *FieldError
	ok := errors.As(err, &fe)
	return fe, ok
}
