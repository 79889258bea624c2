package data

import (
	"context"
	"fmt"
)

// SaveEdited saves an interaction an editor changed. It is SaveInteraction
// with one more rule: an interaction that exists is saved only over the
// version the editor read (it.Version); when another editor or a bulk
// action saved it since, the save is refused with ErrChanged and nothing
// is written.
func (s *Store) SaveEdited(it *Interaction) error {
	if it.ID == 0 {
		return s.SaveInteraction(it)
	}
	if it.Importance == 0 {
		it.Importance = ImportanceNormal
	}
	if err := it.Validate(); err != nil {
		return fmt.Errorf("data: save interaction: %w", err)
	}
	before := *it
	err := s.update(func(w *writer) error {
		old, err := w.get(it.ID)
		if err != nil {
			return err
		}
		if old.Version != it.Version {
			return fmt.Errorf("interaction %d: %w", it.ID, ErrChanged)
		}
		it.Created, it.Deleted = old.Created, old.Deleted
		it.Modified = s.Now()
		return w.save(old, it)
	})
	if err != nil {
		*it = before
		return fmt.Errorf("data: save interaction: %w", err)
	}
	return nil
}

// ChainSize returns how many interactions, the ones marked for deletion
// aside, have the subject r: the number a change of subject on one of
// them moves.
func (s *Store) ChainSize(r Ref) (int, error) {
	if r.IsZero() {
		return 0, nil
	}
	return s.Count(Filter{Subject: r})
}

// Chain returns the rows of every interaction of subject r in time order,
// oldest first: the chain or subject view.
func (s *Store) Chain(ctx context.Context, r Ref) ([]Row, error) {
	var keys []Cursor
	err := s.Scan(ctx, Filter{Subject: r}, OldestFirst, func(c Cursor) bool {
		keys = append(keys, c)
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("data: chain: %w", err)
	}
	return s.Rows(keys)
}
