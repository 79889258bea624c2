package data

import (
	"html"
	"strings"
)

// htmlSearchText is the text of an HTML body that the search index reads
// when an e-mail has no plain-text body. It is not HTMLText, which shows
// the body: the words of every file's index were made with this one, and
// check holds each interaction's stored words to what derive gives now,
// so a change here needs a schema upgrade that indexes those e-mails
// again. What it keeps beyond HTMLText (a title, a hidden preview line,
// bits of an attribute that holds '>') only lets a search find more.
//
// It was three regular expressions; these are their matches written out
// (html_search_text_test.go holds them to the expressions), so that the
// command line's list does not link package regexp, whose Unicode tables
// every process start would build.
func htmlSearchText(body string) string {
	text := html.UnescapeString(replaceTags(replaceBreaks(body)))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.TrimSpace(collapseBlankLines(strings.Join(lines, "\n")))
}

// replaceBreaks puts "\n" for each <br>, <br/> and end tag of a block
// (p, div, li, tr, h1–h6), in any case: `(?i)<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>`.
func replaceBreaks(s string) string {
	return replaceEach(s, '<', "\n", breakLen)
}

// breakLen is the length of the break tag at the start of s, or 0.
func breakLen(s string) int {
	j := 0
	switch {
	case len(s) >= 3 && lowerASCII(s[1]) == 'b' && lowerASCII(s[2]) == 'r':
		j = skipRESpace(s, 3)
		if j < len(s) && s[j] == '/' {
			j++
		}
	case len(s) >= 3 && s[1] == '/':
		j = blockEndNameEnd(s)
		if j == 0 {
			return 0
		}
		j = skipRESpace(s, j)
	default:
		return 0
	}
	if j < len(s) && s[j] == '>' {
		return j + 1
	}
	return 0
}

// blockEndNameEnd returns where the block name after "</" at the start of
// s ends, or 0 when none is there.
func blockEndNameEnd(s string) int {
	switch lowerASCII(s[2]) {
	case 'p':
		return 3
	case 'd':
		if len(s) >= 5 && lowerASCII(s[3]) == 'i' && lowerASCII(s[4]) == 'v' {
			return 5
		}
	case 'l':
		if len(s) >= 4 && lowerASCII(s[3]) == 'i' {
			return 4
		}
	case 't':
		if len(s) >= 4 && lowerASCII(s[3]) == 'r' {
			return 4
		}
	case 'h':
		if len(s) >= 4 && s[3] >= '1' && s[3] <= '6' {
			return 4
		}
	}
	return 0
}

// replaceTags puts a space for each comment, script or style element and
// tag: `(?s)<!--.*?-->|<(script|style)[^>]*>.*?</(script|style)>|<[^>]*>`,
// the first of the three that matches where a '<' stands.
func replaceTags(s string) string {
	return replaceEach(s, '<', " ", tagLen)
}

// tagLen is the length of the comment, element or tag at the start of s,
// or 0.
func tagLen(s string) int {
	if strings.HasPrefix(s, "<!--") {
		if k := strings.Index(s[4:], "-->"); k >= 0 {
			return 4 + k + 3
		}
	}
	gt := strings.IndexByte(s, '>')
	if gt < 0 {
		return 0
	}
	if strings.HasPrefix(s[1:], "script") || strings.HasPrefix(s[1:], "style") {
		if end := scriptEnd(s[gt+1:]); end >= 0 {
			return gt + 1 + end
		}
	}
	return gt + 1
}

// scriptEnd returns where the first "</script>" or "</style>" in s ends,
// or -1.
func scriptEnd(s string) int {
	end := -1
	if k := strings.Index(s, "</script>"); k >= 0 {
		end = k + len("</script>")
	}
	if k := strings.Index(s, "</style>"); k >= 0 && (end < 0 || k < end-len("</script>")) {
		end = k + len("</style>")
	}
	return end
}

// collapseBlankLines puts "\n\n" for each run of white space that holds
// two line breaks or more and starts with one: `\n\s*\n\s*`.
func collapseBlankLines(s string) string {
	return replaceEach(s, '\n', "\n\n", func(s string) int {
		end := skipRESpace(s, 1)
		if strings.IndexByte(s[1:end], '\n') < 0 {
			return 0
		}
		return end
	})
}

// replaceEach copies s with each match replaced by with: a match starts at
// a byte start and is match's length there (0: none); the search goes on
// after it.
func replaceEach(s string, start byte, with string, match func(string) int) string {
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], start)
		if k < 0 {
			break
		}
		i += k
		n := match(s[i:])
		if n == 0 {
			i++
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[done:i])
		b.WriteString(with)
		i += n
		done = i
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// skipRESpace returns the index of the first byte of s from i on that is
// not a regular expression's \s (space, \t, \n, \f, \r).
func skipRESpace(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// lowerASCII lowers an ASCII capital letter and leaves any other byte.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
