package data

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"
)

// SortKey is a column the list can be sorted by: one of the constants
// below, or an additional attribute's column (AttrSortKey).
type SortKey uint64

// attrSortBit marks a SortKey that names an additional attribute.
const attrSortBit SortKey = 1 << 40

// AttrSortKey is the sort key of the column of additional attribute id:
// list values sort by their names, numbers and dates by value, rows
// without a value last.
func AttrSortKey(id ID) SortKey { return attrSortBit | SortKey(id) }

// Attr returns the attribute of an attribute column's key.
func (k SortKey) Attr() (ID, bool) {
	if k&attrSortBit == 0 {
		return 0, false
	}
	return ID(k &^ attrSortBit), true
}

// Sort keys. SortDate is the natural order of the indexes (see List); the
// others are answered by SortedKeys.
const (
	SortDate SortKey = iota
	SortType
	SortDirection
	SortTopic
	SortContacts
	SortSubject
	SortResponsible
	SortReviewed
	SortReviewAfter
	SortImportance
)

// MaxDecodedSort is how many rows SortedKeys sorts by a column that needs
// more than the row summaries (topic, contacts, subject): far above the
// millions of interactions the store is built for, it bounds the memory
// of one sort (about 100 bytes a row). Columns kept in the row summaries
// sort any number of rows.
const MaxDecodedSort = 5_000_000

// ErrTooManyToSort is returned when a filter selects more rows than
// MaxDecodedSort for a column that needs the records read.
var ErrTooManyToSort = errors.New("too many rows to sort by this column")

// needsRecords reports whether sorting by k reads more than the summaries:
// the topic of each record, the contacts of each record, or the names of
// the subjects.
func (k SortKey) needsRecords() bool {
	return k == SortTopic || k == SortContacts || k == SortSubject
}

