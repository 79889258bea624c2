// Package settings is the Settings screen: the Organizer (Органайзер) and
// CRM functional options and the parameters. Until it is built it shows
// its title and says so.
package settings

import (
	"fyne.io/fyne/v2/lang"

	"interactions/ui/widgets"
)

// View is the Settings screen.
type View struct {
	*widgets.Placeholder
}

// New returns the Settings screen.
func New() *View {
	return &View{widgets.NewPlaceholder(lang.X("screen.settings", "Settings"))}
}
