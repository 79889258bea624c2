package data

// Part is a part of the program that belongs to a functional option: a
// create command, a filter, a column, a navigation mode, an editor field,
// a calendar entry, a report, an import kind. Screens and the command
// line ask Options.Shows for each part they show; partOptions below is
// the one table that says which option each part belongs to.
type Part uint16

// The parts that an option switches. Parts of no option are always shown.
const (
	PartNone Part = iota

	// Create commands, type filters, editors and imports of the types.
	PartMeetings // meetings: create, type filter, editor, calendar entries, iCalendar
	PartPlanned  // planned interactions
	PartCalls    // phone calls
	PartSMS      // SMS messages
	PartEmail    // e-mails: create, type filters, editor, .eml import and export

	// The review workflow.
	PartStatusFilter   // the status filter: all / to review / deferred / reviewed
	PartReviewActions  // bulk reviewed / unreviewed / review after, Ctrl+R
	PartReviewColumns  // the reviewed and review-after columns, bold unreviewed rows, badges
	PartReviewFields   // the reviewed and review-after fields of the editors
	PartUnprocessed    // unprocessed interactions and review-after times in the calendar
	PartReviewReminder // reminders at review-after times

	// Subjects.
	PartSubjectFilter   // the subject filter and grouping by subject
	PartSubjectColumn   // the subject column
	PartSubjectNav      // the navigation panel by subject
	PartSubjectField    // the subject field of the editors and the bulk "set subject"
	PartSubjectCatalogs // the catalog screens of deals, claims, events and orders
	PartSubjectDates    // deal close, payment due, shipment and event dates in the calendar

	// Additional attributes.
	PartAttrFilter  // attribute filters and grouping by attribute
	PartAttrColumns // attribute columns ("Columns…")
	PartAttrNav     // the navigation panel by attribute
	PartAttrFields  // attribute fields of the editors
	PartAttrCatalog // the catalog of attribute definitions

	// CRM.
	PartContactRoles  // roles of contact persons: field, catalog, filter
	PartPersonsReport // the report "Contact information by contact persons"

	partCount
)

// partOptions says which option each part belongs to.
var partOptions = [partCount]Option{
	PartMeetings: OptionOther,
	PartPlanned:  OptionOther,
	PartCalls:    OptionOther,
	PartSMS:      OptionSMS,
	PartEmail:    OptionEmail,

	PartStatusFilter:   OptionReview,
	PartReviewActions:  OptionReview,
	PartReviewColumns:  OptionReview,
	PartReviewFields:   OptionReview,
	PartUnprocessed:    OptionReview,
	PartReviewReminder: OptionReview,

	PartSubjectFilter:   OptionSubjects,
	PartSubjectColumn:   OptionSubjects,
	PartSubjectNav:      OptionSubjects,
	PartSubjectField:    OptionSubjects,
	PartSubjectCatalogs: OptionSubjects,
	PartSubjectDates:    OptionSubjects,

	PartAttrFilter:  OptionAttributes,
	PartAttrColumns: OptionAttributes,
	PartAttrNav:     OptionAttributes,
	PartAttrFields:  OptionAttributes,
	PartAttrCatalog: OptionAttributes,

	PartContactRoles:  OptionContactRoles,
	PartPersonsReport: OptionContactRoles,
}

// Option returns the option part p belongs to, 0 for a part of none.
func (p Part) Option() Option {
	if p >= partCount {
		return 0
	}
	return partOptions[p]
}

// Shows reports whether the options show part p: its option is on, or
// it belongs to none.
func (o Options) Shows(p Part) bool {
	opt := p.Option()
	return opt == 0 || o.On(opt)
}

// TypePart returns the part of interactions of type t.
func TypePart(t InteractionType) Part {
	switch t {
	case TypeMeeting:
		return PartMeetings
	case TypePlanned:
		return PartPlanned
	case TypeCall:
		return PartCalls
	case TypeSMS:
		return PartSMS
	case TypeEmail:
		return PartEmail
	}
	return PartNone
}

// PartsOf returns the parts option opt switches, in table order.
func PartsOf(opt Option) []Part {
	var out []Part
	for p := Part(1); p < partCount; p++ {
		if partOptions[p] == opt {
			out = append(out, p)
		}
	}
	return out
}
