package preview

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/list"
)

// field is one line of the preview: a field's name and value.
type field struct {
	name, value string
	importance  widget.Importance
}

// fields returns the fields of an interaction the preview lists,
// those of its type first; empty values are left out, and so are the
// fields of options that are off.
func fields(d *details) []field {
	it := d.it
	var out []field
	add := func(name, value string) {
		if strings.TrimSpace(value) != "" {
			out = append(out, field{name: name, value: value})
		}
	}
	add(lang.X("preview.number", "Number"), it.Number)
	add(lang.X("column.date", "Date"), format.DateTime(it.Date))
	switch {
	case it.Meeting != nil:
		add(lang.X("preview.start", "Start"), format.DateTime(it.Meeting.Start))
		add(lang.X("preview.end", "End"), format.DateTime(it.Meeting.End))
		add(lang.X("preview.place", "Place"), it.Meeting.Place)
	case it.Planned != nil:
		add(lang.X("preview.plannedAt", "Planned for"), format.DateTime(it.Planned.At))
	case it.Call != nil:
		add(lang.X("preview.direction", "Direction"), format.DirectionTitle(it.Direction))
		add(lang.X("preview.callContact", "Contact called"), it.Call.Contact.Name)
		add(lang.X("preview.phone", "Phone"), it.Call.Phone)
		if it.Call.Duration > 0 {
			add(lang.X("preview.duration", "Duration"), format.Duration(it.Call.Duration))
		}
	case it.SMS != nil:
		add(lang.X("preview.recipients", "Recipients"), smsRecipients(it.SMS.Recipients))
		add(lang.X("preview.state", "State"), format.SMSStateTitle(it.SMS.State))
	case it.Email != nil:
		e := it.Email
		add(lang.X("preview.direction", "Direction"), format.DirectionTitle(it.Direction))
		add(lang.X("preview.from", "From"), e.From)
		add(lang.X("preview.to", "To"), strings.Join(e.To, ", "))
		add(lang.X("preview.cc", "Cc"), strings.Join(e.Cc, ", "))
		add(lang.X("preview.mailSubject", "Mail subject"), e.Subject)
		add(lang.X("preview.folder", "Folder"), format.FolderTitle(e.Folder))
		add(lang.X("preview.state", "State"), format.MailStateTitle(e.State))
		add(lang.X("preview.attachments", "Attachments"), attachmentsText(e.Attachments))
	}
	add(lang.X("column.contacts", "Contacts"), contactsText(it.Contacts))
	if d.opts.Shows(data.PartSubjectField) {
		subject := d.names[it.Subject]
		if it.IsChainRoot() {
			subject = lang.X("preview.ownChain", "Own chain")
		}
		add(lang.X("column.subject", "Subject"), subject)
	}
	if it.BasedOn != 0 {
		add(lang.X("preview.basedOn", "Based on"), d.names[data.Ref{Kind: data.RefInteraction, ID: it.BasedOn}])
	}
	add(lang.X("column.responsible", "Responsible"), d.names[data.Ref{Kind: data.RefEmployee, ID: it.Responsible}])
	if it.Author != 0 {
		add(lang.X("preview.author", "Author"), d.names[data.Ref{Kind: data.RefEmployee, ID: it.Author}])
	}
	add(lang.X("preview.importance", "Importance"), format.ImportanceTitle(it.Importance))
	if d.opts.Shows(data.PartReviewFields) {
		reviewed := lang.X("list.no", "No")
		if it.Reviewed {
			reviewed = lang.X("list.yes", "Yes")
		}
		add(lang.X("column.reviewed", "Reviewed"), reviewed)
		if !it.Reviewed && !it.ReviewAfter.IsZero() {
			add(lang.X("column.reviewAfter", "Review after"), format.DateTime(it.ReviewAfter))
		}
	}
	if d.opts.Shows(data.PartAttrFields) {
		for _, def := range d.defs {
			if v := list.AttrValueOf(it, def.ID); v != "" {
				add(def.Name, list.FormatAttrValue(def, v))
			}
		}
	}
	add(lang.X("preview.created", "Created"), format.DateTime(it.Created))
	add(lang.X("preview.modified", "Modified"), format.DateTime(it.Modified))
	if it.Deleted {
		out = append(out, field{name: lang.X("preview.deleted", "Deletion"),
			value: lang.X("preview.markedDeleted", "Marked for deletion"), importance: widget.DangerImportance})
	}
	return out
}

// previewText is the long text shown under the fields: the description,
// an SMS's text or an e-mail's body (an HTML body as plain text).
func previewText(it *data.Interaction) string {
	var parts []string
	if s := strings.TrimSpace(it.Description); s != "" {
		parts = append(parts, s)
	}
	switch {
	case it.SMS != nil:
		parts = append(parts, it.SMS.Text)
	case it.Email != nil:
		body := strings.TrimSpace(it.Email.Body)
		if body == "" {
			body = data.HTMLText(it.Email.HTMLBody)
		}
		if body != "" {
			parts = append(parts, body)
		}
	}
	return strings.Join(parts, "\n\n")
}

// contactsText lists contacts, one a line, each with its way to reach it.
func contactsText(cs []data.Contact) string {
	lines := make([]string, 0, len(cs))
	for _, c := range cs {
		lines = append(lines, withAddress(c.Name, c.Address))
	}
	return strings.Join(lines, "\n")
}

// smsRecipients lists the recipients of an SMS, one a line.
func smsRecipients(rs []data.SMSRecipient) string {
	lines := make([]string, 0, len(rs))
	for _, r := range rs {
		lines = append(lines, withAddress(r.Contact.Name, r.Number))
	}
	return strings.Join(lines, "\n")
}

func withAddress(name, address string) string {
	switch {
	case name == "":
		return address
	case address == "":
		return name
	}
	return name + " (" + address + ")"
}

// attachmentsText lists attachments, one a line, with their sizes.
func attachmentsText(as []data.Attachment) string {
	lines := make([]string, 0, len(as))
	for _, a := range as {
		lines = append(lines, a.Name+" ("+format.Size(a.Size)+")")
	}
	return strings.Join(lines, "\n")
}
