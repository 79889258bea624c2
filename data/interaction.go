package data

import (
	"fmt"
	"strings"
	"time"
)

// InteractionType is one of the five kinds of interaction documents.
type InteractionType uint8

// The interaction types.
const (
	TypeMeeting InteractionType = iota + 1
	TypePlanned
	TypeCall
	TypeSMS
	TypeEmail
)

// AllTypes lists the interaction types in display order.
var AllTypes = []InteractionType{TypeMeeting, TypePlanned, TypeCall, TypeSMS, TypeEmail}

var typeNames = [...]string{"", "meeting", "planned", "call", "sms", "email"}

// String returns the stable English name used by the command line.
func (t InteractionType) String() string {
	if int(t) < len(typeNames) && t != 0 {
		return typeNames[t]
	}
	return fmt.Sprintf("type(%d)", t)
}

// ParseType parses a name returned by String.
func ParseType(s string) (InteractionType, error) {
	for i, n := range typeNames {
		if i > 0 && n == strings.ToLower(strings.TrimSpace(s)) {
			return InteractionType(i), nil
		}
	}
	return 0, fmt.Errorf("unknown interaction type %q (want meeting, planned, call, sms or email)", s)
}

// Importance of an interaction.
type Importance uint8

// Importance levels.
const (
	ImportanceLow Importance = iota + 1
	ImportanceNormal
	ImportanceHigh
)

// Direction of a call or an e-mail.
type Direction uint8

// Directions. Meetings, planned interactions and SMS have none.
const (
	DirNone Direction = iota
	DirIncoming
	DirOutgoing
)

// Contact is one "with whom" of an interaction: a partner, a contact
// person, or a free-text contact, with the way to reach it.
type Contact struct {
	Ref     Ref    `json:"ref"`
	Name    string `json:"name,omitempty"`    // the name as written; required for free-text contacts
	Address string `json:"address,omitempty"` // phone, e-mail or other way to reach the contact
}

// Meeting holds the own fields of a meeting (Встреча). Attendees are the
// interaction's contacts.
type Meeting struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	Place string    `json:"place,omitempty"`
}

// Planned holds the own fields of a planned interaction. Attendees are the
// interaction's contacts.
type Planned struct {
	At time.Time `json:"at,omitzero"` // optional planned date and time
}

// Call holds the own fields of a phone call; the direction is the
// interaction's Direction.
type Call struct {
	Contact  Contact       `json:"contact"` // the contact called (or calling)
	Phone    string        `json:"phone,omitempty"`
	Duration time.Duration `json:"duration,omitempty"`
}

// SMSState is the delivery state of an SMS message.
type SMSState uint8

// SMS states.
const (
	SMSDraft SMSState = iota + 1
	SMSQueued
	SMSSent
	SMSDelivered
	SMSNotDelivered
)

// SMSRecipient is a contact and the number the message goes to.
type SMSRecipient struct {
	Contact Contact `json:"contact"`
	Number  string  `json:"number"`
}

// SMS holds the own fields of an SMS message.
type SMS struct {
	Text       string         `json:"text"`
	Recipients []SMSRecipient `json:"recipients"`
	State      SMSState       `json:"state"`
}

// MailState is the state of an outgoing e-mail.
type MailState uint8

// States of outgoing e-mail; incoming mail has MailNone.
const (
	MailNone MailState = iota
	MailDraft
	MailOutbox
	MailSent
)

// Standard e-mail folders; any other name is a user folder.
const (
	FolderInbox  = "inbox"
	FolderDrafts = "drafts"
	FolderOutbox = "outbox"
	FolderSent   = "sent"
	FolderTrash  = "trash"
)

// Attachment describes a file attached to an e-mail; its bytes live in
// the blob bucket under Blob.
type Attachment struct {
	Name        string `json:"name"`
	ContentType string `json:"type,omitempty"`
	Size        int64  `json:"size"`
	Blob        ID     `json:"blob,omitempty"`
}

// Email holds the own fields of an e-mail; the direction is the
// interaction's Direction.
type Email struct {
	From        string       `json:"from"`
	To          []string     `json:"to,omitempty"`
	Cc          []string     `json:"cc,omitempty"`
	Bcc         []string     `json:"bcc,omitempty"`
	Subject     string       `json:"subject,omitempty"`
	Body        string       `json:"body,omitempty"`
	HTMLBody    string       `json:"html,omitempty"`
	Attachments []Attachment `json:"attachments,omitempty"`
	MessageID   string       `json:"messageId,omitempty"`
	InReplyTo   string       `json:"inReplyTo,omitempty"`
	Folder      string       `json:"folder"`
	State       MailState    `json:"state,omitempty"`
}

