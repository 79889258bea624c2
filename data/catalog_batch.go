package data

import (
	"fmt"
)

// SaveCatalogBatch validates and stores partners and then contact persons
// in one transaction: all of them or, on the first error, none. A record
// with an id replaces the stored one of that id; a new record gets an id
// (taken back when the batch fails). The error names the record by its
// position: partners[i] or persons[i].
func (s *Store) SaveCatalogBatch(partners []*Partner, persons []*Person) error {
	for i, p := range partners {
		if err := p.Validate(); err != nil {
			return fmt.Errorf("data: save partners[%d]: %w", i, err)
		}
	}
	newPartners := make([]bool, len(partners))
	newPersons := make([]bool, len(persons))
	err := s.update(func(w *writer) error {
		for i, p := range partners {
			newPartners[i] = p.ID == 0
			if err := putRecord(w, bucketPartners, "partner", &p.ID, p, w.checkPartner); err != nil {
				return fmt.Errorf("partners[%d]: %w", i, err)
			}
		}
		for i, p := range persons {
			if err := p.Validate(); err != nil {
				return fmt.Errorf("persons[%d]: %w", i, err)
			}
			newPersons[i] = p.ID == 0
			if err := putRecord(w, bucketPersons, "contact person", &p.ID, p, w.checkPerson); err != nil {
				return fmt.Errorf("persons[%d]: %w", i, err)
			}
		}
		return nil
	})
	if err != nil {
		for i, p := range partners {
			if newPartners[i] {
				p.ID = 0
			}
		}
		for i, p := range persons {
			if newPersons[i] {
				p.ID = 0
			}
		}
		return fmt.Errorf("data: save catalog: %w", err)
	}
	s.names.reset()
	s.dates.reset()
	return nil
}

// putRecord gives v an id when new, runs check and stores v as JSON,
// inside the writer's transaction.
func putRecord[T any](w *writer, bucket []byte, what string, id *ID, v *T, check func(*T) error) error {
	b := w.b(bucket)
	if *id == 0 {
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		*id = ID(seq)
	} else if b.Get(id.key()) == nil {
		return fmt.Errorf("%s %d: %w", what, *id, ErrNotFound)
	}
	if err := check(v); err != nil {
		return err
	}
	bumpVersion(b, *id, v)
	return putJSON(b, *id, v)
}
