package data

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// errNeedsWrite is init's answer for a read-only open of a file that must
// be migrated or have its indexes rebuilt first.
var errNeedsWrite = errors.New("the database must be upgraded before it can be read")

// Open opens the database at path for reading and writing, creating it
// (mode 0600, folders 0700) when missing. It fails with ErrLocked when
// another process has it open, ErrDamaged when the file is not a readable
// Interactions database (the file is then left untouched), ErrNewerSchema
// for a file of a newer version and ErrInterrupted (an *InterruptedError)
// when a bulk write such as a demo load did not finish. Older files are
// migrated in one transaction. Warning tells what it noticed without
// refusing.
func Open(path string) (*Store, error) {
	return openWriting(path, OpenOptions{})
}

func openWriting(path string, o OpenOptions) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("data: open %s: %w", path, unwrapPath(err))
	}
	return open(path, o)
}

// OpenReadOnly opens an existing database for reading only: it takes a
// shared lock, so that several readers run at once while a writer gets
// ErrLocked, and it never writes the file — a file whose own permissions
// forbid writing can be read. It fails as Open does. A file of an older
// schema is the one exception: it is first upgraded by Open, as the
// window would, and then opened for reading.
func OpenReadOnly(path string) (*Store, error) {
	return openReadOnly(path, OpenOptions{})
}

func openReadOnly(path string, o OpenOptions) (*Store, error) {
	o.ReadOnly = true
	s, err := open(path, o)
	if !errors.Is(err, errNeedsWrite) {
		return s, err
	}
	o.ReadOnly = false
	w, err := openWriting(path, o)
	if err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("data: open %s: %w", path, err)
	}
	o.ReadOnly = true
	return open(path, o)
}

func open(path string, o OpenOptions) (*Store, error) {
	readOnly := o.ReadOnly
	fresh, meta, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	if fresh && readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("data: open %s: %w", path, unwrapPath(err))
		}
		return nil, damagedFile(path, "the file is empty")
	}
	db, file, err := openBolt(path, readOnly)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, file: file, path: path, Now: time.Now, readOnly: readOnly}
	if !fresh && meta.rolledBack() {
		s.warning = &RolledBackError{MetaPage: meta.otherPage}
	}
	if err := s.init(fresh, o.Progress); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Warning returns what Open noticed without refusing the file: a
// *RolledBackError when the file shows the state before its last change,
// or nil.
func (s *Store) Warning() error { return s.warning }

// ReadOnly reports whether the store was opened by OpenReadOnly.
func (s *Store) ReadOnly() bool { return s.readOnly }

// openBolt opens the file with bbolt; file is the file bbolt reads and
// writes, which it closes with the database (page_reads.go reads it).
func openBolt(path string, readOnly bool) (db *bolt.DB, file *os.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, file, err = nil, nil, fmt.Errorf("data: open %s: %w (%v)", path, ErrDamaged, shortPanic(fmt.Sprint(r)))
		}
	}()
	keep := func(name string, flag int, perm os.FileMode) (*os.File, error) {
		f, err := openFile(name, flag, perm)
		file = f
		return f, err
	}
	opts := &bolt.Options{Timeout: time.Second, ReadOnly: readOnly, OpenFile: keep}
	if runtime.GOOS != "windows" && !readOnly { // there the file would grow to the mapping's size
		// Map a large window from the start: growing the mapping while a
		// big transaction writes forces bbolt to copy every node it holds.
		opts.InitialMmapSize = 1 << 30
	}
	db, err = bolt.Open(path, 0o600, opts)
	switch {
	case err == nil:
		return db, file, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, nil, fmt.Errorf("data: open %s: %w", path, ErrLocked)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping):
		return nil, nil, fmt.Errorf("data: open %s: %w (%v)", path, ErrDamaged, err)
	}
	return nil, nil, fmt.Errorf("data: open %s: %w", path, unwrapPath(err))
}

// init refuses an interrupted bulk write, creates or migrates the schema
// and loads the caches.
func (s *Store) init(fresh bool, progress func(Progress)) error {
	var version uint64
	var mark *bulkMark
	recoding, rebuilding := false, false
	missing, noTopics := false, false
	if fresh {
		progress = nil // a new file has nothing to upgrade
	}
	// One read for all that the open looks at first: each read
	// transaction of a process's first page costs.
	if err := s.view(func(tx *bolt.Tx) error {
		missing, noTopics = derivedMissing(tx), chainTopicsMissing(tx)
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			empty := true
			tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
			if !empty && !fresh {
				return fmt.Errorf("data: open %s: %w (no meta bucket)", s.path, ErrDamaged)
			}
			return nil
		}
		v := meta.Get(keySchema)
		if len(v) != 8 {
			return fmt.Errorf("data: open %s: %w (no schema version)", s.path, ErrDamaged)
		}
		version = binary.BigEndian.Uint64(v)
		recoding, rebuilding = recodePending(tx), rebuildPending(tx)
		var err error
		mark, err = readBulkMark(meta)
		return err
	}); err != nil {
		return err
	}
	if mark != nil {
		return &InterruptedError{Path: s.path, What: mark.What, Started: mark.Started}
	}
	if version > SchemaVersion {
		return s.newerSchema(version)
	}
	if s.readOnly && (version < SchemaVersion || missing || recoding || rebuilding || noTopics) {
		return errNeedsWrite
	}
	// A derived bucket missing, or a rebuild cut short: build the indexes
	// again from the records.
	rebuilding = rebuilding || version == SchemaVersion && missing
	if version < SchemaVersion {
		if progress != nil {
			progress(Progress{What: "upgrade"})
		}
		if err := s.updateTx(func(tx *bolt.Tx) error { return migrate(tx, version) }); err != nil {
			return fmt.Errorf("data: migrate %s from schema %d: %w", s.path, version, err)
		}
		recoding = true
		rebuilding = rebuilding || s.rebuildMarked()
	}
	if recoding && !s.readOnly {
		if err := s.recode(progress); err != nil {
			return err
		}
	}
	if rebuilding && !s.readOnly {
		if err := s.rebuild(progress); err != nil {
			return fmt.Errorf("data: rebuild the indexes of %s: %w", s.path, err)
		}
	}
	if noTopics && !s.readOnly {
		if err := s.fillChainTopics(progress); err != nil {
			return fmt.Errorf("data: upgrade %s: %w", s.path, err)
		}
	}
	if !s.readOnly {
		if err := s.upgradeText(progress); err != nil {
			return err
		}
	}
	if err := s.loadCaches(); err != nil {
		return err
	}
	if s.readOnly {
		return nil
	}
	return s.stampWriter()
}

// rebuildMarked reports whether the file holds a rebuild mark.
func (s *Store) rebuildMarked() bool {
	marked := false
	s.view(func(tx *bolt.Tx) error {
		marked = rebuildPending(tx)
		return nil
	})
	return marked
}

// derivedMissing reports whether an index or counter bucket is missing.
func derivedMissing(tx *bolt.Tx) bool {
	// One walk of the root's names, not a bucket opened for each: the
	// open reads this for every command.
	found := make([]bool, len(derivedBuckets))
	c := tx.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if v != nil {
			continue // not a bucket
		}
		for i, b := range derivedBuckets {
			if bytes.Equal(k, b) {
				found[i] = true
			}
		}
	}
	for i, b := range derivedBuckets {
		// The chain topic index alone is filled by itself (fillChainTopics).
		if !found[i] && !bytes.Equal(b, ixChainTopics) {
			return true
		}
	}
	return false
}
