//go:build linux

package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TestReleaseMapped reads every page of a 16 MB file through the mapping,
// releases it and finds the process's file-backed memory down by most of
// the file, and every value as it was when read again.
func TestReleaseMapped(t *testing.T) {
	db, err := bolt.Open(filepath.Join(t.TempDir(), "r.db"), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	readAll := fillMapped(t, db)
	db.View(func(tx *bolt.Tx) error {
		readAll(tx)
		before := rssFileKB(t)
		if err := releaseMapped(db, tx); err != nil {
			t.Fatal(err)
		}
		after := rssFileKB(t)
		if before-after < 12<<10 {
			t.Errorf("file-backed memory %d KB before the release, %d KB after; want 12 MB less at least", before, after)
		}
		readAll(tx)
		return nil
	})
}

// TestReleaseEvery: while a read of every page of a 16 MB file goes on,
// ReleaseEvery lets the pages go, so the file-backed memory comes back
// near where it was before the read; the values read again are the same.
func TestReleaseEvery(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	readAll := fillMapped(t, s.db)
	base := rssFileKB(t)
	stop := s.ReleaseEvery(time.Millisecond)
	defer stop()
	err = s.db.View(func(tx *bolt.Tx) error {
		readAll(tx)
		// Wait for a release after the read; the deadline only keeps
		// a broken release from hanging the test.
		deadline := time.Now().Add(30 * time.Second)
		for rssFileKB(t) > base+4<<10 {
			if time.Now().After(deadline) {
				t.Errorf("file-backed memory %d KB before the read, %d KB long after it; want at most 4 MB more", base, rssFileKB(t))
				break
			}
			time.Sleep(time.Millisecond)
		}
		readAll(tx)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fillMapped writes 4096 values of 4000 bytes into bucket b of db and
// returns a read of them all through the map that checks each.
func fillMapped(t *testing.T, db *bolt.DB) func(tx *bolt.Tx) {
	t.Helper()
	value := func(i int) []byte { return bytes.Repeat([]byte{byte(i)}, 4000) }
	const n = 4096
	if err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte("b"))
		if err != nil {
			return err
		}
		for i := range n {
			if err := b.Put(ID(i+1).key(), value(i)); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return func(tx *bolt.Tx) {
		i := 0
		tx.Bucket([]byte("b")).ForEach(func(k, v []byte) error {
			if !bytes.Equal(v, value(i)) {
				t.Fatalf("value %d differs", i)
			}
			i++
			return nil
		})
		if i != n {
			t.Fatalf("read %d values, want %d", i, n)
		}
	}
}

// rssFileKB reads the process's file-backed resident memory.
func rssFileKB(t *testing.T) int {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	for line := range strings.Lines(string(status)) {
		if rest, ok := strings.CutPrefix(line, "RssFile:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				t.Fatal(line, err)
			}
			return kb
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}
