//go:build !unix

package data

import "os"

// openFile opens the database file: os.OpenFile (see openfile_unix.go).
func openFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	return os.OpenFile(name, flag, perm)
}
