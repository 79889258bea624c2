package data

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"
)

// RowText is one row of the list with the columns a table or a CSV export
// prints, read without decoding the whole record. ListRows hands out the
// same RowText for every row, and its byte fields point into the store's
// memory: both are valid only during the call they are passed to.
type RowText struct {
	Cursor      Cursor
	ID          ID
	Date        time.Time // in the local zone
	Number      []byte
	Type        InteractionType
	Direction   Direction
	Topic       []byte
	Contacts    []byte // the contacts' names, comma separated, or the called contact's
	SubjectRef  Ref
	Subject     string // the subject's name; "" for a chain root and when gone
	Responsible string
	Reviewed    bool
	ReviewAfter time.Time // zero when not deferred; in the local zone
	Description []byte    // with Query.Descriptions only

	responsible ID
	topic       []byte // the buffer Topic is unpacked into
	number      []byte // the buffer a number not written in the summary is made in
}

// IsChainRoot reports whether the row is the root of a chain.
func (r *RowText) IsChainRoot() bool {
	return r.SubjectRef.Kind == RefInteraction && r.SubjectRef.ID == r.ID
}

// Deferred reports whether the row is unreviewed and deferred past now.
func (r *RowText) Deferred(now time.Time) bool {
	return !r.Reviewed && r.ReviewAfter.After(now)
}

// pagePlanRows is the most rows a page of ListRows may ask for and still
// be driven as a page (see plan.choose): a screenful or a --limit, which
// an index on a filtered dimension answers with a seek a row. A longer
// page — the command line reads every row 10 000 at a time — walks the
// date index in order, which reads a row for less than a seek costs.
const pagePlanRows = 1000

// pagePlan is the page plan.choose is told of for a page of limit rows.
func pagePlan(limit int) int {
	if limit > pagePlanRows {
		return 0
	}
	return limit
}

// ListRows calls fn with each row of one page of the query, in list order:
// the rows List would return, as RowText. It returns the page without its
// rows: Next and More as List sets them. An error of fn ends the page and
// is returned as it is. The names a page shows (chain roots' topics,
// subjects, responsibles) are read before its rows, each bucket in key
// order, and fn runs inside the read transaction.
func (s *Store) ListRows(q Query, fn func(*RowText) error) (Page, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	var page Page
	var fnErr error
	err := s.view(func(tx *bolt.Tx) error {
		p, err := s.newPagePlan(tx, q.Filter, q.Order, q.After, pagePlan(limit))
		if err != nil {
			return err
		}
		s.prefault(p, limit)
		short := pagePlan(limit) > 0 // a page, not a long listing
		bufs := getListBufs(min(limit, 1<<14) + 1)
		defer bufs.put()
		keys, sums, roots, subjects := bufs.keys, bufs.sums, bufs.roots, bufs.subjects
		defer func() { bufs.keys, bufs.sums, bufs.roots, bufs.subjects = keys, sums, roots, subjects }()
		for len(keys) <= limit {
			k, sum, ok := p.next()
			if !ok {
				break
			}
			keys, sums = append(keys, k), append(sums, sum)
			if short {
				// A page reads its responsibles' names with its subjects':
				// a few leaves of the names index read once, not a lookup
				// a row (a long listing finds them kept after its first rows).
				subjects = append(subjects, Ref{RefEmployee, sum.responsible()})
			}
			switch sub := sum.subject(); {
			case sub.Kind == RefInteraction:
				if sub.ID != k.ID() {
					roots = append(roots, sub.ID)
				}
			case !sub.IsZero():
				subjects = append(subjects, sub)
			}
		}
		if len(keys) > limit {
			keys, page.More = keys[:limit], true
		}
		if len(keys) > 0 {
			page.Next = keys[len(keys)-1]
		}
		pr := p.far.reads // the plain reads of the page's summaries, if any
		if pr == nil {
			pr = s.pageReads(tx)
		}
		s.topics.fill(tx, pr, roots)
		rr := bufs.reader(s, tx)
		rr.fill(pr, subjects)
		for i, k := range keys {
			row, err := rr.read(k, sums[i])
			if err != nil {
				return err
			}
			if row == nil {
				continue
			}
			if q.Descriptions {
				if row, err = rr.described(row); err != nil {
					return err
				}
				if row == nil {
					continue
				}
			}
			if fnErr = fn(row); fnErr != nil {
				return fnErr
			}
		}
		return nil
	})
	if fnErr != nil {
		return Page{}, fnErr
	}
	if err != nil {
		return Page{}, fmt.Errorf("data: list: %w", err)
	}
	return page, nil
}

