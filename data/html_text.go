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
// inline elements such as links add no space of their own.
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
			w.start(a)
		case nethtml.SelfClosingTagToken:
			w.start(a)
			w.end(a)
		case nethtml.EndTagToken:
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
	for rest := raw; ; {
		i := indexFold(rest, "display")
		if i < 0 {
			return false
		}
		rest = rest[i+len("display"):]
		v := bytes.TrimLeft(rest, " \t\r\n")
		if len(v) == 0 || v[0] != ':' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n")
		if len(v) >= 4 && strings.EqualFold(string(v[:4]), "none") {
			return true
		}
	}
}

// indexFold is the index of the ASCII word w in b, in any case; -1 when
// b has none.
func indexFold(b []byte, w string) int {
	for i := 0; i+len(w) <= len(b); i++ {
		if strings.EqualFold(string(b[i:i+len(w)]), w) {
			return i
		}
	}
	return -1
}
