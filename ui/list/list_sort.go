package list

import (
	"errors"

	"interactions/data"
	"interactions/ui/background"
)

// Sort is the order of the list: a column and its direction. By date,
// desc is newest first, the natural order of the store's indexes; by any
// other column the store sorts the keys of the whole result
// (data.Store.SortedKeys) and the rows are read by key, page by page.
type Sort struct {
	Key  data.SortKey
	Desc bool
}

// DateNewestFirst is the order of a fresh list.
var DateNewestFirst = Sort{Key: data.SortDate, Desc: true}

// byColumn reports whether the order needs the sorted keys.
func (s Sort) byColumn() bool { return s.Key != data.SortDate }

// order is the date order of a date sort.
func (s Sort) order() data.SortOrder {
	if s.Desc {
		return data.NewestFirst
	}
	return data.OldestFirst
}

// next is the order after a click on the header of column key: the same
// column reversed, or a new column in its first direction (dates newest
// first, the others ascending).
func (s Sort) Next(key data.SortKey) Sort {
	if s.Key == key {
		return Sort{Key: key, Desc: !s.Desc}
	}
	return Sort{Key: key, Desc: key == data.SortDate}
}

// Sort returns the current order.
func (m *Model) Sort() Sort { return m.sort }

// SetSort orders the list by another column and reads it again from the
// top; the rows shown stay until the first rows in the new order arrive.
func (m *Model) SetSort(s Sort) {
	if s == m.sort {
		return
	}
	m.sort = s
	m.notice = nil
	m.reset()
}

// requestSorted reads page p of a segment sorted by a column: the rows at
// its keys, once the keys are known.
func (m *Model) requestSorted(s *segment, p int) {
	if !s.keysKnown {
		m.loadKeys(s)
		return
	}
	lo := p * m.PageSize
	if lo >= len(s.keys) {
		return
	}
	keys := s.keys[lo:min(lo+m.PageSize, len(s.keys))]
	s.loading[p] = true
	background.Read(&m.tasks, s.ctx, func() ([]data.Row, error) { return m.src.Rows(keys) }, func(rows []data.Row, err error) {
		delete(s.loading, p)
		if err != nil {
			m.fail(err)
			return
		}
		m.addPage(s, p, rows)
	})
}

// loadKeys asks the store for the sorted keys of a segment. A result too
// big to sort by the column falls back to the date order, with a notice.
func (m *Model) loadKeys(s *segment) {
	if s.keysLoading {
		return
	}
	s.keysLoading = true
	ctx, f, key, desc := s.ctx, s.filter, s.sort.Key, s.sort.Desc
	read := func() ([]data.Cursor, error) { return m.src.SortedKeys(ctx, f, key, desc) }
	background.Read(&m.tasks, s.ctx, read, func(keys []data.Cursor, err error) {
		s.keysLoading = false
		switch {
		case errors.Is(err, data.ErrTooManyToSort):
			m.sort = DateNewestFirst
			m.reset()
			m.notice = err
			m.changed()
			return
		case err != nil:
			m.fail(err)
			return
		}
		s.keys, s.keysKnown, s.total = keys, true, len(keys)
		m.cur.dirty = true
		m.request(s, 0)
		m.changed()
	})
}

// sortKeyIDs returns the ids of rows lo..hi (inclusive) of a segment
// sorted by a column, when its keys are known.
func (s *segment) sortKeyIDs(lo, hi int) ([]data.ID, bool) {
	if !s.keysKnown {
		return nil, false
	}
	var ids []data.ID
	for i := max(lo, 0); i <= hi && i < len(s.keys); i++ {
		ids = append(ids, s.keys[i].ID())
	}
	return ids, true
}
