//go:build !linux

package data

import bolt "go.etcd.io/bbolt"

// ReleaseMapped does nothing where the kernel's advice is not used: the
// memory map's pages are counted as the system counts them.
func (s *Store) ReleaseMapped() error { return nil }

// releaseMapped does nothing here, as ReleaseMapped.
func releaseMapped(db *bolt.DB, tx *bolt.Tx) error { return nil }
