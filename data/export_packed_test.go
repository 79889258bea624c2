package data

import bolt "go.etcd.io/bbolt"

// Hooks for the tests of package data_test: packed index lists.

// PackedBucket reports whether the derived bucket keeps packed lists.
func PackedBucket(name string) bool { return isPackedBucket(name) }

// IndexEntries calls fn with every entry of the derived bucket name as
// derive gives it: a packed list's blocks key by key.
func IndexEntries(b *bolt.Bucket, name string, fn func(k, v []byte)) { eachEntry(b, name, fn) }
