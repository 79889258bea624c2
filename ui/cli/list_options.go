package cli

import (
	"slices"

	"interactions/data"
)

// The settings that switch off what list can filter or group by, named
// as the settings screen names them.
const (
	settingEmail      = `"Use e-mail"`
	settingOther      = `"Use other interactions" (meetings, planned interactions, calls)`
	settingSMS        = `"Use SMS"`
	settingReview     = `"Use the reviewed flag and review after"`
	settingSubjects   = `"Use subjects"`
	settingAttributes = `"Use additional attributes"`
)

// typeSetting names the setting that switches type t on.
func typeSetting(t data.InteractionType) string {
	switch t {
	case data.TypeEmail:
		return settingEmail
	case data.TypeSMS:
		return settingSMS
	}
	return settingOther
}

// fitToOptions makes q show what the window shows under the stored
// options: a filter without --type lists the enabled types only (all of
// them with --all-types). A flag that names what an option hides is a
// mistake on the command line: --type of a switched-off type (unless
// --all-types), --status without the review workflow, --subject or
// --group subject without subjects, --group attr:NAME without additional
// attributes. The rules are data.FitFilter's and data.Options.Scope's.
func (la *listArgs) fitToOptions(q *listQuery, o data.Options, defs []data.AttrDef) error {
	if la.allTypes {
		o.UseEmail, o.UseOtherInteractions, o.UseSMS = true, true, true
	}
	f, g := data.FitFilter(q.filter, q.group, o, defs)
	for _, k := range q.filter.Kinds {
		if !slices.Contains(f.Kinds, k) {
			return usageErrorf("--type %s: %s are switched off in the settings (option %s); add --all-types to list them anyway",
				la.typ, typePlural(k.Type()), typeSetting(k.Type()))
		}
	}
	switch {
	case f.Status != q.filter.Status:
		return usageErrorf("--status %s: the review workflow is switched off in the settings (option %s), so there is no status to filter by",
			la.status, settingReview)
	case f.Subject != q.filter.Subject:
		return usageErrorf("--subject %s: subjects are switched off in the settings (option %s)", la.subject, settingSubjects)
	case g != q.group && q.group.Kind == data.GroupSubject:
		return usageErrorf("--group subject: subjects are switched off in the settings (option %s)", settingSubjects)
	case g != q.group:
		return usageErrorf("--group %s: additional attributes are switched off in the settings (option %s)", la.group, settingAttributes)
	}
	q.filter = o.Scope(f)
	return nil
}

// typePlural names the interactions of type t in a sentence.
func typePlural(t data.InteractionType) string {
	switch t {
	case data.TypeMeeting:
		return "meetings"
	case data.TypePlanned:
		return "planned interactions"
	case data.TypeCall:
		return "phone calls"
	case data.TypeSMS:
		return "SMS messages"
	}
	return "e-mails"
}
