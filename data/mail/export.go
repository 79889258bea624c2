package mail

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"

	gomail "github.com/emersion/go-message/mail"

	"interactions/data"
)

// ErrNothing is returned when no e-mail interaction matches an export.
var ErrNothing = errors.New("no e-mail interactions match")

// exportPage is how many rows one read of the store returns.
const exportPage = 500

// BlobReader gives the bytes of an attachment; *data.Store is one.
type BlobReader interface {
	Blob(id data.ID) ([]byte, error)
}

// Reader reads interactions too: Write given one finds the Message-ID of
// the mail an interaction is based on. *data.Store is one.
type Reader interface {
	BlobReader
	Interaction(id data.ID) (*data.Interaction, error)
}

// Write writes the e-mail interaction it as one MIME message (RFC 5322
// and 2045–2049) that mail programs open: its addresses, subject (RFC
// 2047 encoded when not ASCII), date, Message-ID (MessageIDOf) and
// In-Reply-To; the text and the HTML body as multipart/alternative; the
// attachments, read from blobs, in a multipart/mixed with their file
// names sanitised. An attachment whose bytes the store does not hold is
// left out.
func Write(w io.Writer, it *data.Interaction, blobs BlobReader) error {
	e := it.Email
	if e == nil {
		return fmt.Errorf("interaction %s is a %s, not an e-mail", it.Number, it.Type)
	}
	var h gomail.Header
	h.SetDate(it.Date)
	names := contactNames(it)
	if e.From != "" {
		h.SetAddressList("From", []*gomail.Address{{Name: names[addrKey(e.From)], Address: e.From}})
	}
	for _, f := range []struct {
		key  string
		list []string
	}{{"To", e.To}, {"Cc", e.Cc}, {"Bcc", e.Bcc}} {
		var as []*gomail.Address
		for _, a := range f.list {
			as = append(as, &gomail.Address{Name: names[addrKey(a)], Address: a})
		}
		h.SetAddressList(f.key, as)
	}
	subject := e.Subject
	if subject == "" {
		subject = it.Topic
	}
	h.SetSubject(subject)
	h.SetMessageID(data.MessageIDOf(it))
	inReplyTo := data.NormalMessageID(e.InReplyTo)
	if r, ok := blobs.(Reader); ok && inReplyTo == "" && it.BasedOn != 0 {
		if base, err := r.Interaction(it.BasedOn); err == nil {
			inReplyTo = data.MessageIDOf(base)
		}
	}
	if inReplyTo != "" {
		h.SetMsgIDList("In-Reply-To", []string{inReplyTo})
		h.SetMsgIDList("References", []string{inReplyTo})
	}
	if it.Direction == data.DirOutgoing && e.State == data.MailDraft {
		h.Set("X-Unsent", "1") // mail programs open it as a draft
	}
	h.Set("MIME-Version", "1.0")
	files := make([][]byte, 0, len(e.Attachments))
	var attached []data.Attachment
	for _, a := range e.Attachments {
		if a.Blob == 0 {
			continue // no bytes stored: nothing to attach
		}
		b, err := blobs.Blob(a.Blob)
		if errors.Is(err, data.ErrNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("attachment %s: %w", a.Name, err)
		}
		files, attached = append(files, b), append(attached, a)
	}
	if len(attached) == 0 {
		return writeBody(w, h, e)
	}
	mw, err := gomail.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if e.Body != "" || e.HTMLBody != "" {
		iw, err := mw.CreateInline()
		if err != nil {
			return err
		}
		if err := writeInline(iw, e); err != nil {
			return err
		}
		if err := iw.Close(); err != nil {
			return err
		}
	}
	for i, a := range attached {
		b := files[i]
		var ah gomail.AttachmentHeader
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		name := data.SafeFileName(a.Name)
		// The name twice: RFC 2231 in Content-Disposition, the standard,
		// and RFC 2047 in Content-Type, which older programs read.
		ah.SetContentType(ct, map[string]string{"name": name})
		ah.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		aw, err := mw.CreateAttachment(ah)
		if err != nil {
			return err
		}
		if _, err := aw.Write(b); err != nil {
			return err
		}
		if err := aw.Close(); err != nil {
			return err
		}
	}
	return mw.Close()
}

