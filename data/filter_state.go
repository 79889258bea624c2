package data

import "strings"

// Normal returns f in its one form for "nothing chosen": nil, not empty,
// Kinds and Attrs. It changes nothing else.
func (f Filter) Normal() Filter {
	if len(f.Kinds) == 0 {
		f.Kinds = nil
	}
	if len(f.Attrs) == 0 {
		f.Attrs = nil
	}
	return f
}

// IsSet reports whether f narrows the list by any condition: kinds,
// status, responsible, contact, subject, period, importance, search text
// (blank text is none) or attributes. AlsoContact counts too: the bar
// never shows it (only a contact group's filter has it, next to Contact),
// but it narrows the rows like Contact does. The deletion-mark mode does
// not count, as the filter bar does not show it. Period does not count
// either: queries read From and To only, so a saved filter's relative
// period narrows once Resolve has set them.
func (f Filter) IsSet() bool {
	return len(f.Kinds) > 0 || f.Status != StatusAll || f.Responsible != 0 ||
		!f.Contact.IsZero() || !f.AlsoContact.IsZero() || !f.Subject.IsZero() ||
		!f.From.IsZero() || !f.To.IsZero() || f.Importance != 0 ||
		strings.TrimSpace(f.Text) != "" || len(f.Attrs) > 0
}

// IsEmpty reports whether f selects every interaction the options' scope
// allows: no condition is set and interactions marked for deletion are
// hidden (!IsSet() && Deleted == DeletedHide). Such a filter is answered
// by the stored counters; it is also the filter under which an empty list
// means an empty database. Like IsSet, it ignores Period.
func (f Filter) IsEmpty() bool {
	return !f.IsSet() && f.Deleted == DeletedHide
}
