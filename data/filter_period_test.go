package data_test

import (
	"testing"
	"time"

	"interactions/data"
)

func TestPeriodRange(t *testing.T) {
	loc := time.Local
	at := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, loc) }
	wed := at(3, 11, 15) // Wednesday 11 March 2026, 15:00
	tests := []struct {
		name      string
		p         data.Period
		now       time.Time
		weekStart time.Weekday
		from, to  time.Time
	}{
		{"fixed", data.PeriodFixed, wed, time.Monday, time.Time{}, time.Time{}},
		{"unknown", data.Period(99), wed, time.Monday, time.Time{}, time.Time{}},
		{"today", data.PeriodToday, wed, time.Monday, at(3, 11, 0), at(3, 12, 0)},
		{"today at midnight", data.PeriodToday, at(3, 11, 0), time.Monday, at(3, 11, 0), at(3, 12, 0)},
		{"week from Monday", data.PeriodThisWeek, wed, time.Monday, at(3, 9, 0), at(3, 16, 0)},
		{"week from Sunday", data.PeriodThisWeek, wed, time.Sunday, at(3, 8, 0), at(3, 15, 0)},
		{"week from Saturday", data.PeriodThisWeek, wed, time.Saturday, at(3, 7, 0), at(3, 14, 0)},
		{"week on its first day", data.PeriodThisWeek, at(3, 9, 0), time.Monday, at(3, 9, 0), at(3, 16, 0)},
		{"week across months", data.PeriodThisWeek, at(4, 1, 9), time.Monday, at(3, 30, 0), at(4, 6, 0)},
		{"month", data.PeriodThisMonth, wed, time.Monday, at(3, 1, 0), at(4, 1, 0)},
		{"december", data.PeriodThisMonth, at(12, 31, 23), time.Monday, at(12, 1, 0), time.Date(2027, 1, 1, 0, 0, 0, 0, loc)},
		{"now in another zone", data.PeriodToday, wed.UTC(), time.Monday, at(3, 11, 0), at(3, 12, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			from, to := tt.p.Range(tt.now, tt.weekStart)
			if !from.Equal(tt.from) || !to.Equal(tt.to) {
				t.Errorf("Range = [%v, %v), want [%v, %v)", from, to, tt.from, tt.to)
			}
			if !from.IsZero() && from.Location() != time.Local {
				t.Errorf("Range in %v, want local time", from.Location())
			}
		})
	}
}

func TestFilterResolve(t *testing.T) {
	at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.Local) }
	now := time.Date(2026, 3, 11, 15, 0, 0, 0, time.Local)
	lastWeek := data.Filter{From: at(3, 2), To: at(3, 9), Period: data.PeriodThisWeek, Responsible: 2}
	tests := []struct {
		name string
		f    data.Filter
		want data.Filter
	}{
		{"this week saved last week", lastWeek,
			data.Filter{From: at(3, 9), To: at(3, 16), Period: data.PeriodThisWeek, Responsible: 2}},
		{"today without a range yet", data.Filter{Period: data.PeriodToday},
			data.Filter{From: at(3, 11), To: at(3, 12), Period: data.PeriodToday}},
		{"this month", data.Filter{Period: data.PeriodThisMonth},
			data.Filter{From: at(3, 1), To: at(4, 1), Period: data.PeriodThisMonth}},
		{"fixed stays", data.Filter{From: at(1, 5), To: at(2, 1)}, data.Filter{From: at(1, 5), To: at(2, 1)}},
		{"unknown stays", data.Filter{From: at(1, 5), Period: 42}, data.Filter{From: at(1, 5), Period: 42}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Resolve(now, time.Monday); !got.Equal(tt.want) {
				t.Errorf("Resolve = %+v, want %+v", got, tt.want)
			}
		})
	}
}
