package data

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	bolt "go.etcd.io/bbolt"
)

// SaveBlob stores the bytes of an attachment and returns their id. An
// editor stores them when it saves the interaction that holds them; they
// go when that interaction is purged.
func (s *Store) SaveBlob(b []byte) (ID, error) {
	var id ID
	err := s.db.Update(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucketBlobs)
		seq, err := bk.NextSequence()
		if err != nil {
			return err
		}
		id = ID(seq)
		return bk.Put(id.key(), slices.Clone(b))
	})
	if err != nil {
		return 0, fmt.Errorf("data: save attachment: %w", err)
	}
	return id, nil
}

// Blob reads the bytes of an attachment.
func (s *Store) Blob(id ID) ([]byte, error) {
	var out []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketBlobs).Get(id.key())
		if v == nil {
			return ErrNotFound
		}
		out = slices.Clone(v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: attachment %d: %w", id, err)
	}
	return out, nil
}

// SafeFileName returns name fit to save a file under on any system: the
// last element of the path only, no control characters, none of the
// characters Windows forbids, no leading dots, not empty and at most 120
// runes; "attachment" when nothing is left.
func SafeFileName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = filepath.Base("/" + name)
	var b strings.Builder
	for _, r := range name {
		switch {
		case unicode.IsControl(r), strings.ContainsRune(`<>:"/\|?*`, r):
			b.WriteRune('_')
		default:
			b.WriteRune(r)
		}
	}
	out := strings.TrimSpace(strings.TrimLeft(b.String(), ". "))
	out = strings.TrimRight(out, ". ")
	if r := []rune(out); len(r) > 120 {
		ext := filepath.Ext(out)
		if len([]rune(ext)) > 10 {
			ext = ""
		}
		out = string(r[:120-len([]rune(ext))]) + ext
	}
	if out == "" {
		return "attachment"
	}
	return out
}
