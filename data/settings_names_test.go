package data_test

import (
	"testing"
	"time"

	"interactions/data"
)

func TestSettings_SetAndValueByName(t *testing.T) {
	s := data.DefaultSettings()
	for _, name := range data.SettingNames() {
		v, ok := s.Value(name)
		if !ok {
			t.Fatalf("Value(%q) unknown", name)
		}
		c := s
		if err := c.Set(name, v); err != nil {
			t.Errorf("Set(%q, %q) of its own value: %v", name, v, err)
		}
		if c != s {
			t.Errorf("Set(%q, %q) changed the settings to %+v", name, v, c)
		}
	}
	tests := []struct {
		name, value string
		check       func(data.Settings) bool
	}{
		{"use-sms", "on", func(s data.Settings) bool { return s.Options.UseSMS }},
		{"use-email", "no", func(s data.Settings) bool { return !s.Options.UseEmail }},
		{"review-after-delay", "90m", func(s data.Settings) bool { return s.ReviewAfterDelay == 90*time.Minute }},
		{"first-weekday", "Sunday", func(s data.Settings) bool { return s.FirstWeekday == time.Sunday }},
		{"language", "ru", func(s data.Settings) bool { return s.Language == data.LangRussian }},
		{"language", "system", func(s data.Settings) bool { return s.Language == data.LangSystem }},
		{"current-user", "7", func(s data.Settings) bool { return s.CurrentUser == 7 }},
		{"reminder-lead", "30m", func(s data.Settings) bool { return s.ReminderLead == 30*time.Minute }},
	}
	for _, tt := range tests {
		c := data.DefaultSettings()
		if err := c.Set(tt.name, tt.value); err != nil || !tt.check(c) {
			t.Errorf("Set(%q, %q) = %v, settings %+v", tt.name, tt.value, err, c)
		}
	}
	bad := []struct {
		name, value string
		code        data.Problem
	}{
		{"use-sms", "maybe", data.ProblemNotYesNo},
		{"no-such", "1", data.ProblemUnknownSetting},
		{"meeting-length", "long", data.ProblemNotNumber},
		{"first-weekday", "tuesday", data.ProblemWeekday},
		{"language", "de", data.ProblemUnknownValue},
	}
	for _, tt := range bad {
		c := data.DefaultSettings()
		err := c.Set(tt.name, tt.value)
		fe, ok := data.AsFieldError(err)
		if !ok || fe.Code != tt.code || fe.Field != tt.name {
			t.Errorf("Set(%q, %q) = %v, want a %s problem of the setting", tt.name, tt.value, err, tt.code)
		}
	}
	c := data.DefaultSettings()
	if err := c.Set("reminder-lead", "25h"); err != nil {
		t.Fatal(err)
	}
	if fe, ok := data.AsFieldError(c.Validate()); !ok || fe.Code != data.ProblemLeadRange {
		t.Errorf("a 25 h reminder lead validates as %v", c.Validate())
	}
}
