package data

import (
	"encoding/binary"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The text index has three parts: postings (blocks of date keys under
// word | 0 | first date key, see postings.go) for the interactions not
// marked for deletion, in list order; the vocabulary
// (word → how many interactions hold it, and the word's number); and for
// each interaction its words as numbers (uvarints, see text_docs.go),
// which checks a query word against an interaction found through another
// index.

const vocabValueLen = 12 // count uint64, number uint32

func decodeVocab(v []byte) (count uint64, num uint32) {
	if len(v) != vocabValueLen {
		return 0, 0
	}
	return binary.BigEndian.Uint64(v), binary.BigEndian.Uint32(v[8:])
}

func encodeVocab(count uint64, num uint32) []byte {
	v := binary.BigEndian.AppendUint64(make([]byte, 0, vocabValueLen), count)
	return binary.BigEndian.AppendUint32(v, num)
}

// vocabAdd changes a word's count by delta, numbering a new word and
// deleting one no interaction holds any more; it returns the word's number.
func vocabAdd(b *bolt.Bucket, word string, delta int64) (uint32, error) {
	count, num := decodeVocab(b.Get([]byte(word)))
	if delta == 0 && num != 0 {
		return num, nil
	}
	if num == 0 {
		seq, err := b.NextSequence()
		if err != nil {
			return 0, err
		}
		num = uint32(seq)
	}
	next := int64(count) + delta
	if next <= 0 {
		return num, b.Delete([]byte(word))
	}
	return num, b.Put([]byte(word), encodeVocab(uint64(next), num))
}

func encodeDoc(nums []uint32) []byte {
	doc := make([]byte, 0, len(nums)*3)
	for _, n := range nums {
		doc = binary.AppendUvarint(doc, uint64(n))
	}
	return doc
}

func decodeDoc(doc []byte) []uint32 {
	var out []uint32
	for len(doc) > 0 {
		n, size := binary.Uvarint(doc)
		if size <= 0 {
			break
		}
		out = append(out, uint32(n))
		doc = doc[size:]
	}
	return out
}

// docHasAny reports whether a word-number list holds a number of the set.
func docHasAny(doc []byte, set wordSet) bool {
	for len(doc) > 0 {
		n, size := binary.Uvarint(doc)
		if size <= 0 {
			return false
		}
		if set.has(uint32(n)) {
			return true
		}
		doc = doc[size:]
	}
	return false
}

// indexText moves the text index entries of o to those of n.
func (w *writer) indexText(o, n *derived) error {
	vocab, docs := w.b(ixVocab), w.b(ixTextDoc)
	// New interactions take new ids, so their words go to the last key:
	// fill pages as they split there rather than leave them half empty.
	docs.FillPercent = 0.9
	if o != nil && n != nil && o.dk == n.dk && o.deleted == n.deleted && slices.Equal(o.tokens, n.tokens) {
		return nil // nothing the text index holds has changed
	}
	var oldWords, newWords []string
	if o != nil {
		oldWords = o.tokens
	}
	if n != nil {
		newWords = n.tokens
	}
	had := make(map[string]bool, len(oldWords))
	for _, t := range oldWords {
		had[t] = true
	}
	has := make(map[string]bool, len(newWords))
	nums := make([]uint32, 0, len(newWords))
	for _, t := range newWords {
		has[t] = true
		delta := int64(1)
		if had[t] {
			delta = 0
		}
		num, err := vocabAdd(vocab, t, delta)
		if err != nil {
			return err
		}
		nums = append(nums, num)
	}
	for _, t := range oldWords {
		if !has[t] {
			if _, err := vocabAdd(vocab, t, -1); err != nil {
				return err
			}
		}
	}
	// Postings, for unmarked interactions only.
	type posting struct {
		word string
		dk   Cursor
	}
	posted := map[posting]bool{}
	if o != nil && !o.deleted {
		for _, t := range o.tokens {
			posted[posting{t, o.dk}] = true
		}
	}
	if n != nil && !n.deleted {
		for _, t := range n.tokens {
			if posted[posting{t, n.dk}] {
				delete(posted, posting{t, n.dk})
				continue
			}
			w.queueList(ixText, postingPrefix(t), n.dk, true)
		}
	}
	for p := range posted {
		w.queueList(ixText, postingPrefix(p.word), p.dk, false)
	}
	if o != nil && (n == nil || o.dk.ID() != n.dk.ID()) {
		if err := putDoc(docs, o.dk.ID(), nil); err != nil {
			return err
		}
	}
	if n != nil {
		return putDoc(docs, n.dk.ID(), nums)
	}
	return nil
}
