package format

import (
	"interactions/ui/internal/uitest"
	"testing"
	"time"
)

func TestFormat_Languages(t *testing.T) {
	date := time.Date(2026, 3, 9, 15, 4, 0, 0, time.UTC)
	tests := []struct {
		lang                        string
		date                        string
		counts                      map[int]string
		thousand, million, negative string
	}{
		{
			lang: "en_US.UTF-8", date: "2026-03-09 15:04",
			counts:   map[int]string{0: "0 interactions", 1: "1 interaction", 2: "2 interactions", 21: "21 interactions"},
			thousand: "1,000", million: "1,234,567", negative: "-12,345",
		},
		{
			lang: "ru_RU.UTF-8", date: "09.03.2026 15:04",
			counts: map[int]string{
				0: "0 взаимодействий", 1: "1 взаимодействие", 2: "2 взаимодействия", 5: "5 взаимодействий",
				11: "11 взаимодействий", 21: "21 взаимодействие", 24: "24 взаимодействия",
			},
			thousand: "1\u00a0000", million: "1\u00a0234\u00a0567", negative: "-12\u00a0345",
		},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			uitest.UseLanguage(t, tt.lang)
			if got := DateTime(date); got != tt.date {
				t.Errorf("DateTime = %q, want %q", got, tt.date)
			}
			if got := DateTime(time.Time{}); got != "" {
				t.Errorf("DateTime(zero) = %q, want empty", got)
			}
			for n, want := range tt.counts {
				if got := InteractionCount(n); got != want {
					t.Errorf("InteractionCount(%d) = %q, want %q", n, got, want)
				}
			}
			for n, want := range map[int]string{1000: tt.thousand, 1234567: tt.million, -12345: tt.negative, 999: "999"} {
				if got := Count(n); got != want {
					t.Errorf("Count(%d) = %q, want %q", n, got, want)
				}
			}
		})
	}
}

func TestMain(m *testing.M) { uitest.Main(m) }

func TestDuration(t *testing.T) {
	tests := []struct {
		lang string
		d    time.Duration
		want string
	}{
		{"en_US.UTF-8", 5 * time.Minute, "5 min"},
		{"en_US.UTF-8", 45 * time.Second, "45 s"},
		{"en_US.UTF-8", 5*time.Minute + 30*time.Second, "5 min 30 s"},
		{"en_US.UTF-8", time.Hour + 5*time.Minute, "1 h 05 min"},
		{"ru_RU.UTF-8", 5 * time.Minute, "5 мин"},
		{"ru_RU.UTF-8", time.Hour + 5*time.Minute, "1 ч 05 мин"},
	}
	for _, tt := range tests {
		uitest.UseLanguage(t, tt.lang)
		if got := Duration(tt.d); got != tt.want {
			t.Errorf("%s: Duration(%v) = %q, want %q", tt.lang, tt.d, got, tt.want)
		}
	}
}
