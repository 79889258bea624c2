package settings

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/widgets"
)

// Choices of the parameters that take a duration.
var (
	delayChoices   = []time.Duration{15 * time.Minute, 30 * time.Minute, time.Hour, 3 * time.Hour, 24 * time.Hour}
	meetingChoices = []time.Duration{15 * time.Minute, 30 * time.Minute, 45 * time.Minute, time.Hour, 90 * time.Minute, 2 * time.Hour, 3 * time.Hour}
	leadChoices    = []time.Duration{0, 5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour}
	weekdays       = []time.Weekday{time.Monday, time.Sunday, time.Saturday}
	languages      = []string{data.LangSystem, data.LangEnglish, data.LangRussian}
)

// parameters are the widgets of the parameters' card.
type parameters struct {
	v    *View
	card *widget.Card

	CurrentUser      *widget.Select
	ReviewAfterDelay *widget.Select
	MeetingLength    *widget.Select
	WorkdayStart     *widget.Select
	WorkdayEnd       *widget.Select
	FirstWeekday     *widget.Select
	OutgoingReviewed *widget.Check
	Language         *widget.Select
	LanguageNote     *widget.Label
	Reminders        *widget.Check
	ReminderLead     *widget.Select
	DailyBackups     *widget.Select

	employees []data.Employee // the choices of CurrentUser after "(none)"
	delays    []time.Duration // the choices of ReviewAfterDelay, with the value shown
	lengths   []time.Duration
	leads     []time.Duration
	backups   []int // the choices of DailyBackups
}

func newParameters(v *View) *parameters {
	p := &parameters{v: v}
	p.CurrentUser = widget.NewSelect(nil, func(string) {
		i := p.CurrentUser.SelectedIndex()
		if i < 0 {
			return
		}
		var id data.ID
		if i > 0 && i-1 < len(p.employees) {
			id = p.employees[i-1].ID
		}
		v.change(func(s *data.Settings) { s.CurrentUser = id })
	})
	p.ReviewAfterDelay = p.durationSelect(&p.delays, func(s *data.Settings, d time.Duration) { s.ReviewAfterDelay = d })
	p.MeetingLength = p.durationSelect(&p.lengths, func(s *data.Settings, d time.Duration) { s.MeetingLength = d })
	p.ReminderLead = p.durationSelect(&p.leads, func(s *data.Settings, d time.Duration) { s.ReminderLead = d })
	p.WorkdayStart = widget.NewSelect(hours(0, 23), func(h string) {
		n, _ := strconv.Atoi(h)
		v.change(func(s *data.Settings) { s.WorkdayStart = n })
	})
	p.WorkdayEnd = widget.NewSelect(hours(1, 24), func(h string) {
		n, _ := strconv.Atoi(h)
		v.change(func(s *data.Settings) { s.WorkdayEnd = n })
	})
	p.FirstWeekday = widget.NewSelect(weekdayNames(), func(string) {
		if i := p.FirstWeekday.SelectedIndex(); i >= 0 {
			v.change(func(s *data.Settings) { s.FirstWeekday = weekdays[i] })
		}
	})
	p.OutgoingReviewed = widget.NewCheck(lang.X("settings.outgoingReviewed", "Outgoing interactions start reviewed"), func(on bool) {
		v.change(func(s *data.Settings) { s.OutgoingReviewed = on })
	})
	p.Language = widget.NewSelect(languageNames(), func(string) {
		if i := p.Language.SelectedIndex(); i >= 0 {
			v.change(func(s *data.Settings) { s.Language = languages[i] })
		}
	})
	p.LanguageNote = widget.NewLabel(lang.X("settings.languageNote", "The language changes at the next start of the program."))
	p.LanguageNote.Importance = widget.LowImportance
	p.Reminders = widget.NewCheck(lang.X("settings.reminders", "Remind of review-after times and meetings"), func(on bool) {
		v.change(func(s *data.Settings) { s.Reminders = on })
	})
	p.DailyBackups = widget.NewSelect(nil, func(string) {
		if i := p.DailyBackups.SelectedIndex(); i >= 0 && i < len(p.backups) {
			n := p.backups[i]
			v.change(func(s *data.Settings) { s.DailyBackups = n })
		}
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.X("settings.currentUser", "Current user"), p.CurrentUser),
		widget.NewFormItem(lang.X("settings.reviewAfterDelay", "Review after, by default"), p.ReviewAfterDelay),
		widget.NewFormItem(lang.X("settings.meetingLength", "Meeting length"), p.MeetingLength),
		widget.NewFormItem(lang.X("settings.workdayStart", "Working day from"), p.WorkdayStart),
		widget.NewFormItem(lang.X("settings.workdayEnd", "Working day to"), p.WorkdayEnd),
		widget.NewFormItem(lang.X("settings.firstWeekday", "First day of the week"), p.FirstWeekday),
		widget.NewFormItem("", p.OutgoingReviewed),
		widget.NewFormItem(lang.X("settings.language", "Language"), p.Language),
		widget.NewFormItem("", p.LanguageNote),
		widget.NewFormItem("", p.Reminders),
		widget.NewFormItem(lang.X("settings.reminderLead", "Remind before a meeting"), p.ReminderLead),
		widget.NewFormItem(lang.X("settings.dailyBackups", "Daily backups kept"), p.DailyBackups),
	)
	p.card = widget.NewCard(lang.X("settings.section.parameters", "Parameters"), "", form)
	return p
}

