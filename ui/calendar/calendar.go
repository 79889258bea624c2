// Package calendar is the Event calendar screen (Календарь событий):
// meetings, planned interactions, review-after times and subject dates by
// day, week and month. Until it is built it shows its title and says so.
package calendar

import (
	"fyne.io/fyne/v2/lang"

	"interactions/ui/widgets"
)

// View is the Event calendar screen.
type View struct {
	*widgets.Placeholder
}

// New returns the Event calendar screen.
func New() *View {
	return &View{widgets.NewPlaceholder(lang.X("screen.calendar", "Event calendar"))}
}
