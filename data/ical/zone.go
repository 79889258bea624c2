package ical

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	// The time zone database is built in: Windows has none of its own
	// for Go to read, and a TZID such as Europe/Moscow must still work.
	_ "time/tzdata"

	goical "github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"
)

// zone turns the wall-clock times of an iCalendar file into instants: an
// IANA location from Go's time zone database, or the rules of the file's
// own VTIMEZONE (Outlook names its zones "Russian Standard Time" and
// such, which the database does not know).
type zone interface {
	// instant is the moment the wall-clock time w (its fields read in
	// UTC) means in this zone.
	instant(w time.Time) time.Time
	// wall is the wall-clock time (in UTC fields) of the moment t.
	wall(t time.Time) time.Time
}

// locZone is a zone of Go's database, or time.Local, or UTC.
type locZone struct{ loc *time.Location }

func (z locZone) instant(w time.Time) time.Time {
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, z.loc)
}

func (z locZone) wall(t time.Time) time.Time {
	t = t.In(z.loc)
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}

// observance is a STANDARD or DAYLIGHT part of a VTIMEZONE: from its
// onsets on, the offset is to.
type observance struct {
	start    time.Time // first onset, wall clock
	rule     *rrule.RRule
	rdates   []time.Time
	from, to int // seconds east of UTC
}

// lastOnset is the latest onset of o at or before the wall-clock time w.
func (o *observance) lastOnset(w time.Time) (time.Time, bool) {
	if w.Before(o.start) {
		return time.Time{}, false
	}
	last := o.start
	if o.rule != nil {
		if t := o.rule.Before(w, true); !t.IsZero() && t.After(last) {
			last = t
		}
	}
	for _, r := range o.rdates {
		if !r.After(w) && r.After(last) {
			last = r
		}
	}
	return last, true
}

// vtimezone is a VTIMEZONE of the file.
type vtimezone struct {
	id   string
	obs  []*observance
	memo map[time.Time]int // offsetAt by wall-clock time
}

// offsetAt is the offset in force at the wall-clock time w: that of the
// observance with the latest onset before it; before every onset, the
// offset the earliest one changes from.
func (z *vtimezone) offsetAt(w time.Time) int {
	if off, ok := z.memo[w]; ok {
		return off
	}
	off := z.findOffset(w)
	if len(z.memo) < 100000 {
		z.memo[w] = off
	}
	return off
}

func (z *vtimezone) findOffset(w time.Time) int {
	var best *observance
	var bestAt time.Time
	for _, o := range z.obs {
		if t, ok := o.lastOnset(w); ok && (best == nil || t.After(bestAt)) {
			best, bestAt = o, t
		}
	}
	if best != nil {
		return best.to
	}
	first := z.obs[0]
	for _, o := range z.obs[1:] {
		if o.start.Before(first.start) {
			first = o
		}
	}
	return first.from
}

func (z *vtimezone) instant(w time.Time) time.Time {
	return w.Add(-time.Duration(z.offsetAt(w)) * time.Second)
}

func (z *vtimezone) wall(t time.Time) time.Time {
	t = t.UTC()
	return t.Add(time.Duration(z.offsetAt(t)) * time.Second)
}

