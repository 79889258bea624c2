package data

import bolt "go.etcd.io/bbolt"

// Hooks of the text index for the tests of package data_test.

// UnpackPostings rewrites the text index in the forms files had before
// packing — postings in blocks of up to blockMax whole date keys, the
// words of each interaction under its id — and forgets the packed mark,
// as a file written by an older program has them.
func UnpackPostings(tx *bolt.Tx) error {
	type idDoc struct {
		id   ID
		nums []uint32
	}
	var docs []idDoc
	eachDoc(tx.Bucket(ixTextDoc), func(id ID, d docWords) { docs = append(docs, idDoc{id, d.nums()}) })
	if err := tx.DeleteBucket(ixTextDoc); err != nil {
		return err
	}
	db, err := tx.CreateBucket(ixTextDoc)
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := db.Put(d.id.key(), encodeDoc(d.nums)); err != nil {
			return err
		}
	}
	type wordKeys struct {
		word string
		keys []Cursor
	}
	var all []*wordKeys
	eachPosting(tx.Bucket(ixText), func(word []byte, dk Cursor) {
		if len(all) == 0 || all[len(all)-1].word != string(word) {
			all = append(all, &wordKeys{word: string(word)})
		}
		w := all[len(all)-1]
		w.keys = append(w.keys, dk)
	})
	if err := tx.DeleteBucket(ixText); err != nil {
		return err
	}
	b, err := tx.CreateBucket(ixText)
	if err != nil {
		return err
	}
	for _, w := range all {
		for keys := w.keys; len(keys) > 0; keys = keys[min(len(keys), blockMax):] {
			var v []byte
			for _, k := range keys[:min(len(keys), blockMax)] {
				v = append(v, k[:]...)
			}
			if err := b.Put(append(postingPrefix(w.word), keys[0][:]...), v); err != nil {
				return err
			}
		}
	}
	return tx.Bucket(bucketMeta).Delete(keyTextForm)
}

// PostingForms counts the keys of each form in the text index (posting
// blocks and words of interactions together) and tells whether the file
// is marked packed and whether a conversion is under way.
func PostingForms(tx *bolt.Tx) (packed, whole int, marked, converting bool) {
	tx.Bucket(ixText).ForEach(func(k, v []byte) error {
		if isPacked(k, v) {
			packed++
		} else {
			whole++
		}
		return nil
	})
	tx.Bucket(ixTextDoc).ForEach(func(k, v []byte) error {
		if len(k) == 7 {
			packed++
		} else {
			whole++
		}
		return nil
	})
	return packed, whole, !textPending(tx), tx.Bucket(bucketMeta).Get(keyTextMark) != nil
}

// SetTextBatch sets the number of blocks one packing transaction reads at
// least and returns the old number.
func SetTextBatch(n int) int {
	old := textBatch
	textBatch = n
	return old
}
