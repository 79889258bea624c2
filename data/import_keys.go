package data

import (
	"context"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// Imported is one interaction of an imported file and the key it is
// known by in its source ("" for none): an iCalendar UID, for example.
type Imported struct {
	Interaction *Interaction
	Key         string
}

// importKey is the key of bucketImportKeys: source, a zero byte, key.
func importKey(source, key string) []byte {
	b := make([]byte, 0, len(source)+1+len(key))
	b = append(b, source...)
	b = append(b, 0)
	return append(b, key...)
}

// ImportedIDs returns the interactions recorded under the keys of source
// by earlier imports; keys with no interaction (or whose interaction was
// purged since) are left out.
func (s *Store) ImportedIDs(source string, keys []string) (map[string]ID, error) {
	out := map[string]ID{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketImportKeys)
		if b == nil {
			return nil
		}
		its := tx.Bucket(bucketInteractions)
		for _, k := range keys {
			v := b.Get(importKey(source, k))
			if len(v) != 8 {
				continue
			}
			if id := idFromKey(v); its.Get(id.key()) != nil {
				out[k] = id
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: read import keys: %w", err)
	}
	return out, nil
}

// SaveImported validates and stores the interactions of one imported
// file in one transaction: all of them or, on the first error or when ctx
// is cancelled, none. An interaction with an id replaces the stored one
// (keeping its creation time, number and deletion mark unless Deleted is
// set); a new one gets an id, a number and the creation time. Each
// non-empty key is recorded under source, so that ImportedIDs finds the
// interaction when the file comes again. progress, when not nil, is told
// how many are written so far. The error names the interaction by its
// position in items.
func (s *Store) SaveImported(ctx context.Context, source string, items []Imported, progress func(done int)) error {
	for i, im := range items {
		if im.Interaction.Importance == 0 {
			im.Interaction.Importance = ImportanceNormal
		}
		if err := im.Interaction.Validate(); err != nil {
			return fmt.Errorf("data: import [%d]: %w", i, err)
		}
	}
	before := make([]Interaction, len(items))
	for i, im := range items {
		before[i] = *im.Interaction
	}
	err := s.update(func(w *writer) error {
		keys, err := w.tx.CreateBucketIfNotExists(bucketImportKeys)
		if err != nil {
			return err
		}
		now := s.Now()
		for i, im := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			it := im.Interaction
			var old *Interaction
			if it.ID == 0 {
				seq, err := w.b(bucketInteractions).NextSequence()
				if err != nil {
					return err
				}
				it.ID, it.Created = ID(seq), now
				if it.Number == "" {
					it.Number = fmt.Sprintf("%08d", seq)
				}
			} else {
				if old, err = w.get(it.ID); err != nil {
					return fmt.Errorf("[%d]: %w", i, err)
				}
				it.Created, it.Number = old.Created, old.Number
				it.Deleted = it.Deleted || old.Deleted
			}
			it.Modified = now
			if err := w.save(old, it); err != nil {
				return fmt.Errorf("[%d]: %w", i, err)
			}
			if im.Key != "" {
				if err := keys.Put(importKey(source, im.Key), it.ID.key()); err != nil {
					return err
				}
			}
			if progress != nil && (i%64 == 63 || i == len(items)-1) {
				progress(i + 1)
			}
		}
		return nil
	})
	if err != nil {
		for i, im := range items {
			*im.Interaction = before[i]
		}
		return fmt.Errorf("data: import: %w", err)
	}
	return nil
}
