// Package calendar is the Event calendar screen (Календарь событий): a
// month calendar to pick the day, and the day, week and month views of
// the period's meetings, planned interactions, unprocessed interactions
// with their review-after times, and the dates of orders, deals and
// marketing events, filtered by responsible, by unprocessed only and by
// kind. An event opens in a card; meetings and planned interactions move
// to another day or time from there ("Move to…"), or are dragged to
// another hour or day of the day and week views.
package calendar

import (
	"context"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/background"
	"interactions/ui/problem"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// Mode is the view of the calendar: a day, a week or a month.
type Mode int

// The views.
const (
	ModeDay Mode = iota
	ModeWeek
	ModeMonth
)

// View is the Event calendar screen. Its widgets are fields so that tests
// tap the real buttons and read the real labels.
type View struct {
	store *data.Store
	sess  *session.Session
	win   fyne.Window

	// OnOpen, when set, opens an interaction's event elsewhere in the
	// window (its editor); the event card then offers "Open".
	OnOpen func(data.CalendarEvent)

	Modes          *widget.RadioGroup
	Prev, Next     *widget.Button
	Today          *widget.Button
	Title          *widget.Label
	Responsible    *widget.Select
	OnlyUnreviewed *widget.Check
	Kinds          *widget.CheckGroup
	Picker         *Picker
	Month          *MonthGrid
	Hours          *HoursView
	Error          *widget.Label

	// Days and Events are what the shown view holds: the month view's
	// days, the day and week views' events.
	Days   []data.CalendarDay
	Events []data.CalendarEvent
	// Opened is the event whose card was opened last; MoveEntry the date
	// entry of an open "Move to…" dialog.
	Opened    *data.CalendarEvent
	MoveEntry *widget.Entry
	moveOK    *widget.Button

	mode      Mode
	day       time.Time
	employees []data.Employee
	kinds     []data.EventKind // the kinds the options show, in order
	tasks     background.Tasks
	moves     background.Tasks
	cancel    context.CancelFunc
	body      *fyne.Container
	content   fyne.CanvasObject
}

// New returns the Event calendar screen on st, showing this month.
func New(st *data.Store, sess *session.Session, win fyne.Window) *View {
	v := &View{store: st, sess: sess, win: win, mode: ModeMonth, day: data.LocalDay(sess.Now())}
	v.Modes = widget.NewRadioGroup(nil, nil)
	v.Modes.Horizontal = true
	v.Modes.Required = true
	v.Prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { v.step(-1) })
	v.Next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { v.step(1) })
	v.Today = widget.NewButton(lang.X("calendar.today", "Today"), func() { v.ShowDay(data.LocalDay(v.sess.Now()), v.mode) })
	v.Title = widget.NewLabel("")
	v.Title.TextStyle.Bold = true
	v.Responsible = widget.NewSelect(nil, func(string) { v.reload() })
	v.OnlyUnreviewed = widget.NewCheck(lang.X("calendar.onlyUnprocessed", "Only unprocessed"), func(bool) { v.reload() })
	v.Kinds = widget.NewCheckGroup(nil, nil)
	v.Picker = NewPicker(v.day, sess.Now(), sess.Settings().FirstWeekday)
	v.Picker.OnSelected = func(d time.Time) {
		mode := v.mode
		if mode == ModeMonth {
			mode = ModeDay
		}
		v.ShowDay(d, mode)
	}
	v.Month = NewMonthGrid()
	v.Month.OnDay = func(d time.Time) { v.ShowDay(d, ModeDay) }
	v.Month.OnEvent = v.showCard
	v.Hours = NewHoursView()
	v.Hours.OnEvent = v.showCard
	v.Hours.OnDay = func(d time.Time) { v.ShowDay(d, ModeDay) }
	v.Hours.OnMove = func(e data.CalendarEvent, start time.Time) {
		v.moveTo(e, start, func(err error) {
			if err != nil {
				widgets.ShowError(v.Error, problem.Text(err))
			}
		})
	}
	v.Error = widgets.NewErrorLabel()
	v.body = container.NewStack()

	top := container.NewBorder(nil, nil,
		container.NewHBox(v.Prev, v.Today, v.Next, v.Title), v.Modes)
	filters := container.NewVBox(
		widget.NewLabel(lang.X("calendar.responsible", "Responsible")), v.Responsible,
		v.OnlyUnreviewed, widget.NewSeparator(), v.Kinds)
	side := container.NewVBox(v.Picker, widget.NewSeparator(), filters)
	v.content = container.NewBorder(container.NewVBox(top, v.Error), nil,
		container.NewHBox(container.NewVScroll(side), widget.NewSeparator()), nil, v.body)
	v.loadChoices()
	v.Modes.OnChanged = func(s string) {
		if i := slices.Index(v.Modes.Options, s); i >= 0 && Mode(i) != v.mode {
			v.ShowDay(v.day, Mode(i))
		}
	}
	v.ShowDay(v.day, v.mode)
	return v
}

// Content returns the screen.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Close drops the answer of a read still running.
func (v *View) Close() {
	if v.cancel != nil {
		v.cancel()
	}
}

// Changed reads the calendar again; after a change of the catalogs or
// settings it first rebuilds the filters' choices.
func (v *View) Changed(c session.Change) {
	if c.Has(session.Catalogs | session.Settings) {
		v.loadChoices()
		v.Picker.Set(v.day, v.sess.Now(), v.sess.Settings().FirstWeekday)
	}
	v.reload()
}

// Mode returns the shown view.
func (v *View) Mode() Mode { return v.mode }

// Day returns the chosen day.
func (v *View) Day() time.Time { return v.day }

// Busy reports whether a read or a move has not reported back yet.
func (v *View) Busy() bool { return v.tasks.Busy() || v.moves.Busy() }

