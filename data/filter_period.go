package data

import "time"

// Range returns the local range [from, to) of the period that holds now:
// the day, the week starting on weekStart, or the calendar month. It
// returns zero times for PeriodFixed and for unknown values.
func (p Period) Range(now time.Time, weekStart time.Weekday) (from, to time.Time) {
	var k GroupKind
	switch p {
	case PeriodToday:
		k = GroupDay
	case PeriodThisWeek:
		k = GroupWeek
	case PeriodThisMonth:
		k = GroupMonth
	default:
		return time.Time{}, time.Time{}
	}
	from = periodStart(k, now, weekStart)
	return from, PeriodEnd(k, from)
}

// Resolve returns f with From and To of its relative period around now,
// so that "this week" saved last week means this week. A filter whose
// Period is PeriodFixed (or unknown) comes back unchanged.
func (f Filter) Resolve(now time.Time, weekStart time.Weekday) Filter {
	switch f.Period {
	case PeriodToday, PeriodThisWeek, PeriodThisMonth:
		f.From, f.To = f.Period.Range(now, weekStart)
	}
	return f
}
