package data

import (
	"bytes"
	"cmp"
	"maps"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// listOp adds a date key to a packed list or takes it out.
type listOp struct {
	dk  Cursor
	add bool
}

// listKey names one packed list: its bucket and its prefix.
type listKey struct{ bucket, prefix string }

// queueList records that the transaction adds dk to the packed list of
// prefix in bucket (the text postings, or an index's list), or takes it
// out; flushLists writes them, each block once. Marking a hundred
// thousand interactions for deletion takes some two million postings
// out, most of them from the blocks of a few thousand common words, and
// a few hundred thousand keys from the type, responsible, contact and
// subject lists.
func (w *writer) queueList(bucket, prefix []byte, dk Cursor, add bool) {
	if w.lists == nil {
		w.lists = map[listKey][]listOp{}
	}
	k := listKey{string(bucket), string(prefix)}
	w.lists[k] = append(w.lists[k], listOp{dk, add})
}

// flushLists writes the queued list changes, list by list in key order.
// A writer's reader of a packed list calls it first (idsOf, settle).
func (w *writer) flushLists() error {
	if len(w.lists) == 0 {
		return nil
	}
	keys := slices.SortedFunc(maps.Keys(w.lists), func(a, b listKey) int {
		return cmp.Or(strings.Compare(a.bucket, b.bucket), strings.Compare(a.prefix, b.prefix))
	})
	for _, k := range keys {
		if err := listApply(w.buckets[k.bucket], []byte(k.prefix), lastOpEach(w.lists[k])); err != nil {
			return err
		}
	}
	w.lists = nil
	return nil
}

// lastOpEach sorts ops by date key and keeps the last one given of each
// key: the state the key is to end in.
func lastOpEach(ops []listOp) []listOp {
	slices.SortStableFunc(ops, func(a, b listOp) int { return bytes.Compare(a.dk[:], b.dk[:]) })
	out := ops[:0]
	for i, op := range ops {
		if i+1 < len(ops) && ops[i+1].dk == op.dk {
			continue
		}
		out = append(out, op)
	}
	return out
}

// listApply applies ops — sorted by date key, one a key — to the packed
// list of prefix, reading and writing each block they fall in once, as
// the one-by-one listAdd and listRemove of the tests would.
func listApply(b *bolt.Bucket, prefix []byte, ops []listOp) error {
	for len(ops) > 0 {
		c := b.Cursor()
		k, v := findBlock(c, prefix, ops[0].dk)
		if k == nil { // no list yet: the keys added make it
			var keys []Cursor
			for _, op := range ops {
				if op.add {
					keys = append(keys, op.dk)
				}
			}
			if len(keys) == 0 {
				return nil
			}
			return putBlocks(b, prefix, keys)
		}
		first := slices.Clone(k)
		keys := blockKeys(k, v)
		// The ops below the next block's first key fall in this one
		// (findBlock's block is the last starting at or before ops[0], or
		// the first when ops[0] is before every block).
		n := len(ops)
		if nk, _ := c.Next(); nk != nil && hasPrefix(nk, prefix) && len(nk) == len(prefix)+dateKeyLen {
			n, _ = slices.BinarySearchFunc(ops, nk[len(prefix):], func(op listOp, t []byte) int { return bytes.Compare(op.dk[:], t) })
		}
		merged := mergeOps(keys, ops[:n])
		ops = ops[n:]
		if len(merged) == 0 || !bytes.Equal(merged[0][:], first[len(prefix):]) {
			if err := b.Delete(first); err != nil {
				return err
			}
		}
		if len(merged) > 0 {
			if err := putBlocks(b, prefix, merged); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeOps applies ops (sorted, one a key) to the sorted keys.
func mergeOps(keys []Cursor, ops []listOp) []Cursor {
	out := make([]Cursor, 0, len(keys)+len(ops))
	i := 0
	for _, op := range ops {
		for i < len(keys) && bytes.Compare(keys[i][:], op.dk[:]) < 0 {
			out = append(out, keys[i])
			i++
		}
		present := i < len(keys) && keys[i] == op.dk
		if present {
			i++
		}
		if op.add {
			out = append(out, op.dk)
		}
	}
	return append(out, keys[i:]...)
}