// loadChoices fills the mode names, the responsible employees and the
// kinds the options show, keeping what was chosen.
func (v *View) loadChoices() {
	v.Modes.Options = []string{lang.X("calendar.day", "Day"), lang.X("calendar.week", "Week"), lang.X("calendar.month", "Month")}
	v.Modes.Selected = v.Modes.Options[v.mode]
	v.Modes.Refresh()

	emps, err := v.store.Employees()
	if err != nil {
		widgets.ShowError(v.Error, problem.Text(err))
	}
	v.employees = widgets.ActiveEmployees(emps)
	chosen := v.Responsible.Selected
	all := lang.X("calendar.everyone", "Everyone")
	opts := []string{all}
	for _, e := range v.employees {
		opts = append(opts, e.Name)
	}
	v.Responsible.Options = opts
	if !slices.Contains(opts, chosen) {
		chosen = all
	}
	v.Responsible.Selected = chosen
	v.Responsible.Refresh()

	opt := v.sess.Options()
	widgets.ShowIf(v.OnlyUnreviewed, opt.UseReview)
	before := map[data.EventKind]bool{}
	for _, k := range v.kinds {
		before[k] = slices.Contains(v.Kinds.Selected, KindTitle(k))
	}
	v.kinds = opt.EventKinds()
	v.Kinds.OnChanged = nil
	v.Kinds.Options = nil
	var sel []string
	for _, k := range v.kinds {
		v.Kinds.Options = append(v.Kinds.Options, KindTitle(k))
		if on, known := before[k]; on || !known {
			sel = append(sel, KindTitle(k))
		}
	}
	v.Kinds.Selected = sel
	v.Kinds.Refresh()
	v.Kinds.OnChanged = func([]string) { v.reload() }
}

// ShowDay shows the view mode around day.
func (v *View) ShowDay(day time.Time, mode Mode) {
	v.day, v.mode = data.LocalDay(day), mode
	if v.Modes.Selected != v.Modes.Options[mode] {
		v.Modes.Selected = v.Modes.Options[mode]
		v.Modes.Refresh()
	}
	v.Picker.Set(v.day, v.sess.Now(), v.sess.Settings().FirstWeekday)
	v.reload()
}

// step goes to the previous or next day, week or month.
func (v *View) step(n int) {
	switch v.mode {
	case ModeDay:
		v.ShowDay(v.day.AddDate(0, 0, n), v.mode)
	case ModeWeek:
		v.ShowDay(v.day.AddDate(0, 0, 7*n), v.mode)
	default:
		first := time.Date(v.day.Year(), v.day.Month(), 1, 0, 0, 0, 0, time.Local)
		v.ShowDay(first.AddDate(0, n, 0), v.mode)
	}
}

// period is the shown period: its first day and how many days it has.
func (v *View) period() (from time.Time, days int) {
	first := v.sess.Settings().FirstWeekday
	switch v.mode {
	case ModeWeek:
		return data.WeekStart(v.day, first), 7
	case ModeMonth:
		return data.WeekStart(time.Date(v.day.Year(), v.day.Month(), 1, 0, 0, 0, 0, time.Local), first), 42
	}
	return v.day, 1
}

// Query is the calendar query of the shown period and filters.
func (v *View) Query() data.CalendarQuery {
	from, days := v.period()
	q := data.CalendarQuery{From: from, To: from.AddDate(0, 0, days), Kinds: []data.EventKind{}}
	if i := slices.Index(v.Responsible.Options, v.Responsible.Selected); i > 0 && i <= len(v.employees) {
		q.Responsible = v.employees[i-1].ID
	}
	q.OnlyUnreviewed = v.sess.Options().UseReview && v.OnlyUnreviewed.Checked
	for _, k := range v.kinds {
		if slices.Contains(v.Kinds.Selected, KindTitle(k)) {
			q.Kinds = append(q.Kinds, k)
		}
	}
	return q
}

// reload reads the shown period in the background and shows it.
func (v *View) reload() {
	if v.cancel != nil {
		v.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	v.cancel = cancel
	q := v.Query()
	mode, day := v.mode, v.day
	switch mode {
	case ModeMonth:
		v.Title.SetText(MonthTitle(day))
	case ModeWeek:
		v.Title.SetText(WeekTitle(q.From))
	default:
		v.Title.SetText(DayTitle(day))
	}
	if mode == ModeMonth {
		background.Read(&v.tasks, ctx, func() ([]data.CalendarDay, error) { return v.store.CalendarDays(q, monthPreview) },
			func(days []data.CalendarDay, err error) {
				v.showError(err)
				v.Days, v.Events = days, nil
				v.Month.Show(time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.Local), v.sess.Settings().FirstWeekday, v.sess.Now(), days)
				v.setBody(v.Month.Content)
			})
		return
	}
	background.Read(&v.tasks, ctx, func() ([]data.CalendarEvent, error) { return v.store.CalendarEvents(q) },
		func(evs []data.CalendarEvent, err error) {
			v.showError(err)
			v.Days, v.Events = nil, evs
			set := v.sess.Settings()
			days := 1
			if mode == ModeWeek {
				days = 7
			}
			v.Hours.Show(q.From, days, v.sess.Now(), set.WorkdayStart, set.WorkdayEnd, evs)
			v.setBody(v.Hours.Content)
		})
}

func (v *View) showError(err error) {
	msg := ""
	if err != nil {
		msg = problem.Text(err)
	}
	widgets.ShowError(v.Error, msg)
}

func (v *View) setBody(o fyne.CanvasObject) {
	if len(v.body.Objects) == 1 && v.body.Objects[0] == o {
		return
	}
	v.body.Objects = []fyne.CanvasObject{o}
	v.body.Refresh()
}
