package data

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// listDigest reads a bucket of packed lists once (the text postings, or
// a packed index; packed says which prefixes are lists). It verifies the
// shape of the blocks: each readable, non-empty, at most blockMaxPacked
// keys (blockMax in the first form), sorted, under the key of its first
// entry, and every block of a list after the one before. And it hashes
// the entries as the expectation has them, whatever their blocks: a
// list's date keys one prefix | date key entry each, without a value
// (the postings: postingHash of their word and date key), other keys as
// they are.
func listDigest(b *bolt.Bucket, name string, packed func(prefix []byte) bool, seed maphash.Seed) ([]string, hashSum) {
	var out []string
	var sum hashSum
	var lastPrefix []byte
	var last Cursor
	var keys []Cursor
	var h maphash.Hash
	h.SetSeed(seed)
	text := name == string(ixText)
	b.ForEach(func(k, v []byte) error {
		short := len(k) < dateKeyLen+1 && text || len(k) < dateKeyLen
		if short && len(out) < maxReported {
			out = append(out, fmt.Sprintf("%s: key %x is too short for a block", name, k))
		}
		if short || !packed(k[:len(k)-dateKeyLen]) {
			if !text {
				sum.n++
				sum.sum += pairHash(seed, k, v)
			}
			return nil
		}
		prefix := k[:len(k)-dateKeyLen]
		var err error
		keys, err = decodeBlock(keys, k, v)
		if text {
			// A posting as the records' side hashes it (postingHash):
			// the word without the byte that ends it, whatever that is.
			wh := maphash.Bytes(seed, prefix[:len(prefix)-1])
			for _, dk := range keys {
				sum.n++
				sum.sum += postingHash(wh, dk)
			}
		} else {
			for _, dk := range keys {
				h.Reset()
				h.Write(prefix)
				h.Write(dk[:])
				h.WriteByte(0xff)
				sum.n++
				sum.sum += h.Sum64()
			}
		}
		if len(out) >= maxReported {
			return nil
		}
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
	return out, sum
}

// checkListBlocks verifies the shape of the blocks of the packed lists of
// bucket name (listDigest), packed saying which prefixes are lists.
func checkListBlocks(b *bolt.Bucket, name string, packed func(prefix []byte) bool) []string {
	out, _ := listDigest(b, name, packed, maphash.MakeSeed())
	return out
}

// checkBlocks verifies the shape of the posting blocks (listDigest).
func checkBlocks(b *bolt.Bucket) []string {
	return checkListBlocks(b, string(ixText), func([]byte) bool { return true })
}
