package data

import (
	"bytes"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The one-by-one changes of a packed list that the writers made before
// their changes were queued (list_batch.go): the tests hold listApply to
// them.

// listAdd adds dk to the packed list of prefix (packed_list.go).
func listAdd(b *bolt.Bucket, prefix []byte, dk Cursor) error {
	k, v := findBlock(b.Cursor(), prefix, dk)
	if k == nil {
		return putBlocks(b, prefix, []Cursor{dk})
	}
	keys := blockKeys(k, v)
	i, found := slices.BinarySearchFunc(keys, dk, func(a, t Cursor) int { return bytes.Compare(a[:], t[:]) })
	if found {
		return nil
	}
	keys = slices.Insert(keys, i, dk)
	if i == 0 { // before the list's first block: the block gets a new first key
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return putBlocks(b, prefix, keys)
}

// listRemove removes dk from the packed list of prefix.
func listRemove(b *bolt.Bucket, prefix []byte, dk Cursor) error {
	k, v := findBlock(b.Cursor(), prefix, dk)
	if k == nil {
		return nil
	}
	keys := blockKeys(k, v)
	i, found := slices.BinarySearchFunc(keys, dk, func(a, t Cursor) int { return bytes.Compare(a[:], t[:]) })
	if !found {
		return nil
	}
	keys = slices.Delete(keys, i, i+1)
	if i == 0 || len(keys) == 0 {
		if err := b.Delete(k); err != nil {
			return err
		}
		if len(keys) == 0 {
			return nil
		}
	}
	return putBlocks(b, prefix, keys)
}
