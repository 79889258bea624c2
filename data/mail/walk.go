package mail

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	gomail "github.com/emersion/go-message/mail"
	"golang.org/x/text/encoding/charmap"

	"interactions/data"
)

// walk reads an entity: the parts of a multipart one, in order, or its
// body as text or as an attached file. path numbers the part as IMAP does
// ("1.2.3"), for problem lines. encErr is the error go-message gave when it
// made the entity: an unknown charset or transfer encoding.
func (p *parser) walk(e *message.Entity, depth int, path string, encErr error) {
	p.parts++
	if p.parts > maxParts {
		if p.parts == maxParts+1 {
			p.problem("more than %d parts: the rest is left out", maxParts)
		}
		return
	}
	mediaType, params, err := e.Header.ContentType()
	if err != nil {
		if e.Header.Get("Content-Type") != "" {
			p.problem("part %s: Content-Type %q cannot be read; taken as text", path, shorten(e.Header.Get("Content-Type")))
		}
		mediaType, params = "text/plain", map[string]string{}
	}
	if mr := e.MultipartReader(); mr != nil {
		if depth >= maxDepth {
			p.problem("part %s: nested deeper than %d parts; left out", path, maxDepth)
			return
		}
		for i := 1; ; i++ {
			sub, err := mr.NextPart()
			if errors.Is(err, io.EOF) && sub == nil {
				break
			}
			sp := path + "." + strconv.Itoa(i)
			if sub == nil {
				if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "EOF") {
					p.problem("part %s: the message is cut short here; what came before is kept", path)
				} else {
					p.problem("part %s: %s; the rest of it is left out", sp, describe(err))
				}
				return
			}
			p.walk(sub, depth+1, sp, err)
			if p.parts > maxParts {
				return
			}
		}
		return
	}
	body, readErr := io.ReadAll(io.LimitReader(e.Body, MaxMessageBytes))
	if readErr != nil {
		p.problem("part %s: %s; %d bytes read are kept", path, readErr.Error(), len(body))
	}
	ah := gomail.AttachmentHeader{Header: e.Header}
	disp, _, _ := e.Header.ContentDisposition()
	name, _ := ah.Filename()
	isText := mediaType == "text/plain" || mediaType == "text/html"
	if isText && disp != "attachment" && name == "" {
		text := p.decodeText(body, params["charset"], path, encErr)
		if mediaType == "text/html" {
			p.m.HTML = joinText(p.m.HTML, text)
		} else {
			p.m.Text = joinText(p.m.Text, text)
		}
		return
	}
	if encErr != nil && message.IsUnknownEncoding(encErr) {
		p.problem("part %s: %s; kept as it was sent", path, describe(encErr))
	}
	if !utf8.ValidString(name) {
		name, _ = guessText([]byte(name), p.charset)
	}
	if name == "" {
		name = "part-" + path + extension(mediaType)
	}
	p.m.Parts = append(p.m.Parts, Part{Name: data.SafeFileName(name), ContentType: mediaType, Data: body})
}

// decodeText makes a text body UTF-8. go-message has converted it from
// the declared charset; text that is still not UTF-8 (a wrong label, or
// an unknown one) is read as the Cyrillic charset it most looks like.
func (p *parser) decodeText(body []byte, charset, path string, encErr error) string {
	if encErr != nil && message.IsUnknownEncoding(encErr) {
		p.problem("part %s: %s; the text is kept as it was sent", path, describe(encErr))
	}
	if encErr != nil && message.IsUnknownCharset(encErr) {
		text, name := guessText(body, charset)
		p.problem("part %s: unknown charset %q; read as %s", path, charset, name)
		return normalizeNewlines(text)
	}
	if !utf8.Valid(body) {
		text, name := guessText(body, charset)
		label := charset
		if label == "" {
			label = "none"
		}
		p.problem("part %s: the text is not in its charset (%s); read as %s", path, label, name)
		return normalizeNewlines(text)
	}
	if p.charset == "" {
		p.charset = charset
	}
	return normalizeNewlines(string(body))
}

// guessText reads b as UTF-8 when it is valid, else as windows-1251 or
// KOI8-R, whichever gives more lower-case Cyrillic letters (most letters
// of Russian text are); it returns the text and the charset it chose.
// hint, a declared charset, wins when it is one of the two.
func guessText(b []byte, hint string) (string, string) {
	if utf8.Valid(b) {
		return string(b), "UTF-8"
	}
	switch strings.ToLower(hint) {
	case "koi8-r", "koi8r":
		s, _ := charmap.KOI8R.NewDecoder().Bytes(b)
		return string(s), "KOI8-R"
	case "windows-1251", "cp1251":
		s, _ := charmap.Windows1251.NewDecoder().Bytes(b)
		return string(s), "windows-1251"
	}
	cp, koi := 0, 0
	for _, c := range b {
		switch {
		case c >= 0xE0: // lower case in windows-1251, upper case in KOI8-R
			cp++
		case c >= 0xC0:
			koi++
		}
	}
	if koi > cp {
		s, _ := charmap.KOI8R.NewDecoder().Bytes(b)
		return string(s), "KOI8-R"
	}
	s, _ := charmap.Windows1251.NewDecoder().Bytes(b)
	return string(s), "windows-1251"
}

func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func joinText(a, b string) string {
	b = strings.TrimRight(b, "\n ")
	switch {
	case strings.TrimSpace(b) == "":
		return a
	case a == "":
		return b
	}
	return a + "\n\n" + b
}

// cleanHeader splits raw into its header and body and keeps of the header
// only what is a field or the continuation of one; a leading mbox "From "
// line goes silently, any other line that is not a field goes with a
// problem line.
func cleanHeader(raw []byte) (head, body []byte, problems []string) {
	var out bytes.Buffer
	rest := raw
	inField := false
	for n := 1; len(rest) > 0; n++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i+1], rest[i+1:]
		} else {
			rest = nil
		}
		trimmed := bytes.TrimRight(line, "\r\n")
		switch {
		case len(trimmed) == 0:
			return out.Bytes(), rest, problems
		case n == 1 && bytes.HasPrefix(trimmed, []byte("From ")):
			continue
		case trimmed[0] == ' ' || trimmed[0] == '\t':
			if inField {
				out.Write(trimmed)
				out.WriteString("\r\n")
				continue
			}
		case isFieldLine(trimmed):
			out.Write(trimmed)
			out.WriteString("\r\n")
			inField = true
			continue
		}
		inField = false
		if len(problems) < 10 {
			problems = append(problems, "header line "+strconv.Itoa(n)+" is not a field: "+strconv.Quote(shorten(string(trimmed)))+"; left out")
		}
	}
	return out.Bytes(), nil, append(problems, "the message has no body: it ends in the header")
}

// isFieldLine reports whether line starts with a field name and a colon.
func isFieldLine(line []byte) bool {
	i := bytes.IndexByte(line, ':')
	if i <= 0 {
		return false
	}
	for _, c := range line[:i] {
		if c <= ' ' || c >= 0x7f {
			return false
		}
	}
	return true
}
