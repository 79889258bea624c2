// Package mail reads e-mail messages (.eml files and mbox mailboxes) into
// e-mail interactions and writes e-mail interactions as .eml files.
//
// MIME, RFC 2047 headers, transfer encodings and charsets are handled by
// github.com/emersion/go-message; charsets are decoded through
// golang.org/x/text by the names its charset package knows (package
// charsets), which covers every charset Russian mail uses (UTF-8,
// windows-1251, KOI8-R). What this package adds is leniency for messy mail: header lines
// that are not fields are dropped, text in a wrong or unknown charset is
// read as the Cyrillic charset it most looks like, a part cut short keeps
// what was read, and every such repair is told in Message.Problems.
package mail

import (
	"errors"
	"time"
)

// Limits on input. A message larger than MaxMessageBytes, or an mbox
// larger than MaxMboxBytes, is refused before it is parsed.
const (
	MaxMessageBytes = 64 << 20
	MaxMboxBytes    = 1 << 30
	// maxParts caps the parts of one message and maxDepth their nesting:
	// past them the rest of the message is left out and said so.
	maxParts = 500
	maxDepth = 16
	// maxTopicBytes is the longest topic an interaction takes.
	maxTopicBytes = 1000
)

// ErrTooLarge is returned for a file past the size limits.
var ErrTooLarge = errors.New("too large")

// ErrNotMail is returned for input with no header field at all.
var ErrNotMail = errors.New("not an e-mail message: no header fields")

// Address is one mailbox of a header: a display name and an address.
type Address struct {
	Name    string
	Address string
}

// Part is an attached file.
type Part struct {
	Name        string // sanitised file name
	ContentType string
	Data        []byte
}

// Message is what could be read of one e-mail message.
type Message struct {
	From       *Address
	To, Cc     []Address
	Bcc        []Address
	Subject    string
	Date       time.Time // zero when the message has no readable date
	MessageID  string    // without angle brackets
	InReplyTo  []string
	References []string
	Text       string // the plain text body, UTF-8
	HTML       string // the HTML body, UTF-8; never rendered, kept as text
	Parts      []Part
	// Unsent is set by "X-Unsent: 1": a draft, not a sent message.
	Unsent bool
	// Problems says, one line each, what could not be read and how it
	// was repaired.
	Problems []string
}

// Answers lists the Message-IDs the message answers, nearest first: its
// In-Reply-To, then its References from the last.
func (m *Message) Answers() []string {
	out := append([]string(nil), m.InReplyTo...)
	for i := len(m.References) - 1; i >= 0; i-- {
		out = append(out, m.References[i])
	}
	return out
}
