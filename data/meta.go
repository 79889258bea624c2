package data

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
)

// metaPage is what the walk and the open checks need of a bbolt meta page.
type metaPage struct {
	pageSize uint32
	root     uint64 // the page of the root bucket's tree
	freelist uint64
	hwm      uint64 // pages in use: the high water mark
	txid     uint64
}

// metaPair is both meta pages of a file: bbolt writes them in turn, the
// page of transaction t being t % 2, and reads the valid one with the
// higher transaction id.
type metaPair struct {
	current metaPage
	// otherValid is whether the other meta page is valid too.
	otherValid bool
	// otherTxid is the transaction id the other page holds, as read even
	// when the page is damaged.
	otherTxid uint64
	// otherPage is the other meta page's number, 0 or 1.
	otherPage uint64
}

// rolledBack reports whether the file may show the state before its last
// transaction: the other meta page is damaged and does not read as the
// transaction before the current one, so it may have been the newer one,
// torn while it was written.
func (m metaPair) rolledBack() bool {
	return !m.otherValid && m.otherTxid+1 != m.current.txid
}

// readMeta reads both meta pages of f; it fails with ErrDamaged when
// neither is valid.
func readMeta(f *os.File, path string) (metaPair, error) {
	var head [80]byte
	if _, err := f.ReadAt(head[:], 0); err != nil {
		return metaPair{}, damagedFile(path, "too short for a database")
	}
	size := int64(binary.LittleEndian.Uint32(head[24:]))
	if size < 512 || size > 1<<16 {
		size = 4096
	}
	var pages [2][]byte
	best := -1
	for i := range 2 {
		m := make([]byte, 80)
		if _, err := f.ReadAt(m, int64(i)*size); err != nil {
			continue
		}
		pages[i] = m
		if validMeta(m) && (best < 0 || binary.LittleEndian.Uint64(m[64:]) > binary.LittleEndian.Uint64(pages[best][64:])) {
			best = i
		}
	}
	if best < 0 {
		return metaPair{}, damagedFile(path, "no valid meta page")
	}
	m := pages[best]
	pair := metaPair{current: metaPage{
		pageSize: binary.LittleEndian.Uint32(m[24:]),
		root:     binary.LittleEndian.Uint64(m[32:]),
		freelist: binary.LittleEndian.Uint64(m[48:]),
		hwm:      binary.LittleEndian.Uint64(m[56:]),
		txid:     binary.LittleEndian.Uint64(m[64:]),
	}, otherPage: uint64(1 - best)}
	if o := pages[1-best]; o != nil {
		pair.otherValid = validMeta(o)
		pair.otherTxid = binary.LittleEndian.Uint64(o[64:])
	}
	return pair, nil
}

// checkFile looks at an existing file before bbolt maps it: an empty or
// missing file is fresh; anything else needs a valid bbolt meta page (magic,
// version, checksum) and must be as long as that meta page says, since
// bbolt would otherwise fault reading past the end of the mapping.
func checkFile(path string) (fresh bool, meta metaPair, err error) {
	f, err := openFile(path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return true, meta, nil
	}
	if err != nil {
		return false, meta, fmt.Errorf("data: open %s: %w", path, unwrapPath(err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false, meta, fmt.Errorf("data: open %s: %w", path, unwrapPath(err))
	}
	if st.Size() == 0 {
		return true, meta, nil
	}
	if meta, err = readMeta(f, path); err != nil {
		return false, meta, err
	}
	if need := int64(meta.current.hwm) * int64(meta.current.pageSize); need > st.Size() || need < 0 {
		return false, meta, damagedFile(path, fmt.Sprintf("the file is %d bytes, its pages need %d", st.Size(), need))
	}
	return false, meta, nil
}

// damagedFile is the error of a file that is not a readable database.
func damagedFile(path, why string) error {
	return fmt.Errorf("data: open %s: %w (%s)", path, ErrDamaged, why)
}

// validMeta checks a bbolt meta page: a 16-byte page header, then magic
// 0xED0CDAED, version 2, and an FNV-64a checksum of bytes 16–72 at 72.
func validMeta(m []byte) bool {
	if binary.LittleEndian.Uint32(m[16:]) != 0xED0CDAED || binary.LittleEndian.Uint32(m[20:]) != 2 {
		return false
	}
	h := fnv.New64a()
	h.Write(m[16:72])
	return h.Sum64() == binary.LittleEndian.Uint64(m[72:])
}

// unwrapPath drops the operation and path that *fs.PathError repeats,
// so that a message names its file once.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
