//go:build !linux

package data

// ReleaseMapped does nothing where the kernel's advice is not used: the
// memory map's pages are counted as the system counts them.
func (s *Store) ReleaseMapped() error { return nil }
