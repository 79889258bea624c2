package data

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Text postings are kept in blocks: the key is word | 0 | the first date
// key of the block, the value its date keys in list order, packed (see
// postings_codec.go) or, in files written before, up to blockMax keys of
// 16 bytes. A word held by a hundred thousand interactions is then some
// thousand keys rather than a hundred thousand, which keeps the index
// small and quick to load. Blocks are written packed; the first form is
// read as well and converted by upgradeText.
const blockMax = 64

// postingPrefix is the key prefix of a word's blocks.
func postingPrefix(word string) []byte {
	p := make([]byte, 0, len(word)+1+dateKeyLen)
	p = append(p, word...)
	return append(p, 0)
}

// findBlock positions c on the block of prefix whose first key is the
// greatest one ≤ dk, or else on the word's first block; it returns nil
// when the word has no block.
func findBlock(c *bolt.Cursor, prefix []byte, dk Cursor) (k, v []byte) {
	seek := append(slices.Clip(prefix), dk[:]...)
	k, v = c.Seek(seek)
	if k != nil && bytes.Equal(k, seek) {
		return k, v
	}
	next, nextV := k, v
	if k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	if k != nil && hasPrefix(k, prefix) && len(k) == len(prefix)+dateKeyLen {
		return k, v
	}
	if next != nil && hasPrefix(next, prefix) && len(next) == len(prefix)+dateKeyLen {
		// Back on it: one step unless the step before left the bucket.
		if k == nil {
			c.Seek(next)
		} else {
			c.Next()
		}
		return next, nextV
	}
	return nil, nil
}

// blockKeys returns the date keys of the block k, v; a block that cannot
// be read gives the keys before the fault (check reports it).
func blockKeys(k, v []byte) []Cursor {
	keys, _ := decodeBlock(nil, k, v)
	return keys
}

// putBlocks writes keys (sorted, non-empty) as packed blocks of at most
// blockMaxPacked.
func putBlocks(b *bolt.Bucket, prefix []byte, keys []Cursor) error {
	for len(keys) > 0 {
		n := min(len(keys), blockMaxPacked)
		if len(keys) > blockMaxPacked && len(keys) < 2*blockMaxPacked {
			n = len(keys) / 2
		}
		if err := b.Put(append(slices.Clip(prefix), keys[0][:]...), encodeBlock(keys[:n])); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}

// eachPosting calls fn with every word and date key of the postings.
func eachPosting(b *bolt.Bucket, fn func(word []byte, dk Cursor)) {
	var buf []Cursor
	b.ForEach(func(k, v []byte) error {
		if len(k) < dateKeyLen+1 {
			return nil
		}
		word := k[:len(k)-dateKeyLen-1]
		buf, _ = decodeBlock(buf, k, v)
		for _, dk := range buf {
			fn(word, dk)
		}
		return nil
	})
}
