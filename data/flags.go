package data

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// InteractionFlag is a yes-or-no field of an interaction that a toggle
// over a selection looks at first.
type InteractionFlag int

// The flags AnyWithout reads.
const (
	FlagReviewed InteractionFlag = iota
	FlagDeleted
)

// AnyWithout reports whether any interaction of ids lacks flag: the
// toggles of the window (Ctrl+R, Delete) mark all when one is unmarked,
// and clear all otherwise. It reads the flags byte of each binary record
// and decodes only a record of the older JSON form; ids not stored are
// left out. On a million selected interactions that all carry the flag
// it reads each once, without building a million records.
func (s *Store) AnyWithout(ids []ID, flag InteractionFlag) (bool, error) {
	bit := byte(codecReviewed)
	if flag == FlagDeleted {
		bit = codecDeleted
	}
	found := false
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketInteractions)
		for _, id := range ids {
			v := b.Get(id.key())
			if v == nil {
				continue
			}
			if _, _, ok := recordBody(v); ok {
				if v[4]&bit == 0 {
					found = true
					return nil
				}
				continue
			}
			it, err := decodeInteraction(id, v)
			if err != nil {
				return err
			}
			has := it.Reviewed
			if flag == FlagDeleted {
				has = it.Deleted
			}
			if !has {
				found = true
				return nil
			}
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("data: read the flags of interactions: %w", err)
	}
	return found, nil
}
