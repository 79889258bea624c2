// Package reports is the Reports screen: partner contact information,
// contact information by contact persons and the activity report, shown
// on screen and printed to PDF. Until it is built it shows its title and
// says so.
package reports

import (
	"fyne.io/fyne/v2/lang"

	"interactions/ui/widgets"
)

// View is the Reports screen.
type View struct {
	*widgets.Placeholder
}

// New returns the Reports screen.
func New() *View {
	return &View{widgets.NewPlaceholder(lang.X("screen.reports", "Reports"))}
}
