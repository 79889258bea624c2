package data

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// Facts are what the program tells the user about the open database: the
// file, its size and schema version, and how many interactions it holds.
type Facts struct {
	Path   string // the database file
	Size   int64  // the file's size in bytes
	Schema int    // the schema version recorded in the file
	// Interactions counts the interactions not marked for deletion;
	// MarkedForDeletion those that are.
	Interactions      int
	MarkedForDeletion int
	// WrittenBy is the release that last opened the database.
	WrittenBy Writer
}

// Facts reads the database's facts in one read transaction, from the
// counters: it never walks the interactions.
func (s *Store) Facts() (Facts, error) {
	f := Facts{Path: s.path}
	err := s.db.View(func(tx *bolt.Tx) error {
		f.Size = tx.Size()
		if v := tx.Bucket(bucketMeta).Get(keySchema); len(v) == 8 {
			f.Schema = int(binary.BigEndian.Uint64(v))
		}
		f.Interactions = readCounter(tx, []byte{dimAll}).Total
		if v := tx.Bucket(bucketMeta).Get(keyWrittenBy); v != nil {
			json.Unmarshal(v, &f.WrittenBy) // a record that does not read leaves it unknown
		}
		if b := tx.Bucket(ixDeleted); b != nil {
			f.MarkedForDeletion = b.Stats().KeyN
		}
		return nil
	})
	if err != nil {
		return Facts{}, fmt.Errorf("data: facts of %s: %w", s.path, err)
	}
	if st, err := os.Stat(s.path); err == nil {
		f.Size = st.Size() // what the user's file manager shows
	}
	return f, nil
}
