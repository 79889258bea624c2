package widgets

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/format"
)

// DateField is an entry of a date, or a date and a time of day, written
// in the interface language, with a button that picks the day on a
// calendar (the time typed is kept).
type DateField struct {
	Entry *EscEntry
	Pick  *widget.Button
	// Calendar is the picker while it is open.
	Calendar *widget.Calendar

	Content  fyne.CanvasObject
	win      fyne.Window
	withTime bool
}

// NewDateField returns an empty field; withTime asks for a time of day too.
func NewDateField(win fyne.Window, withTime bool) *DateField {
	d := &DateField{Entry: NewEscEntry(), win: win, withTime: withTime}
	hint := lang.X("format.date.hint", "YYYY-MM-DD")
	if withTime {
		hint = lang.X("format.datetime.hint", "YYYY-MM-DD HH:MM")
	}
	d.Entry.SetPlaceHolder(hint)
	d.Pick = widget.NewButtonWithIcon("", theme.CalendarIcon(), d.open)
	d.Content = container.NewBorder(nil, nil, nil, d.Pick, d.Entry)
	return d
}

// Set shows t; the zero time empties the field.
func (d *DateField) Set(t time.Time) {
	switch {
	case t.IsZero():
		d.Entry.SetText("")
	case d.withTime:
		d.Entry.SetText(format.Date(t) + " " + format.Clock(t))
	default:
		d.Entry.SetText(format.Date(t))
	}
}

// Value reads the field: the zero time and true when it is empty, false
// when what is typed is not a date.
func (d *DateField) Value() (time.Time, bool) {
	s := strings.TrimSpace(d.Entry.Text)
	if s == "" {
		return time.Time{}, true
	}
	if d.withTime {
		return format.ParseDateTime(s)
	}
	return format.ParseDate(s)
}

// Problem says how to write the field's value.
func (d *DateField) Problem() string {
	now := time.Now()
	if d.withTime {
		return FormatProblem(format.DateTimeExample(now))
	}
	return FormatProblem(format.DateExample(now))
}

// open shows the calendar on the day typed, or today.
func (d *DateField) open() {
	cur, ok := d.Value()
	if !ok || cur.IsZero() {
		cur = time.Now()
	}
	var dlg dialog.Dialog
	d.Calendar = widget.NewCalendar(cur, func(day time.Time) {
		if d.withTime {
			day = format.AtClock(day, cur.Local().Hour(), cur.Local().Minute())
		}
		d.Set(day)
		if dlg != nil {
			dlg.Hide()
		}
	})
	dlg = dialog.NewCustom(lang.X("date.pick", "Pick a day"), lang.X("bulk.cancel", "Cancel"), d.Calendar, d.win)
	dlg.Show()
}
