package problem

import (
	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// Field returns the short translated problem of a field error, as shown
// under the form's field ("must not be before the start"). A problem about
// an additional attribute's value leads with the attribute's name.
func Field(fe *data.FieldError) string {
	a := fe.Args
	d := map[string]any{
		"Value": a.Value, "Kind": kindName(a.Kind), "ID": a.ID, "Max": a.Max,
		"Attr": a.Attr, "Code": string(fe.Code),
	}
	s := code(fe.Code, d)
	if a.Attr != "" && !fe.Code.NamesAttr() {
		s = lang.X("problem.text.attr", "{{.Attr}}: {{.Problem}}", map[string]any{"Attr": a.Attr, "Problem": s})
	}
	return s
}

// code translates a problem code with its template data d.
func code(p data.Problem, d map[string]any) string {
	switch p {
	case data.ProblemEmpty:
		return lang.X("problem.code.empty", "fill it in", d)
	case data.ProblemNotSet:
		return lang.X("problem.code.notSet", "fill it in", d)
	case data.ProblemUnknownValue:
		return lang.X("problem.code.unknownValue", "{{.Value}} is not an allowed value", d)
	case data.ProblemRepeated:
		return lang.X("problem.code.repeated", "is missing or repeated", d)
	case data.ProblemNoOptions:
		return lang.X("problem.code.noOptions", "a list needs at least one value", d)
	case data.ProblemNotNumber:
		return lang.X("problem.code.notNumber", "“{{.Value}}” is not a number", d)
	case data.ProblemNotDate:
		return lang.X("problem.code.notDate", "“{{.Value}}” is not a date", d)
	case data.ProblemNotYesNo:
		return lang.X("problem.code.notYesNo", "“{{.Value}}” is neither yes nor no", d)
	case data.ProblemNotListID:
		return lang.X("problem.code.notListID", "“{{.Value}}” is not a value of the list", d)
	case data.ProblemNotInList:
		return lang.X("problem.code.notInList", "“{{.Value}}” is not one of the list's values", d)
	case data.ProblemUnknownRef:
		return lang.X("problem.code.unknownRef", "not found in the catalogs: {{.Kind}} No. {{.ID}}", d)
	case data.ProblemLoop:
		return lang.X("problem.code.loop", "a group cannot be inside itself", d)
	case data.ProblemNotEmail:
		return lang.X("problem.code.notEmail", "this is not an e-mail address", d)
	case data.ProblemNotPhone:
		return lang.X("problem.code.notPhone", "this is not a phone number", d)
	case data.ProblemInFuture:
		return lang.X("problem.code.inFuture", "must not be in the future", d)
	case data.ProblemTooLong:
		return lang.X("problem.code.tooLong", "is too long: at most {{.Max}} bytes", d)
	case data.ProblemNotSubject:
		return lang.X("problem.code.notSubject", "{{.Kind}} cannot be a subject", d)
	case data.ProblemNotContact:
		return lang.X("problem.code.notContact", "{{.Kind}} cannot be a contact", d)
	case data.ProblemReviewedDeferred:
		return lang.X("problem.code.reviewedDeferred", "is not set on a reviewed interaction", d)
	case data.ProblemOtherTypeFields:
		return lang.X("problem.code.otherTypeFields", "belong to another type than {{.Kind}}", d)
	case data.ProblemTypeFieldsMissing:
		return lang.X("problem.code.typeFieldsMissing", "are missing", d)
	case data.ProblemNoDirection:
		return lang.X("problem.code.noDirection", "is not used for the type “{{.Kind}}”", d)
	case data.ProblemInOrOut:
		return lang.X("problem.code.inOrOut", "choose incoming or outgoing", d)
	case data.ProblemOutgoingOnly:
		return lang.X("problem.code.outgoingOnly", "can only be outgoing", d)
	case data.ProblemNoID:
		return lang.X("problem.code.noID", "choose it from the catalog", d)
	case data.ProblemBeforeStart:
		return lang.X("problem.code.beforeStart", "must not be before the start", d)
	case data.ProblemNegative:
		return lang.X("problem.code.negative", "must not be negative", d)
	case data.ProblemIncomingState:
		return lang.X("problem.code.incomingState", "incoming mail has no sending state", d)
	case data.ProblemOutgoingState:
		return lang.X("problem.code.outgoingState", "outgoing mail is a draft, in the outbox or sent", d)
	case data.ProblemNotApplicable:
		return lang.X("problem.code.notApplicable", "“{{.Attr}}” is not used for the type “{{.Kind}}”", d)
	case data.ProblemNotChainRoot:
		return lang.X("problem.code.notChainRoot", "interaction No. {{.ID}} does not start a chain", d)
	case data.ProblemFreeRefMismatch:
		return lang.X("problem.code.freeRefMismatch", "does not match the contact's name", d)
	case data.ProblemNotCanonical:
		return lang.X("problem.code.notCanonical", "“{{.Value}}” is not a proper value of “{{.Attr}}”", d)
	case data.ProblemTaken:
		return lang.X("problem.code.taken", "“{{.Value}}” is already used", d)
	case data.ProblemNotState:
		return lang.X("problem.code.notState", "is not an allowed state", d)
	case data.ProblemDelayRange:
		return lang.X("problem.code.delayRange", "must be between a minute and a year", d)
	case data.ProblemMeetingLength:
		return lang.X("problem.code.meetingLength", "must be between 5 minutes and 24 hours", d)
	case data.ProblemHourRange:
		return lang.X("problem.code.hourRange", "must be an hour from 0 to 23", d)
	case data.ProblemWorkdayEnd:
		return lang.X("problem.code.workdayEnd", "must be after the start and at most 24", d)
	case data.ProblemWeekday:
		return lang.X("problem.code.weekday", "must be Monday, Sunday or Saturday", d)
	case data.ProblemLeadRange:
		return lang.X("problem.code.leadRange", "must be from 0 to 24 hours", d)
	case data.ProblemUnknownSetting:
		return lang.X("problem.code.unknownSetting", "is not a setting", d)
	case data.ProblemInvalid:
		return lang.X("problem.code.invalid", "is not valid ({{.Value}})", d)
	}
	return lang.X("problem.code.other", "is not valid ({{.Code}})", d)
}

// kindName translates the stable English name of a kind of record or of
// an interaction type (data.Args.Kind); another name stays as it is.
func kindName(kind string) string {
	switch kind {
	case "employee":
		return lang.X("problem.kind.employee", "employee")
	case "partner":
		return lang.X("problem.kind.partner", "partner")
	case "partner group":
		return lang.X("problem.kind.partnerGroup", "partner group")
	case "role":
		return lang.X("problem.kind.role", "contact person role")
	case "person":
		return lang.X("problem.kind.person", "contact person")
	case "free":
		return lang.X("problem.kind.free", "free-text contact")
	case "none":
		return lang.X("problem.kind.none", "empty reference")
	case "no-contact":
		return lang.X("problem.kind.noContact", "no contact")
	case "deal":
		return lang.X("problem.kind.deal", "deal")
	case "claim":
		return lang.X("problem.kind.claim", "client claim")
	case "event":
		return lang.X("problem.kind.event", "marketing event")
	case "order":
		return lang.X("problem.kind.order", "customer order")
	case "interaction":
		return lang.X("problem.kind.interaction", "interaction")
	case "attribute":
		return lang.X("problem.kind.attribute", "additional attribute")
	case "meeting":
		return lang.X("problem.kind.meeting", "meeting")
	case "planned":
		return lang.X("problem.kind.planned", "planned interaction")
	case "call":
		return lang.X("problem.kind.call", "phone call")
	case "sms":
		return lang.X("problem.kind.sms", "SMS message")
	case "email":
		return lang.X("problem.kind.email", "e-mail")
	}
	return kind
}
