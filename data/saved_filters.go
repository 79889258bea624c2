package data

import (
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// SavedFilter is a named filter with its grouping (закладка), kept in the
// database so the user can pick it again.
type SavedFilter struct {
	ID     ID      `json:"id"`
	Name   string  `json:"name"`
	Filter Filter  `json:"filter"`
	Group  GroupBy `json:"group"`
}

// Validate checks the saved filter's name.
func (f *SavedFilter) Validate() error {
	if strings.TrimSpace(f.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if len(f.Name) > 200 {
		return problemWith("name", ProblemTooLong, Args{Max: 200})
	}
	return nil
}

// SaveFilter stores a saved filter; a name already used by another saved
// filter is refused.
func (s *Store) SaveFilter(f *SavedFilter) error {
	return saveRecord(s, bucketFilters, "saved filter", &f.ID, f, func(w *writer) error {
		return w.b(bucketFilters).ForEach(func(k, v []byte) error {
			var other SavedFilter
			if err := decodeJSON(v, &other); err != nil {
				return err
			}
			if other.ID != f.ID && Fold(strings.TrimSpace(other.Name)) == Fold(strings.TrimSpace(f.Name)) {
				return problemWith("name", ProblemTaken, Args{Value: f.Name})
			}
			return nil
		})
	})
}

// SavedFilters lists the saved filters by name.
func (s *Store) SavedFilters() ([]SavedFilter, error) {
	list, err := loadAll[SavedFilter](s, bucketFilters)
	slices.SortFunc(list, func(a, b SavedFilter) int { return strings.Compare(Fold(a.Name), Fold(b.Name)) })
	return list, err
}

// DeleteFilter removes a saved filter.
func (s *Store) DeleteFilter(id ID) error {
	err := s.updateTx(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFilters)
		if b.Get(id.key()) == nil {
			return ErrNotFound
		}
		return b.Delete(id.key())
	})
	if err != nil {
		return fmt.Errorf("data: delete saved filter %d: %w", id, err)
	}
	return nil
}
