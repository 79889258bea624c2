//go:build linux

package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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
	readAll := func(tx *bolt.Tx) {
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
