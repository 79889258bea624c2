package ical_test

import (
	"strings"
	"testing"
	"time"

	"interactions/data/ical"
)

// FuzzParse feeds any bytes to the .ics reader, with and without a
// period for recurring events: it must not panic (nor turn a panic of
// the libraries into an error), nothing is returned with an error, and
// every event it accepts has a key, a topic and an end not before its
// start, with no key twice.
func FuzzParse(f *testing.F) {
	for _, s := range []string{outlook, weekly,
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=DAILY;COUNT=3\r\nRDATE;VALUE=DATE:20260110\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T100000\r\nDURATION:P1DT2H\r\nSUMMARY:x\r\n fold\r\nATTENDEE;CN=\"A:B\":MAILTO:a%40b.c\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "hello", "",
	} {
		f.Add([]byte(s))
	}
	period := ical.Options{From: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC), Local: time.UTC}
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, o := range []ical.Options{{Local: time.UTC}, period} {
			evs, err := ical.Parse(raw, o)
			if err != nil {
				if evs != nil {
					t.Fatalf("Parse returned events with the error %v", err)
				}
				if strings.HasPrefix(err.Error(), "the file cannot be read") {
					t.Fatalf("Parse panicked: %v", err)
				}
				continue
			}
			seen := map[string]bool{}
			for _, ev := range evs {
				if ev.Key == "" || strings.TrimSpace(ev.Summary) == "" || ev.End.Before(ev.Start) || seen[ev.Key] {
					t.Fatalf("Parse accepted a bad event %+v", ev)
				}
				seen[ev.Key] = true
			}
		}
	})
}
