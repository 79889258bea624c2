package format

import (
	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// OptionTitle is the name of a functional option as the Settings screen
// shows it (1C's names in Russian).
func OptionTitle(o data.Option) string {
	switch o {
	case data.OptionEmail:
		return lang.X("settings.option.email", "Use e-mail")
	case data.OptionOther:
		return lang.X("settings.option.other", "Use other interactions")
	case data.OptionSMS:
		return lang.X("settings.option.sms", "Use SMS")
	case data.OptionReview:
		return lang.X("settings.option.review", "Use the reviewed flag and review after")
	case data.OptionSubjects:
		return lang.X("settings.option.subjects", "Use interaction subjects")
	case data.OptionAttributes:
		return lang.X("settings.option.attributes", "Use additional attributes")
	case data.OptionContactRoles:
		return lang.X("settings.option.contactRoles", "Contact person roles")
	}
	return o.Name()
}

// OptionHint is the one line that says what an option switches.
func OptionHint(o data.Option) string {
	switch o {
	case data.OptionEmail:
		return lang.X("settings.hint.email", "E-mails: create, filters, the e-mail editor, .eml import and export.")
	case data.OptionOther:
		return lang.X("settings.hint.other", "Meetings, planned interactions and phone calls, and their calendar entries.")
	case data.OptionSMS:
		return lang.X("settings.hint.sms", "SMS messages: create, filters and the SMS editor.")
	case data.OptionReview:
		return lang.X("settings.hint.review", "The status filter, Reviewed and Review after, their columns, badges and reminders.")
	case data.OptionSubjects:
		return lang.X("settings.hint.subjects", "Deals, claims, marketing events and orders: the subject field, filter, column, navigation and calendar dates.")
	case data.OptionAttributes:
		return lang.X("settings.hint.attributes", "Fields added without a programmer: in editors, columns, filters, navigation and grouping.")
	case data.OptionContactRoles:
		return lang.X("settings.hint.contactRoles", "Roles of contact persons and the report on contact information by contact persons.")
	}
	return ""
}

// OptionSection is where an option lives in the settings, for a message
// that names it: "Organizer" or "CRM settings".
func OptionSection(o data.Option) string {
	if o.CRM() {
		return lang.X("settings.section.crm", "CRM settings")
	}
	return lang.X("settings.section.organizer", "Organizer")
}
