package calendar

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// Picker is the small month calendar to pick a day: the month's title
// in the interface language, the weekday names from the configured
// first day of the week, and six rows of days. Fyne's own calendar swaps
// Tuesday and Thursday in Russian and titles months in English only.
type Picker struct {
	widget.BaseWidget
	// OnSelected is called with the local midnight of the tapped day.
	OnSelected func(time.Time)

	Title    *widget.Label
	Prev     *widget.Button
	Next     *widget.Button
	Heads    [7]*widget.Label
	Days     [42]*widget.Button
	month    time.Time // the first of the shown month
	selected time.Time
	today    time.Time
	first    time.Weekday
	content  fyne.CanvasObject
}

// NewPicker returns a picker showing the month of selected.
func NewPicker(selected, today time.Time, first time.Weekday) *Picker {
	p := &Picker{Title: widget.NewLabel("")}
	p.Title.Alignment = fyne.TextAlignCenter
	p.Title.TextStyle.Bold = true
	p.Prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.ShowMonth(p.month.AddDate(0, -1, 0)) })
	p.Next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.ShowMonth(p.month.AddDate(0, 1, 0)) })
	grid := container.NewGridWithColumns(7)
	for i := range p.Heads {
		p.Heads[i] = widget.NewLabel("")
		p.Heads[i].Alignment = fyne.TextAlignCenter
		grid.Add(p.Heads[i])
	}
	for i := range p.Days {
		b := widget.NewButton("", nil)
		b.OnTapped = func() { p.tap(i) }
		p.Days[i] = b
		grid.Add(b)
	}
	p.content = container.NewBorder(container.NewBorder(nil, nil, p.Prev, p.Next, p.Title), nil, nil, nil, grid)
	p.ExtendBaseWidget(p)
	p.Set(selected, today, first)
	return p
}

// Set selects a day, marks today and the first day of the week, and shows
// the selected day's month.
func (p *Picker) Set(selected, today time.Time, first time.Weekday) {
	p.selected, p.today, p.first = data.LocalDay(selected), data.LocalDay(today), first
	p.ShowMonth(selected)
}

// ShowMonth shows the month of t without changing the selection.
func (p *Picker) ShowMonth(t time.Time) {
	t = data.LocalDay(t)
	p.month = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.Local)
	p.Title.SetText(MonthTitle(p.month))
	for i, d := range Weekdays(p.first) {
		p.Heads[i].SetText(WeekdayShort(d))
	}
	start := p.gridStart()
	for i, b := range p.Days {
		day := start.AddDate(0, 0, i)
		b.SetText(strconv.Itoa(day.Day()))
		switch {
		case day.Equal(p.selected):
			b.Importance = widget.HighImportance
		case day.Equal(p.today):
			b.Importance = widget.WarningImportance
		case day.Month() != p.month.Month():
			b.Importance = widget.LowImportance
		default:
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
}

// Month returns the first of the shown month.
func (p *Picker) Month() time.Time { return p.month }

// gridStart is the first day of the grid: the start of the week that
// holds the first of the month.
func (p *Picker) gridStart() time.Time { return data.WeekStart(p.month, p.first) }

// DayAt returns the day of the grid's i-th button.
func (p *Picker) DayAt(i int) time.Time { return p.gridStart().AddDate(0, 0, i) }

func (p *Picker) tap(i int) {
	day := p.DayAt(i)
	p.selected = day
	p.ShowMonth(day)
	if p.OnSelected != nil {
		p.OnSelected(day)
	}
}

// CreateRenderer shows the title row and the grid.
func (p *Picker) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(p.content) }
