package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the version of the database layout this program writes.
// Schema 6 packs the text index and keeps chain roots' topics in an index
// of their own: a program of schema 5 would misread the packed postings,
// so it must refuse such a file, which the version makes it do. Schema 7
// names catalog records in ixNames, which a program of schema 6 would not
// keep when it saves one; it packs the one-key-per-interaction indexes into
// blocks (packed_list.go) and the records' texts (version 2 records), and
// keeps the rows' texts in the date index's summaries. Schema 8 writes the
// counters in varints, keys the Message-ID index by a shorter hash and the
// id, and leaves the program's own numbers out of the row summaries (a
// schema 7 program would misread all three); it keeps the topics of chains
// with unreviewed interactions apart (ixOpenChains), which a schema 7
// program would not keep when it writes. Schema 9 keeps the catalog
// records by their folded names (ixNameKeys), which a schema 8 program
// would not keep when it saves one.
const SchemaVersion = 9

var (
	keySchema   = []byte("schema")
	keySettings = []byte("settings")
)

// Store is the database of Interactions: one bbolt file.
type Store struct {
	db   *bolt.DB
	file *os.File // the file db reads and writes, for plain reads (page_reads.go); nil: none
	path string

	// Now is the clock used for the review status rule and timestamps.
	Now func() time.Time

	mu       sync.RWMutex
	attrDefs map[ID]*AttrDef // every additional attribute definition; see defs
	defsRead bool            // attrDefs and defsErr hold what the file holds
	defsErr  error           // why the definitions could not be read
	settings Settings
	names    nameCache  // display names of catalog records
	topics   rootTopics // topics of chain roots, the subjects of their members
	dates    datesCache // subject dates of the calendar

	readOnly bool  // opened by OpenReadOnly: a shared lock, no writes
	warning  error // what Open noticed but did not refuse; see Warning

	bulkProgress atomic.Pointer[func(done, total int)] // see OnBulkProgress
}

// DefaultPath returns the database path in the user's data folder:
// $XDG_DATA_HOME/Interactions on Linux, Application Support on macOS,
// %AppData% on Windows.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		var err error
		if dir, err = os.UserConfigDir(); err != nil {
			return "", fmt.Errorf("data: find the user's data folder: %w", err)
		}
		if home, err := os.UserHomeDir(); err == nil && filepath.Dir(dir) == home && filepath.Base(dir) == ".config" {
			dir = filepath.Join(home, ".local", "share")
		}
	}
	return filepath.Join(dir, "Interactions", "interactions.db"), nil
}

func (s *Store) loadCaches() error {
	return s.view(func(tx *bolt.Tx) error {
		var defs map[ID]*AttrDef
		if !s.readOnly { // a read-only store reads them when needed (attr_defs.go)
			var err error
			if defs, err = readAttrDefs(tx); err != nil {
				return err
			}
		}
		st := DefaultSettings()
		if v := tx.Bucket(bucketMeta).Get(keySettings); v != nil {
			if err := decodeSettings(v, &st); err != nil {
				return &DamagedError{Bucket: string(bucketMeta), Detail: fmt.Sprintf("the settings cannot be decoded (%v)", err)}
			}
		}
		s.mu.Lock()
		s.attrDefs, s.defsRead, s.defsErr = defs, !s.readOnly, nil
		s.settings = st
		s.mu.Unlock()
		return nil
	})
}

// Close closes the database file.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Settings returns the settings kept in the database.
func (s *Store) Settings() Settings {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.settings
}

// SaveSettings validates and stores the settings.
func (s *Store) SaveSettings(st Settings) error {
	if err := st.Validate(); err != nil {
		return fmt.Errorf("data: save settings: %w", err)
	}
	if st.CurrentUser != 0 {
		if err := s.view(func(tx *bolt.Tx) error {
			if tx.Bucket(bucketEmployees).Get(st.CurrentUser.key()) == nil {
				return problemWith("currentUser", ProblemUnknownRef, Args{Kind: "employee", ID: st.CurrentUser})
			}
			return nil
		}); err != nil {
			return fmt.Errorf("data: save settings: %w", err)
		}
	}
	v, err := json.Marshal(st)
	if err != nil {
		return err
	}
	if err := s.updateTx(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySettings, v) }); err != nil {
		return fmt.Errorf("data: save settings: %w", err)
	}
	s.mu.Lock()
	s.settings = st
	s.mu.Unlock()
	return nil
}

// Backup writes a consistent copy of the database to w while it stays open.
func (s *Store) Backup(w io.Writer) error {
	return s.view(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
}

// putJSON stores v as JSON under id; a catalog record's name goes into
// ixNames in the same transaction.
func putJSON(b *bolt.Bucket, id ID, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := b.Put(id.key(), data); err != nil {
		return err
	}
	if kind, ok := recordKind(v); ok {
		return putName(b.Tx(), Ref{kind, id}, data)
	}
	return nil
}

func getJSON(b *bolt.Bucket, id ID, v any) error {
	data := b.Get(id.key())
	if data == nil {
		return ErrNotFound
	}
	if err := json.Unmarshal(data, v); err != nil {
		return &DamagedError{Detail: fmt.Sprintf("record %d cannot be decoded (%v)", id, err)}
	}
	return nil
}

func hasPrefix(k, p []byte) bool { return len(k) >= len(p) && bytes.Equal(k[:len(p)], p) }
