package cli

import (
	"slices"
	"strings"
	"time"

	"interactions/data"
)

// typeKinds returns the kinds of the type filter a value of --type names.
// The lookups of this file are switches rather than maps, which would be
// built at every start of the program.
func typeKinds(name string) ([]data.Kind, bool) {
	switch name {
	case "meeting":
		return []data.Kind{data.KindMeeting}, true
	case "planned":
		return []data.Kind{data.KindPlanned}, true
	case "call":
		return []data.Kind{data.KindCallIn, data.KindCallOut}, true
	case "sms":
		return []data.Kind{data.KindSMS}, true
	case "email":
		return []data.Kind{data.KindEmailIn, data.KindEmailOut}, true
	case "call-in":
		return []data.Kind{data.KindCallIn}, true
	case "call-out":
		return []data.Kind{data.KindCallOut}, true
	case "email-in":
		return []data.Kind{data.KindEmailIn}, true
	case "email-out":
		return []data.Kind{data.KindEmailOut}, true
	case "email-draft":
		return []data.Kind{data.KindEmailDraft}, true
	case "email-sent":
		return []data.Kind{data.KindEmailSent}, true
	}
	return nil, false
}

var typeNames = []string{"meeting", "planned", "call", "sms", "email",
	"call-in", "call-out", "email-in", "email-out", "email-draft", "email-sent"}

// parseKinds reads --type: one or more type names separated by commas.
func parseKinds(s string) ([]data.Kind, error) {
	var kinds []data.Kind
	for part := range strings.SplitSeq(s, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		ks, ok := typeKinds(name)
		if !ok {
			return nil, usageErrorf("--type %s: want %s", quoted(part), orList(typeNames))
		}
		for _, k := range ks {
			if !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	return kinds, nil
}

// parseStatus reads --status.
func parseStatus(s string) (data.Status, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "all":
		return data.StatusAll, nil
	case "to-review":
		return data.StatusToReview, nil
	case "deferred":
		return data.StatusDeferred, nil
	case "reviewed":
		return data.StatusReviewed, nil
	}
	return 0, usageErrorf("--status %s: want all, to-review, deferred or reviewed", quoted(s))
}

// parseDay reads a YYYY-MM-DD date as local midnight, of a year from
// minYear to maxYear.
func parseDay(flag, s string) (time.Time, error) {
	t, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(s), time.Local)
	if err != nil {
		return time.Time{}, usageErrorf("--%s %s: not a date; want YYYY-MM-DD", flag, quoted(s))
	}
	return t, checkYear(flag, s, t)
}

// parsePeriod reads --from and --to into the filter's [From, To): --to
// is inclusive, so To is the midnight after that day.
func parsePeriod(from, to string) (time.Time, time.Time, error) {
	var f, t time.Time
	var err error
	if from != "" {
		if f, err = parseDay("from", from); err != nil {
			return f, t, err
		}
	}
	if to != "" {
		if t, err = parseDay("to", to); err != nil {
			return f, t, err
		}
		if !f.IsZero() && t.Before(f) {
			return f, t, usageErrorf("--to %s is before --from %s", to, from)
		}
		y, m, d := t.Date()
		t = time.Date(y, m, d+1, 0, 0, 0, 0, time.Local)
	}
	return f, t, nil
}

// groupKind returns the grouping a value of --group names.
func groupKind(name string) (data.GroupKind, bool) {
	switch name {
	case "type":
		return data.GroupType, true
	case "responsible":
		return data.GroupResponsible, true
	case "contact":
		return data.GroupContact, true
	case "subject":
		return data.GroupSubject, true
	case "day":
		return data.GroupDay, true
	case "week":
		return data.GroupWeek, true
	case "month":
		return data.GroupMonth, true
	}
	return 0, false
}

// parseGroup reads --group; for attr:NAME it returns the attribute name,
// resolved once the store is open.
func parseGroup(s string) (kind data.GroupKind, attr string, err error) {
	v := strings.TrimSpace(s)
	if strings.HasPrefix(strings.ToLower(v), "attr:") {
		name := strings.TrimSpace(v[len("attr:"):])
		if name == "" {
			return 0, "", usageErrorf("--group attr: needs an attribute name, as in attr:Channel")
		}
		if err := checkName("group attr:", name); err != nil {
			return 0, "", err
		}
		return data.GroupAttr, name, nil
	}
	kind, ok := groupKind(strings.ToLower(v))
	if !ok {
		return 0, "", usageErrorf("--group %s: want type, responsible, contact, subject, day, week, month or attr:NAME", quoted(s))
	}
	return kind, "", nil
}
