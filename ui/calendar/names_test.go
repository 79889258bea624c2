package calendar_test

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"interactions/ui/calendar"
	"interactions/ui/internal/uitest"
)

func pickerHeads(p *calendar.Picker) string {
	var out []string
	for _, h := range p.Heads {
		out = append(out, h.Text)
	}
	return strings.Join(out, " ")
}

func TestNames_RussianAndEnglish(t *testing.T) {
	test.NewTempApp(t)
	nov := time.Date(2026, 11, 10, 0, 0, 0, 0, time.Local) // a Tuesday
	tests := []struct {
		lang, month, day, week, mondayFirst, sundayFirst string
	}{
		{"ru_RU.UTF-8", "Ноябрь 2026", "Вторник, 10 ноября 2026", "9 – 15 ноября 2026",
			"Пн Вт Ср Чт Пт Сб Вс", "Вс Пн Вт Ср Чт Пт Сб"},
		{"en_US.UTF-8", "November 2026", "Tuesday, 10 November 2026", "9 – 15 November 2026",
			"Mon Tue Wed Thu Fri Sat Sun", "Sun Mon Tue Wed Thu Fri Sat"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			uitest.UseLanguage(t, tt.lang)
			if got := calendar.MonthTitle(nov); got != tt.month {
				t.Errorf("MonthTitle = %q, want %q", got, tt.month)
			}
			if got := calendar.DayTitle(nov); got != tt.day {
				t.Errorf("DayTitle = %q, want %q", got, tt.day)
			}
			if got := calendar.WeekTitle(nov.AddDate(0, 0, -1)); got != tt.week {
				t.Errorf("WeekTitle = %q, want %q", got, tt.week)
			}
			p := calendar.NewPicker(nov, nov, time.Monday)
			if got := pickerHeads(p); got != tt.mondayFirst {
				t.Errorf("picker heads, Monday first = %q, want %q", got, tt.mondayFirst)
			}
			if p.Title.Text != tt.month {
				t.Errorf("picker title = %q, want %q", p.Title.Text, tt.month)
			}
			p.Set(nov, nov, time.Sunday)
			if got := pickerHeads(p); got != tt.sundayFirst {
				t.Errorf("picker heads, Sunday first = %q, want %q", got, tt.sundayFirst)
			}
		})
	}
}

func TestPicker_DaysStartOnTheFirstWeekday(t *testing.T) {
	test.NewTempApp(t)
	nov := time.Date(2026, 11, 10, 0, 0, 0, 0, time.Local) // 1 November 2026 is a Sunday
	for _, tt := range []struct {
		first     time.Weekday
		firstCell time.Time
		firstText string
	}{
		{time.Monday, time.Date(2026, 10, 26, 0, 0, 0, 0, time.Local), "26"},
		{time.Sunday, time.Date(2026, 11, 1, 0, 0, 0, 0, time.Local), "1"},
		{time.Saturday, time.Date(2026, 10, 31, 0, 0, 0, 0, time.Local), "31"},
	} {
		p := calendar.NewPicker(nov, nov, tt.first)
		if got := p.DayAt(0); !got.Equal(tt.firstCell) || p.Days[0].Text != tt.firstText {
			t.Errorf("first %v: first cell %v %q, want %v %q", tt.first, got, p.Days[0].Text, tt.firstCell, tt.firstText)
		}
		if got := p.DayAt(0).Weekday(); got != tt.first {
			t.Errorf("first %v: the grid starts on %v", tt.first, got)
		}
	}
	var picked time.Time
	p := calendar.NewPicker(nov, nov, time.Monday)
	p.OnSelected = func(d time.Time) { picked = d }
	test.Tap(p.Days[17]) // 26 Oct + 17 days
	if want := time.Date(2026, 11, 12, 0, 0, 0, 0, time.Local); !picked.Equal(want) {
		t.Errorf("tapping the 18th cell picked %v, want %v", picked, want)
	}
	test.Tap(p.Next)
	if p.Title.Text != "December 2026" {
		t.Errorf("after Next the title is %q", p.Title.Text)
	}
}
