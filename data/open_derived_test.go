package data

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// derivedMissing finds each derived bucket missing on its own (the chain
// topic index aside, which fills itself), and none on a whole file.
func TestDerivedMissing_EachBucket(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "derived.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.db.View(func(tx *bolt.Tx) error {
		if derivedMissing(tx) {
			t.Error("a new file misses a derived bucket")
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	dropped := errors.New("rolled back")
	for _, name := range derivedBuckets {
		err := s.db.Update(func(tx *bolt.Tx) error {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
			if want := !bytes.Equal(name, ixChainTopics); derivedMissing(tx) != want {
				t.Errorf("without %s: derivedMissing = %v, want %v", name, !want, want)
			}
			return dropped
		})
		if !errors.Is(err, dropped) {
			t.Fatalf("drop %s: %v", name, err)
		}
	}
}