// durationSelect is a select of durations kept in *choices; a choice
// saves set of it.
func (p *parameters) durationSelect(choices *[]time.Duration, set func(*data.Settings, time.Duration)) *widget.Select {
	var sel *widget.Select
	sel = widget.NewSelect(nil, func(string) {
		if i := sel.SelectedIndex(); i >= 0 && i < len(*choices) {
			d := (*choices)[i]
			p.v.change(func(s *data.Settings) { set(s, d) })
		}
	})
	return sel
}

// showDuration offers the presets and the current value d (when it is
// none of them) in sel, and selects d.
func showDuration(sel *widget.Select, presets []time.Duration, d time.Duration, choices *[]time.Duration) {
	all := slices.Clone(presets)
	if !slices.Contains(all, d) {
		all = append(all, d)
		slices.Sort(all)
	}
	*choices = all
	names := make([]string, len(all))
	for i, c := range all {
		names[i] = durationName(c)
	}
	sel.SetOptions(names)
	sel.SetSelectedIndex(slices.Index(all, d))
}

// show sets the widgets from s.
func (p *parameters) show(s data.Settings) {
	showDuration(p.ReviewAfterDelay, delayChoices, s.ReviewAfterDelay, &p.delays)
	showDuration(p.MeetingLength, meetingChoices, s.MeetingLength, &p.lengths)
	showDuration(p.ReminderLead, leadChoices, s.ReminderLead, &p.leads)
	p.WorkdayStart.SetSelected(strconv.Itoa(s.WorkdayStart))
	p.WorkdayEnd.SetSelected(strconv.Itoa(s.WorkdayEnd))
	p.FirstWeekday.SetSelectedIndex(slices.Index(weekdays, s.FirstWeekday))
	p.OutgoingReviewed.SetChecked(s.OutgoingReviewed)
	p.Language.SetSelectedIndex(max(0, slices.Index(languages, s.Language)))
	p.Reminders.SetChecked(s.Reminders)
	p.ReminderLead.Enable()
	if !s.Reminders {
		p.ReminderLead.Disable()
	}
	p.showCurrentUser(s.CurrentUser)
	p.showBackups(s.DailyBackups)
}

// backupChoices are the numbers of daily backups offered; 0 is off.
var backupChoices = []int{0, 3, 7, 14, 30}

// showBackups offers the numbers of daily backups (and n when it is none
// of them) and selects n.
func (p *parameters) showBackups(n int) {
	all := slices.Clone(backupChoices)
	if !slices.Contains(all, n) {
		all = append(all, n)
		slices.Sort(all)
	}
	p.backups = all
	names := make([]string, len(all))
	for i, c := range all {
		names[i] = strconv.Itoa(c)
		if c == 0 {
			names[i] = lang.X("settings.dailyBackups.off", "None (off)")
		}
	}
	p.DailyBackups.SetOptions(names)
	p.DailyBackups.SetSelectedIndex(slices.Index(all, n))
}

// showCurrentUser offers "(none)" and the active employees (and the
// current user even when inactive) and selects the current user.
func (p *parameters) showCurrentUser(id data.ID) {
	names := []string{lang.X("settings.currentUser.none", "(none)")}
	for _, e := range p.employees {
		names = append(names, e.Name)
	}
	p.CurrentUser.SetOptions(names)
	i := slices.IndexFunc(p.employees, func(e data.Employee) bool { return e.ID == id })
	p.CurrentUser.SetSelectedIndex(i + 1)
}

// loadEmployees reads the employees in the background, then shows them.
func (p *parameters) loadEmployees() {
	background.Read(&p.v.tasks, contextBackground, p.v.store.Employees, func(emps []data.Employee, err error) {
		if err != nil {
			widgets.ShowError(p.v.status, lang.X("settings.employeesFailed", "Could not read the employees: {{.Error}}", problem.Args(err)))
			return
		}
		id := p.v.sess.Settings().CurrentUser
		p.employees = p.employees[:0]
		for _, e := range emps {
			if !e.Inactive || e.ID == id {
				p.employees = append(p.employees, e)
			}
		}
		p.v.quiet = true
		p.showCurrentUser(id)
		p.v.quiet = false
	})
}

// hours returns the hours lo..hi as text.
func hours(lo, hi int) []string {
	out := make([]string, 0, hi-lo+1)
	for h := lo; h <= hi; h++ {
		out = append(out, strconv.Itoa(h))
	}
	return out
}

// durationName writes a duration the way the settings offer it.
func durationName(d time.Duration) string {
	switch {
	case d == 0:
		return lang.X("settings.duration.atStart", "at the start")
	case d%(24*time.Hour) == 0:
		return lang.XN("settings.duration.days", "{{.N}} days", int(d/(24*time.Hour)), map[string]any{"N": int(d / (24 * time.Hour))})
	case d%time.Hour == 0:
		return lang.XN("settings.duration.hours", "{{.N}} hours", int(d/time.Hour), map[string]any{"N": int(d / time.Hour)})
	case d%time.Minute == 0:
		return lang.XN("settings.duration.minutes", "{{.N}} minutes", int(d/time.Minute), map[string]any{"N": int(d / time.Minute)})
	}
	return fmt.Sprint(d)
}

// weekdayNames are the names of the first days of the week offered.
func weekdayNames() []string {
	return []string{
		lang.X("settings.weekday.monday", "Monday"),
		lang.X("settings.weekday.sunday", "Sunday"),
		lang.X("settings.weekday.saturday", "Saturday"),
	}
}

// languageNames are the names of the interface languages offered.
func languageNames() []string {
	return []string{
		lang.X("settings.language.system", "As in the system"),
		lang.X("language.english", "English"),
		lang.X("language.russian", "Russian"),
	}
}