// parseVTimezone reads a VTIMEZONE component.
func parseVTimezone(c *goical.Component) (*vtimezone, error) {
	id := strings.TrimSpace(propText(c.Props.Get(goical.PropTimezoneID)))
	if id == "" {
		return nil, fmt.Errorf("VTIMEZONE without TZID")
	}
	z := &vtimezone{id: id, memo: map[time.Time]int{}}
	for _, ch := range c.Children {
		if ch.Name != goical.CompTimezoneStandard && ch.Name != goical.CompTimezoneDaylight {
			continue
		}
		o := &observance{}
		var err error
		if o.from, err = parseOffset(propText(ch.Props.Get(goical.PropTimezoneOffsetFrom))); err != nil {
			return nil, fmt.Errorf("VTIMEZONE %s: TZOFFSETFROM: %w", id, err)
		}
		if o.to, err = parseOffset(propText(ch.Props.Get(goical.PropTimezoneOffsetTo))); err != nil {
			return nil, fmt.Errorf("VTIMEZONE %s: TZOFFSETTO: %w", id, err)
		}
		p := ch.Props.Get(goical.PropDateTimeStart)
		if p == nil {
			return nil, fmt.Errorf("VTIMEZONE %s: %s without DTSTART", id, ch.Name)
		}
		if o.start, _, err = parseWall(p.Value); err != nil {
			return nil, fmt.Errorf("VTIMEZONE %s: DTSTART: %w", id, err)
		}
		if rp := ch.Props.Get(goical.PropRecurrenceRule); rp != nil {
			opt, err := rrule.StrToROptionInLocation(rp.Value, time.UTC)
			if err != nil {
				return nil, fmt.Errorf("VTIMEZONE %s: RRULE: %v", id, err)
			}
			if opt.Freq != rrule.YEARLY && opt.Freq != rrule.MONTHLY {
				return nil, fmt.Errorf("VTIMEZONE %s: RRULE: a rule more often than monthly", id)
			}
			// Zones start their rules in 1601 or 1970; the rules' dates
			// are the same counted from 1900, and far fewer to walk.
			opt.Dtstart = o.start
			if y := opt.Dtstart.Year(); y < 1900 {
				opt.Dtstart = opt.Dtstart.AddDate(1900-y, 0, 0)
			}
			if o.rule, err = rrule.NewRRule(*opt); err != nil {
				return nil, fmt.Errorf("VTIMEZONE %s: RRULE: %v", id, err)
			}
		}
		for _, rp := range ch.Props.Values(goical.PropRecurrenceDates) {
			for _, v := range strings.Split(rp.Value, ",") {
				if t, _, err := parseWall(v); err == nil {
					o.rdates = append(o.rdates, t)
				}
			}
		}
		z.obs = append(z.obs, o)
	}
	if len(z.obs) == 0 {
		return nil, fmt.Errorf("VTIMEZONE %s has no STANDARD or DAYLIGHT part", id)
	}
	return z, nil
}

// parseOffset reads a UTC offset: +0300, -0500, +053000.
func parseOffset(s string) (int, error) {
	s = strings.TrimSpace(s)
	if len(s) != 5 && len(s) != 7 || s[0] != '+' && s[0] != '-' {
		return 0, fmt.Errorf("%q is not an offset like +0300", s)
	}
	h, err1 := strconv.Atoi(s[1:3])
	m, err2 := strconv.Atoi(s[3:5])
	sec := 0
	var err3 error
	if len(s) == 7 {
		sec, err3 = strconv.Atoi(s[5:7])
	}
	if err1 != nil || err2 != nil || err3 != nil || h > 23 || m > 59 || sec > 59 {
		return 0, fmt.Errorf("%q is not an offset like +0300", s)
	}
	off := h*3600 + m*60 + sec
	if s[0] == '-' {
		off = -off
	}
	return off, nil
}

// zones resolves the TZID parameters of a file.
type zones struct {
	own   map[string]*vtimezone
	local *time.Location
	found map[string]zone // by TZID, as found before
}

// find returns the zone a TZID names: Go's database first (it knows
// the history of the rules), then the file's VTIMEZONE of that name.
func (zs *zones) find(tzid string) (zone, error) {
	if z, ok := zs.found[tzid]; ok {
		return z, nil
	}
	z, err := zs.lookup(tzid)
	if err == nil {
		if zs.found == nil {
			zs.found = map[string]zone{}
		}
		zs.found[tzid] = z
	}
	return z, err
}

