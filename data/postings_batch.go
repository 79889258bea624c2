package data

import (
	"bytes"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// listOp adds a date key to a packed list or takes it out.
type listOp struct {
	dk  Cursor
	add bool
}

// queuePost records that the transaction adds dk to the text postings of
// word, or takes it out; flushPosts writes them, each block once.
// Marking a hundred thousand interactions for deletion takes some two
// million postings out, most of them from the blocks of a few thousand
// common words.
func (w *writer) queuePost(word string, dk Cursor, add bool) {
	if w.posts == nil {
		w.posts = map[string][]listOp{}
	}
	w.posts[word] = append(w.posts[word], listOp{dk, add})
}

// flushPosts writes the queued postings, word by word in order. Nothing
// in a writing transaction reads the postings before: settle calls it.
func (w *writer) flushPosts() error {
	if len(w.posts) == 0 {
		return nil
	}
	b := w.b(ixText)
	for _, word := range slices.Sorted(maps.Keys(w.posts)) {
		if err := listApply(b, postingPrefix(word), lastOpEach(w.posts[word])); err != nil {
			return err
		}
	}
	w.posts = nil
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
// listAdd and listRemove would one by one.
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
