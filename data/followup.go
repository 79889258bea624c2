package data

import (
	"slices"
	"strings"
)

// FollowUp returns a new, unsaved interaction of type t created based on
// base (создать на основании): the responsible, the contacts and the
// subject carried over, "based on" set, so that on save it joins base's
// chain. A reply to an e-mail goes back to its sender (or, for a reply
// to outgoing mail, to its recipients) with "Re: " before the subject and
// "in reply to" its message id; a follow-up call or SMS takes the first
// contact's address as its number.
func (s *Store) FollowUp(base *Interaction, t InteractionType, dir Direction) *Interaction {
	if t != TypeCall && t != TypeEmail {
		dir = DirNone
	}
	it := s.NewInteraction(t, dir)
	it.BasedOn = base.ID
	it.Subject = base.Subject
	it.Responsible = base.Responsible
	it.Importance = base.Importance
	it.Contacts = slices.Clone(base.Contacts)
	it.Topic = base.Topic
	first := Contact{}
	if len(it.Contacts) > 0 {
		first = it.Contacts[0]
	} else if base.Call != nil {
		first = base.Call.Contact
	}
	switch t {
	case TypeCall:
		it.Call.Contact = first
		if ValidPhone(first.Address) {
			it.Call.Phone = first.Address
		} else if base.Call != nil {
			it.Call.Phone = base.Call.Phone
		}
	case TypeSMS:
		number := first.Address
		if base.Call != nil && base.Call.Phone != "" {
			number = base.Call.Phone
		}
		if first.Ref.Kind != RefNone || number != "" {
			it.SMS.Recipients = []SMSRecipient{{Contact: first, Number: number}}
		}
	case TypeEmail:
		if base.Email != nil {
			reply(it.Email, base.Email, base.Direction)
			it.Topic = it.Email.Subject
		} else if strings.Contains(first.Address, "@") {
			it.Email.To = []string{first.Address}
		}
	}
	return it
}

// reply fills the reply e to mail m.
func reply(e, m *Email, dir Direction) {
	if dir == DirIncoming {
		if m.From != "" {
			e.To = []string{m.From}
		}
		if len(m.To) > 0 {
			e.From = m.To[0]
		}
	} else {
		e.To, e.From = slices.Clone(m.To), m.From
	}
	subj := strings.TrimSpace(m.Subject)
	if !strings.HasPrefix(strings.ToLower(subj), "re:") {
		subj = "Re: " + subj
	}
	e.Subject = subj
	e.InReplyTo = m.MessageID
}
