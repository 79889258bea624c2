package data

import (
	"cmp"
	"slices"
)

// Equal reports whether f and g are the same filter once normalised:
// Kinds and Attrs are compared as sets (order and repeats aside, nil the
// same as empty), as they select the same interactions whatever their
// order; From and To are compared as instants (time.Time.Equal, so the
// location and the monotonic clock do not matter); every other field,
// Text and Period included, must be identical.
func (f Filter) Equal(g Filter) bool {
	return slices.Equal(kindSet(f.Kinds), kindSet(g.Kinds)) &&
		f.Status == g.Status && f.Responsible == g.Responsible &&
		f.Contact == g.Contact && f.AlsoContact == g.AlsoContact && f.Subject == g.Subject &&
		f.From.Equal(g.From) && f.To.Equal(g.To) && f.Importance == g.Importance &&
		f.Period == g.Period && f.Text == g.Text &&
		slices.Equal(attrSet(f.Attrs), attrSet(g.Attrs)) && f.Deleted == g.Deleted
}

// kindSet returns the distinct kinds of ks in ascending order.
func kindSet(ks []Kind) []Kind {
	return slices.Compact(slices.Sorted(slices.Values(ks)))
}

// attrSet returns the distinct attribute conditions of as, ordered by
// attribute, then value.
func attrSet(as []AttrValue) []AttrValue {
	out := slices.Clone(as)
	slices.SortFunc(out, func(a, b AttrValue) int {
		return cmp.Or(cmp.Compare(a.Attr, b.Attr), cmp.Compare(a.Value, b.Value))
	})
	return slices.Compact(out)
}
