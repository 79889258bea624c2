package ui

import (
	"fyne.io/fyne/v2/lang"
)

// calendarView is the Event calendar (Календарь событий): meetings, planned
// interactions, review-after times and subject dates by day, week and month.
// A later issue builds it; until then it shows its title and says so.
type calendarView struct {
	*placeholderView
}

func newCalendarView() *calendarView {
	return &calendarView{newPlaceholderView(lang.X("screen.calendar", "Event calendar"))}
}
