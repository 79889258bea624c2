package data

import (
	"cmp"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The additional attribute definitions are kept decoded in the Store. A
// store that writes reads them at its open, which refuses a damaged one,
// so that no write works from a partial set. A read-only store (the
// command line's reads) reads them the first time something needs them:
// a listing that names no attribute, the usual command, decodes none,
// and a damaged definition is reported by what needs it (ReadAttrDefs,
// a filter or grouping on an attribute, check) instead of by the open.

// readAttrDefs decodes every attribute definition of the file.
func readAttrDefs(tx *bolt.Tx) (map[ID]*AttrDef, error) {
	defs := map[ID]*AttrDef{}
	err := tx.Bucket(bucketAttrs).ForEach(func(k, v []byte) error {
		d, err := decodeAttrDef(v)
		if err != nil {
			return recordDamaged(bucketAttrs, idFromKey(k), err)
		}
		defs[d.ID] = d
		return nil
	})
	if err != nil {
		return nil, err
	}
	return defs, nil
}

// defs returns every attribute definition, reading them first if the
// store has not: with tx when the caller is in a transaction (a second
// read transaction of the same goroutine could wait on a writer that
// waits on the first), with one of its own when tx is nil. What the read
// gives, a damaged definition too, is kept for the store's life, as the
// open's read is.
func (s *Store) defs(tx *bolt.Tx) (map[ID]*AttrDef, error) {
	s.mu.RLock()
	defs, read, err := s.attrDefs, s.defsRead, s.defsErr
	s.mu.RUnlock()
	if read {
		return defs, err
	}
	if tx != nil {
		defs, err = readAttrDefs(tx)
	} else if verr := s.view(func(tx *bolt.Tx) error {
		defs, err = readAttrDefs(tx)
		return nil
	}); verr != nil {
		return nil, verr // the file could not be read: try again next time
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.defsRead {
		s.attrDefs, s.defsErr, s.defsRead = defs, err, true
	}
	return s.attrDefs, s.defsErr
}

// knownDefs is defs for the callers that have no error to return: none
// when the definitions cannot be read (ReadAttrDefs says why).
func (s *Store) knownDefs() map[ID]*AttrDef {
	defs, _ := s.defs(nil)
	return defs
}

// ReadAttrDefs lists the attribute definitions AttrDefs lists, with the
// error of reading them: a read-only store reads them on first use, and
// reports a damaged one here (AttrDefs then lists none).
func (s *Store) ReadAttrDefs() ([]AttrDef, error) {
	defs, err := s.defs(nil)
	if err != nil {
		return nil, err
	}
	return sortedDefs(defs, false), nil
}

// AttrDefs lists every additional attribute definition not marked for
// deletion (the values of a marked one stay until it is purged).
func (s *Store) AttrDefs() []AttrDef { return sortedDefs(s.knownDefs(), false) }

// AllAttrDefs lists every additional attribute definition, the ones
// marked for deletion too: what the attributes screen shows.
func (s *Store) AllAttrDefs() []AttrDef { return sortedDefs(s.knownDefs(), true) }

// AttrDef returns one attribute definition.
func (s *Store) AttrDef(id ID) (AttrDef, bool) {
	d, ok := s.knownDefs()[id]
	if !ok {
		return AttrDef{}, false
	}
	return *d, true
}

// sortedDefs copies the definitions in id order, the ones marked for
// deletion only when marked is true.
func sortedDefs(defs map[ID]*AttrDef, marked bool) []AttrDef {
	out := make([]AttrDef, 0, len(defs))
	for _, d := range defs {
		if marked || !d.Deleted {
			out = append(out, *d)
		}
	}
	slices.SortFunc(out, func(a, b AttrDef) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// filterDefs returns the attribute definitions f needs: none when it
// names no attribute, so that such a query reads none.
func (s *Store) filterDefs(tx *bolt.Tx, f Filter) (map[ID]*AttrDef, error) {
	if len(f.Attrs) == 0 {
		return nil, nil
	}
	return s.defs(tx)
}