// writeBody writes a message without attachments: one text part, or the
// text and the HTML as alternatives.
func writeBody(w io.Writer, h gomail.Header, e *data.Email) error {
	if e.Body != "" && e.HTMLBody != "" {
		iw, err := gomail.CreateInlineWriter(w, h)
		if err != nil {
			return err
		}
		if err := writeInline(iw, e); err != nil {
			return err
		}
		return iw.Close()
	}
	typ, text := "text/plain", e.Body
	if e.Body == "" && e.HTMLBody != "" {
		typ, text = "text/html", e.HTMLBody
	}
	h.SetContentType(typ, map[string]string{"charset": "utf-8"})
	bw, err := gomail.CreateSingleInlineWriter(w, h)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(bw, crlf(text)); err != nil {
		return err
	}
	return bw.Close()
}

// writeInline writes the text parts of an alternative.
func writeInline(iw *gomail.InlineWriter, e *data.Email) error {
	for _, p := range []struct{ typ, text string }{{"text/plain", e.Body}, {"text/html", e.HTMLBody}} {
		if p.text == "" {
			continue
		}
		var ih gomail.InlineHeader
		ih.SetContentType(p.typ, map[string]string{"charset": "utf-8"})
		pw, err := iw.CreatePart(ih)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(pw, crlf(p.text)); err != nil {
			return err
		}
		if err := pw.Close(); err != nil {
			return err
		}
	}
	return nil
}

func crlf(s string) string {
	return strings.ReplaceAll(normalizeNewlines(s), "\n", "\r\n")
}

// contactNames maps the addresses of the interaction's contacts to their
// names.
func contactNames(it *data.Interaction) map[string]string {
	out := map[string]string{}
	for _, c := range it.Contacts {
		if c.Address != "" && c.Name != "" && c.Name != c.Address {
			out[addrKey(c.Address)] = c.Name
		}
	}
	return out
}

// FileName is the file name an export gives the e-mail it: its date and
// subject, sanitised, with ".eml".
func FileName(it *data.Interaction) string {
	subject := it.Topic
	if it.Email != nil && it.Email.Subject != "" {
		subject = it.Email.Subject
	}
	subject = strings.NewReplacer("/", "_", "\\", "_").Replace(subject)
	base := it.Date.Format("2006-01-02 1504") + " " + subject
	if r := []rune(base); len(r) > 100 {
		base = string(r[:100])
	}
	return data.SafeFileName(base + ".eml")
}

// Lister reads pages of the interaction list; *data.Store is one.
type Lister interface {
	List(q data.Query) (data.Page, error)
	BlobReader
}

// Emails lists the e-mail interactions the filter selects (its type
// filter narrowed to e-mail), oldest first.
func Emails(ctx context.Context, s Lister, f data.Filter) ([]*data.Interaction, error) {
	f.Kinds = onlyEmailKinds(f.Kinds)
	if len(f.Kinds) == 0 {
		return nil, ErrNothing
	}
	var out []*data.Interaction
	q := data.Query{Filter: f, Order: data.OldestFirst, Limit: exportPage}
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		page, err := s.List(q)
		if err != nil {
			return nil, err
		}
		for i := range page.Rows {
			out = append(out, page.Rows[i].Interaction)
		}
		if !page.More || len(page.Rows) == 0 {
			break
		}
		q.After = page.Next
	}
	if len(out) == 0 {
		return nil, ErrNothing
	}
	return out, nil
}

func onlyEmailKinds(ks []data.Kind) []data.Kind {
	if len(ks) == 0 {
		return []data.Kind{data.KindEmailIn, data.KindEmailOut}
	}
	var out []data.Kind
	for _, k := range ks {
		if k.Type() == data.TypeEmail {
			out = append(out, k)
		}
	}
	return out
}

// WriteFolder writes each e-mail of list into dir (made when missing) as
// its own .eml file under FileName, a number added to names taken, and
// returns how many it wrote. progress, when set, is told after each file.
// Each file is written whole or not at all.
func WriteFolder(ctx context.Context, list []*data.Interaction, blobs BlobReader, dir string, progress func(done int)) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, pathless(err)
	}
	taken := map[string]bool{}
	next := map[string]int{} // the next number to try after a name
	n := 0
	for _, it := range list {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if it.Email == nil {
			continue
		}
		base := FileName(it)
		ext := filepath.Ext(base)
		name, key := base, strings.ToLower(base)
		for i := max(next[key], 2); taken[strings.ToLower(name)] || exists(filepath.Join(dir, name)); i++ {
			name = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(base, ext), i, ext)
			next[key] = i + 1
		}
		taken[strings.ToLower(name)] = true
		if _, err := data.WriteFile(filepath.Join(dir, name), false, func(w io.Writer) error { return Write(w, it, blobs) }); err != nil {
			return n, fmt.Errorf("%s: %w", name, err)
		}
		n++
		if progress != nil {
			progress(n)
		}
	}
	return n, nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
