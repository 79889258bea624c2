package mail

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"interactions/data"
)

// ContentID returns the Message-ID given to a message that has none: a
// hash of its bytes, so that importing the same file again finds it.
func ContentID(raw []byte) string {
	sum := sha256.Sum256(raw)
	return hex.EncodeToString(sum[:16]) + "@content-hash.invalid"
}

// Interaction makes the new e-mail interaction of m, with the defaults of
// the store s (the review option, the current user), the direction and
// the contacts from book. raw is the message as read, for the content
// hash of a message without a Message-ID. Problems found here are added
// to m.Problems.
func Interaction(s *data.Store, book *Book, m *Message, raw []byte) (data.NewEmail, error) {
	dir, resp, err := book.Direction(m)
	if err != nil {
		return data.NewEmail{}, err
	}
	it := s.NewInteraction(data.TypeEmail, dir)
	it.Responsible = resp
	if it.Author == 0 {
		it.Author = resp
	}
	if !m.Date.IsZero() && m.Date.Year() >= 1900 && m.Date.Year() <= 2200 {
		it.Date = m.Date
	} else if !m.Date.IsZero() {
		m.Problems = append(m.Problems, fmt.Sprintf("Date: the year %d is out of range; the import time is used", m.Date.Year()))
	}
	e := it.Email
	e.Subject = m.Subject
	e.Body = m.Text
	e.HTMLBody = m.HTML
	e.MessageID = m.MessageID
	if e.MessageID == "" {
		e.MessageID = ContentID(raw)
	}
	if answers := m.Answers(); len(answers) > 0 {
		e.InReplyTo = answers[0] // the last of References when In-Reply-To is missing
	}
	if m.From != nil {
		if data.ValidEmail(m.From.Address) {
			e.From = m.From.Address
		} else {
			m.Problems = append(m.Problems, fmt.Sprintf("From: %q is not an e-mail address; left out", shorten(m.From.Address)))
		}
	}
	e.To = validAddresses(m, "To", m.To)
	e.Cc = validAddresses(m, "Cc", m.Cc)
	e.Bcc = validAddresses(m, "Bcc", m.Bcc)
	if dir == data.DirOutgoing {
		e.Folder, e.State = data.FolderSent, data.MailSent
		if m.Unsent {
			e.Folder, e.State = data.FolderDrafts, data.MailDraft
		} else if len(e.To) == 0 {
			e.Folder, e.State = data.FolderDrafts, data.MailDraft
			m.Problems = append(m.Problems, "outgoing mail without a To address: kept as a draft")
		}
	}
	for _, p := range m.Parts {
		e.Attachments = append(e.Attachments, data.Attachment{Name: p.Name, ContentType: p.ContentType, Size: int64(len(p.Data))})
	}
	it.Contacts = book.Contacts(m, dir)
	it.Topic = topic(m, e)
	files := make([][]byte, len(m.Parts))
	for i, p := range m.Parts {
		files[i] = p.Data
	}
	return data.NewEmail{Interaction: it, Files: files, Answers: m.Answers()}, nil
}

// validAddresses keeps the addresses the store accepts and says which
// went.
func validAddresses(m *Message, field string, list []Address) []string {
	var out []string
	for _, a := range list {
		if data.ValidEmail(a.Address) {
			out = append(out, a.Address)
		} else {
			m.Problems = append(m.Problems, fmt.Sprintf("%s: %q is not an e-mail address; left out", field, shorten(a.Address)))
		}
	}
	return out
}

// topic is the subject, or the start of the text, or the sender: an
// interaction needs a topic.
func topic(m *Message, e *data.Email) string {
	t := strings.TrimSpace(m.Subject)
	if t == "" {
		body := m.Text
		if body == "" {
			body = data.HTMLText(m.HTML)
		}
		t = strings.Join(strings.Fields(body), " ")
		if r := []rune(t); len(r) > 80 {
			t = string(r[:80]) + "…"
		}
	}
	if t == "" && m.From != nil {
		t = strings.TrimSpace(m.From.Name + " " + m.From.Address)
	}
	if t == "" {
		t = "—"
	}
	for len(t) > maxTopicBytes {
		_, size := utf8.DecodeLastRuneInString(t)
		t = t[:len(t)-size]
	}
	return t
}
