package data

import "time"

// GroupFilter narrows f to the rows of one group of the grouping by, so
// that it selects as many rows as the group's count: the group's type
// (keeping the kinds f already names of that type), responsible, contact,
// subject, period or attribute value. A contact group under a filter on
// another contact keeps that contact and sets AlsoContact, as the group's
// rows name both. A key that is not a type selects nothing. A day, week or month group intersects f's period. The
// result shares no slice with f.
func GroupFilter(f Filter, by GroupBy, key GroupKey) Filter {
	switch by.Kind {
	case GroupType:
		var kinds []Kind
		for _, k := range f.Kinds {
			if k.Type() == key.Type {
				kinds = append(kinds, k)
			}
		}
		if len(kinds) == 0 {
			kinds = TypeKinds(key.Type)
		}
		if len(kinds) == 0 {
			kinds = []Kind{0} // not a type: nothing matches
		}
		f.Kinds = kinds
	case GroupResponsible:
		f.Responsible = key.Ref.ID
	case GroupContact:
		if f.Contact.IsZero() || f.Contact == key.Ref {
			f.Contact = key.Ref
		} else {
			f.AlsoContact = key.Ref
		}
	case GroupSubject:
		f.Subject = key.Ref
	case GroupDay, GroupWeek, GroupMonth:
		from, to := key.Time, PeriodEnd(by.Kind, key.Time)
		if f.From.IsZero() || from.After(f.From) {
			f.From = from
		}
		if f.To.IsZero() || to.Before(f.To) {
			f.To = to
		}
	case GroupAttr:
		attrs := make([]AttrValue, 0, len(f.Attrs)+1)
		for _, a := range f.Attrs {
			if a.Attr != by.Attr {
				attrs = append(attrs, a)
			}
		}
		f.Attrs = append(attrs, AttrValue{Attr: by.Attr, Value: key.AttrValue})
	}
	return f
}

// TypeKinds returns the kinds of the type filter that together select
// every interaction of type t: one kind, or the two directions of calls
// and e-mails. It returns nil for a value that is not a type.
func TypeKinds(t InteractionType) []Kind {
	switch t {
	case TypeMeeting:
		return []Kind{KindMeeting}
	case TypePlanned:
		return []Kind{KindPlanned}
	case TypeCall:
		return []Kind{KindCallIn, KindCallOut}
	case TypeSMS:
		return []Kind{KindSMS}
	case TypeEmail:
		return []Kind{KindEmailIn, KindEmailOut}
	}
	return nil
}

// PeriodEnd returns the start of the day, week or month (by k) after the
// one starting at start, in start's location; any other k counts as a day.
func PeriodEnd(k GroupKind, start time.Time) time.Time {
	switch k {
	case GroupWeek:
		return start.AddDate(0, 0, 7)
	case GroupMonth:
		return start.AddDate(0, 1, 0)
	}
	return start.AddDate(0, 0, 1)
}
