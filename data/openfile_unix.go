//go:build unix

package data

import (
	"os"
	"syscall"
)

// openFile opens the database file as os.OpenFile does, but hands the
// descriptor to os.NewFile in blocking mode, so that the file is not
// offered to the runtime's network poller. os.OpenFile does offer it: the
// first file opened so starts the poller (an epoll instance, an event
// descriptor and their registration, about ten system calls), which a
// regular file never uses — the kernel refuses to poll it.
func openFile(name string, flag int, perm os.FileMode) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, flag|syscall.O_CLOEXEC, uint32(perm.Perm()))
		if err == nil {
			return os.NewFile(uintptr(fd), name), nil
		}
		if err != syscall.EINTR {
			return nil, &os.PathError{Op: "open", Path: name, Err: err}
		}
	}
}