// Interaction is one interaction document of any of the five types. The
// pointer of the type's own fields is set; the others are nil.
type Interaction struct {
	ID          ID              `json:"id"`
	Number      string          `json:"number"`
	Date        time.Time       `json:"date"`
	Type        InteractionType `json:"type"`
	Direction   Direction       `json:"dir,omitempty"`
	Responsible ID              `json:"responsible"`
	Author      ID              `json:"author,omitempty"`
	Importance  Importance      `json:"importance"`
	Topic       string          `json:"topic"`
	Description string          `json:"description,omitempty"`
	Contacts    []Contact       `json:"contacts,omitempty"`
	// Subject is the business process the interaction belongs to. After a
	// save it is never zero: an interaction without a subject is the root
	// of its own chain, Ref{RefInteraction, ID}.
	Subject     Ref         `json:"subject"`
	BasedOn     ID          `json:"basedOn,omitempty"`
	Reviewed    bool        `json:"reviewed,omitempty"`
	ReviewAfter time.Time   `json:"reviewAfter,omitzero"`
	Attrs       []AttrValue `json:"attrs,omitempty"`
	Created     time.Time   `json:"created"`
	Modified    time.Time   `json:"modified"`
	Deleted     bool        `json:"deleted,omitempty"`
	// Version counts the saves of the interaction; an editor saves only
	// over the version it read (SaveEdited).
	Version uint64 `json:"ver,omitempty"`

	Meeting *Meeting `json:"meeting,omitempty"`
	Planned *Planned `json:"planned,omitempty"`
	Call    *Call    `json:"call,omitempty"`
	SMS     *SMS     `json:"sms,omitempty"`
	Email   *Email   `json:"email,omitempty"`
}

// IsChainRoot reports whether the interaction is the root of its own chain.
func (it *Interaction) IsChainRoot() bool {
	return it.Subject.Kind == RefInteraction && it.Subject.ID == it.ID
}

// HasOwnSubject reports whether the subject is a real one or another chain.
func (it *Interaction) HasOwnSubject() bool { return !it.Subject.IsZero() && !it.IsChainRoot() }

// ToReview reports whether the interaction is unreviewed and not deferred past now.
func (it *Interaction) ToReview(now time.Time) bool {
	return !it.Reviewed && (it.ReviewAfter.IsZero() || !it.ReviewAfter.After(now))
}

// Deferred reports whether the interaction is unreviewed and deferred past now.
func (it *Interaction) Deferred(now time.Time) bool {
	return !it.Reviewed && it.ReviewAfter.After(now)
}

// Validate checks every field it can without the store: the store checks
// that references exist. Errors name the field.
func (it *Interaction) Validate() error {
	if it.Type < TypeMeeting || it.Type > TypeEmail {
		return problemWith("type", ProblemUnknownValue, Args{Kind: "type", Value: fmt.Sprintf("%d", it.Type)})
	}
	if it.Date.IsZero() {
		return problemAt("date", ProblemNotSet)
	}
	if it.Responsible == 0 {
		return problemAt("responsible", ProblemNotSet)
	}
	if it.Importance < ImportanceLow || it.Importance > ImportanceHigh {
		return problemWith("importance", ProblemUnknownValue, Args{Kind: "importance", Value: fmt.Sprintf("%d", it.Importance)})
	}
	if strings.TrimSpace(it.Topic) == "" {
		return problemAt("topic", ProblemEmpty)
	}
	if len(it.Topic) > 1024 {
		return problemWith("topic", ProblemTooLong, Args{Max: 1024})
	}
	for i := range it.Contacts {
		if err := validateContact("contacts["+itoa(i)+"]", &it.Contacts[i]); err != nil {
			return err
		}
	}
	if !it.Subject.IsZero() && !it.Subject.Kind.IsSubject() {
		return problemWith("subject", ProblemNotSubject, Args{Kind: it.Subject.Kind.String()})
	}
	if it.Reviewed && !it.ReviewAfter.IsZero() {
		return problemAt("reviewAfter", ProblemReviewedDeferred)
	}
	seen := map[ID]bool{}
	for i, a := range it.Attrs {
		if a.Attr == 0 || seen[a.Attr] {
			return problemAt("attrs["+itoa(i)+"]", ProblemRepeated)
		}
		seen[a.Attr] = true
	}
	want := map[InteractionType]bool{
		TypeMeeting: it.Meeting != nil, TypePlanned: it.Planned != nil, TypeCall: it.Call != nil,
		TypeSMS: it.SMS != nil, TypeEmail: it.Email != nil,
	}
	for t, has := range want {
		if has != (t == it.Type) {
			if has {
				return problemWith(t.String(), ProblemOtherTypeFields, Args{Kind: it.Type.String()})
			}
			return problemWith(t.String(), ProblemTypeFieldsMissing, Args{Kind: t.String()})
		}
	}
	switch it.Type {
	case TypeMeeting:
		if it.Direction != DirNone {
			return problemWith("direction", ProblemNoDirection, Args{Kind: it.Type.String()})
		}
		return it.Meeting.validate()
	case TypePlanned:
		if it.Direction != DirNone {
			return problemWith("direction", ProblemNoDirection, Args{Kind: it.Type.String()})
		}
	case TypeCall:
		if it.Direction != DirIncoming && it.Direction != DirOutgoing {
			return problemWith("direction", ProblemInOrOut, Args{Kind: it.Type.String()})
		}
		return it.Call.validate()
	case TypeSMS:
		if it.Direction != DirNone && it.Direction != DirOutgoing {
			return problemWith("direction", ProblemOutgoingOnly, Args{Kind: it.Type.String()})
		}
		return it.SMS.validate()
	case TypeEmail:
		if it.Direction != DirIncoming && it.Direction != DirOutgoing {
			return problemWith("direction", ProblemInOrOut, Args{Kind: it.Type.String()})
		}
		return it.Email.validate(it.Direction)
	}
	return nil
}