// SortedKeys returns the keys of every row the filter selects, sorted by
// the column (ties newest first); desc reverses the column's order. It
// returns ErrTooManyToSort when the column needs the records read and the
// filter selects more than MaxDecodedSort rows.
func (s *Store) SortedKeys(ctx context.Context, f Filter, key SortKey, desc bool) ([]Cursor, error) {
	type item struct {
		k    Cursor
		num  uint64
		str  string
		none bool // no value: last in either direction
	}
	var items []item
	err := s.view(func(tx *bolt.Tx) error {
		p, err := s.newPlan(tx, f, NewestFirst, Cursor{})
		if err != nil {
			return err
		}
		ranks := map[ID]uint64{}
		if key == SortResponsible {
			ranks = employeeRanks(tx)
		}
		attr, byAttr := key.Attr()
		var def *AttrDef
		if byAttr {
			defs, err := s.defs(tx)
			if err != nil {
				return err
			}
			if def = defs[attr]; def == nil {
				return fmt.Errorf("unknown attribute %d", attr)
			}
			ranks = optionRanks(def)
		}
		for i := 0; ; i++ {
			if i&1023 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			k, sum, ok := p.next()
			if !ok {
				break
			}
			it := item{k: k}
			switch key {
			case SortType:
				it.num = uint64(sum.typ())
			case SortDirection:
				it.num = uint64(sum.direction())
			case SortResponsible:
				it.num = ranks[sum.responsible()]
			case SortReviewed:
				if sum.reviewed() {
					it.num = 1
				}
			case SortReviewAfter:
				it.num = sum.reviewAfter()
			case SortImportance:
				it.num = uint64(sum.importance())
			default:
				if byAttr {
					it.num, it.str, it.none = attrSortValue(def, sum, ranks)
				}
			}
			items = append(items, it)
			if key.needsRecords() && len(items) > MaxDecodedSort {
				return ErrTooManyToSort
			}
		}
		if !key.needsRecords() {
			return nil
		}
		text := sortTexts(s, tx, key)
		for i := range items {
			if i&1023 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			str, err := text(items[i].k)
			if err != nil {
				return err
			}
			items[i].str = str
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrTooManyToSort) || errors.Is(err, context.Canceled) {
			return nil, err
		}
		return nil, fmt.Errorf("data: sort: %w", err)
	}
	slices.SortFunc(items, func(a, b item) int { // keys break ties: a total order
		if a.none != b.none {
			if a.none {
				return 1
			}
			return -1
		}
		c := cmp.Compare(a.num, b.num)
		if c == 0 {
			c = strings.Compare(a.str, b.str)
		}
		if desc {
			c = -c
		}
		if c == 0 {
			c = bytes.Compare(a.k[:], b.k[:])
		}
		return c
	})
	return keysOf(items, func(it item) Cursor { return it.k }), nil
}

func keysOf[T any](items []T, key func(T) Cursor) []Cursor {
	out := make([]Cursor, len(items))
	for i, it := range items {
		out[i] = key(it)
	}
	return out
}

// employeeRanks numbers the employees in name order.
func employeeRanks(tx *bolt.Tx) map[ID]uint64 {
	type named struct {
		id   ID
		name string
	}
	var list []named
	tx.Bucket(bucketEmployees).ForEach(func(k, v []byte) error {
		var e Employee
		if decodeJSON(v, &e) == nil {
			list = append(list, named{e.ID, Fold(e.Name)})
		}
		return nil
	})
	slices.SortFunc(list, func(a, b named) int { return strings.Compare(a.name, b.name) })
	ranks := make(map[ID]uint64, len(list))
	for i, n := range list {
		ranks[n.id] = uint64(i + 1)
	}
	return ranks
}

// optionRanks numbers the values of a list attribute in name order.
func optionRanks(d *AttrDef) map[ID]uint64 {
	opts := slices.Clone(d.Options)
	slices.SortFunc(opts, func(a, b AttrOption) int { return strings.Compare(Fold(a.Name), Fold(b.Name)) })
	ranks := make(map[ID]uint64, len(opts))
	for i, o := range opts {
		ranks[o.ID] = uint64(i + 1)
	}
	return ranks
}

// attrSortValue is what a row sorts by in an attribute's column; none
// reports a row without a value.
func attrSortValue(d *AttrDef, sum summary, ranks map[ID]uint64) (num uint64, str string, none bool) {
	raw, ok := sum.attrValue(d.ID)
	if !ok {
		return 0, "", true
	}
	switch d.Type {
	case AttrNumber:
		return binary.BigEndian.Uint64(raw), "", false
	case AttrList:
		return ranks[ID(binary.BigEndian.Uint64(raw))], "", false
	case AttrBool:
		return uint64(raw[0]), "", false
	}
	return 0, Fold(string(raw)), false // text; dates as YYYY-MM-DD sort as text
}

// sortTexts returns what a row sorts by in the topic, contacts or subject
// column, folded: the topic decoded alone from the record, the contacts'
// names from the record, the subject's name once per subject from the
// summary's reference. A row that vanished sorts as empty.
func sortTexts(s *Store, tx *bolt.Tx, key SortKey) func(Cursor) (string, error) {
	b := tx.Bucket(bucketInteractions)
	switch key {
	case SortTopic:
		return func(k Cursor) (string, error) {
			t, err := interactionTopic(tx, k.ID())
			if errors.Is(err, ErrNotFound) {
				return "", nil
			}
			return Fold(t), err
		}
	case SortContacts:
		return func(k Cursor) (string, error) {
			v := b.Get(k.ID().key())
			if v == nil {
				return "", nil
			}
			it, err := decodeInteraction(k.ID(), v)
			if err != nil {
				return "", err
			}
			return Fold(contactNames(it)), nil
		}
	}
	dates := tx.Bucket(ixDate)
	folded := map[Ref]string{}
	return func(k Cursor) (string, error) {
		v := dates.Get(k[:])
		if v == nil {
			return "", nil
		}
		sum := summary(v)
		r := sum.subject()
		if r.Kind == RefInteraction && r.ID == k.ID() {
			return "", nil // a chain root without a real subject
		}
		n, ok := folded[r]
		if !ok {
			n = Fold(s.names.get(tx, r))
			folded[r] = n
		}
		return n, nil
	}
}
