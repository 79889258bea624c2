package list

import (
	"context"

	"interactions/data"
)

// optionScope is the store as the list sees it while some interaction
// types are switched off in the settings: a filter without types then
// means every enabled type, so the interactions of a switched-off type
// disappear from the list, its counts and its groups (their data stays).
type optionScope struct {
	Source
	options func() data.Options
}

// Scoped returns src limited to the types the options enable.
func Scoped(src Source, options func() data.Options) Source {
	return &optionScope{Source: src, options: options}
}

// scope narrows f to the enabled types when it names none (data.Options.Scope).
func (s *optionScope) scope(f data.Filter) data.Filter { return s.options().Scope(f) }

// List reads a page of the scoped filter.
func (s *optionScope) List(q data.Query) (data.Page, error) {
	q.Filter = s.scope(q.Filter)
	return s.Source.List(q)
}

// Count counts the scoped filter.
func (s *optionScope) Count(f data.Filter) (int, error) { return s.Source.Count(s.scope(f)) }

// StatusCounts counts the scoped filter by status.
func (s *optionScope) StatusCounts(ctx context.Context, f data.Filter) (data.StatusCounts, error) {
	return s.Source.StatusCounts(ctx, s.scope(f))
}

// Scan walks the scoped filter.
func (s *optionScope) Scan(ctx context.Context, f data.Filter, order data.SortOrder, fn func(data.Cursor) bool) error {
	return s.Source.Scan(ctx, s.scope(f), order, fn)
}

// SortedKeys sorts the scoped filter.
func (s *optionScope) SortedKeys(ctx context.Context, f data.Filter, key data.SortKey, desc bool) ([]data.Cursor, error) {
	return s.Source.SortedKeys(ctx, s.scope(f), key, desc)
}

// Groups groups the scoped filter.
func (s *optionScope) Groups(f data.Filter, g data.GroupBy) ([]data.Group, error) {
	return s.Source.Groups(s.scope(f), g)
}
