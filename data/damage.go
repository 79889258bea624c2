package data

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// DamagedError says which part of the database file could not be read.
// It matches ErrDamaged with errors.Is.
type DamagedError struct {
	Page   uint64 // the damaged page's number; 0 when no page could be named
	Bucket string // the bucket whose tree holds the page, when known
	Detail string // what is wrong with it, in English
}

// Error implements error: where the damage is and what the user can do.
func (e *DamagedError) Error() string {
	where := "the database is damaged"
	if e.Page != 0 {
		where += " near page " + strconv.FormatUint(e.Page, 10)
	}
	if e.Bucket != "" {
		where += " (in " + e.Bucket + ")"
	}
	if e.Detail != "" {
		where += ": " + e.Detail
	}
	return where + "; restore a backup, or export what can still be read"
}

// Unwrap makes a DamagedError match ErrDamaged.
func (e *DamagedError) Unwrap() error { return ErrDamaged }

// recordDamaged is the error of a record the file holds but that cannot
// be decoded.
func recordDamaged(bucket []byte, id ID, err error) error {
	return &DamagedError{Bucket: string(bucket), Detail: fmt.Sprintf("record %d cannot be decoded (%s)", id, shortPanic(err.Error()))}
}

// view runs fn in a read transaction, guarded by guard.
func (s *Store) view(fn func(tx *bolt.Tx) error) error {
	return s.guard(func() error { return s.db.View(fn) })
}

// updateTx runs fn in a write transaction, guarded by guard; a panic rolls
// the transaction back, so nothing of it reaches the file.
func (s *Store) updateTx(fn func(tx *bolt.Tx) error) error {
	return s.guard(func() error { return s.db.Update(fn) })
}

// guard runs fn and turns a panic or a memory fault inside it — what
// bbolt does on a damaged page — into a *DamagedError naming the page.
func (s *Store) guard(fn func() error) (err error) {
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			err = s.damaged(r)
		}
	}()
	return fn()
}

// pageInMessage returns the page number in one of bbolt's assertion
// messages: the digits after the first "page " or "page expected to be: "
// (in any case) that has some, as `(?i)page(?: expected to be:)? (\d+)`
// finds them (too many read as strconv.ParseUint reads them: the largest
// number); false when there are none.
func pageInMessage(msg string) (uint64, bool) {
	for i := 0; i+4 <= len(msg); i++ {
		if !strings.EqualFold(msg[i:i+4], "page") {
			continue
		}
		rest := msg[i+4:]
		const expected = " expected to be:"
		if len(rest) > len(expected) && strings.EqualFold(rest[:len(expected)], expected) {
			if n, ok := spaceDigits(rest[len(expected):]); ok {
				return n, true
			}
		}
		if n, ok := spaceDigits(rest); ok {
			return n, true
		}
	}
	return 0, false
}

// spaceDigits reads " " and the digits after it at the start of s.
func spaceDigits(s string) (uint64, bool) {
	if len(s) < 2 || s[0] != ' ' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	end := 1
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	n, _ := strconv.ParseUint(s[1:end], 10, 64)
	return n, true
}

// damaged explains a panic of a read: the first damaged page the file
// walk finds, else the page bbolt's message names, else the message.
func (s *Store) damaged(r any) *DamagedError {
	msg := fmt.Sprint(r)
	if found, _, err := walkFile(s.path); err == nil && found != nil {
		return found
	}
	e := &DamagedError{Detail: "a page cannot be read (" + shortPanic(msg) + ")"}
	e.Page, _ = pageInMessage(msg)
	return e
}

// shortPanic keeps the first line of a panic message, at most 120 bytes.
func shortPanic(msg string) string {
	for i, c := range msg {
		if c == '\n' || i >= 120 {
			return msg[:i]
		}
	}
	return msg
}
