package data

import (
	"time"
)

// Kind is a value of the type filter: a type, or a type with a direction
// or an e-mail state.
type Kind uint8

// The kinds of the type filter.
const (
	KindMeeting Kind = iota + 1
	KindPlanned
	KindCallIn
	KindCallOut
	KindSMS
	KindEmailIn
	KindEmailOut
	KindEmailDraft
	KindEmailSent
)

// AllKinds lists the type filter values in display order.
var AllKinds = []Kind{KindMeeting, KindPlanned, KindCallIn, KindCallOut, KindSMS, KindEmailIn, KindEmailOut, KindEmailDraft, KindEmailSent}

var kindNames = [...]string{"", "meeting", "planned", "call-in", "call-out", "sms", "email-in", "email-out", "email-draft", "email-sent"}

// String returns the stable English name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "kind?"
}

// Type returns the interaction type the kind belongs to.
func (k Kind) Type() InteractionType {
	switch k {
	case KindMeeting:
		return TypeMeeting
	case KindPlanned:
		return TypePlanned
	case KindCallIn, KindCallOut:
		return TypeCall
	case KindSMS:
		return TypeSMS
	case KindEmailIn, KindEmailOut, KindEmailDraft, KindEmailSent:
		return TypeEmail
	}
	return 0 // not a kind: matches nothing
}

// Status is a value of the status filter of the review workflow.
type Status uint8

// The status filter values.
const (
	StatusAll      Status = iota
	StatusToReview        // unreviewed and not deferred past now
	StatusDeferred        // unreviewed, review after in the future
	StatusReviewed
)

// DeletedFilter says what to do with interactions marked for deletion.
type DeletedFilter uint8

// Deleted filter values.
const (
	DeletedHide DeletedFilter = iota
	DeletedInclude
	DeletedOnly
)

// Filter selects interactions; its parts combine with AND. Zero values
// select everything (marked for deletion aside).
type Filter struct {
	Kinds       []Kind // any of them; none = every type
	Status      Status
	Responsible ID
	Contact     Ref // a partner (its contact persons included), a contact person or a free-text contact
	// AlsoContact is a second contact the interactions must name too, as
	// the rows of a contact's group under a contact filter.
	AlsoContact Ref       `json:"alsoContact,omitzero"`
	Subject     Ref       // a subject or a chain root
	From, To    time.Time // the period [From, To); either may be zero
	Importance  Importance
	// Period names a period relative to the day the filter is used
	// (today, this week, this month); queries read From and To only, and
	// a saved filter with a Period gets new From and To when picked.
	Period  Period      `json:"period,omitempty"`
	Text    string      // every word a prefix of a word of the interaction
	Attrs   []AttrValue // each attribute equal to the value (canonical form); "" = no value
	Deleted DeletedFilter
}

// Period is a period relative to the day a filter is used.
type Period uint8

// Relative periods; PeriodFixed means From and To are what they say.
const (
	PeriodFixed Period = iota
	PeriodToday
	PeriodThisWeek
	PeriodThisMonth
)

// GroupKind is a grouping key of the list.
type GroupKind uint8

// Grouping keys.
const (
	GroupNone GroupKind = iota
	GroupType
	GroupResponsible
	GroupContact
	GroupSubject
	GroupDay
	GroupWeek
	GroupMonth
	GroupAttr
)

// GroupBy names a grouping: a kind, and the attribute for GroupAttr.
type GroupBy struct {
	Kind GroupKind
	Attr ID
}

// GroupKey identifies one group. Which field is set follows the GroupKind:
// Type; Ref (employee, contact or subject); Time (the first day of the
// day, week or month, local time); AttrValue (canonical form, "" for no value).
type GroupKey struct {
	Type      InteractionType
	Ref       Ref
	Time      time.Time
	AttrValue string
}

// Group is one group with its counts.
type Group struct {
	Key        GroupKey
	Count      int
	Unreviewed int
	Last       time.Time
}

// SortOrder is the order of the list by date.
type SortOrder uint8

// List orders.
const (
	NewestFirst SortOrder = iota
	OldestFirst
)

// Query is a filter with a page position.
type Query struct {
	Filter Filter
	Order  SortOrder
	After  Cursor // the last row of the previous page; zero for the first page
	Limit  int    // rows per page; 0 means 100
	// Descriptions has ListRows fill RowText.Description, read from each
	// row's record (the summary does not hold it).
	Descriptions bool
}

// Row is one line of the list: the interaction and the display names of
// its references.
type Row struct {
	Cursor      Cursor
	Interaction *Interaction
	Responsible string
	Subject     string // "" for a chain root without a real subject
	Contacts    string // the contacts' names, comma separated
}

// Page is one page of rows; Next is the cursor for the page after it and
// More says whether there may be one.
type Page struct {
	Rows []Row
	Next Cursor
	More bool
}

// StatusCounts are the counts behind the status filter.
type StatusCounts struct {
	All, ToReview, Deferred, Reviewed int
}
