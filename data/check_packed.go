package data

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// checkListBlocks verifies the shape of the blocks of the packed lists of
// bucket name (text postings or a packed index, packed says which
// prefixes are lists): each readable, non-empty, at most blockMaxPacked
// keys (blockMax in the first form), sorted, under the key of its first
// entry, and every block of a list after the one before.
func checkListBlocks(b *bolt.Bucket, name string, packed func(prefix []byte) bool) []string {
	var out []string
	var lastPrefix []byte
	var last Cursor
	b.ForEach(func(k, v []byte) error {
		if len(out) >= maxReported {
			return nil
		}
		if len(k) < dateKeyLen+1 && name == string(ixText) || len(k) < dateKeyLen {
			out = append(out, fmt.Sprintf("%s: key %x is too short for a block", name, k))
			return nil
		}
		prefix := k[:len(k)-dateKeyLen]
		if !packed(prefix) {
			return nil
		}
		keys, err := decodeBlock(nil, k, v)
		switch {
		case err != nil || len(keys) == 0 || len(keys) > blockMaxPacked || !isPacked(k, v) && len(keys) > blockMax:
			out = append(out, fmt.Sprintf("%s: block %x holds %d bytes that are not %s", name, k, len(v), blockForm(k, v)))
		case !bytes.Equal(k[len(k)-dateKeyLen:], keys[0][:]):
			out = append(out, fmt.Sprintf("%s: block %x does not start with its key", name, k))
		case bytes.Equal(prefix, lastPrefix) && bytes.Compare(keys[0][:], last[:]) <= 0:
			out = append(out, fmt.Sprintf("%s: block %x overlaps the one before", name, k))
		case !slices.IsSortedFunc(keys, cmpCursor):
			out = append(out, fmt.Sprintf("%s: block %x is not sorted", name, k))
		}
		if len(keys) > 0 {
			lastPrefix, last = append(lastPrefix[:0], prefix...), keys[len(keys)-1]
		}
		return nil
	})
	return out
}

// entriesHash hashes a packed index as the single prefix | date key
// entries the expectation has, whatever its blocks.
func entriesHash(b *bolt.Bucket, name string, seed maphash.Seed) hashSum {
	var h hashSum
	eachEntry(b, name, func(k, v []byte) {
		h.n++
		h.sum += pairHash(seed, k, v)
	})
	return h
}
