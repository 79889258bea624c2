package data

import (
	"context"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// defaultLimit is the page size when a query names none.
const defaultLimit = 100

// List returns one page of the interactions the query selects, in list
// order, starting after q.After.
func (s *Store) List(q Query) (Page, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	var page Page
	err := s.view(func(tx *bolt.Tx) error {
		p, err := s.newPagePlan(tx, q.Filter, q.Order, q.After, limit)
		if err != nil {
			return err
		}
		var keys []Cursor
		for len(keys) < limit+1 {
			k, _, ok := p.next()
			if !ok {
				break
			}
			keys = append(keys, k)
		}
		if len(keys) > limit {
			keys, page.More = keys[:limit], true
		}
		rows, err := s.rows(tx, keys)
		page.Rows = rows
		if len(keys) > 0 {
			page.Next = keys[len(keys)-1]
		}
		return err
	})
	if err != nil {
		return Page{}, fmt.Errorf("data: list: %w", err)
	}
	return page, nil
}

// Scan calls fn with the key of every row the filter selects, in order,
// until fn returns false or ctx is done.
func (s *Store) Scan(ctx context.Context, f Filter, order SortOrder, fn func(Cursor) bool) error {
	return s.view(func(tx *bolt.Tx) error {
		p, err := s.newPlan(tx, f, order, Cursor{})
		if err != nil {
			return err
		}
		for i := 0; ; i++ {
			if i&1023 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			k, _, ok := p.next()
			if !ok || !fn(k) {
				return nil
			}
		}
	})
}

// Rows reads the rows at the given keys, as List returns them; keys that
// no longer exist are left out.
func (s *Store) Rows(keys []Cursor) ([]Row, error) {
	var rows []Row
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		rows, err = s.rows(tx, keys)
		return err
	})
	return rows, err
}

func (s *Store) rows(tx *bolt.Tx, keys []Cursor) ([]Row, error) {
	rows := make([]Row, 0, len(keys))
	b := tx.Bucket(bucketInteractions)
	names := map[Ref]string{}
	name := func(r Ref) string {
		if r.Kind == RefInteraction {
			return s.topics.get(tx, r.ID)
		}
		if n, ok := names[r]; ok {
			return n
		}
		n := s.names.get(tx, r)
		names[r] = n
		return n
	}
	for _, k := range keys {
		v := b.Get(k.ID().key())
		if v == nil {
			continue
		}
		it, err := decodeInteraction(k.ID(), v)
		if err != nil {
			return nil, err
		}
		row := Row{Cursor: k, Interaction: it, Responsible: name(Ref{RefEmployee, it.Responsible})}
		if !it.IsChainRoot() {
			row.Subject = name(it.Subject)
		}
		row.Contacts = contactNames(it)
		rows = append(rows, row)
	}
	return rows, nil
}

// Name returns the display name of what r points at, or "" when it is gone.
func (s *Store) Name(r Ref) string {
	var n string
	s.view(func(tx *bolt.Tx) error {
		n = s.names.get(tx, r)
		return nil
	})
	return n
}

// Names returns the display names of several references in one transaction.
func (s *Store) Names(refs []Ref) map[Ref]string {
	out := make(map[Ref]string, len(refs))
	for i, n := range s.NamesOf(refs) {
		out[refs[i]] = n
	}
	return out
}

// NamesOf returns the display names of refs, in their order ("" for what
// is gone), in one transaction: a long list, such as the groups of a
// grouping, is read in key order, kind by kind.
func (s *Store) NamesOf(refs []Ref) []string {
	var names []string
	s.view(func(tx *bolt.Tx) error {
		names = s.names.many(tx, nil, refs)
		return nil
	})
	if names == nil {
		names = make([]string, len(refs))
	}
	return names
}

// contactNames is the Contacts column of a row: the contacts' names as
// the interaction writes them, comma separated, or the called contact's.
func contactNames(it *Interaction) string {
	var cs []string
	for _, c := range it.Contacts {
		if c.Name != "" {
			cs = append(cs, c.Name)
		}
	}
	if len(cs) == 0 && it.Call != nil && it.Call.Contact.Name != "" {
		cs = append(cs, it.Call.Contact.Name)
	}
	return strings.Join(cs, ", ")
}
