package ui

import "fyne.io/fyne/v2/lang"

// settingsView holds the Settings: the Organizer (Органайзер) and CRM
// options and parameters.
// A later issue builds it; until then it shows its title and says so.
type settingsView struct {
	*placeholderView
}

func newSettingsView() *settingsView {
	return &settingsView{newPlaceholderView(lang.X("screen.settings", "Settings"))}
}
