package format

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
)

// dateLayouts are the forms a typed date may take: the Russian
// day.month.year and the ISO year-month-day, with one- or two-digit day
// and month. The separators tell them apart, so both work in either
// language.
var dateLayouts = []string{"2.1.2006", "2006-1-2"}

// clockLayout is how times of day are written in both languages.
const clockLayout = "15:04"

// Date writes the date of t in the interface language
// (ru 02.01.2006, en 2006-01-02), in local time; "" for zero.
func Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(lang.X("format.date", "2006-01-02"))
}

// DateFormatter returns Date with the layout translated once: for many
// dates in one loop (lang.X costs more than the formatting).
func DateFormatter() func(time.Time) string {
	layout := lang.X("format.date", "2006-01-02")
	return func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Local().Format(layout)
	}
}

// Clock writes the time of day of t as 15:04, in local time.
func Clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(clockLayout)
}

// ParseDate reads a date typed in either layout, as local midnight.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, s, time.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// ParseClock reads a time of day: "9:05", "09:05", "9.05" or a bare hour "9".
func ParseClock(s string) (hour, minute int, ok bool) {
	s = strings.TrimSpace(s)
	h, m, found := strings.Cut(strings.ReplaceAll(s, ".", ":"), ":")
	hour, err := strconv.Atoi(h)
	if err != nil || len(h) > 2 || hour < 0 || hour > 23 {
		return 0, 0, false
	}
	if found {
		if len(m) != 2 {
			return 0, 0, false
		}
		if minute, err = strconv.Atoi(m); err != nil || minute < 0 || minute > 59 {
			return 0, 0, false
		}
	}
	return hour, minute, true
}

// ParseDateTime reads a date with an optional time of day
// ("10.03.2026 14:30", "2026-03-10 14:30"); a date alone means midnight.
func ParseDateTime(s string) (time.Time, bool) {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 2 {
		return time.Time{}, false
	}
	day, ok := ParseDate(fields[0])
	if !ok {
		return time.Time{}, false
	}
	if len(fields) == 1 {
		return day, true
	}
	h, m, ok := ParseClock(fields[1])
	if !ok {
		return time.Time{}, false
	}
	return AtClock(day, h, m), true
}

// AtClock returns the moment of d's local day at hour:minute.
func AtClock(d time.Time, hour, minute int) time.Time {
	d = d.Local()
	return time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, time.Local)
}

// NextWorkday returns the next working day (Monday to Friday) after now's
// day, at the start hour of the working day.
func NextWorkday(now time.Time, startHour int) time.Time {
	d := AtClock(now, startHour, 0).AddDate(0, 0, 1)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// DateExample is today's date as the user should type it.
func DateExample(now time.Time) string { return Date(now) }

// DateTimeExample is now as the user should type a date and time.
func DateTimeExample(now time.Time) string { return Date(now) + " " + Clock(now) }
