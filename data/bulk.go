package data

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// keyBulk in the meta bucket marks a bulk write in progress: one that
// takes several transactions, such as Load. It is committed and synced
// before the first of them and deleted with the last, so that a file
// holding it was left half-made and Open refuses it.
var keyBulk = []byte("bulk_in_progress")

// BulkLoad is the What of an interrupted Load (demo data).
const BulkLoad = "load"

// bulkMark is the value of keyBulk.
type bulkMark struct {
	What    string          `json:"what"`             // BulkLoad
	Started time.Time       `json:"started"`          // when the bulk write began
	Before  json.RawMessage `json:"before,omitempty"` // the settings before it, restored by a discard
}

// InterruptedError is Open's refusal of a file whose bulk write (a demo
// load) did not finish. It matches ErrInterrupted; DiscardInterrupted
// brings the file back to its state before the bulk write.
type InterruptedError struct {
	Path    string
	What    string    // BulkLoad
	Started time.Time // when the interrupted write began
}

// Error implements error.
func (e *InterruptedError) Error() string {
	what := "a bulk write"
	if e.What == BulkLoad {
		what = "loading demo data"
	}
	return fmt.Sprintf("%s (started %s) did not finish: the database holds only part of it", what, e.Started.Format("2006-01-02 15:04:05"))
}

// Unwrap makes an InterruptedError match ErrInterrupted.
func (e *InterruptedError) Unwrap() error { return ErrInterrupted }

// readBulkMark returns the mark of an unfinished bulk write, or nil.
func readBulkMark(meta *bolt.Bucket) (*bulkMark, error) {
	v := meta.Get(keyBulk)
	if v == nil {
		return nil, nil
	}
	m := new(bulkMark)
	if err := json.Unmarshal(v, m); err != nil {
		m.What = "unknown"
	}
	return m, nil
}

// beginBulk marks a bulk write in progress, durably, before it writes.
func (s *Store) beginBulk(what string) error {
	err := s.updateTx(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		m := bulkMark{What: what, Started: s.Now().Round(0), Before: json.RawMessage(meta.Get(keySettings))}
		v, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return meta.Put(keyBulk, v)
	})
	if err != nil {
		return err
	}
	return s.db.Sync()
}

// endBulk removes the mark once the bulk write's last transaction has
// committed, and syncs the file.
func (s *Store) endBulk() error {
	if err := s.updateTx(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Delete(keyBulk) }); err != nil {
		return err
	}
	return s.db.Sync()
}

// discardBulk empties every bucket and restores the settings kept in the
// mark, in one transaction: a bulk write starts on a database with no
// records (Load refuses any other), so this is the state before it.
func discardBulk(tx *bolt.Tx) error {
	_, err := discardMarked(tx)
	return err
}

// discardMarked is discardBulk, reporting whether there was a mark.
func discardMarked(tx *bolt.Tx) (bool, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return false, nil
	}
	mark, err := readBulkMark(meta)
	if err != nil || mark == nil {
		return false, err
	}
	var names [][]byte
	if err := tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
		if string(name) != string(bucketMeta) {
			names = append(names, append([]byte(nil), name...))
		}
		return nil
	}); err != nil {
		return true, err
	}
	for _, name := range names {
		if err := tx.DeleteBucket(name); err != nil {
			return true, err
		}
	}
	for _, b := range append(append([][]byte{}, recordBuckets...), derivedBuckets...) {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return true, err
		}
	}
	if len(mark.Before) > 0 {
		if err := meta.Put(keySettings, mark.Before); err != nil {
			return true, err
		}
	} else if err := meta.Delete(keySettings); err != nil {
		return true, err
	}
	return true, meta.Delete(keyBulk)
}

// DiscardInterrupted brings the database at path back to its state
// before a bulk write that did not finish — for a demo load, the empty
// database — in one transaction, and reports whether there was one: a
// file without an unfinished bulk write is left alone: no transaction is
// committed to it. It fails
// as Open does for a locked or damaged file.
func DiscardInterrupted(path string) (bool, error) {
	fresh, _, err := checkFile(path)
	if err != nil || fresh {
		return false, err
	}
	db, file, err := openBolt(path, false)
	if err != nil {
		return false, err
	}
	s := &Store{db: db, file: file, path: path, Now: time.Now}
	var found bool
	err = s.view(func(tx *bolt.Tx) error { // look first: a write transaction writes the file even when it changes nothing
		if meta := tx.Bucket(bucketMeta); meta != nil {
			m, err := readBulkMark(meta)
			found = m != nil
			return err
		}
		return nil
	})
	if err == nil && found {
		err = s.updateTx(discardBulk)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, fmt.Errorf("data: discard the unfinished write in %s: %w", path, err)
	}
	return found, nil
}
