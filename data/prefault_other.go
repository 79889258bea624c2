//go:build !linux

package data

import bolt "go.etcd.io/bbolt"

// prefaultLeaves does nothing here: mapping a listing's pages ahead
// (data/prefault_linux.go) needs Linux's MADV_POPULATE_READ.
func prefaultLeaves(db *bolt.DB, b *bolt.Bucket, start, end []byte, desc bool, rows int) {}
