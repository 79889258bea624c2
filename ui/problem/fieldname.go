package problem

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
)

// FieldName returns the translated name of a field of a data.FieldError,
// to lead a message when the form shows no such field: "end" is "End",
// "contacts[1].address" is "Contacts #2 › Address". A name it does not
// know stays as the store wrote it.
func FieldName(field string) string {
	parts := strings.Split(field, ".")
	for i, p := range parts {
		parts[i] = segment(p)
	}
	return strings.Join(parts, " › ")
}

// segment translates one part of a field path: a name with an optional
// zero-based index, "contacts[1]".
func segment(s string) string {
	name, rest, indexed := strings.Cut(s, "[")
	label := fieldLabel(name)
	if !indexed {
		return label
	}
	i, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
	if err != nil {
		return label
	}
	return lang.X("problem.field.item", "{{.Name}} #{{.N}}", map[string]any{"Name": label, "N": i + 1})
}

// fieldLabel translates a field's stable name.
func fieldLabel(name string) string {
	switch name {
	case "address":
		return lang.X("problem.field.address", "Address")
	case "amount":
		return lang.X("problem.field.amount", "Amount")
	case "attachments":
		return lang.X("problem.field.attachments", "Attachments")
	case "attrs":
		return lang.X("problem.field.attrs", "Additional attribute")
	case "author":
		return lang.X("problem.field.author", "Author")
	case "basedOn":
		return lang.X("problem.field.basedOn", "Based on")
	case "bcc":
		return lang.X("problem.field.bcc", "Bcc")
	case "birthday":
		return lang.X("problem.field.birthday", "Birthday")
	case "budget":
		return lang.X("problem.field.budget", "Budget")
	case "call":
		return lang.X("problem.field.call", "Phone call")
	case "cc":
		return lang.X("problem.field.cc", "Cc")
	case "contact":
		return lang.X("problem.field.contact", "Contact")
	case "contactInfo":
		return lang.X("problem.field.contactInfo", "Contact information")
	case "contacts":
		return lang.X("problem.field.contacts", "Contacts")
	case "currentUser":
		return lang.X("problem.field.currentUser", "Current user")
	case "date":
		return lang.X("problem.field.date", "Date")
	case "description":
		return lang.X("problem.field.description", "Description")
	case "direction":
		return lang.X("problem.field.direction", "Direction")
	case "duration":
		return lang.X("problem.field.duration", "Duration")
	case "email":
		return lang.X("problem.field.email", "E-mail")
	case "end":
		return lang.X("problem.field.end", "End")
	case "firstWeekday":
		return lang.X("problem.field.firstWeekday", "First day of the week")
	case "folder":
		return lang.X("problem.field.folder", "Folder")
	case "from":
		return lang.X("problem.field.from", "From")
	case "group":
		return lang.X("problem.field.group", "Group")
	case "id":
		return lang.X("problem.field.id", "ID")
	case "importance":
		return lang.X("problem.field.importance", "Importance")
	case "kind":
		return lang.X("problem.field.kind", "Kind")
	case "kinds":
		return lang.X("problem.field.kinds", "Kinds")
	case "language":
		return lang.X("problem.field.language", "Language")
	case "manager":
		return lang.X("problem.field.manager", "Manager")
	case "meeting":
		return lang.X("problem.field.meeting", "Meeting")
	case "meetingLength":
		return lang.X("problem.field.meetingLength", "Default meeting length")
	case "reminderLead":
		return lang.X("problem.field.reminderLead", "Reminder before a meeting")
	case "name":
		return lang.X("problem.field.name", "Name")
	case "number":
		return lang.X("problem.field.number", "Number")
	case "options":
		return lang.X("problem.field.options", "List values")
	case "parent":
		return lang.X("problem.field.parent", "Parent group")
	case "partner":
		return lang.X("problem.field.partner", "Partner")
	case "phone":
		return lang.X("problem.field.phone", "Phone")
	case "planned":
		return lang.X("problem.field.planned", "Planned interaction")
	case "received":
		return lang.X("problem.field.received", "Received")
	case "recipients":
		return lang.X("problem.field.recipients", "Recipients")
	case "ref":
		return lang.X("problem.field.ref", "Reference")
	case "responsible":
		return lang.X("problem.field.responsible", "Responsible")
	case "reviewAfter":
		return lang.X("problem.field.reviewAfter", "Review after")
	case "reviewAfterDelay":
		return lang.X("problem.field.reviewAfterDelay", "Default review-after delay")
	case "roles":
		return lang.X("problem.field.roles", "Roles")
	case "sms":
		return lang.X("problem.field.sms", "SMS message")
	case "start":
		return lang.X("problem.field.start", "Start")
	case "state":
		return lang.X("problem.field.state", "State")
	case "subject":
		return lang.X("problem.field.subject", "Subject")
	case "text":
		return lang.X("problem.field.text", "Text")
	case "to":
		return lang.X("problem.field.to", "To")
	case "topic":
		return lang.X("problem.field.topic", "Topic")
	case "type":
		return lang.X("problem.field.type", "Type")
	case "types":
		return lang.X("problem.field.types", "Interaction types")
	case "value":
		return lang.X("problem.field.value", "Value")
	case "workdayEnd":
		return lang.X("problem.field.workdayEnd", "Workday end")
	case "workdayStart":
		return lang.X("problem.field.workdayStart", "Workday start")
	}
	return name
}
