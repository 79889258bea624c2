package data

import (
	"bytes"
	"html"
	"strings"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText turns an HTML body into the plain text a mail program shows
// for it: paragraphs, headings, tables and lists on lines of their own
// (list items with a bullet, a row's cells side by side), line breaks
// kept, what <pre> holds as it is, entities decoded, runs of white space
// one space. The head (and its title), scripts, styles and elements
// hidden with display:none (a newsletter's preview line) are left out;
// inline elements add no space of their own. A link is its text and, when
// that is not its address already, the address in angle brackets, as
// mail programs write it: "see the contract <https://…>".
//
// It reads the body with golang.org/x/net/html's tokenizer, which knows
// HTML's rules for tags, attributes, comments and raw text. It uses the
// tokenizer's raw bytes and decodes entities with the standard library:
// the tokenizer's own decoding would build its entity table at every
// start of the program.
func HTMLText(body string) string {
	z := nethtml.NewTokenizer(strings.NewReader(body))
	var w htmlTextWriter
	var skip atom.Atom // the element whose content is left out, or 0
	depth := 0         // how many of skip are open
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			return w.text()
		}
		var a atom.Atom
		if tt == nethtml.StartTagToken || tt == nethtml.EndTagToken || tt == nethtml.SelfClosingTagToken {
			name, _ := z.TagName()
			a = atom.Lookup(name)
		}
		if skip != 0 {
			switch {
			case a != skip:
			case tt == nethtml.StartTagToken:
				depth++
			case tt == nethtml.EndTagToken:
				if depth--; depth == 0 {
					skip = 0
				}
			}
			continue
		}
		switch tt {
		case nethtml.TextToken:
			w.write(html.UnescapeString(string(z.Raw())))
		case nethtml.StartTagToken:
			if leftOut(a) || a != 0 && !void(a) && hiddenStyle(z.Raw()) {
				skip, depth = a, 1
				continue
			}
			if a == atom.A {
				w.linkStart(linkTarget(z.Raw()))
			}
			w.start(a)
		case nethtml.SelfClosingTagToken:
			w.start(a)
			w.end(a)
		case nethtml.EndTagToken:
			if a == atom.A {
				w.linkEnd()
			}
			w.end(a)
		}
	}
}

// leftOut reports whether the content of an element is no text of the
// mail. The head as a whole is not: its end tag may be left out.
func leftOut(a atom.Atom) bool {
	switch a {
	case atom.Title, atom.Script, atom.Style, atom.Template:
		return true
	}
	return false
}

// void reports whether an element has no content and no end tag.
func void(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// hiddenStyle reports whether a start tag's raw bytes hide the element
// with display:none (in any case, with spaces about the colon).
func hiddenStyle(raw []byte) bool {
	rest := strings.ToLower(string(raw))
	for {
		i := strings.Index(rest, "display")
		if i < 0 {
			return false
		}
		rest = rest[i+len("display"):]
		if v, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t\r\n"), ":"); ok &&
			strings.HasPrefix(strings.TrimLeft(v, " \t\r\n"), "none") {
			return true
		}
	}
}

// linkTarget is the address a link's raw start tag points to, when it is
// one a reader can use (web, mail, ftp, phone); "" for none, an anchor in
// the mail or a script. It reads the href attribute from the raw bytes
// (the tokenizer has checked the tag): the tokenizer's attribute reader
// would decode with its entity table, built at every start of the program.
func linkTarget(raw []byte) string {
	href, ok := rawAttr(raw, "href")
	if !ok {
		return ""
	}
	href = strings.TrimSpace(html.UnescapeString(href))
	scheme, _, found := strings.Cut(href, ":")
	if !found {
		return ""
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto", "ftp", "tel":
		return href
	}
	return ""
}

// rawAttr is the raw value of attribute name in a start tag's raw bytes
// (<a href="…" …>): quoted with " or ', or up to a space or '>'.
func rawAttr(raw []byte, name string) (string, bool) {
	i := 1 // past '<'
	for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '>' && raw[i] != '/' {
		i++ // the tag's name
	}
	for i < len(raw) {
		for i < len(raw) && (isTagSpace(raw[i]) || raw[i] == '/') {
			i++
		}
		start := i
		for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '=' && raw[i] != '>' && raw[i] != '/' {
			i++
		}
		key := raw[start:i]
		if len(key) == 0 {
			return "", false // '>' or the end
		}
		for i < len(raw) && isTagSpace(raw[i]) {
			i++
		}
		var val []byte
		if i < len(raw) && raw[i] == '=' {
			i++
			for i < len(raw) && isTagSpace(raw[i]) {
				i++
			}
			if i < len(raw) && (raw[i] == '"' || raw[i] == '\'') {
				q := raw[i]
				j := bytes.IndexByte(raw[i+1:], q)
				if j < 0 {
					return "", false
				}
				val, i = raw[i+1:i+1+j], i+2+j
			} else {
				start := i
				for i < len(raw) && !isTagSpace(raw[i]) && raw[i] != '>' {
					i++
				}
				val = raw[start:i]
			}
		}
		if strings.EqualFold(string(key), name) {
			return string(val), true
		}
	}
	return "", false
}

// isTagSpace reports whether c is white space between a tag's attributes.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
