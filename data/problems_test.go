package data_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// TestAllProblems_DistinctAndSpelled lists each code once, each with an
// English text of its own.
func TestAllProblems_DistinctAndSpelled(t *testing.T) {
	all := data.AllProblems()
	for i, p := range all {
		if slices.Contains(all[:i], p) {
			t.Errorf("%q is listed twice", p)
		}
		s := p.English(data.Args{Value: "v", Kind: "employee", ID: 1, Max: 2})
		if s == "" || strings.Contains(s, "is not valid (") {
			t.Errorf("%q has no English text: %q", p, s)
		}
	}
}

// TestSentinels_Distinct lists each sentinel error once.
func TestSentinels_Distinct(t *testing.T) {
	all := data.Sentinels()
	for i, err := range all {
		if err == nil || slices.ContainsFunc(all[:i], func(e error) bool { return errors.Is(e, err) }) {
			t.Errorf("sentinel %d (%v) is nil or repeated", i, err)
		}
	}
	if !slices.Contains(all, data.ErrLocked) || !slices.Contains(all, data.ErrTooManyToSort) {
		t.Errorf("Sentinels() = %v lacks ErrLocked or ErrTooManyToSort", all)
	}
}

// TestSettings_ProblemsHaveCodes checks that every problem of the settings
// (still written as English formats) gets a code of its own, not
// ProblemInvalid.
func TestSettings_ProblemsHaveCodes(t *testing.T) {
	for _, tc := range []struct {
		edit func(*data.Settings)
		want data.Problem
	}{
		{func(s *data.Settings) { s.ReviewAfterDelay = 0 }, data.ProblemDelayRange},
		{func(s *data.Settings) { s.MeetingLength = time.Minute }, data.ProblemMeetingLength},
		{func(s *data.Settings) { s.WorkdayStart = 24 }, data.ProblemHourRange},
		{func(s *data.Settings) { s.WorkdayStart, s.WorkdayEnd = 10, 10 }, data.ProblemWorkdayEnd},
		{func(s *data.Settings) { s.FirstWeekday = time.Tuesday }, data.ProblemWeekday},
		{func(s *data.Settings) { s.Language = "de" }, data.ProblemUnknownValue},
	} {
		st := data.DefaultSettings()
		tc.edit(&st)
		fe, ok := data.AsFieldError(st.Validate())
		if !ok || fe.Code != tc.want {
			t.Errorf("Validate() = %v, want code %q", fe, tc.want)
		}
	}
}

// TestFieldError_English keeps the English of Error as it was before the
// codes, arguments included.
func TestFieldError_English(t *testing.T) {
	p := data.Partner{Name: "X", ContactInfo: []data.ContactInfo{{Kind: data.CIPhone, Value: "abc"}}}
	err := p.Validate()
	if got, want := err.Error(), `contactInfo[0].value: "abc" is not a phone number`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	fe, _ := data.AsFieldError(err)
	if fe.Code != data.ProblemNotPhone || fe.Args.Value != "abc" {
		t.Errorf("FieldError = %+v, want ProblemNotPhone of abc", fe)
	}
	it := data.Interaction{Type: data.TypeCall, Direction: data.DirNone, Date: time.Now(), Responsible: 1,
		Importance: data.ImportanceNormal, Topic: "x", Call: &data.Call{}}
	if got, want := it.Validate().Error(), "direction: a call is incoming or outgoing"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}
