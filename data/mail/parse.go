package mail

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"

	"interactions/data"
	"interactions/data/mail/internal/charsets"
)

// go-message decodes charsets through the table of package charsets, with
// the names and results of its own charset package, whose indexes would
// build their maps at every start of the program.
func init() { message.CharsetReader = charsets.Reader }

// Parse reads one message. It fails only on input that is not a message
// at all or is too large; everything else that cannot be read is left out
// or repaired, and said so in the message's Problems.
func Parse(raw []byte) (*Message, error) {
	if len(raw) > MaxMessageBytes {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(raw), MaxMessageBytes)
	}
	m := &Message{}
	head, body, problems := cleanHeader(raw)
	m.Problems = problems
	if len(head) == 0 {
		return nil, ErrNotMail
	}
	e, err := message.ReadWithOptions(io.MultiReader(bytes.NewReader(head), strings.NewReader("\r\n"), bytes.NewReader(body)),
		&message.ReadOptions{MaxHeaderBytes: -1})
	if e == nil {
		return nil, fmt.Errorf("header: %v", err)
	}
	p := &parser{m: m}
	if err != nil {
		p.problem("body: %s", describe(err))
	}
	p.header(gomail.Header{Header: e.Header})
	p.walk(e, 0, "1", err)
	return m, nil
}

// parser collects one message.
type parser struct {
	m     *Message
	parts int
	// charset is the charset the text parts declare, the guess for
	// header words written in 8 bits without RFC 2047.
	charset string
}

func (p *parser) problem(format string, args ...any) {
	if len(p.m.Problems) < 50 {
		p.m.Problems = append(p.m.Problems, fmt.Sprintf(format, args...))
	}
}

// header reads the fields of the top-level header.
func (p *parser) header(h gomail.Header) {
	if _, params, err := h.ContentType(); err == nil {
		p.charset = params["charset"]
	}
	p.m.Subject = p.text(h, "Subject")
	from := p.addresses(h, "From")
	if len(from) == 0 {
		from = p.addresses(h, "Sender")
	}
	if len(from) > 0 {
		p.m.From = &from[0]
	}
	p.m.To = p.addresses(h, "To")
	p.m.Cc = p.addresses(h, "Cc")
	p.m.Bcc = p.addresses(h, "Bcc")
	if v := h.Get("Date"); v != "" {
		t, err := h.Date()
		if err != nil {
			t, err = lenientDate(v)
		}
		if err != nil {
			p.problem("Date: %q is not a date; the import time is used", shorten(v))
		} else {
			p.m.Date = t
		}
	}
	p.m.Unsent = strings.TrimSpace(h.Get("X-Unsent")) == "1"
	p.m.MessageID = firstID(h.Get("Message-Id"))
	p.m.InReplyTo = msgIDs(h.Get("In-Reply-To"))
	p.m.References = msgIDs(h.Get("References"))
}

// text reads an unstructured field: RFC 2047 words decoded, 8-bit text
// read in the message's charset.
func (p *parser) text(h gomail.Header, key string) string {
	raw := h.Get(key)
	v, err := h.Text(key)
	if err != nil {
		p.problem("%s: %s; kept as written", key, describe(err))
		v = raw
	}
	if !utf8.ValidString(v) {
		var name string
		v, name = guessText([]byte(v), p.charset)
		p.problem("%s: not encoded; read as %s", key, name)
	}
	return strings.TrimSpace(strings.Join(strings.Fields(v), " "))
}

// mailboxRE finds addresses in a list that does not parse; it is
// compiled on first use rather than at start, as msgIDRE is.
var mailboxRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`[^\s<>()",;:]+@[^\s<>()",;:]+`) })

// addresses reads an address list; a list that does not parse keeps the
// addresses found in it.
func (p *parser) addresses(h gomail.Header, key string) []Address {
	raw := h.Get(key)
	if strings.TrimSpace(raw) == "" {
		return nil
	}
	if !utf8.ValidString(raw) {
		var name string
		raw, name = guessText([]byte(raw), p.charset)
		p.problem("%s: not encoded; read as %s", key, name)
	}
	list, err := gomail.ParseAddressList(raw)
	var out []Address
	if err == nil {
		for _, a := range list {
			out = append(out, Address{Name: strings.TrimSpace(a.Name), Address: strings.TrimSpace(a.Address)})
		}
		return out
	}
	for _, a := range mailboxRE().FindAllString(raw, 50) {
		out = append(out, Address{Address: a})
	}
	p.problem("%s: %q cannot be read as addresses; kept %d address(es) found in it", key, shorten(raw), len(out))
	return out
}

var msgIDRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<([^<>\s]+)>`) })

// msgIDs reads a list of message identifiers leniently: every <id>, or
// else every word.
func msgIDs(v string) []string {
	var out []string
	for _, m := range msgIDRE().FindAllStringSubmatch(v, 100) {
		out = append(out, m[1])
	}
	if out == nil {
		for _, w := range strings.Fields(v) {
			if id := data.NormalMessageID(w); id != "" && len(out) < 100 {
				out = append(out, id)
			}
		}
	}
	return out
}

func firstID(v string) string {
	if ids := msgIDs(v); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// lenientDate reads dates the strict parser refuses: missing seconds or
// day names, zone names, extra comments.
func lenientDate(v string) (time.Time, error) {
	v = strings.TrimSpace(v)
	if i := strings.IndexByte(v, '('); i > 0 {
		v = strings.TrimSpace(v[:i])
	}
	for _, layout := range []string{
		"Mon, 2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04 -0700",
		"Mon, 2 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05", "2006-01-02 15:04:05 -0700",
		"2006-01-02T15:04:05Z07:00", "Mon Jan 2 15:04:05 2006", "Mon, 2 Jan 06 15:04:05 -0700",
	} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date")
}

// describe words a go-message error for a problem line.
func describe(err error) string {
	switch {
	case message.IsUnknownCharset(err):
		return "unknown charset (" + err.Error() + ")"
	case message.IsUnknownEncoding(err):
		return "unknown transfer encoding (" + err.Error() + ")"
	}
	return err.Error()
}

func shorten(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// extension returns a file name extension for a media type, or "".
func extension(mediaType string) string {
	switch mediaType {
	case "text/plain":
		return ".txt"
	case "text/html":
		return ".html"
	case "message/rfc822":
		return ".eml"
	case "image/jpeg":
		return ".jpg"
	}
	if exts, _ := mime.ExtensionsByType(mediaType); len(exts) > 0 {
		return exts[0]
	}
	return ""
}
