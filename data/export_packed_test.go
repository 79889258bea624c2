package data

import bolt "go.etcd.io/bbolt"

// Hooks for the tests of package data_test: packed index lists.

// PackedBucket reports whether the derived bucket keeps packed lists.
func PackedBucket(name string) bool { return isPackedBucket(name) }

// IndexEntries calls fn with every entry of the derived bucket name as
// derive gives it: a packed list's blocks key by key.
func IndexEntries(b *bolt.Bucket, name string, fn func(k, v []byte)) { eachEntry(b, name, fn) }

// UnpackLists writes every packed list of the file as one key per entry,
// as schema 6 kept them.
func UnpackLists(tx *bolt.Tx) error {
	for _, name := range packedBuckets {
		b := tx.Bucket([]byte(name))
		type kv struct{ k, v []byte }
		var all []kv
		eachEntry(b, name, func(k, v []byte) {
			all = append(all, kv{append([]byte(nil), k...), append([]byte(nil), v...)})
		})
		if err := tx.DeleteBucket([]byte(name)); err != nil {
			return err
		}
		nb, err := tx.CreateBucket([]byte(name))
		if err != nil {
			return err
		}
		for _, e := range all {
			if err := nb.Put(e.k, e.v); err != nil {
				return err
			}
		}
	}
	return nil
}

// EditListBlock finds the first block of the packed index name that holds
// at least three keys and writes it again with the keys edit returns.
func EditListBlock(tx *bolt.Tx, name string, edit func(keys [][16]byte) [][16]byte) bool {
	b := tx.Bucket([]byte(name))
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		p := k[:len(k)-dateKeyLen]
		if !isPackedList(name, p) {
			continue
		}
		keys := blockKeys(k, v)
		if len(keys) < 3 {
			continue
		}
		raw := make([][16]byte, len(keys))
		for i, dk := range keys {
			raw[i] = dk
		}
		raw = edit(raw)
		out := make([]Cursor, len(raw))
		for i, dk := range raw {
			out[i] = dk
		}
		return b.Put(append([]byte(nil), k...), encodeBlock(out)) == nil
	}
	return false
}
