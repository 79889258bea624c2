package data

import (
	"fmt"
	"time"
)

// Options are the functional options of the Organizer and CRM settings;
// each switches a whole feature on or off without touching data.
type Options struct {
	UseEmail             bool `json:"useEmail"`
	UseOtherInteractions bool `json:"useOther"` // meetings, planned interactions, calls
	UseSMS               bool `json:"useSMS"`
	UseReview            bool `json:"useReview"` // the reviewed flag and review after
	UseSubjects          bool `json:"useSubjects"`
	UseAttributes        bool `json:"useAttributes"`
	UseContactRoles      bool `json:"useContactRoles"`
}

// Language choices of the interface.
const (
	LangSystem  = ""
	LangEnglish = "en"
	LangRussian = "ru"
)

// Settings are the options and parameters of the Organizer, kept in the database.
type Settings struct {
	Options Options `json:"options"`

	CurrentUser      ID            `json:"currentUser,omitempty"`
	ReviewAfterDelay time.Duration `json:"reviewAfterDelay"`
	MeetingLength    time.Duration `json:"meetingLength"`
	WorkdayStart     int           `json:"workdayStart"` // hour, 0–23
	WorkdayEnd       int           `json:"workdayEnd"`   // hour, 1–24, after WorkdayStart
	FirstWeekday     time.Weekday  `json:"firstWeekday"`
	OutgoingReviewed bool          `json:"outgoingReviewed"`
	Language         string        `json:"language,omitempty"`
	Reminders        bool          `json:"reminders"`
	// ReminderLead is how long before a meeting starts its reminder comes.
	ReminderLead time.Duration `json:"reminderLead"`
	// DailyBackups is how many automatic daily backups the window keeps
	// in the backups folder beside the database; 0 takes none.
	DailyBackups int `json:"dailyBackups"`
}

// DefaultSettings are the settings of a new database: the e-mail and other
// interactions on, the rest off, Monday first, a 9–18 working day.
func DefaultSettings() Settings {
	return Settings{
		Options:          Options{UseEmail: true, UseOtherInteractions: true, UseReview: true},
		ReviewAfterDelay: time.Hour,
		MeetingLength:    time.Hour,
		WorkdayStart:     9,
		WorkdayEnd:       18,
		FirstWeekday:     time.Monday,
		OutgoingReviewed: true,
		Reminders:        true,
		ReminderLead:     15 * time.Minute,
		DailyBackups:     DefaultDailyBackups,
	}
}

// TypeEnabled reports whether the options show interactions of type t.
func (o Options) TypeEnabled(t InteractionType) bool {
	p := TypePart(t)
	return p != PartNone && o.Shows(p)
}

// Validate checks the parameters.
func (s *Settings) Validate() error {
	if s.ReviewAfterDelay <= 0 || s.ReviewAfterDelay > 366*24*time.Hour {
		return problemAt("reviewAfterDelay", ProblemDelayRange)
	}
	if s.MeetingLength < 5*time.Minute || s.MeetingLength > 24*time.Hour {
		return problemAt("meetingLength", ProblemMeetingLength)
	}
	if s.WorkdayStart < 0 || s.WorkdayStart > 23 {
		return problemAt("workdayStart", ProblemHourRange)
	}
	if s.WorkdayEnd <= s.WorkdayStart || s.WorkdayEnd > 24 {
		return problemAt("workdayEnd", ProblemWorkdayEnd)
	}
	if s.FirstWeekday != time.Monday && s.FirstWeekday != time.Sunday && s.FirstWeekday != time.Saturday {
		return problemAt("firstWeekday", ProblemWeekday)
	}
	if s.ReminderLead < 0 || s.ReminderLead > 24*time.Hour {
		return problemAt("reminderLead", ProblemLeadRange)
	}
	if s.DailyBackups < 0 || s.DailyBackups > 366 {
		return problemWith("dailyBackups", ProblemUnknownValue, Args{Kind: "number of daily backups", Value: fmt.Sprint(s.DailyBackups)})
	}
	switch s.Language {
	case LangSystem, LangEnglish, LangRussian:
	default:
		return problemWith("language", ProblemUnknownValue, Args{Value: s.Language, Kind: "language"})
	}
	return nil
}
