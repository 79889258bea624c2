package data

import (
	"bytes"
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// The text postings of files written before the packed form are converted
// once, by the first Open that may write: block by block in key order
// into a new bucket filled to the brim (ixTextNext holds it under the
// name ixText meanwhile), which then takes the old bucket's place. Each
// batch commits on its own with a mark (keyTextMark) saying where the next
// one starts, so a conversion killed mid-way goes on at the next open,
// and readers keep reading the old bucket, whole, until the last batch
// swaps them. keyTextForm says the postings are packed and packed tight.
var (
	keyTextForm = []byte("text_postings")
	keyTextMark = []byte("text_recode_from")
	ixTextNext  = []byte("ix_text_next")
)

// textFormPacked is the value of keyTextForm.
var textFormPacked = []byte("packed")

// textBatch is the number of old blocks one conversion transaction reads
// at least (it ends at the next word).
var textBatch = 40_000

// textPending reports whether the postings still await conversion.
func textPending(tx *bolt.Tx) bool {
	return !bytes.Equal(tx.Bucket(bucketMeta).Get(keyTextForm), textFormPacked)
}

// resetTextForm forgets a conversion under way and the packed mark, for
// a rebuild that writes the postings anew: the next open packs them.
func resetTextForm(tx *bolt.Tx) error {
	if tx.Bucket(ixTextNext) != nil {
		if err := tx.DeleteBucket(ixTextNext); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return nil
	}
	if err := meta.Delete(keyTextMark); err != nil {
		return err
	}
	return meta.Delete(keyTextForm)
}

// upgradeText converts the postings of an older file, one batch per
// transaction, telling progress how many words are done.
func (s *Store) upgradeText(progress func(Progress)) error {
	pending := false
	if err := s.view(func(tx *bolt.Tx) error {
		pending = tx.Bucket(ixText) != nil && textPending(tx)
		return nil
	}); err != nil || !pending {
		return err
	}
	for {
		done := false
		err := s.updateTx(func(tx *bolt.Tx) error {
			var err error
			done, err = textBatchTx(tx, progress)
			return err
		})
		if err != nil {
			return fmt.Errorf("data: pack the text index of %s: %w", s.path, err)
		}
		if done {
			return nil
		}
	}
}

// textBatchTx converts at least textBatch blocks, up to the end of a
// word, from the mark on; done says the conversion is complete.
func textBatchTx(tx *bolt.Tx, progress func(Progress)) (done bool, err error) {
	meta := tx.Bucket(bucketMeta)
	var from []byte
	words := uint32(0)
	if mark := meta.Get(keyTextMark); len(mark) >= 4 && tx.Bucket(ixTextNext) != nil {
		if len(mark) == 4 {
			return true, swapText(tx)
		}
		words, from = binary.BigEndian.Uint32(mark), bytes.Clone(mark[4:])
	} else { // a first batch, or a mark whose bucket is gone: start again
		if tx.Bucket(ixTextNext) != nil {
			if err := tx.DeleteBucket(ixTextNext); err != nil {
				return false, err
			}
		}
		parent, err := tx.CreateBucket(ixTextNext)
		if err != nil {
			return false, err
		}
		if _, err := parent.CreateBucket(ixText); err != nil {
			return false, err
		}
	}
	parent := tx.Bucket(ixTextNext)
	dst := parent.Bucket(ixText)
	dst.FillPercent = 1.0
	c := tx.Bucket(ixText).Cursor()
	k, v := c.First()
	if from != nil {
		k, v = c.Seek(from)
	}
	var word []byte
	var keys, buf []Cursor
	flush := func() error {
		if len(keys) == 0 {
			return nil
		}
		err := putBlocks(dst, postingPrefix(string(word)), keys)
		keys = keys[:0]
		return err
	}
	for n := 0; k != nil; k, v = c.Next() {
		if len(k) < dateKeyLen+1 {
			continue
		}
		w := k[:len(k)-dateKeyLen-1]
		if !bytes.Equal(w, word) {
			if err := flush(); err != nil {
				return false, err
			}
			if n >= textBatch {
				break
			}
			word = append(word[:0], w...)
			words++
		}
		buf, _ = decodeBlock(buf, k, v)
		keys = append(keys, buf...)
		n++
		for len(keys) >= 2*blockMaxPacked { // write full blocks as they come
			if err := putBlocks(dst, postingPrefix(string(word)), keys[:blockMaxPacked]); err != nil {
				return false, err
			}
			keys = append(keys[:0], keys[blockMaxPacked:]...)
		}
	}
	if err := flush(); err != nil {
		return false, err
	}
	if progress != nil {
		progress(Progress{What: "text", Done: int(words), Total: tx.Bucket(ixVocab).Stats().KeyN})
	}
	// A mark without a key says every block is converted: the next
	// transaction swaps the buckets (bbolt moves a bucket as last
	// committed, so not in the transaction that wrote it).
	mark := binary.BigEndian.AppendUint32(nil, words)
	return false, meta.Put(keyTextMark, append(mark, k...))
}

// swapText puts the converted postings in the old ones' place.
func swapText(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	parent := tx.Bucket(ixTextNext)
	if err := tx.DeleteBucket(ixText); err != nil {
		return err
	}
	if err := tx.MoveBucket(ixText, parent, nil); err != nil {
		return err
	}
	if err := tx.DeleteBucket(ixTextNext); err != nil {
		return err
	}
	if err := meta.Delete(keyTextMark); err != nil {
		return err
	}
	return meta.Put(keyTextForm, textFormPacked)
}
