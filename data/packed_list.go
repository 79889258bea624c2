package data

import (
	"slices"

	bolt "go.etcd.io/bbolt"
)

// Packed lists. The indexes that hold one key per interaction and nothing
// else — type, responsible, contact, subject, attribute value, and the
// reviewed part of the status index — keep each list (all the date keys
// under one prefix) in blocks, the way the text postings do: the key of a
// block is prefix | its first date key, the value its date keys in list
// order, packed by the postings codec (postings_codec.go, up to
// blockMaxPacked a block). A date key then costs two to five bytes rather
// than the sixteen bytes bbolt spends on a key besides the key itself.
//
// What derive gives stays one entry per key (bucket, prefix | date key):
// the writers, the bulk indexer and check turn entries into blocks and
// back here. The unreviewed part of the status index holds values
// (statusValue) and stays one key per interaction.

// packedBuckets are the indexes whose lists are packed (see packedPrefix).
var packedBuckets = []string{string(ixType), string(ixResponsible), string(ixContact), string(ixSubject),
	string(ixAttr), string(ixStatus)}

// isPackedBucket reports whether some lists of the bucket are packed.
func isPackedBucket(bucket string) bool { return slices.Contains(packedBuckets, bucket) }

// packedPrefix reports whether the index entry key of bucket belongs to
// a packed list, and returns the list's prefix (the key without its date
// key).
func packedPrefix(bucket string, key []byte) ([]byte, bool) {
	if len(key) < dateKeyLen || !isPackedBucket(bucket) {
		return nil, false
	}
	if bucket == string(ixStatus) && (len(key) != 1+dateKeyLen || key[0] != 1) {
		return nil, false
	}
	return key[:len(key)-dateKeyLen], true
}

// isPackedList reports whether the list of prefix in bucket is packed.
func isPackedList(bucket string, prefix []byte) bool {
	if !isPackedBucket(bucket) {
		return false
	}
	return bucket != string(ixStatus) || len(prefix) == 1 && prefix[0] == 1
}

// putEntry writes one index entry: into its list's block when the list
// is packed (queued until flushLists), else as a key of its own.
func (w *writer) putEntry(bucket, key, value string) error {
	b := w.buckets[bucket]
	if p, ok := packedPrefix(bucket, []byte(key)); ok {
		w.queueList([]byte(bucket), p, Cursor([]byte(key[len(p):])), true)
		return nil
	}
	return b.Put([]byte(key), []byte(value))
}

// deleteEntry removes one index entry, from its list's block when the
// list is packed (queued until flushLists).
func (w *writer) deleteEntry(bucket, key string) error {
	b := w.buckets[bucket]
	if p, ok := packedPrefix(bucket, []byte(key)); ok {
		w.queueList([]byte(bucket), p, Cursor([]byte(key[len(p):])), false)
		return nil
	}
	return b.Delete([]byte(key))
}

// eachListKey calls fn with every date key of the packed lists whose
// prefix starts with prefix (one list, or all the values of an
// attribute), block by block in key order, until fn returns false.
func eachListKey(b *bolt.Bucket, prefix []byte, fn func(dk Cursor) bool) {
	var buf []Cursor
	c := b.Cursor()
	for k, v := c.Seek(prefix); k != nil && hasPrefix(k, prefix); k, v = c.Next() {
		if len(k) < len(prefix)+dateKeyLen {
			continue
		}
		buf, _ = decodeBlock(buf, k, v)
		for _, dk := range buf {
			if !fn(dk) {
				return
			}
		}
	}
}

// eachEntry calls fn with every index entry of the bucket as derive gives
// it: a packed list's blocks as one prefix | date key entry per key, with
// no value, and other keys as they are. check reads the packed indexes
// through it.
func eachEntry(b *bolt.Bucket, bucket string, fn func(k, v []byte)) {
	if !isPackedBucket(bucket) {
		b.ForEach(func(k, v []byte) error {
			fn(k, v)
			return nil
		})
		return
	}
	var buf []Cursor
	var key []byte
	b.ForEach(func(k, v []byte) error {
		p := k[:max(0, len(k)-dateKeyLen)]
		if !isPackedList(bucket, p) || len(k) < dateKeyLen {
			fn(k, v)
			return nil
		}
		buf, _ = decodeBlock(buf, k, v)
		for _, dk := range buf {
			key = append(append(key[:0], p...), dk[:]...)
			fn(key, nil)
		}
		return nil
	})
}

// putList writes the date keys of one list (sorted, non-empty) in blocks
// of blockMaxPacked through put, the way the bulk indexer writes them.
func putList(put func(k, v []byte) error, prefix []byte, keys []Cursor) error {
	for len(keys) > 0 {
		n := min(len(keys), blockMaxPacked)
		if err := put(append(slices.Clip(prefix), keys[0][:]...), encodeBlock(keys[:n])); err != nil {
			return err
		}
		keys = keys[n:]
	}
	return nil
}
