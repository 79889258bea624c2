package mail

import (
	"fmt"
	"os"
	"runtime"
	"sync"

	"interactions/data"
)

// Files are read and parsed in chunks of up to chunkFiles files or
// chunkBytes bytes, on every core, while the store is written on one.
const (
	chunkFiles = 64
	chunkBytes = 64 << 20
)

// prepared is one file read and, unless it is an mbox, parsed.
type prepared struct {
	mbox bool
	raw  []byte // an mbox read already; nil when it is still to be read
	msg  data.NewEmail
	size int
}

// chunkEnd returns the end of the chunk of files that starts at first.
func chunkEnd(files []string, first int) int {
	var bytes int64
	last := first
	for last < len(files) && last-first < chunkFiles {
		if st, err := os.Stat(files[last]); err == nil {
			bytes += st.Size()
		}
		if bytes > chunkBytes && last > first {
			break
		}
		last++
	}
	return last
}

// prepareAll reads and parses a chunk of files on every core; a file's
// error and problems go to its result.
func (im *Importer) prepareAll(files []string, results []FileResult, format Format) []prepared {
	out := make([]prepared, len(files))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i := range files {
		if results[i].Err != nil {
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i], results[i].Err = im.prepare(files[i], &results[i], format)
		}()
	}
	wg.Wait()
	return out
}

// prepare reads one file and parses it when it is a message.
func (im *Importer) prepare(path string, r *FileResult, format Format) (prepared, error) {
	if format == Mbox {
		return prepared{mbox: true}, nil
	}
	raw, err := readLimited(path, MaxMboxBytes)
	if err != nil {
		return prepared{}, err
	}
	if format == Auto && IsMbox(raw) {
		return prepared{mbox: true, raw: raw}, nil
	}
	if len(raw) > MaxMessageBytes {
		return prepared{}, fmt.Errorf("%w: %d MiB, a message may have at most %d MiB", ErrTooLarge, len(raw)>>20, MaxMessageBytes>>20)
	}
	n, err := im.message(raw, r, "")
	if err != nil {
		return prepared{}, err
	}
	return prepared{msg: n, size: len(raw)}, nil
}
