package navpanel

import (
	"interactions/data"
)

// ScopeStore is what the navigation panel's scope reads beyond Store.
type ScopeStore interface {
	Store
	Groups(f data.Filter, g data.GroupBy) ([]data.Group, error)
	SubjectActive(r data.Ref) bool
}

// navScope gives the navigation panel counts without the interactions of
// switched-off types: the stored counters while every type is on, else
// the groups of a filter on the enabled types (a walk of the index, in
// the panel's background read).
type navScope struct {
	ScopeStore
	options func() data.Options
}

// Scoped returns st limited, for the panel's counts, to the enabled types.
func Scoped(st ScopeStore, options func() data.Options) Store {
	return &navScope{ScopeStore: st, options: options}
}

// enabled returns the filter of the enabled types, or false when all are on.
func (s *navScope) enabled() (data.Filter, bool) {
	f := s.options().Scope(data.Filter{})
	return f, len(f.Kinds) > 0
}

// SubjectCounters returns the real subjects' counts, newest first.
func (s *navScope) SubjectCounters(activeOnly bool) ([]data.Group, error) {
	f, narrowed := s.enabled()
	if !narrowed {
		return s.ScopeStore.SubjectCounters(activeOnly)
	}
	gs, err := s.Groups(f, data.GroupBy{Kind: data.GroupSubject})
	if err != nil {
		return nil, err
	}
	out := gs[:0]
	for _, g := range gs {
		if g.Key.Ref.Kind != data.RefInteraction && (!activeOnly || s.SubjectActive(g.Key.Ref)) {
			out = append(out, g)
		}
	}
	return out, nil
}

// Counters returns the counts of one dimension.
func (s *navScope) Counters(g data.GroupBy) ([]data.Group, error) {
	f, narrowed := s.enabled()
	if !narrowed {
		return s.ScopeStore.Counters(g)
	}
	return s.Groups(f, g)
}
