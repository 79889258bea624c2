package data

import (
	"encoding/json"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// keyWrittenBy in the meta bucket holds, as JSON, the release of the
// program that last opened the database (Writer).
var keyWrittenBy = []byte("written_by")

// Writer is the release of the program that last opened a database, and
// the schema version it writes.
type Writer struct {
	Version string `json:"version"`
	Build   int    `json:"build"`
	Schema  int    `json:"schema"`
}

// NewerSchemaError is the error of opening a database written by a newer
// program: it names that program's release when the file recorded it. It
// matches ErrNewerSchema.
type NewerSchemaError struct {
	Path          string
	File, Program int    // the file's schema version and this program's
	Needs         Writer // the release that wrote the file; Version "" when unknown
}

func (e *NewerSchemaError) Error() string {
	needs := ""
	if e.Needs.Version != "" {
		needs = fmt.Sprintf("version %s or newer is needed; ", e.Needs.Version)
	}
	return fmt.Sprintf("data: open %s: %v (%sfile schema %d, this program %d)", e.Path, ErrNewerSchema, needs, e.File, e.Program)
}

// Unwrap makes the error match ErrNewerSchema.
func (e *NewerSchemaError) Unwrap() error { return ErrNewerSchema }

// NeededVersion returns the release a newer database needs, when err is
// a NewerSchemaError of a file that recorded it.
func NeededVersion(err error) (string, bool) {
	var ne *NewerSchemaError
	if errors.As(err, &ne) && ne.Needs.Version != "" {
		return ne.Needs.Version, true
	}
	return "", false
}

// newerSchema returns the error of a file of schema version file, newer
// than this program's, with the release that wrote it.
func (s *Store) newerSchema(file uint64) error {
	e := &NewerSchemaError{Path: s.path, File: int(file), Program: SchemaVersion}
	s.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyWrittenBy); v != nil {
			json.Unmarshal(v, &e.Needs) // a record that does not read leaves the release unknown
		}
		return nil
	})
	return e
}

// stampWriter records the running program's release in the database,
// when another release opened it last.
func (s *Store) stampWriter() error {
	w := Writer{Version: Running().Version, Build: Running().Build, Schema: SchemaVersion}
	v, err := json.Marshal(w)
	if err != nil {
		return err
	}
	same := false
	s.view(func(tx *bolt.Tx) error {
		same = string(tx.Bucket(bucketMeta).Get(keyWrittenBy)) == string(v)
		return nil
	})
	if same {
		return nil
	}
	if err := s.updateTx(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyWrittenBy, v) }); err != nil {
		return fmt.Errorf("data: record the program version in %s: %w", s.path, err)
	}
	return nil
}

// WrittenBy returns the release that last opened the database.
func (s *Store) WrittenBy() (Writer, error) {
	var w Writer
	err := s.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keyWrittenBy); v != nil {
			return json.Unmarshal(v, &w)
		}
		return nil
	})
	if err != nil {
		return Writer{}, fmt.Errorf("data: read the program version of %s: %w", s.path, err)
	}
	return w, nil
}
