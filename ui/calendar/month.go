package calendar

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
)

// monthPreview is how many events a day of the month grid lists.
const monthPreview = 4

// MonthGrid is the month view: six weeks of days, each with its number
// of events, a shade as dark as the day is busy, and its first events.
type MonthGrid struct {
	Heads [7]*widget.Label
	Cells [42]*DayCell
	// OnDay is called with a tapped day; OnEvent with a tapped event.
	OnDay   func(time.Time)
	OnEvent func(data.CalendarEvent)
	Content fyne.CanvasObject
}

// NewMonthGrid returns an empty month grid.
func NewMonthGrid() *MonthGrid {
	g := &MonthGrid{}
	heads := container.NewGridWithColumns(7)
	for i := range g.Heads {
		g.Heads[i] = widget.NewLabel("")
		g.Heads[i].Alignment = fyne.TextAlignCenter
		g.Heads[i].TextStyle.Bold = true
		heads.Add(g.Heads[i])
	}
	cells := container.NewGridWithRows(6)
	for r := 0; r < 6; r++ {
		row := container.NewGridWithColumns(7)
		for c := 0; c < 7; c++ {
			cell := newDayCell(g)
			g.Cells[r*7+c] = cell
			row.Add(cell)
		}
		cells.Add(row)
	}
	g.Content = container.NewBorder(heads, nil, nil, nil, cells)
	return g
}

// Show fills the grid with the days of month (its first day), weeks from
// first; days holds the loaded days of the grid's six weeks.
func (g *MonthGrid) Show(month time.Time, first time.Weekday, today time.Time, days []data.CalendarDay) {
	for i, d := range Weekdays(first) {
		g.Heads[i].SetText(WeekdayShort(d))
	}
	busiest := 1
	for _, d := range days {
		busiest = max(busiest, d.Count)
	}
	byDay := map[time.Time]data.CalendarDay{}
	for _, d := range days {
		byDay[d.Day] = d
	}
	start := data.WeekStart(month, first)
	for i, c := range g.Cells {
		day := start.AddDate(0, 0, i)
		c.show(day, day.Month() == month.Month(), day.Equal(data.LocalDay(today)), byDay[day], busiest)
	}
}

// DayCell is one day of the month grid.
type DayCell struct {
	widget.BaseWidget
	Day    time.Time
	Number *widget.Label
	Count  *widget.Label
	Events *fyne.Container
	shade  *canvas.Rectangle
	badge  *canvas.Rectangle
	grid   *MonthGrid
	// Busy is the day's share of the busiest day's events, 0 to 1.
	Busy float32
}

func newDayCell(g *MonthGrid) *DayCell {
	c := &DayCell{grid: g, Number: widget.NewLabel(""), Count: widget.NewLabel(""), Events: container.New(fitLayout{})}
	c.Count.Alignment = fyne.TextAlignCenter
	c.Count.TextStyle.Bold = true
	c.badge = canvas.NewRectangle(theme.Color(theme.ColorNameButton))
	c.badge.CornerRadius = theme.InputRadiusSize()
	c.shade = canvas.NewRectangle(color.Transparent)
	c.shade.StrokeWidth = 1
	c.shade.StrokeColor = theme.Color(theme.ColorNameSeparator)
	c.ExtendBaseWidget(c)
	return c
}

func (c *DayCell) show(day time.Time, inMonth, today bool, d data.CalendarDay, busiest int) {
	c.Day = day
	c.Number.SetText(strconv.Itoa(day.Day()))
	c.Number.TextStyle.Bold = today
	c.Number.Importance = widget.MediumImportance
	if !inMonth {
		c.Number.Importance = widget.LowImportance
	}
	if today {
		c.Number.Importance = widget.HighImportance
	}
	c.Number.Refresh()
	c.Count.SetText("")
	if d.Count > 0 {
		c.Count.SetText(format.Count(d.Count))
	}
	c.badge.Hidden = d.Count == 0
	c.badge.Refresh()
	c.Busy = float32(d.Count) / float32(busiest)
	c.shade.FillColor = busyColor(c.Busy)
	c.shade.Refresh()
	c.Events.RemoveAll()
	for _, e := range d.First {
		c.Events.Add(NewChip(e, c.grid.OnEvent).compact())
	}
}

// fitLayout stacks its objects top down and hides those that do not fit
// whole: a day of the month grid lists what its height holds.
type fitLayout struct{}

func (fitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		if y+h > size.Height {
			o.Hide()
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h
	}
}

func (fitLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// busyColor shades a day by its share of the busiest day: the primary
// colour, from clear to a third opaque.
func busyColor(share float32) color.Color {
	if share <= 0 {
		return color.Transparent
	}
	r, g, b, _ := theme.Color(theme.ColorNamePrimary).RGBA()
	return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: uint8(16 + share*80)}
}

// Tapped opens the day.
func (c *DayCell) Tapped(*fyne.PointEvent) {
	if c.grid.OnDay != nil {
		c.grid.OnDay(c.Day)
	}
}

// CreateRenderer draws the shade under the number, the count and the events.
func (c *DayCell) CreateRenderer() fyne.WidgetRenderer {
	top := container.NewBorder(nil, nil, c.Number, container.NewStack(c.badge, c.Count))
	return widget.NewSimpleRenderer(container.NewStack(c.shade, container.NewBorder(top, nil, nil, nil, c.Events)))
}

// MinSize keeps the cell small: its events are cut to what fits.
func (c *DayCell) MinSize() fyne.Size {
	return fyne.NewSize(60, c.Number.MinSize().Height*2)
}
