package data

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The text index of a file written before the packed forms is converted
// once, by the first Open that may write, in two steps: the postings
// (ixText), then the words of each interaction (ixTextDoc). A step copies
// its bucket in key order, converted, into a new bucket filled to the
// brim (held under the old name inside ixTextNext meanwhile), which then
// takes the old bucket's place. Each batch commits on its own with a mark
// (keyTextMark: a counter for the progress and the key the next batch
// starts at), so a conversion killed mid-way goes on at the next open,
// and readers keep reading the old bucket, whole, until the step's last
// transaction swaps them. keyTextForm says how far the file is:
// textFormPostings after the first step, textFormPacked after both.
var (
	keyTextForm = []byte("text_postings")
	keyTextMark = []byte("text_recode_from")
	ixTextNext  = []byte("ix_text_next")
)

// Values of keyTextForm.
var (
	textFormPostings = []byte("postings packed")
	textFormPacked   = []byte("packed")
)

// textBatch is the number of old keys one conversion transaction reads
// at least (a batch of postings ends at the next word).
var textBatch = 40_000

// packStep is one step of the text index's conversion.
type packStep struct {
	bucket []byte
	done   []byte // keyTextForm once the step is complete
	// copy converts from key from (nil: the first) on into dst and returns
	// the key the next batch starts at (nil: the end) and the progress
	// counter moved on from at.
	copy func(tx *bolt.Tx, from []byte, dst *bolt.Bucket, at uint32) ([]byte, uint32, error)
	// progress tells how far the step is at counter at.
	progress func(tx *bolt.Tx, at uint32) Progress
}

var packSteps = []packStep{
	{bucket: ixText, done: textFormPostings, copy: copyPostings, progress: func(tx *bolt.Tx, at uint32) Progress {
		return Progress{What: "text", Done: int(at), Total: tx.Bucket(ixVocab).Stats().KeyN}
	}},
	{bucket: ixTextDoc, done: textFormPacked, copy: copyDocs, progress: func(tx *bolt.Tx, at uint32) Progress {
		return Progress{What: "text-docs", Done: int(at), Total: int(tx.Bucket(bucketInteractions).Sequence())}
	}},
}

// textPending reports whether the text index still awaits conversion.
func textPending(tx *bolt.Tx) bool {
	return !bytes.Equal(tx.Bucket(bucketMeta).Get(keyTextForm), textFormPacked)
}

// stepDone reports whether the file is past step i.
func stepDone(tx *bolt.Tx, i int) bool {
	form := tx.Bucket(bucketMeta).Get(keyTextForm)
	for j := i; j < len(packSteps); j++ {
		if bytes.Equal(form, packSteps[j].done) {
			return true
		}
	}
	return false
}

// resetTextForm forgets a conversion under way and the packed mark, for
// a rebuild that writes the text index anew: the next open packs it.
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

// upgradeText converts the text index of an older file, one batch per
// transaction, telling progress how far it is.
func (s *Store) upgradeText(progress func(Progress)) error {
	pending, empty := false, false
	if err := s.view(func(tx *bolt.Tx) error {
		pending = tx.Bucket(ixText) != nil && tx.Bucket(ixTextDoc) != nil && textPending(tx)
		if pending {
			k1, _ := tx.Bucket(ixText).Cursor().First()
			k2, _ := tx.Bucket(ixTextDoc).Cursor().First()
			empty = k1 == nil && k2 == nil && tx.Bucket(ixTextNext) == nil
		}
		return nil
	}); err != nil || !pending {
		return err
	}
	if empty { // a new file: nothing to convert
		return s.updateTx(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keyTextForm, textFormPacked) })
	}
	for i := range packSteps {
		for {
			done := false
			err := s.updateTx(func(tx *bolt.Tx) error {
				if stepDone(tx, i) {
					done = true
					return nil
				}
				var err error
				done, err = packBatchTx(tx, &packSteps[i], progress)
				return err
			})
			if err != nil {
				return fmt.Errorf("data: pack the text index of %s: %w", s.path, err)
			}
			if done {
				break
			}
		}
	}
	return nil
}

