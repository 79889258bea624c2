package calendar

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// HoursView is the day and the week view: a column per day and a row per
// hour of the working day from the settings, each event in the row of
// the hour it starts; a row for the dates of the day (orders, deals,
// marketing events) below them, and rows for what falls before and after
// the working hours.
type HoursView struct {
	// OnEvent is called with a tapped event; OnDay with a tapped day title.
	OnEvent func(data.CalendarEvent)
	OnDay   func(time.Time)
	// OnMove is called when a meeting or planned interaction is dragged
	// to another hour or day, with its new start.
	OnMove func(data.CalendarEvent, time.Time)
	// Rows are the row titles shown, top to bottom, for tests.
	Rows    []string
	Content *container.Scroll
	body    *fyne.Container
	// Slots are the cells of the working hours, where events may be dropped.
	Slots []Slot
}

// Slot is one cell of the hours view: a day at an hour.
type Slot struct {
	Box  *fyne.Container
	Day  time.Time
	Hour int
}

// NewHoursView returns an empty hours view.
func NewHoursView() *HoursView {
	v := &HoursView{body: container.NewVBox()}
	v.Content = container.NewVScroll(v.body)
	return v
}

// Show lays out the events of the days from start, workStart and
// workEnd being the working hours.
func (v *HoursView) Show(start time.Time, days int, today time.Time, workStart, workEnd int, events []data.CalendarEvent) {
	const (
		rowDates  = -2
		rowBefore = -1
	)
	rowAfter := 24
	cells := map[[2]int][]data.CalendarEvent{} // row, day → events
	for _, e := range events {
		d := int(data.LocalDay(e.Start).Sub(start).Hours()/24 + 0.5)
		if d < 0 || d >= days {
			continue
		}
		row := e.Start.Local().Hour()
		switch {
		case !e.Kind.IsInteraction():
			row = rowDates
		case row < workStart:
			row = rowBefore
		case row >= workEnd:
			row = rowAfter
		}
		cells[[2]int{row, d}] = append(cells[[2]int{row, d}], e)
	}
	rows := []int{rowBefore}
	for h := workStart; h < workEnd; h++ {
		rows = append(rows, h)
	}
	rows = append(rows, rowAfter, rowDates)

	v.Rows = v.Rows[:0]
	v.Slots = v.Slots[:0]
	objs := []fyne.CanvasObject{v.header(start, days, today)}
	for _, r := range rows {
		var title string
		switch r {
		case rowDates:
			title = lang.X("calendar.row.dates", "Dates")
		case rowBefore:
			title = lang.X("calendar.row.before", "Before {{.Hour}}", map[string]any{"Hour": clockOf(workStart)})
		case rowAfter:
			title = lang.X("calendar.row.after", "After {{.Hour}}", map[string]any{"Hour": clockOf(workEnd)})
		default:
			title = clockOf(r)
		}
		empty := true
		for d := 0; d < days; d++ {
			empty = empty && len(cells[[2]int{r, d}]) == 0
		}
		if empty && (r == rowDates || r == rowBefore || r == rowAfter) {
			continue // the extra rows show only when they hold something
		}
		v.Rows = append(v.Rows, title)
		grid := container.NewGridWithColumns(days)
		for d := 0; d < days; d++ {
			box := container.NewVBox()
			for _, e := range cells[[2]int{r, d}] {
				chip := NewChip(e, v.OnEvent)
				chip.OnDropped = v.drop
				if days > 1 {
					chip.compact()
				}
				box.Add(chip)
			}
			grid.Add(box)
			if r >= workStart && r < workEnd {
				v.Slots = append(v.Slots, Slot{Box: box, Day: start.AddDate(0, 0, d), Hour: r})
			}
		}
		objs = append(objs, widget.NewSeparator(), container.NewBorder(nil, nil, rowTitle(title), nil, grid))
	}
	v.body.Objects = objs
	v.body.Refresh()
}

// drop moves an event let go over a slot to that day and hour, keeping
// its minutes.
func (v *HoursView) drop(e data.CalendarEvent, at fyne.Position) {
	drv := fyne.CurrentApp().Driver()
	for _, s := range v.Slots {
		pos, size := drv.AbsolutePositionForObject(s.Box), s.Box.Size()
		if at.X < pos.X || at.Y < pos.Y || at.X >= pos.X+size.Width || at.Y >= pos.Y+size.Height {
			continue
		}
		start := time.Date(s.Day.Year(), s.Day.Month(), s.Day.Day(), s.Hour, e.Start.Local().Minute(), 0, 0, time.Local)
		if !start.Equal(e.Start) && v.OnMove != nil {
			v.OnMove(e, start)
		}
		return
	}
}

// header is the row of day titles: weekday and date, today in bold.
func (v *HoursView) header(start time.Time, days int, today time.Time) fyne.CanvasObject {
	grid := container.NewGridWithColumns(days)
	for d := 0; d < days; d++ {
		day := start.AddDate(0, 0, d)
		b := widget.NewButton(fmt.Sprintf("%s %d", WeekdayShort(day.Weekday()), day.Day()), nil)
		b.Importance = widget.LowImportance
		if day.Equal(data.LocalDay(today)) {
			b.Importance = widget.HighImportance
		}
		b.OnTapped = func() {
			if v.OnDay != nil {
				v.OnDay(day)
			}
		}
		grid.Add(b)
	}
	return container.NewBorder(nil, nil, rowTitle(""), nil, grid)
}

// rowTitle is the hour column's cell, as wide as the widest title.
func rowTitle(s string) fyne.CanvasObject {
	l := widget.NewLabel(s)
	l.Importance = widget.LowImportance
	width := canvas.NewRectangle(nil)
	width.SetMinSize(fyne.NewSize(widget.NewLabel("00:00 00:00").MinSize().Width, 0))
	return container.NewStack(width, container.NewVBox(l))
}

// clockOf writes an hour as 9:00.
func clockOf(h int) string { return strconv.Itoa(h) + ":00" }
