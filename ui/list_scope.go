package ui

import (
	"context"

	"interactions/data"
)

// optionScope is the store as the list sees it while some interaction
// types are switched off in the settings: a filter without types then
// means every enabled type, so the interactions of a switched-off type
// disappear from the list, its counts and its groups (their data stays).
type optionScope struct {
	listSource
	options func() data.Options
}

// scoped returns src limited to the types the options enable.
func scoped(src listSource, options func() data.Options) listSource {
	return &optionScope{listSource: src, options: options}
}

// scope narrows f to the enabled types when it names none (data.Options.Scope).
func (s *optionScope) scope(f data.Filter) data.Filter { return s.options().Scope(f) }

// List reads a page of the scoped filter.
func (s *optionScope) List(q data.Query) (data.Page, error) {
	q.Filter = s.scope(q.Filter)
	return s.listSource.List(q)
}

// Count counts the scoped filter.
func (s *optionScope) Count(f data.Filter) (int, error) { return s.listSource.Count(s.scope(f)) }

// StatusCounts counts the scoped filter by status.
func (s *optionScope) StatusCounts(f data.Filter) (data.StatusCounts, error) {
	return s.listSource.StatusCounts(s.scope(f))
}

// Scan walks the scoped filter.
func (s *optionScope) Scan(ctx context.Context, f data.Filter, order data.SortOrder, fn func(data.Cursor) bool) error {
	return s.listSource.Scan(ctx, s.scope(f), order, fn)
}

// SortedKeys sorts the scoped filter.
func (s *optionScope) SortedKeys(ctx context.Context, f data.Filter, key data.SortKey, desc bool) ([]data.Cursor, error) {
	return s.listSource.SortedKeys(ctx, s.scope(f), key, desc)
}

// Groups groups the scoped filter.
func (s *optionScope) Groups(f data.Filter, g data.GroupBy) ([]data.Group, error) {
	return s.listSource.Groups(s.scope(f), g)
}

// navScopeStore is what the navigation panel's scope reads beyond navStore.
type navScopeStore interface {
	navStore
	Groups(f data.Filter, g data.GroupBy) ([]data.Group, error)
	SubjectActive(r data.Ref) bool
}

// navScope gives the navigation panel counts without the interactions of
// switched-off types: the stored counters while every type is on, else
// the groups of a filter on the enabled types (a walk of the index, in
// the panel's background read).
type navScope struct {
	navScopeStore
	options func() data.Options
}

// scopedNav returns st limited, for the panel's counts, to the enabled types.
func scopedNav(st navScopeStore, options func() data.Options) navStore {
	return &navScope{navScopeStore: st, options: options}
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
		return s.navScopeStore.SubjectCounters(activeOnly)
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
		return s.navScopeStore.Counters(g)
	}
	return s.Groups(f, g)
}