// packBatchTx runs one batch of step st from the mark on; done says the
// step is complete.
func packBatchTx(tx *bolt.Tx, st *packStep, progress func(Progress)) (done bool, err error) {
	meta := tx.Bucket(bucketMeta)
	var from []byte
	at := uint32(0)
	if mark := meta.Get(keyTextMark); len(mark) >= 4 && tx.Bucket(ixTextNext) != nil {
		if len(mark) == 4 {
			return true, swapPacked(tx, st)
		}
		at, from = binary.BigEndian.Uint32(mark), bytes.Clone(mark[4:])
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
		if _, err := parent.CreateBucket(st.bucket); err != nil {
			return false, err
		}
	}
	dst := tx.Bucket(ixTextNext).Bucket(st.bucket)
	dst.FillPercent = 1.0
	next, at, err := st.copy(tx, from, dst, at)
	if err != nil {
		return false, err
	}
	if progress != nil {
		progress(st.progress(tx, at))
	}
	// A mark without a key says every key is converted: the next
	// transaction swaps the buckets (bbolt moves a bucket as last
	// committed, so not in the transaction that wrote it).
	mark := binary.BigEndian.AppendUint32(nil, at)
	return false, meta.Put(keyTextMark, append(mark, next...))
}

// swapPacked puts the converted bucket of st in the old one's place.
func swapPacked(tx *bolt.Tx, st *packStep) error {
	meta := tx.Bucket(bucketMeta)
	parent := tx.Bucket(ixTextNext)
	if err := tx.DeleteBucket(st.bucket); err != nil {
		return err
	}
	if err := tx.MoveBucket(st.bucket, parent, nil); err != nil {
		return err
	}
	if err := tx.DeleteBucket(ixTextNext); err != nil {
		return err
	}
	if err := meta.Delete(keyTextMark); err != nil {
		return err
	}
	return meta.Put(keyTextForm, st.done)
}

// copyPostings packs at least textBatch posting blocks, up to the end of
// a word; the counter counts words.
func copyPostings(tx *bolt.Tx, from []byte, dst *bolt.Bucket, words uint32) ([]byte, uint32, error) {
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
				return nil, 0, err
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
				return nil, 0, err
			}
			keys = append(keys[:0], keys[blockMaxPacked:]...)
		}
	}
	if err := flush(); err != nil {
		return nil, 0, err
	}
	return bytes.Clone(k), words, nil
}

// copyDocs packs the words of at least textBatch interactions, up to the
// end of a packed key; the counter is the last id done.
func copyDocs(tx *bolt.Tx, from []byte, dst *bolt.Bucket, at uint32) ([]byte, uint32, error) {
	type doc struct {
		id   ID
		part []byte
	}
	var docs []doc
	c := tx.Bucket(ixTextDoc).Cursor()
	k, v := c.First()
	if from != nil {
		k, v = c.Seek(from)
	}
	lastBase := ID(0)
	for n := 0; k != nil; k, v = c.Next() {
		add := func(id ID, part []byte) {
			docs = append(docs, doc{id, part})
		}
		var base ID
		switch len(k) {
		case 8:
			base = docBase(docBlockKey(idFromKey(k)))
		case 7:
			base = docBase(k)
		default:
			continue
		}
		if n >= textBatch && base != lastBase {
			break
		}
		lastBase = base
		n++
		if len(k) == 8 {
			add(idFromKey(k), encodeDocPart(decodeDoc(v)))
		} else {
			docParts(base, v, func(id ID, part []byte) { add(id, bytes.Clone(part)) })
		}
	}
	// Keys of either form may cover the same ids: put them in id order.
	sortDocs := func(a, b doc) int {
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	}
	slices.SortStableFunc(docs, sortDocs)
	docs = slices.CompactFunc(docs, func(a, b doc) bool { return a.id == b.id })
	w := &docBlockWriter{put: func(k, v []byte) error {
		if dst.Get(k) == nil {
			return dst.Put(k, v)
		}
		// The ids of a key met again (keys of both forms in one file):
		// add them one by one.
		var err error
		docParts(docBase(k), v, func(id ID, part []byte) {
			if err == nil {
				err = putDocPart(dst, id, bytes.Clone(part))
			}
		})
		return err
	}}
	for _, d := range docs {
		if err := w.add(d.id, d.part); err != nil {
			return nil, 0, err
		}
		at = uint32(d.id)
	}
	if err := w.flush(); err != nil {
		return nil, 0, err
	}
	return bytes.Clone(k), at, nil
}
