package cli

import (
	"slices"
	"strings"
	"time"

	"interactions/data"
)

// typeKinds maps the values of --type to the kinds of the type filter.
var typeKinds = map[string][]data.Kind{
	"meeting":     {data.KindMeeting},
	"planned":     {data.KindPlanned},
	"call":        {data.KindCallIn, data.KindCallOut},
	"sms":         {data.KindSMS},
	"email":       {data.KindEmailIn, data.KindEmailOut},
	"call-in":     {data.KindCallIn},
	"call-out":    {data.KindCallOut},
	"email-in":    {data.KindEmailIn},
	"email-out":   {data.KindEmailOut},
	"email-draft": {data.KindEmailDraft},
	"email-sent":  {data.KindEmailSent},
}

var typeNames = []string{"meeting", "planned", "call", "sms", "email",
	"call-in", "call-out", "email-in", "email-out", "email-draft", "email-sent"}

// parseKinds reads --type: one or more type names separated by commas.
func parseKinds(s string) ([]data.Kind, error) {
	var kinds []data.Kind
	for part := range strings.SplitSeq(s, ",") {
		name := strings.ToLower(strings.TrimSpace(part))
		ks, ok := typeKinds[name]
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

var statusNames = map[string]data.Status{
	"all":       data.StatusAll,
	"to-review": data.StatusToReview,
	"deferred":  data.StatusDeferred,
	"reviewed":  data.StatusReviewed,
}

// parseStatus reads --status.
func parseStatus(s string) (data.Status, error) {
	st, ok := statusNames[strings.ToLower(strings.TrimSpace(s))]
	if !ok {
		return 0, usageErrorf("--status %s: want all, to-review, deferred or reviewed", quoted(s))
	}
	return st, nil
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

var groupNames = map[string]data.GroupKind{
	"type":        data.GroupType,
	"responsible": data.GroupResponsible,
	"contact":     data.GroupContact,
	"subject":     data.GroupSubject,
	"day":         data.GroupDay,
	"week":        data.GroupWeek,
	"month":       data.GroupMonth,
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
	kind, ok := groupNames[strings.ToLower(v)]
	if !ok {
		return 0, "", usageErrorf("--group %s: want type, responsible, contact, subject, day, week, month or attr:NAME", quoted(s))
	}
	return kind, "", nil
}
