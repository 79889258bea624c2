package data

import (
	"strconv"
	"strings"
	"time"
)

// The names of the parameters, as the command line spells them; the
// options are named by Option.Name.
const (
	SettingCurrentUser      = "current-user"
	SettingReviewAfterDelay = "review-after-delay"
	SettingMeetingLength    = "meeting-length"
	SettingWorkdayStart     = "workday-start"
	SettingWorkdayEnd       = "workday-end"
	SettingFirstWeekday     = "first-weekday"
	SettingOutgoingReviewed = "outgoing-reviewed"
	SettingLanguage         = "language"
	SettingReminders        = "reminders"
	SettingReminderLead     = "reminder-lead"
	SettingDailyBackups     = "daily-backups"
)

// SettingNames lists every setting by name: the options first, then the
// parameters.
func SettingNames() []string {
	names := make([]string, 0, len(AllOptions)+10)
	for _, o := range AllOptions {
		names = append(names, o.Name())
	}
	return append(names, SettingCurrentUser, SettingReviewAfterDelay, SettingMeetingLength,
		SettingWorkdayStart, SettingWorkdayEnd, SettingFirstWeekday, SettingOutgoingReviewed,
		SettingLanguage, SettingReminders, SettingReminderLead, SettingDailyBackups)
}

// weekdayNames are the first days of the week a setting may name.
var weekdayNames = map[string]time.Weekday{"monday": time.Monday, "sunday": time.Sunday, "saturday": time.Saturday}

// Value returns setting name as text ("yes"/"no", a duration such as
// "1h0m0s", an hour, "monday", a language code or "system"; the current
// user as an employee id, "" for none) and whether the name is known.
func (s Settings) Value(name string) (string, bool) {
	for _, o := range AllOptions {
		if o.Name() == name {
			return yesNo(s.Options.On(o)), true
		}
	}
	switch name {
	case SettingCurrentUser:
		if s.CurrentUser == 0 {
			return "", true
		}
		return strconv.FormatUint(uint64(s.CurrentUser), 10), true
	case SettingReviewAfterDelay:
		return s.ReviewAfterDelay.String(), true
	case SettingMeetingLength:
		return s.MeetingLength.String(), true
	case SettingWorkdayStart:
		return strconv.Itoa(s.WorkdayStart), true
	case SettingWorkdayEnd:
		return strconv.Itoa(s.WorkdayEnd), true
	case SettingFirstWeekday:
		return strings.ToLower(s.FirstWeekday.String()), true
	case SettingOutgoingReviewed:
		return yesNo(s.OutgoingReviewed), true
	case SettingLanguage:
		if s.Language == LangSystem {
			return "system", true
		}
		return s.Language, true
	case SettingReminders:
		return yesNo(s.Reminders), true
	case SettingReminderLead:
		return s.ReminderLead.String(), true
	case SettingDailyBackups:
		return strconv.Itoa(s.DailyBackups), true
	}
	return "", false
}

// Set changes setting name to the value written as Value writes it
// (yes/no also as on/off, true/false; durations as Go writes them, "90m",
// "1h30m"). The current user is an employee id, "" or 0 for none; the
// store checks that the employee exists when the settings are saved. An
// unknown name or a value that cannot be read is a *FieldError naming
// the setting; Validate checks the ranges.
func (s *Settings) Set(name, value string) error {
	value = strings.TrimSpace(value)
	for _, o := range AllOptions {
		if o.Name() == name {
			on, err := parseYesNo(name, value)
			if err == nil {
				s.Options.Set(o, on)
			}
			return err
		}
	}
	var err error
	switch name {
	case SettingCurrentUser:
		if value == "" {
			s.CurrentUser = 0
			return nil
		}
		id, perr := strconv.ParseUint(value, 10, 64)
		if perr != nil {
			return problemWith(name, ProblemNotNumber, Args{Value: value})
		}
		s.CurrentUser = ID(id)
	case SettingReviewAfterDelay:
		s.ReviewAfterDelay, err = parseDuration(name, value)
	case SettingMeetingLength:
		s.MeetingLength, err = parseDuration(name, value)
	case SettingReminderLead:
		s.ReminderLead, err = parseDuration(name, value)
	case SettingDailyBackups:
		n, perr := strconv.Atoi(value)
		if perr != nil {
			return problemWith(name, ProblemNotNumber, Args{Value: value})
		}
		s.DailyBackups = n
	case SettingWorkdayStart:
		s.WorkdayStart, err = parseHour(name, value)
	case SettingWorkdayEnd:
		s.WorkdayEnd, err = parseHour(name, value)
	case SettingFirstWeekday:
		d, ok := weekdayNames[strings.ToLower(value)]
		if !ok {
			return problemAt(name, ProblemWeekday)
		}
		s.FirstWeekday = d
	case SettingOutgoingReviewed:
		s.OutgoingReviewed, err = parseYesNo(name, value)
	case SettingReminders:
		s.Reminders, err = parseYesNo(name, value)
	case SettingLanguage:
		switch strings.ToLower(value) {
		case "system", "":
			s.Language = LangSystem
		case LangEnglish, LangRussian:
			s.Language = strings.ToLower(value)
		default:
			return problemWith(name, ProblemUnknownValue, Args{Value: value, Kind: "language"})
		}
	default:
		return problemWith(name, ProblemUnknownSetting, Args{Value: name})
	}
	return err
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func parseYesNo(name, v string) (bool, error) {
	switch strings.ToLower(v) {
	case "yes", "on", "true", "1":
		return true, nil
	case "no", "off", "false", "0":
		return false, nil
	}
	return false, problemWith(name, ProblemNotYesNo, Args{Value: v})
}

func parseDuration(name, v string) (time.Duration, error) {
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, problemWith(name, ProblemNotNumber, Args{Value: v})
	}
	return d, nil
}

func parseHour(name, v string) (int, error) {
	h, err := strconv.Atoi(v)
	if err != nil {
		return 0, problemWith(name, ProblemNotNumber, Args{Value: v})
	}
	return h, nil
}
