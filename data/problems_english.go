package data

import (
	"fmt"
	"strconv"
	"strings"
)

// English returns the problem in lower case English with its arguments,
// as Error shows it after the field, e.g. `"x" is not a phone number`.
func (p Problem) English(a Args) string {
	s := p.english(a)
	if a.Attr != "" && !p.NamesAttr() {
		s = strconv.Quote(a.Attr) + ": " + s
	}
	return s
}

// NamesAttr reports whether the problem's own text names Args.Attr. When
// it does not and Attr is set, the problem is about that attribute's value
// and a message leads with the attribute's name.
func (p Problem) NamesAttr() bool {
	return p == ProblemNotApplicable || p == ProblemNotCanonical
}

func (p Problem) english(a Args) string {
	q := strconv.Quote(a.Value)
	switch p {
	case ProblemEmpty:
		return "is empty"
	case ProblemNotSet:
		return "is not set"
	case ProblemUnknownValue:
		return "unknown " + a.Kind + " " + a.Value
	case ProblemRepeated:
		return "is missing or repeated"
	case ProblemNoOptions:
		return "a list attribute needs at least one value"
	case ProblemNotNumber:
		return q + " is not a number"
	case ProblemNotDate:
		return q + " is not a date (YYYY-MM-DD)"
	case ProblemNotYesNo:
		return q + " is not yes or no"
	case ProblemNotListID:
		return q + " is not a list value id"
	case ProblemNotInList:
		return q + " is not one of the list's values"
	case ProblemUnknownRef:
		return fmt.Sprintf("unknown %s %d", a.Kind, a.ID)
	case ProblemLoop:
		return "makes a loop"
	case ProblemNotEmail:
		return q + " is not an e-mail address"
	case ProblemNotPhone:
		return q + " is not a phone number"
	case ProblemInFuture:
		return "is in the future"
	case ProblemTooLong:
		return fmt.Sprintf("is longer than %d bytes", a.Max)
	case ProblemNotSubject:
		return a.Kind + " cannot be a subject"
	case ProblemNotContact:
		return a.Kind + " cannot be a contact"
	case ProblemReviewedDeferred:
		return "is set on a reviewed interaction"
	case ProblemOtherTypeFields:
		return "fields of another type are set on " + aType(a.Kind)
	case ProblemTypeFieldsMissing:
		return "the " + a.Kind + " fields are missing"
	case ProblemNoDirection:
		return aType(a.Kind) + " has no direction"
	case ProblemInOrOut:
		return aType(a.Kind) + " is incoming or outgoing"
	case ProblemOutgoingOnly:
		return aType(a.Kind) + " is outgoing"
	case ProblemNoID:
		return "has no id"
	case ProblemBeforeStart:
		return "is before the start"
	case ProblemNegative:
		return "is negative"
	case ProblemIncomingState:
		return "incoming mail has no outgoing state"
	case ProblemOutgoingState:
		return "outgoing mail is a draft, in the outbox or sent"
	case ProblemNotApplicable:
		return strconv.Quote(a.Attr) + " does not apply to " + aType(a.Kind)
	case ProblemNotChainRoot:
		return fmt.Sprintf("interaction %d is not the root of its own chain", a.ID)
	case ProblemFreeRefMismatch:
		return "free contact ref does not match its name"
	case ProblemNotCanonical:
		return fmt.Sprintf("value %s is not canonical for %s", q, a.Attr)
	case ProblemTaken:
		return q + " is already used"
	case ProblemNotState:
		return a.Value + " is not " + article(a.Kind) + " state"
	case ProblemDelayRange:
		return "must be between a minute and a year"
	case ProblemMeetingLength:
		return "must be between 5 minutes and 24 hours"
	case ProblemHourRange:
		return "must be an hour from 0 to 23"
	case ProblemWorkdayEnd:
		return "must be after the start and at most 24"
	case ProblemWeekday:
		return "must be Monday, Sunday or Saturday"
	case ProblemLeadRange:
		return "must be from 0 to 24 hours"
	case ProblemUnknownSetting:
		return "is not a setting"
	case ProblemInvalid:
		return a.Value
	}
	return "is not valid (" + string(p) + ")"
}

// aType names an interaction type with its article: "a meeting", "an SMS
// message"; kind is the type's String.
func aType(kind string) string {
	switch kind {
	case "meeting":
		return "a meeting"
	case "planned":
		return "a planned interaction"
	case "call":
		return "a call"
	case "sms":
		return "an SMS message"
	case "email":
		return "an e-mail"
	}
	return article(kind)
}

// article puts "a" or "an" before a noun.
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}
