package data

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// CompactResult tells what Compact did.
type CompactResult struct {
	Before, After int64 // the file's size in bytes
	Interactions  int   // interactions in the compacted file, those marked for deletion included
}

// compactTxBytes is how many bytes of keys and values Compact writes in
// one transaction of the new file: its memory stays bounded by them.
var compactTxBytes int64 = 32 << 20

// compactPoll is how often Compact reports its progress.
const compactPoll = 200 * time.Millisecond

// compactPrefix starts the name of Compact's new file, beside the database
// (".NAME.compact-" and a random part): a file left by a compaction that
// was killed is found by it and removed by the next one.
func compactPrefix(path string) string { return "." + filepath.Base(path) + ".compact-" }

// Compact gives back the space a database file holds but no longer uses:
// the pages an upgrade, a rebuild or deletions freed, which bbolt reuses
// for later writes but never returns. It copies every bucket into a new
// file beside path, full pages, verifies the copy as VerifyBackup does,
// and puts it in path's place. The database stays whole whatever happens:
// until the new file replaces it the old one is not changed, and a failed
// or killed compaction leaves it as it was (the next one removes the new
// file left behind). A file of an older schema is upgraded first, as Open
// does; a database open in another program is refused with ErrLocked.
//
// progress, when set, is called from Compact's goroutine with What
// "compact" and Done and Total in pages of the new file, then once with
// What "compact-check" (no Total) as the new file is checked; an
// upgrade's steps come first, as OpenWith reports them.
func Compact(path string, progress func(Progress)) (CompactResult, error) {
	var res CompactResult
	// Open would make a missing file.
	if _, err := os.Stat(path); err != nil {
		return res, fmt.Errorf("data: compact %s: %w", path, unwrapPath(err))
	}
	s, err := OpenWith(path, OpenOptions{Progress: progress})
	if err != nil {
		return res, err
	}
	closed := false
	defer func() {
		if !closed {
			s.Close()
		}
	}()
	// Holding the writer's lock, no other compaction runs: a new file of
	// an earlier one is left over from a kill.
	removeCompactLeftovers(path)
	st, err := os.Stat(path)
	if err != nil {
		return res, fmt.Errorf("data: compact %s: %w", path, unwrapPath(err))
	}
	res.Before = st.Size()
	tmp, err := s.compactInto(path, progress)
	if err != nil {
		return res, err
	}
	keep := false
	defer func() {
		if !keep {
			os.Remove(tmp)
		}
	}()
	if progress != nil {
		progress(Progress{What: "compact-check"}) // its length is not known: no Total
	}
	n, err := VerifyBackup(tmp)
	if err != nil {
		return res, fmt.Errorf("data: compact %s: the new file does not verify, the database is unchanged: %w", path, err)
	}
	was, err := s.Count(Filter{Deleted: DeletedInclude})
	if err != nil {
		return res, err
	}
	if n != was {
		return res, fmt.Errorf("data: compact %s: %w: the new file holds %d interactions, the database %d; the database is unchanged", path, ErrDamaged, n, was)
	}
	if runtime.GOOS == "windows" { // there an open file cannot be renamed over
		closed = true
		if err := s.Close(); err != nil {
			return res, fmt.Errorf("data: compact %s: %w", path, err)
		}
	}
	if err := os.Chmod(tmp, st.Mode().Perm()); err != nil {
		return res, fmt.Errorf("data: compact %s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		return res, fmt.Errorf("data: compact %s: %w", path, unwrapPath(err))
	}
	keep = true
	syncDir(filepath.Dir(path))
	if st, err := os.Stat(path); err == nil {
		res.After = st.Size()
	}
	res.Interactions = n
	return res, nil
}

// compactInto copies the store's buckets into a new file beside path,
// synced and closed, and returns its name.
func (s *Store) compactInto(path string, progress func(Progress)) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), compactPrefix(path)+"*")
	if err != nil {
		return "", fmt.Errorf("data: compact %s: %w", path, unwrapPath(err))
	}
	tmp := f.Name()
	f.Close()
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: time.Second, NoSync: true, OpenFile: openFile})
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("data: compact %s: %w", path, unwrapPath(err))
	}
	err = copyWithProgress(dst, s.db, progress)
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("data: compact %s: the database is unchanged: %w", path, unwrapPath(err))
	}
	return tmp, nil
}

// copyWithProgress runs bbolt's Compact from src into dst. While it runs
// it tells progress, when set, how many pages dst has against the pages
// src uses, and lets both files' mapped pages go (releaseMapped), which
// would otherwise count a whole copy and a half in the process's memory.
func copyWithProgress(dst, src *bolt.DB, progress func(Progress)) error {
	if progress == nil {
		progress = func(Progress) {}
	}
	total := usedPages(src)
	// Read before the copy starts: Info reads the map that the copy's
	// commits move.
	pageSize := int64(dst.Info().PageSize)
	done := make(chan error, 1)
	go func() { done <- bolt.Compact(dst, src, compactTxBytes) }()
	tick := time.NewTicker(compactPoll)
	defer tick.Stop()
	progress(Progress{What: "compact", Total: total})
	for {
		select {
		case err := <-done:
			if err == nil {
				progress(Progress{What: "compact", Done: total, Total: total})
			}
			return err
		case <-tick.C:
			for _, db := range []*bolt.DB{src, dst} {
				db.View(func(tx *bolt.Tx) error { return releaseMapped(db, tx) })
			}
			// The new file grows as its transactions commit; full pages
			// may need fewer than the old ones, so it stays short of total.
			n := 0
			if st, err := os.Stat(dst.Path()); err == nil {
				n = int(st.Size() / pageSize)
			}
			progress(Progress{What: "compact", Done: min(n, total-1), Total: total})
		}
	}
}

// usedPages is how many pages of src hold data: its high water mark less
// its free pages, at least 1.
func usedPages(src *bolt.DB) int {
	n := 1
	src.View(func(tx *bolt.Tx) error {
		st := src.Stats()
		n = max(1, int(tx.Size()/int64(src.Info().PageSize))-st.FreePageN-st.PendingPageN)
		return nil
	})
	return n
}

// removeCompactLeftovers removes the new files of compactions of path that
// were killed before they finished.
func removeCompactLeftovers(path string) {
	dir, prefix := filepath.Dir(path), compactPrefix(path)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// syncDir makes a rename in dir durable where the system allows it.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
