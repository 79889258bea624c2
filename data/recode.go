package data

import (
	"bytes"
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// keyRecode marks a file whose interaction records are being converted
// from JSON or an older binary form to the binary form the store writes
// (schemas 5 and 7): its value is the id the
// conversion goes on from. Readers accept both forms meanwhile, so each
// batch commits on its own: a conversion killed mid-way goes on from its
// mark at the next open, and a file is never half written.
var keyRecode = []byte("recode_from")

// recodeBatch is the number of records one transaction converts.
var recodeBatch = 20_000

// Progress tells how far a long step of Open has come: What names the
// step ("upgrade" of the records, "rebuild" of the indexes, "text", the
// packing of the text index's postings counted in words, or "text-docs",
// the packing of its words of each interaction counted in interactions),
// Done of Total units are finished; Total is 0 when the size of the step
// is not known.
type Progress struct {
	What  string
	Done  int
	Total int
}

// OpenOptions are the choices of OpenWith.
type OpenOptions struct {
	// ReadOnly opens the file as OpenReadOnly does.
	ReadOnly bool
	// Progress, when set, is called from Open's goroutine as an upgrade of
	// an older file advances.
	Progress func(Progress)
}

// OpenWith opens the database at path as Open or, with o.ReadOnly, as
// OpenReadOnly does, telling o.Progress how an upgrade advances.
func OpenWith(path string, o OpenOptions) (*Store, error) {
	if o.ReadOnly {
		return openReadOnly(path, o)
	}
	return openWriting(path, o)
}

// startRecode is the migration to schema 5: it gives the unreviewed
// entries of the status index their values, makes the Message-ID index
// (filled as the records are converted) and marks the records for
// conversion, which runs after the migration's transaction.
func startRecode(tx *bolt.Tx) error {
	if err := fillStatusValues(tx); err != nil {
		return err
	}
	if tx.Bucket(ixDate) != nil {
		if _, err := tx.CreateBucketIfNotExists(ixMessageID); err != nil {
			return err
		}
	}
	return tx.Bucket(bucketMeta).Put(keyRecode, ID(0).key())
}

// fillStatusValues writes the value of every unreviewed entry of the
// status index from its row summary.
func fillStatusValues(tx *bolt.Tx) error {
	st, dates := tx.Bucket(ixStatus), tx.Bucket(ixDate)
	if st == nil || dates == nil {
		return nil // a file without indexes yet: the rebuild writes them
	}
	var keys, vals [][]byte
	c := st.Cursor()
	for k, _ := c.Seek([]byte{0}); k != nil && k[0] == 0; k, _ = c.Next() {
		sum := dates.Get(k[1:])
		if len(sum) < 33 {
			continue
		}
		keys = append(keys, bytes.Clone(k))
		vals = append(vals, statusValueV7(sum))
	}
	for i := range keys {
		if err := st.Put(keys[i], vals[i]); err != nil {
			return err
		}
	}
	return nil
}

// statusValueV7 is the statusValue of a row summary as schemas 3 to 7
// wrote it, with its ids at fixed places: type 0, responsible 8:16, subject
// ref 16:25, review after 25:33.
func statusValueV7(s []byte) []byte {
	v := make([]byte, 0, statusValueLen)
	v = append(v, s[0])
	v = append(v, s[8:33]...)
	return v
}

// recodePending reports whether the records still await conversion.
func recodePending(tx *bolt.Tx) bool {
	return tx.Bucket(bucketMeta).Get(keyRecode) != nil
}

// recode converts the interaction records still in JSON, one batch per
// transaction, and drops the mark when none is left.
func (s *Store) recode(progress func(Progress)) error {
	for {
		done := false
		err := s.updateTx(func(tx *bolt.Tx) error {
			var err error
			done, err = recodeBatchTx(tx, progress)
			return err
		})
		if err != nil {
			return fmt.Errorf("data: convert the records of %s: %w", s.path, err)
		}
		if done {
			return nil
		}
	}
}

// recodeBatchTx converts up to recodeBatch records from the mark on and
// moves the mark; done says the last one is converted.
func recodeBatchTx(tx *bolt.Tx, progress func(Progress)) (done bool, err error) {
	meta := tx.Bucket(bucketMeta)
	mark := meta.Get(keyRecode)
	if mark == nil {
		return true, nil
	}
	if len(mark) != 8 {
		return false, &DamagedError{Bucket: string(bucketMeta), Detail: "the conversion mark is not an id"}
	}
	from := bytes.Clone(mark)
	b := tx.Bucket(bucketInteractions)
	mids := tx.Bucket(ixMessageID)
	type pair struct{ k, v []byte }
	var batch, midKeys []pair
	var next []byte
	c := b.Cursor()
	for k, v := c.Seek(from); k != nil; k, v = c.Next() {
		if len(batch) == recodeBatch {
			next = bytes.Clone(k)
			break
		}
		if !recordOutdated(v) {
			continue
		}
		it, err := decodeInteraction(idFromKey(k), v)
		if err != nil {
			return false, err
		}
		batch = append(batch, pair{bytes.Clone(k), encodeInteraction(it)})
		if mids != nil {
			for _, e := range appendMessageID(nil, it, dateKey(it.Date, it.ID)) {
				midKeys = append(midKeys, pair{[]byte(e.key), nil})
			}
		}
	}
	for _, p := range batch {
		if err := b.Put(p.k, p.v); err != nil {
			return false, err
		}
	}
	for _, p := range midKeys {
		if err := mids.Put(p.k, []byte{}); err != nil {
			return false, err
		}
	}
	if progress != nil {
		at := b.Sequence()
		if next != nil {
			at = binary.BigEndian.Uint64(next)
		}
		progress(Progress{What: "upgrade", Done: int(at), Total: int(b.Sequence())})
	}
	if next == nil {
		return true, meta.Delete(keyRecode)
	}
	return false, meta.Put(keyRecode, next)
}
