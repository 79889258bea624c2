//go:build linux

package data

import (
	"syscall"

	bolt "go.etcd.io/bbolt"
)

// ReleaseMapped tells the kernel that the window no longer needs the
// pages of the database file it has read through bbolt's memory map
// (MADV_DONTNEED). They stay in the page cache, so a later read costs a
// minor fault; the process's resident size (VmRSS) stops counting them.
// After a scan of a million records the mapped pages alone are most of a
// gigabyte. bbolt writes through the file, not the map, so nothing is
// lost; a read transaction keeps the map from moving meanwhile.
func (s *Store) ReleaseMapped() error {
	return s.db.View(func(tx *bolt.Tx) error { return releaseMapped(s.db, tx) })
}

// releaseMapped is ReleaseMapped inside a transaction of db, which keeps
// the map in place: it drops the pages up to the transaction's size of
// the file, which the map covers.
func releaseMapped(db *bolt.DB, tx *bolt.Tx) error {
	info := db.Info()
	size := tx.Size()
	if info == nil || info.Data == 0 || size <= 0 {
		return nil
	}
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, info.Data, uintptr(size), syscall.MADV_DONTNEED); errno != 0 {
		return errno
	}
	return nil
}