// lookup finds the zone of a TZID the first time it is named.
func (zs *zones) lookup(tzid string) (zone, error) {
	tzid = strings.Trim(strings.TrimSpace(tzid), `"`)
	if tzid == "" {
		return locZone{zs.local}, nil
	}
	for _, name := range tzCandidates(tzid) {
		if loc, err := time.LoadLocation(name); err == nil {
			return locZone{loc}, nil
		}
	}
	if z, ok := zs.own[tzid]; ok {
		return z, nil
	}
	if name, ok := windowsZones()[tzid]; ok {
		if loc, err := time.LoadLocation(name); err == nil {
			return locZone{loc}, nil
		}
	}
	return nil, fmt.Errorf("time zone %q is neither known nor described by a VTIMEZONE in the file", tzid)
}

// tzCandidates are the names a TZID may hold an IANA name under: itself,
// and the last two or three parts of a path-like TZID
// ("/mozilla.org/20050126_1/Europe/Moscow").
func tzCandidates(tzid string) []string {
	if strings.ContainsAny(tzid, " .\\") && !strings.Contains(tzid, "/") || strings.Contains(tzid, "..") {
		return nil
	}
	out := []string{}
	if !strings.HasPrefix(tzid, "/") {
		out = append(out, tzid)
	}
	parts := strings.Split(strings.Trim(tzid, "/"), "/")
	for n := 3; n >= 2; n-- {
		if len(parts) > n {
			out = append(out, strings.Join(parts[len(parts)-n:], "/"))
		}
	}
	return out
}

// windowsZones maps the Windows zone names of Russia and its neighbours
// to IANA names, for files that use them without a VTIMEZONE; the map
// is built on first use, not at every start of the program.
var windowsZones = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"Russian Standard Time":         "Europe/Moscow",
		"Kaliningrad Standard Time":     "Europe/Kaliningrad",
		"Russia Time Zone 3":            "Europe/Samara",
		"Ekaterinburg Standard Time":    "Asia/Yekaterinburg",
		"Omsk Standard Time":            "Asia/Omsk",
		"N. Central Asia Standard Time": "Asia/Novosibirsk",
		"North Asia Standard Time":      "Asia/Krasnoyarsk",
		"North Asia East Standard Time": "Asia/Irkutsk",
		"Yakutsk Standard Time":         "Asia/Yakutsk",
		"Vladivostok Standard Time":     "Asia/Vladivostok",
		"Magadan Standard Time":         "Asia/Magadan",
		"Russia Time Zone 11":           "Asia/Kamchatka",
		"Belarus Standard Time":         "Europe/Minsk",
		"FLE Standard Time":             "Europe/Kiev",
		"W. Europe Standard Time":       "Europe/Berlin",
		"GMT Standard Time":             "Europe/London",
		"Eastern Standard Time":         "America/New_York",
		"Pacific Standard Time":         "America/Los_Angeles",
		"UTC":                           "UTC",
	}
})

// parseWall reads a DATE (YYYYMMDD) or a DATE-TIME without "Z" as a
// wall-clock time in UTC fields; utc says the value ended in "Z".
func parseWall(v string) (t time.Time, utc bool, err error) {
	v = strings.TrimSpace(v)
	switch {
	case len(v) == 8:
		t, err = time.Parse("20060102", v)
	case len(v) == 15:
		t, err = time.Parse("20060102T150405", v)
	case len(v) == 16 && (v[15] == 'Z' || v[15] == 'z'):
		t, err = time.Parse("20060102T150405", v[:15])
		utc = true
	default:
		err = fmt.Errorf("%q is not a date (YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)", v)
	}
	if err != nil {
		if !strings.Contains(err.Error(), "is not a date") {
			err = fmt.Errorf("%q is not a valid date or time", v)
		}
		return time.Time{}, false, err
	}
	return t, utc, nil
}

// propText is the text value of p, "" when p is nil or undecodable.
func propText(p *goical.Prop) string {
	if p == nil {
		return ""
	}
	s, err := p.Text()
	if err != nil {
		return p.Value
	}
	return s
}
