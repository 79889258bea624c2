package data

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// htmlTextWriter gathers the text of HTMLText: words with one space
// between them, and the line breaks and bullets the elements ask for.
type htmlTextWriter struct {
	b      strings.Builder
	space  bool   // a space is due before the next word
	breaks int    // line ends due before the next word: 1 a new line, 2 a blank line
	pre    int    // how many <pre> are open: their text is kept as it is
	bullet bool   // a list item's bullet is due before the next word
	cell   bool   // a table cell has text in this row: the next one is set apart
	href   string // the address of the open link; "" for none to show
	hrefAt int    // where the text of the open link starts in b
}

// linkStart opens a link to href ("" for none to show).
func (w *htmlTextWriter) linkStart(href string) {
	w.linkEnd() // a link left open ends where the next starts
	w.href, w.hrefAt = href, w.b.Len()
}

// linkEnd closes the open link: its address after its text, unless the
// text says it already (or the link has no text).
func (w *htmlTextWriter) linkEnd() {
	href := w.href
	w.href = ""
	if href == "" || w.b.Len() <= w.hrefAt {
		return
	}
	text := strings.TrimSpace(w.b.String()[w.hrefAt:])
	if text == "" || sameAddress(text, href) {
		return
	}
	space := w.space
	w.space = true
	w.flush()
	w.b.WriteString("<" + href + ">")
	w.space = space
}

// sameAddress reports whether a link's text is its address, perhaps
// without the scheme ("mailto:", "https://") or a final '/'.
func sameAddress(text, href string) bool {
	trim := func(s string) string {
		s = strings.TrimSuffix(strings.ToLower(s), "/")
		for _, p := range []string{"mailto:", "tel:", "https://", "http://", "ftp://", "www."} {
			s = strings.TrimPrefix(s, p)
		}
		return s
	}
	return trim(text) == trim(href)
}

// start is the start tag of a.
func (w *htmlTextWriter) start(a atom.Atom) {
	switch a {
	case atom.Br:
		w.lineEnd()
	case atom.Li:
		w.newLine(1)
		w.bullet = true
	case atom.Tr:
		w.newLine(1)
		w.cell = false
	case atom.Td, atom.Th:
		if w.cell {
			w.space = true
		}
	case atom.Pre:
		w.newLine(2)
		w.pre++
	default:
		if n := blockLines(a); n > 0 {
			w.newLine(n)
		}
	}
}

// end is the end tag of a.
func (w *htmlTextWriter) end(a atom.Atom) {
	switch a {
	case atom.Pre:
		if w.pre > 0 {
			w.pre--
		}
		w.newLine(2)
	case atom.Li, atom.Tr:
		w.newLine(1)
	case atom.Td, atom.Th:
		w.space = w.cell
	default:
		if n := blockLines(a); n > 0 {
			w.newLine(n)
		}
	}
}

// blockLines is how an element stands apart from the text about it: 2 on
// a paragraph of its own, 1 on lines of its own, 0 in the line.
func blockLines(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Ul, atom.Ol, atom.Dl, atom.Table, atom.Hr:
		return 2
	case atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Nav,
		atom.Aside, atom.Address, atom.Center, atom.Form, atom.Fieldset, atom.Dt, atom.Dd,
		atom.Caption, atom.Figure, atom.Figcaption, atom.Body, atom.Html:
		return 1
	}
	return 0
}

// newLine asks for n line ends (1 or 2) before the next word; none at
// the start of the text.
func (w *htmlTextWriter) newLine(n int) {
	w.breaks = max(w.breaks, n)
	w.space = false
}

// lineEnd is a <br>: one more line end, up to a blank line.
func (w *htmlTextWriter) lineEnd() {
	w.breaks = min(w.breaks+1, 2)
	w.space = false
}

// write adds the text of a text token.
func (w *htmlTextWriter) write(s string) {
	if w.pre > 0 {
		w.flush()
		w.b.WriteString(strings.ReplaceAll(s, "\r\n", "\n"))
		return
	}
	lead := s != "" && isHTMLSpace(rune(s[0])) || strings.HasPrefix(s, "\u00a0")
	if lead {
		w.space = true
	}
	words := strings.Fields(s) // a no-break space is a space here too
	if len(words) == 0 {
		return
	}
	for i, word := range words {
		if i > 0 {
			w.space = true
		}
		w.flush()
		w.b.WriteString(word)
		w.cell = true
	}
	last := s[len(s)-1]
	w.space = isHTMLSpace(rune(last)) || strings.HasSuffix(s, "\u00a0")
}

// flush writes the line ends, the bullet or the space due before a word.
func (w *htmlTextWriter) flush() {
	if w.b.Len() > 0 {
		switch {
		case w.breaks > 0:
			w.b.WriteString("\n\n"[:w.breaks])
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	if w.bullet {
		w.b.WriteString("• ")
		w.bullet = false
	}
	w.breaks, w.space = 0, false
}

// text is what was written, without space at its ends.
func (w *htmlTextWriter) text() string {
	w.linkEnd()
	return strings.TrimSpace(w.b.String())
}

// isHTMLSpace reports whether r is one of HTML's white space characters.
func isHTMLSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}
