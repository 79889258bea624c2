package data

import (
	"encoding/binary"
	"fmt"
	"os"
)

// FileSpace is how a database file uses its bytes.
type FileSpace struct {
	Size int64 // the file's length
	// Free is the bytes of the free pages bbolt lists for later writes:
	// pages an upgrade, a rebuild or deletions freed.
	Free int64
	// Tail is the bytes past the last page in use: bbolt grows a file
	// 16 MB ahead of its pages.
	Tail int64
}

// freelistFlag marks a bbolt page as the list of free pages.
const freelistFlag = 0x10

// WorthCompacting tells whether compacting gives back enough to mention:
// free pages over 8 MB and over a twentieth of the file. A few MB of free
// pages are the usual after writes, and bbolt keeps its Tail whatever
// is done.
func (fs FileSpace) WorthCompacting() bool {
	return fs.Free > 8<<20 && fs.Free > fs.Size/20
}

// ReadFileSpace reads how the database file at path uses its bytes from
// its meta page and the header of its list of free pages, without
// opening it as a database. A file whose free pages bbolt does not list
// has Free 0.
func ReadFileSpace(path string) (FileSpace, error) {
	var fs FileSpace
	f, err := openFile(path, os.O_RDONLY, 0)
	if err != nil {
		return fs, fmt.Errorf("data: %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fs, fmt.Errorf("data: %s: %w", path, unwrapPath(err))
	}
	fs.Size = st.Size()
	pair, err := readMeta(f, path)
	if err != nil {
		return fs, err
	}
	m := pair.current
	page := int64(m.pageSize)
	fs.Tail = max(0, fs.Size-int64(m.hwm)*page)
	if m.freelist >= m.hwm {
		return fs, nil // none listed, or a meta page pointing past the end
	}
	var head [24]byte
	if _, err := f.ReadAt(head[:], int64(m.freelist)*page); err != nil {
		return fs, damagedFile(path, fmt.Sprintf("the list of free pages (page %d) cannot be read", m.freelist))
	}
	if binary.LittleEndian.Uint16(head[8:])&freelistFlag == 0 {
		return fs, damagedFile(path, fmt.Sprintf("page %d is not the list of free pages", m.freelist))
	}
	n := uint64(binary.LittleEndian.Uint16(head[10:]))
	if n == 0xFFFF { // a long list: its first element is its length
		n = binary.LittleEndian.Uint64(head[16:])
	}
	if n > m.hwm {
		return fs, damagedFile(path, fmt.Sprintf("the list of free pages counts %d of %d pages", n, m.hwm))
	}
	fs.Free = int64(n) * page
	return fs, nil
}
