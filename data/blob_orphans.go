package data

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// DropBlobs removes the attachments' bytes stored under ids. An editor
// stores the bytes of new attachments before it saves the e-mail that
// holds them; when that save is refused, it drops them again, so that a
// refused save leaves nothing behind. A blob that an interaction holds is
// kept: it is no editor's to drop.
func (s *Store) DropBlobs(ids []ID) error {
	if len(ids) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		held, err := heldBlobs(tx)
		if err != nil {
			return err
		}
		b := tx.Bucket(bucketBlobs)
		for _, id := range ids {
			if !held[id] {
				if err := b.Delete(id.key()); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("data: drop attachments: %w", err)
	}
	return nil
}

// OrphanBlobs lists the attachments' bytes that no interaction holds, in
// id order. It reads only the stored blobs' keys when there are none;
// otherwise the interactions that name a blob.
func (s *Store) OrphanBlobs() ([]ID, error) {
	var out []ID
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBlobs)
		if k, _ := b.Cursor().First(); k == nil {
			return nil
		}
		held, err := heldBlobs(tx)
		if err != nil {
			return err
		}
		return b.ForEach(func(k, _ []byte) error {
			if id := idFromKey(k); !held[id] {
				out = append(out, id)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("data: orphan attachments: %w", err)
	}
	return out, nil
}

// heldBlobs returns the blobs the interactions hold, the marked ones'
// too.
func heldBlobs(tx *bolt.Tx) (map[ID]bool, error) {
	held := map[ID]bool{}
	err := tx.Bucket(bucketInteractions).ForEach(func(k, v []byte) error {
		it, err := decodeInteraction(idFromKey(k), v)
		if err != nil {
			return err
		}
		if it.Email != nil {
			for _, a := range it.Email.Attachments {
				if a.Blob != 0 {
					held[a.Blob] = true
				}
			}
		}
		return nil
	})
	return held, err
}
