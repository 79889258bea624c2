package calendar

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
)

// kindColors mark each kind of event with its own colour.
var kindColors = map[data.EventKind]color.NRGBA{
	data.EventMeeting:     {R: 0x1e, G: 0x88, B: 0xe5, A: 0xff},
	data.EventPlanned:     {R: 0x43, G: 0xa0, B: 0x47, A: 0xff},
	data.EventUnprocessed: {R: 0xe5, G: 0x39, B: 0x35, A: 0xff},
	data.EventPayment:     {R: 0xfb, G: 0x8c, B: 0x00, A: 0xff},
	data.EventShipment:    {R: 0x8e, G: 0x24, B: 0xaa, A: 0xff},
	data.EventDealClose:   {R: 0x00, G: 0x89, B: 0x7b, A: 0xff},
	data.EventMarketing:   {R: 0x6d, G: 0x4c, B: 0x41, A: 0xff},
}

// Chip is one event as the calendar's views show it: a bar of its kind's
// colour and a line of text; tapping it calls OnTapped.
type Chip struct {
	widget.BaseWidget
	Event    data.CalendarEvent
	Label    *widget.Label
	OnTapped func(data.CalendarEvent)
	// OnDropped, when set, is called when a meeting or planned
	// interaction is dragged and let go at an absolute position.
	OnDropped func(data.CalendarEvent, fyne.Position)
	bar       *canvas.Rectangle
	dragAt    fyne.Position
	dragging  bool
}

// NewChip returns the chip of e: its time (when it has one) and title.
func NewChip(e data.CalendarEvent, onTapped func(data.CalendarEvent)) *Chip {
	c := &Chip{Event: e, OnTapped: onTapped, Label: widget.NewLabel(chipText(e))}
	c.Label.Truncation = fyne.TextTruncateEllipsis
	if e.Unreviewed {
		c.Label.TextStyle.Bold = true
	}
	c.bar = canvas.NewRectangle(kindColors[e.Kind])
	c.bar.SetMinSize(fyne.NewSize(4, 4))
	c.ExtendBaseWidget(c)
	return c
}

// chipText is the event's time span and title.
func chipText(e data.CalendarEvent) string {
	text := e.Title
	if e.Kind.IsInteraction() {
		span := format.Clock(e.Start)
		if !e.End.IsZero() && e.End.After(e.Start) {
			span += "–" + format.Clock(e.End)
		}
		text = span + " " + text
	} else {
		text = KindTitleOne(e.Kind) + ": " + text
	}
	if e.Done {
		text = "✓ " + text
	}
	return text
}

// compact draws the chip in small text, with the start time and the
// title alone, for the narrow days of the week and month views; the
// bar's colour tells the kind, the card the rest.
func (c *Chip) compact() *Chip {
	c.Label.SizeName = theme.SizeNameCaptionText
	text := c.Event.Title
	if c.Event.Kind.IsInteraction() {
		text = format.Clock(c.Event.Start) + " " + text
	}
	if c.Event.Done {
		text = "✓ " + text
	}
	c.Label.SetText(text)
	return c
}

// CreateRenderer draws the bar left of the text.
func (c *Chip) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, c.bar, nil, c.Label))
}

// Tapped opens the event.
func (c *Chip) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil {
		c.OnTapped(c.Event)
	}
}

// Dragged follows a meeting or planned interaction being dragged.
func (c *Chip) Dragged(ev *fyne.DragEvent) {
	if c.Event.Movable() && c.OnDropped != nil {
		c.dragging, c.dragAt = true, ev.AbsolutePosition
	}
}

// DragEnd moves the event to where it was let go.
func (c *Chip) DragEnd() {
	if c.dragging {
		c.dragging = false
		c.OnDropped(c.Event, c.dragAt)
	}
}

// MinSize lets the text shrink to a few letters: the label truncates.
func (c *Chip) MinSize() fyne.Size {
	m := c.BaseWidget.MinSize()
	return fyne.NewSize(40, m.Height)
}