// rowReading reads RowTexts in one transaction, with the names of the
// references they show.
type rowReading struct {
	s     *Store
	tx    *bolt.Tx
	c     *bolt.Cursor // over the interactions
	row   RowText
	names map[Ref]string
	key   [8]byte
	last  ID // the id the cursor is at, 0 for none
}

// read reads the row at k from its summary sum or, when the summary holds
// no row texts, from its record; nil when the interaction is gone.
func (rr *rowReading) read(k Cursor, sum summary) (*RowText, error) {
	row := &rr.row
	row.Cursor = k
	if rowFromSummary(k, sum, row) {
		return rr.named(row), nil
	}
	id := k.ID()
	v := rr.get(id)
	if v == nil {
		return nil, nil
	}
	if recordIsJSON(v) || !decodeRow(v, row) {
		it, err := decodeInteraction(id, v)
		if err != nil {
			return nil, err
		}
		rowFromInteraction(it, row)
	}
	return rr.named(row), nil
}

// described sets the row's description from its record; nil when the
// record is gone, as List leaves such a row out.
func (rr *rowReading) described(row *RowText) (*RowText, error) {
	v := rr.get(row.ID)
	if v == nil {
		return nil, nil
	}
	d, err := recordDescription(row.Description[:0], row.ID, v)
	row.Description = d
	return row, err
}

// named sets the names of the row's responsible and subject.
func (rr *rowReading) named(row *RowText) *RowText {
	row.Responsible = rr.name(Ref{RefEmployee, row.responsible})
	row.Subject = ""
	if !row.IsChainRoot() {
		row.Subject = rr.name(row.SubjectRef)
	}
	return row
}

// get returns the record of id. Rows listed by date often come in id
// order, one before the other, so the cursor first tries the record next
// to the last one it found, and seeks only when that is not the one.
func (rr *rowReading) get(id ID) []byte {
	binary.BigEndian.PutUint64(rr.key[:], uint64(id))
	key := rr.key[:]
	var k, v []byte
	switch {
	case rr.last != 0 && id == rr.last-1:
		k, v = rr.c.Prev()
	case rr.last != 0 && id == rr.last+1:
		k, v = rr.c.Next()
	}
	if k == nil || string(k) != string(key) {
		k, v = rr.c.Seek(key)
	}
	rr.last = 0
	if k == nil || string(k) != string(key) {
		return nil
	}
	rr.last = id
	return v
}

// fill reads the names of the subjects of a page in one pass per kind in
// the order of their keys (nameCache.many: neighbours in a bucket are
// cheaper to read one after the other, and a catalog record's name is read
// without decoding the rest of it).
func (rr *rowReading) fill(pr *pageReads, refs []Ref) {
	slices.SortFunc(refs, func(a, b Ref) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.ID, b.ID))
	})
	refs = slices.Compact(refs)
	for i, n := range rr.s.names.many(rr.tx, pr, refs) {
		rr.names[refs[i]] = n
	}
}

// name returns the display name of r, kept for the transaction; the
// topics of chain roots come from the store's cache of them.
func (rr *rowReading) name(r Ref) string {
	if r.Kind == RefInteraction {
		return rr.s.topics.get(rr.tx, r.ID)
	}
	if n, ok := rr.names[r]; ok {
		return n
	}
	n := rr.s.names.get(rr.tx, r)
	rr.names[r] = n
	return n
}

// rowFromInteraction fills row from a decoded record.
func rowFromInteraction(it *Interaction, row *RowText) {
	row.ID, row.Number, row.Date = it.ID, []byte(it.Number), it.Date.In(time.Local)
	row.Type, row.Direction, row.Topic = it.Type, it.Direction, []byte(it.Topic)
	row.responsible, row.SubjectRef, row.Reviewed = it.Responsible, it.Subject, it.Reviewed
	row.ReviewAfter = time.Time{}
	if !it.ReviewAfter.IsZero() {
		row.ReviewAfter = it.ReviewAfter.In(time.Local)
	}
	row.Contacts = append(row.Contacts[:0], contactNames(it)...)
}
