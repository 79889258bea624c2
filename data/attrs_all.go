package data

import (
	"cmp"
	"slices"
)

// AllAttrDefs lists every additional attribute definition, the ones
// marked for deletion too: what the attributes screen shows.
func (s *Store) AllAttrDefs() []AttrDef {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]AttrDef, 0, len(s.attrDefs))
	for _, d := range s.attrDefs {
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b AttrDef) int { return cmp.Compare(a.ID, b.ID) })
	return out
}
