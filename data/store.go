package data

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the version of the database layout this program writes.
const SchemaVersion = 3

var (
	keySchema   = []byte("schema")
	keySettings = []byte("settings")
)

// Store is the database of Interactions: one bbolt file.
type Store struct {
	db   *bolt.DB
	path string

	// Now is the clock used for the review status rule and timestamps.
	Now func() time.Time

	mu       sync.RWMutex
	attrDefs map[ID]*AttrDef // every additional attribute definition
	settings Settings
	names    nameCache // display names of catalog records
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

// Open opens the database at path, creating it (mode 0600, folders 0700)
// when missing. It fails with ErrLocked when another process has it open,
// ErrDamaged when the file is not a readable Interactions database (the
// file is then left untouched) and ErrNewerSchema for a file of a newer
// version. Older files are migrated in one transaction.
func Open(path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("data: open %s: %w", path, err)
	}
	fresh, err := checkFile(path)
	if err != nil {
		return nil, err
	}
	db, err := openBolt(path)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, path: path, Now: time.Now}
	if err := s.init(fresh); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// checkFile looks at an existing file before bbolt maps it: an empty or
// missing file is fresh; anything else needs a valid bbolt meta page (magic,
// version, checksum) and must be as long as that meta page says, since
// bbolt would otherwise fault reading past the end of the mapping.
func checkFile(path string) (fresh bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return false, fmt.Errorf("data: open %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false, fmt.Errorf("data: open %s: %w", path, err)
	}
	if st.Size() == 0 {
		return true, nil
	}
	damaged := func(why string) (bool, error) {
		return false, fmt.Errorf("data: open %s: %w (%s)", path, ErrDamaged, why)
	}
	page := make([]byte, 80)
	if _, err := f.ReadAt(page, 0); err != nil {
		return damaged("too short for a database")
	}
	size := int64(binary.LittleEndian.Uint32(page[24:]))
	if size < 512 || size > 1<<16 {
		size = 4096
	}
	var best []byte
	for i := int64(0); i < 2; i++ {
		m := make([]byte, 80)
		if _, err := f.ReadAt(m, i*size); err != nil {
			continue
		}
		if validMeta(m) && (best == nil || binary.LittleEndian.Uint64(m[64:]) > binary.LittleEndian.Uint64(best[64:])) {
			best = m
		}
	}
	if best == nil {
		return damaged("no valid meta page")
	}
	pageSize := int64(binary.LittleEndian.Uint32(best[24:]))
	if highWater := int64(binary.LittleEndian.Uint64(best[56:])); highWater*pageSize > st.Size() {
		return damaged(fmt.Sprintf("the file is %d bytes, its pages need %d", st.Size(), highWater*pageSize))
	}
	return false, nil
}

// validMeta checks a bbolt meta page: a 16-byte page header, then magic
// 0xED0CDAED, version 2, and an FNV-64a checksum of bytes 16–72 at 72.
func validMeta(m []byte) bool {
	if binary.LittleEndian.Uint32(m[16:]) != 0xED0CDAED || binary.LittleEndian.Uint32(m[20:]) != 2 {
		return false
	}
	h := fnv.New64a()
	h.Write(m[16:72])
	return h.Sum64() == binary.LittleEndian.Uint64(m[72:])
}

func openBolt(path string) (db *bolt.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("data: open %s: %w (%v)", path, ErrDamaged, r)
		}
	}()
	opts := &bolt.Options{Timeout: time.Second}
	if runtime.GOOS != "windows" { // there the file would grow to the mapping's size
		// Map a large window from the start: growing the mapping while a
		// big transaction writes forces bbolt to copy every node it holds.
		opts.InitialMmapSize = 1 << 30
	}
	db, err = bolt.Open(path, 0o600, opts)
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("data: open %s: %w", path, ErrLocked)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrChecksum),
		errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrInvalidMapping):
		return nil, fmt.Errorf("data: open %s: %w (%v)", path, ErrDamaged, err)
	}
	return nil, fmt.Errorf("data: open %s: %w", path, err)
}

// init creates or migrates the schema and loads the caches.
func (s *Store) init(fresh bool) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("data: open %s: %w (%v)", s.path, ErrDamaged, r)
		}
	}()
	var version uint64
	if err := s.db.View(func(tx *bolt.Tx) error {
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
		return nil
	}); err != nil {
		return err
	}
	if version > SchemaVersion {
		return s.newerSchema(version)
	}
	if version == SchemaVersion && s.missingDerived() {
		// A derived bucket is missing: build the indexes again from the records.
		if err := s.db.Update(rebuildDerived); err != nil {
			return fmt.Errorf("data: rebuild the indexes of %s: %w", s.path, err)
		}
	}
	if version < SchemaVersion {
		if err := s.db.Update(func(tx *bolt.Tx) error { return migrate(tx, version) }); err != nil {
			return fmt.Errorf("data: migrate %s from schema %d: %w", s.path, version, err)
		}
	}
	if err := s.loadCaches(); err != nil {
		return err
	}
	return s.stampWriter()
}

// missingDerived reports whether an index or counter bucket is missing.
func (s *Store) missingDerived() bool {
	missing := false
	s.db.View(func(tx *bolt.Tx) error {
		for _, b := range derivedBuckets {
			if tx.Bucket(b) == nil {
				missing = true
			}
		}
		return nil
	})
	return missing
}

func (s *Store) loadCaches() error {
	return s.db.View(func(tx *bolt.Tx) error {
		defs := map[ID]*AttrDef{}
		err := tx.Bucket(bucketAttrs).ForEach(func(k, v []byte) error {
			d := new(AttrDef)
			if err := json.Unmarshal(v, d); err != nil {
				return fmt.Errorf("data: attribute %d: %w", idFromKey(k), err)
			}
			defs[d.ID] = d
			return nil
		})
		if err != nil {
			return err
		}
		st := DefaultSettings()
		if v := tx.Bucket(bucketMeta).Get(keySettings); v != nil {
			if err := json.Unmarshal(v, &st); err != nil {
				return fmt.Errorf("data: settings: %w", err)
			}
		}
		s.mu.Lock()
		s.attrDefs, s.settings = defs, st
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
		if err := s.db.View(func(tx *bolt.Tx) error {
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
	if err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySettings, v) }); err != nil {
		return fmt.Errorf("data: save settings: %w", err)
	}
	s.mu.Lock()
	s.settings = st
	s.mu.Unlock()
	return nil
}

// Backup writes a consistent copy of the database to w while it stays open.
func (s *Store) Backup(w io.Writer) error {
	return s.db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(w)
		return err
	})
}

func putJSON(b *bolt.Bucket, id ID, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(id.key(), data)
}

func getJSON(b *bolt.Bucket, id ID, v any) error {
	data := b.Get(id.key())
	if data == nil {
		return ErrNotFound
	}
	return json.Unmarshal(data, v)
}

func hasPrefix(k, p []byte) bool { return len(k) >= len(p) && bytes.Equal(k[:len(p)], p) }
