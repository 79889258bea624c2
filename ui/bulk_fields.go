package ui

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// This file holds what the dialogs of the bulk actions and of the create
// commands share: reading and writing dates and times as the user types
// them, and the red line under a field that says what is wrong with it.

// dateLayouts are the forms a typed date may take: the Russian
// day.month.year and the ISO year-month-day, with one- or two-digit day
// and month. The separators tell them apart, so both work in either
// language.
var dateLayouts = []string{"2.1.2006", "2006-1-2"}

// clockLayout is how times of day are written in both languages.
const clockLayout = "15:04"

// formatDate writes the date of t in the interface language
// (ru 02.01.2006, en 2006-01-02), in local time; "" for zero.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(lang.X("format.date", "2006-01-02"))
}

// formatClock writes the time of day of t as 15:04, in local time.
func formatClock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(clockLayout)
}

// parseDate reads a date typed in either layout, as local midnight.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, s, time.Local); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseClock reads a time of day: "9:05", "09:05", "9.05" or a bare hour "9".
func parseClock(s string) (hour, minute int, ok bool) {
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

// parseDateTime reads a date with an optional time of day
// ("10.03.2026 14:30", "2026-03-10 14:30"); a date alone means midnight.
func parseDateTime(s string) (time.Time, bool) {
	fields := strings.Fields(s)
	if len(fields) == 0 || len(fields) > 2 {
		return time.Time{}, false
	}
	day, ok := parseDate(fields[0])
	if !ok {
		return time.Time{}, false
	}
	if len(fields) == 1 {
		return day, true
	}
	h, m, ok := parseClock(fields[1])
	if !ok {
		return time.Time{}, false
	}
	return atClock(day, h, m), true
}

// atClock returns the moment of d's local day at hour:minute.
func atClock(d time.Time, hour, minute int) time.Time {
	d = d.Local()
	return time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, time.Local)
}

// nextWorkday returns the next working day (Monday to Friday) after now's
// day, at the start hour of the working day.
func nextWorkday(now time.Time, startHour int) time.Time {
	d := atClock(now, startHour, 0).AddDate(0, 0, 1)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, 1)
	}
	return d
}

// storeClock returns the clock of the store: the Now field of the real
// store (tests fix it), or the wall clock for any other implementation.
func storeClock(st any) func() time.Time {
	if s, ok := st.(*data.Store); ok {
		return func() time.Time {
			if s.Now != nil {
				return s.Now()
			}
			return time.Now()
		}
	}
	return time.Now
}

// newErrorLabel returns the hidden red line shown under a field when its
// value is wrong.
func newErrorLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.DangerImportance
	l.Wrapping = fyne.TextWrapWord
	l.Hide()
	return l
}

// showError puts msg in the error line l, or hides l when msg is "".
func showError(l *widget.Label, msg string) {
	l.SetText(msg)
	if msg == "" {
		l.Hide()
	} else {
		l.Show()
	}
}

// fieldMessage is the error line of one field: its name and what is
// wrong, "Date: write it as 10.03.2026".
func fieldMessage(field, problem string) string {
	return lang.X("create.fieldError", "{{.Field}}: {{.Problem}}", map[string]any{"Field": field, "Problem": problem})
}

// dateExample is today's date as the user should type it.
func dateExample(now time.Time) string { return formatDate(now) }

// dateTimeExample is now as the user should type a date and time.
func dateTimeExample(now time.Time) string { return formatDate(now) + " " + formatClock(now) }
