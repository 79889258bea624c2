package data

// Problem is the code of what is wrong with a field. Its value is a stable
// name; the interface translates it (package ui/problem) and Error spells
// it in English. Each constant's comment says which Args it sets.
type Problem string

// Args are the arguments of a Problem, for a translation to use by name
// ({{.Value}}, {{.Kind}}, {{.ID}}, {{.Max}}, {{.Attr}}). A code sets only
// the ones its comment names; the others stay zero.
type Args struct {
	// Value is the offending value as it was given, e.g. the text that is
	// not a phone number, or the number of an unknown enumeration value.
	Value string
	// Kind is the stable English name of a kind of thing: a record
	// ("employee", "partner", "partner group", "role", "person", "deal",
	// "claim", "event", "order", "interaction", "attribute" and the other
	// RefKind names), an interaction type ("meeting", "planned", "call",
	// "sms", "email"), or for ProblemUnknownValue what the value is
	// ("type", "importance", "state", "language" …).
	Kind string
	// ID is the id of the record a reference names.
	ID ID
	// Max is a limit, e.g. the greatest length in bytes.
	Max int
	// Attr is the name of the additional attribute the problem is about.
	// Set on a problem of an attribute's value (ProblemNotNumber …), it
	// names the attribute whose value is wrong.
	Attr string
}

// The problems. Args that a code does not name stay zero.
const (
	ProblemEmpty             Problem = "empty"             // the text or list is empty
	ProblemNotSet            Problem = "notSet"            // the date or reference is not chosen
	ProblemUnknownValue      Problem = "unknownValue"      // Value is not one of the values of Kind (type, state …)
	ProblemRepeated          Problem = "repeated"          // an id or attribute is missing or given twice
	ProblemNoOptions         Problem = "noOptions"         // a list attribute has no values to choose from
	ProblemNotNumber         Problem = "notNumber"         // Value is not a number
	ProblemNotDate           Problem = "notDate"           // Value is not a date
	ProblemNotYesNo          Problem = "notYesNo"          // Value is not yes or no
	ProblemNotListID         Problem = "notListID"         // Value is not the id of a list value
	ProblemNotInList         Problem = "notInList"         // Value is not one of the list's values
	ProblemUnknownRef        Problem = "unknownRef"        // no record of Kind with ID exists
	ProblemLoop              Problem = "loop"              // a group would become its own ancestor
	ProblemNotEmail          Problem = "notEmail"          // Value is not an e-mail address
	ProblemNotPhone          Problem = "notPhone"          // Value is not a phone number
	ProblemInFuture          Problem = "inFuture"          // the date is in the future
	ProblemTooLong           Problem = "tooLong"           // the text is longer than Max bytes
	ProblemNotSubject        Problem = "notSubject"        // a record of Kind cannot be a subject
	ProblemNotContact        Problem = "notContact"        // a record of Kind cannot be a contact
	ProblemReviewedDeferred  Problem = "reviewedDeferred"  // review after is set on a reviewed interaction
	ProblemOtherTypeFields   Problem = "otherTypeFields"   // fields of another type are set on an interaction of type Kind
	ProblemTypeFieldsMissing Problem = "typeFieldsMissing" // the fields of type Kind are missing
	ProblemNoDirection       Problem = "noDirection"       // an interaction of type Kind has no direction
	ProblemInOrOut           Problem = "inOrOut"           // an interaction of type Kind is incoming or outgoing
	ProblemOutgoingOnly      Problem = "outgoingOnly"      // an interaction of type Kind is only outgoing
	ProblemNoID              Problem = "noID"              // a reference to a catalog has no id
	ProblemBeforeStart       Problem = "beforeStart"       // the end is before the start
	ProblemNegative          Problem = "negative"          // the number is negative
	ProblemIncomingState     Problem = "incomingState"     // incoming mail has an outgoing state
	ProblemOutgoingState     Problem = "outgoingState"     // outgoing mail is not a draft, in the outbox or sent
	ProblemNotApplicable     Problem = "notApplicable"     // attribute Attr does not apply to type Kind
	ProblemNotChainRoot      Problem = "notChainRoot"      // interaction ID, given as a chain, is not its root
	ProblemFreeRefMismatch   Problem = "freeRefMismatch"   // a free-text contact's reference does not match its name
	ProblemNotCanonical      Problem = "notCanonical"      // Value is not written the canonical way for attribute Attr
	ProblemTaken             Problem = "taken"             // the name Value is already used
	ProblemNotState          Problem = "notState"          // Value is not a state of a Kind (deal, claim, event)
	ProblemDelayRange        Problem = "delayRange"        // a delay is not between a minute and a year
	ProblemMeetingLength     Problem = "meetingLength"     // a meeting length is not between 5 minutes and 24 hours
	ProblemHourRange         Problem = "hourRange"         // an hour is not from 0 to 23
	ProblemWorkdayEnd        Problem = "workdayEnd"        // the end of the workday is not after its start or is past 24
	ProblemWeekday           Problem = "weekday"           // the first day of the week is not Monday, Sunday or Saturday
	ProblemLeadRange         Problem = "leadRange"         // a reminder lead time is not from 0 to 24 hours
	ProblemUnknownSetting    Problem = "unknownSetting"    // Value does not name a setting
	ProblemInvalid           Problem = "invalid"           // any other problem: Value is its English description
)

// AllProblems returns every problem code.
func AllProblems() []Problem {
	return []Problem{
		ProblemEmpty, ProblemNotSet, ProblemUnknownValue, ProblemRepeated, ProblemNoOptions,
		ProblemNotNumber, ProblemNotDate, ProblemNotYesNo, ProblemNotListID, ProblemNotInList,
		ProblemUnknownRef, ProblemLoop, ProblemNotEmail, ProblemNotPhone, ProblemInFuture,
		ProblemTooLong, ProblemNotSubject, ProblemNotContact, ProblemReviewedDeferred,
		ProblemOtherTypeFields, ProblemTypeFieldsMissing, ProblemNoDirection, ProblemInOrOut,
		ProblemOutgoingOnly, ProblemNoID, ProblemBeforeStart, ProblemNegative,
		ProblemIncomingState, ProblemOutgoingState, ProblemNotApplicable, ProblemNotChainRoot,
		ProblemFreeRefMismatch, ProblemNotCanonical, ProblemTaken, ProblemNotState,
		ProblemDelayRange, ProblemMeetingLength, ProblemHourRange, ProblemWorkdayEnd,
		ProblemWeekday, ProblemLeadRange, ProblemUnknownSetting, ProblemInvalid,
	}
}
