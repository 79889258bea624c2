package ical_test

import (
	"testing"
	"time"

	"interactions/data/ical"
)

// TestParse_WindowsZoneNames reads events whose TZID is a Windows zone
// name with no VTIMEZONE in the file, through the table of such names
// (built on first use).
func TestParse_WindowsZoneNames(t *testing.T) {
	for _, tc := range []struct {
		tzid   string
		offset int // hours east of UTC in March 2026
	}{
		{"Russian Standard Time", 3},
		{"Ekaterinburg Standard Time", 5},
		{"Kaliningrad Standard Time", 2},
	} {
		src := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:w@example.com\r\n" +
			"DTSTAMP:20260301T090000Z\r\nDTSTART;TZID=" + tc.tzid + ":20260310T143000\r\n" +
			"DTEND;TZID=" + tc.tzid + ":20260310T150000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
		evs, err := ical.Parse([]byte(src), ical.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.tzid, err)
		}
		want := time.Date(2026, 3, 10, 14, 30, 0, 0, time.FixedZone("", tc.offset*3600))
		if len(evs) != 1 || !evs[0].Start.Equal(want) {
			t.Errorf("%s: events %+v, want one starting %v", tc.tzid, evs, want)
		}
	}
	src := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:w@example.com\r\n" +
		"DTSTAMP:20260301T090000Z\r\nDTSTART;TZID=Klingon Standard Time:20260310T143000\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	if evs, err := ical.Parse([]byte(src), ical.Options{}); err == nil && len(evs) > 0 {
		t.Errorf("an unknown Windows zone name gave %+v", evs)
	}
}
