package ical_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"interactions/data/ical"
)

// BenchmarkImport imports a file of 5 000 events (Moscow time, a tenth
// with an attendee) into a new database: parse, match and one
// transaction.
func BenchmarkImport(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
	day := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	const n = 5000
	for i := range n {
		fmt.Fprintf(&sb, "BEGIN:VEVENT\r\nUID:b-%d@x\r\nDTSTART;TZID=Europe/Moscow:%s\r\nDURATION:PT45M\r\nSUMMARY:Встреча номер %d\r\nLOCATION:Офис %d\r\n",
			i, day.Add(time.Duration(i)*37*time.Minute).Format("20060102T150405"), i, i%40)
		if i%10 == 0 {
			fmt.Fprintf(&sb, "ATTENDEE;CN=Гость:mailto:petr@romashka.ru\r\n")
		}
		sb.WriteString("END:VEVENT\r\n")
	}
	sb.WriteString("END:VCALENDAR\r\n")
	file := sb.String()
	for b.Loop() {
		b.StopTimer()
		f := newFixture(b)
		b.StartTimer()
		res, err := ical.Import(context.Background(), f.s, strings.NewReader(file), ical.Options{}, f.catalog(), nil)
		if err != nil || res.New != n {
			b.Fatalf("Import = %+v, %v", res, err)
		}
	}
	b.ReportMetric(float64(n), "events/op")
}