func validateContact(field string, c *Contact) error {
	switch c.Ref.Kind {
	case RefPartner, RefPerson:
		if c.Ref.ID == 0 {
			return problemAt(field+".ref", ProblemNoID)
		}
	case RefFree:
		if strings.TrimSpace(c.Name) == "" {
			return problemAt(field+".name", ProblemEmpty)
		}
	default:
		return problemWith(field+".ref", ProblemNotContact, Args{Kind: c.Ref.Kind.String()})
	}
	a := strings.TrimSpace(c.Address)
	if a != "" && strings.Contains(a, "@") && !ValidEmail(a) {
		return problemWith(field+".address", ProblemNotEmail, Args{Value: a})
	}
	return nil
}

func (m *Meeting) validate() error {
	if m.Start.IsZero() {
		return problemAt("start", ProblemNotSet)
	}
	if m.End.IsZero() {
		return problemAt("end", ProblemNotSet)
	}
	if m.End.Before(m.Start) {
		return problemAt("end", ProblemBeforeStart)
	}
	return nil
}

func (c *Call) validate() error {
	if c.Phone != "" && !ValidPhone(c.Phone) {
		return problemWith("phone", ProblemNotPhone, Args{Value: c.Phone})
	}
	if c.Duration < 0 {
		return problemAt("duration", ProblemNegative)
	}
	if c.Contact.Ref.Kind != RefNone {
		if err := validateContact("contact", &c.Contact); err != nil {
			return err
		}
	}
	return nil
}

func (s *SMS) validate() error {
	if strings.TrimSpace(s.Text) == "" {
		return problemAt("text", ProblemEmpty)
	}
	if s.State < SMSDraft || s.State > SMSNotDelivered {
		return problemWith("state", ProblemUnknownValue, Args{Kind: "state", Value: fmt.Sprintf("%d", s.State)})
	}
	if len(s.Recipients) == 0 {
		return problemAt("recipients", ProblemEmpty)
	}
	for i, r := range s.Recipients {
		if !ValidPhone(r.Number) {
			return problemWith("recipients["+itoa(i)+"].number", ProblemNotPhone, Args{Value: r.Number})
		}
	}
	return nil
}

func (e *Email) validate(dir Direction) error {
	if e.From != "" && !ValidEmail(e.From) {
		return problemWith("from", ProblemNotEmail, Args{Value: e.From})
	}
	for name, list := range map[string][]string{"to": e.To, "cc": e.Cc, "bcc": e.Bcc} {
		for i, a := range list {
			if !ValidEmail(a) {
				return problemWith(name+"["+itoa(i)+"]", ProblemNotEmail, Args{Value: a})
			}
		}
	}
	if strings.TrimSpace(e.Folder) == "" {
		return problemAt("folder", ProblemEmpty)
	}
	if dir == DirIncoming && e.State != MailNone {
		return problemAt("state", ProblemIncomingState)
	}
	if dir == DirOutgoing && (e.State < MailDraft || e.State > MailSent) {
		return problemAt("state", ProblemOutgoingState)
	}
	if dir == DirOutgoing && e.State != MailDraft && len(e.To) == 0 {
		return problemAt("to", ProblemEmpty)
	}
	for i, a := range e.Attachments {
		if strings.TrimSpace(a.Name) == "" {
			return problemAt("attachments["+itoa(i)+"].name", ProblemEmpty)
		}
	}
	return nil
}
