package data_test

import (
	"testing"
	"time"

	"interactions/data"
)

// benchMonth is the month before the benchmark data's "today": a full
// month of the past, the busiest kind of month the calendar shows.
func benchMonth() (from, to time.Time) {
	from = time.Date(benchNow.Year(), benchNow.Month()-1, 1, 0, 0, 0, 0, time.Local)
	return from, from.AddDate(0, 1, 0)
}

// BenchmarkCalendarMonth gathers a month of the event calendar as its
// month view shows it: every day's count and its first three events.
func BenchmarkCalendarMonth(b *testing.B) {
	s := openBench(b)
	set := s.Settings()
	set.Options.UseSubjects = true
	if err := s.SaveSettings(set); err != nil {
		b.Fatal(err)
	}
	from, to := benchMonth()
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for i := 0; i < b.N; i++ {
		days, err := s.CalendarDays(data.CalendarQuery{From: from, To: to}, 3)
		if err != nil || len(days) < 28 {
			b.Fatal(len(days), err)
		}
	}
}

// BenchmarkCalendarWeek gathers every event of a week with its record,
// as the week view shows them.
func BenchmarkCalendarWeek(b *testing.B) {
	s := openBench(b)
	from, _ := benchMonth()
	from = data.WeekStart(from.AddDate(0, 0, 7), time.Monday)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for i := 0; i < b.N; i++ {
		if _, err := s.CalendarEvents(data.CalendarQuery{From: from, To: from.AddDate(0, 0, 7)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkActivityTwoYears reads two years of the activity counters.
func BenchmarkActivityTwoYears(b *testing.B) {
	s := openBench(b)
	to := data.LocalDay(benchNow)
	from := to.AddDate(-2, 0, 0)
	b.ResetTimer()
	defer reportCPU(b, cpuTime())
	for i := 0; i < b.N; i++ {
		if _, err := s.Activity(from, to, data.GroupMonth, time.Monday); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU adds the processor time per operation since start, as
// "cpu-ms/op", to a benchmark's figures.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}
