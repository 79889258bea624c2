package icons

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"interactions/data"
)

// The icons of the list are small SVGs in the style of the theme's own
// (Material Design shapes, 24×24); theme.NewThemedResource paints them in
// the theme's foreground colour, so they follow light and dark variants.
var (
	iconMeeting = svgIcon("type-meeting.svg",
		`M16 11c1.66 0 2.99-1.34 2.99-3S17.66 5 16 5c-1.66 0-3 1.34-3 3s1.34 3 3 3zm-8 0c1.66 0 2.99-1.34 2.99-3S9.66 5 8 5C6.34 5 5 6.34 5 8s1.34 3 3 3zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5c0-2.33-4.67-3.5-7-3.5zm8 0c-.29 0-.62.02-.97.05 1.16.84 1.97 1.97 1.97 3.45V19h6v-2.5c0-2.33-4.67-3.5-7-3.5z`)
	iconPlanned = svgIcon("type-planned.svg",
		`M17 12h-5v5h5v-5zM16 1v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-1V1h-2zm3 18H5V8h14v11z`)
	iconCall = svgIcon("type-call.svg",
		`M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24 1.12.37 2.33.57 3.57.57.55 0 1 .45 1 1V20c0 .55-.45 1-1 1-9.39 0-17-7.61-17-17 0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1 0 1.25.2 2.45.57 3.57.11.35.03.74-.25 1.02l-2.2 2.2z`)
	iconSMS = svgIcon("type-sms.svg",
		`M20 2H4c-1.1 0-1.99.9-1.99 2L2 22l4-4h14c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zM9 11H7V9h2v2zm4 0h-2V9h2v2zm4 0h-2V9h2v2z`)
	iconEmail = svgIcon("type-email.svg",
		`M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4l-8 5-8-5V6l8 5 8-5v2z`)

	// iconIncoming and iconOutgoing are the arrows of the direction column,
	// as call logs draw them: into the corner for incoming, out of it for outgoing.
	iconIncoming = svgIcon("dir-in.svg", `M20 5.41L18.59 4 7 15.59V9H5v10h10v-2H8.41z`)
	iconOutgoing = svgIcon("dir-out.svg", `M9 5v2h6.59L4 18.59 5.41 20 17 8.41V15h2V5z`)
)

func svgIcon(name, path string) fyne.Resource {
	svg := `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="#000000" d="` + path + `"/></svg>`
	return theme.NewThemedResource(fyne.NewStaticResource(name, []byte(svg)))
}

// Type returns the icon of an interaction type.
func Type(t data.InteractionType) fyne.Resource {
	switch t {
	case data.TypeMeeting:
		return iconMeeting
	case data.TypePlanned:
		return iconPlanned
	case data.TypeCall:
		return iconCall
	case data.TypeSMS:
		return iconSMS
	case data.TypeEmail:
		return iconEmail
	}
	return theme.QuestionIcon()
}

// Direction returns the arrow of a direction, nil for none.
func Direction(d data.Direction) fyne.Resource {
	switch d {
	case data.DirIncoming:
		return iconIncoming
	case data.DirOutgoing:
		return iconOutgoing
	}
	return nil
}
