package data

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// NamedAs returns the records of the kinds whose display name is folded
// once folded (Fold), in the order of the kinds and of ids: a seek in
// the index of folded names (ixNameKeys), which every open store has (an
// open makes a missing index again); without it, a look through the
// names (NamesOfKind).
func (s *Store) NamedAs(folded string, kinds ...RefKind) ([]Ref, error) {
	for _, k := range kinds {
		if !namedKind(k) {
			return nil, fmt.Errorf("data: named as: %s is not a kind of catalog record", k)
		}
	}
	var out []Ref
	indexed := false
	err := s.view(func(tx *bolt.Tx) error {
		if keys := tx.Bucket(ixNameKeys); keys != nil {
			indexed = true
			out = namedByKey(keys, folded, kinds)
		}
		return nil
	})
	if err != nil || indexed {
		return out, err
	}
	named, err := s.NamesOfKinds(kinds...)
	if err != nil {
		return nil, err
	}
	for _, n := range named {
		if FoldEqual(n.Name, folded) {
			out = append(out, n.Ref)
		}
	}
	return out, nil
}

// Has reports whether the catalog record r is stored (marked for
// deletion or not).
func (s *Store) Has(r Ref) (bool, error) {
	bucket, _, ok := nameKind(r.Kind)
	if !ok {
		return false, fmt.Errorf("data: has: %s is not a kind of catalog record", r.Kind)
	}
	has := false
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucket); b != nil {
			has = b.Get(r.ID.key()) != nil
		}
		return nil
	})
	return has, err
}
