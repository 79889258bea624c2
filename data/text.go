package data

import (
	"strings"
	"unicode"
	"unicode/utf8"

	mail "interactions/internal/thirdparty/netmail"
)

// Fold lower-cases s and writes ё as е, the form in which text is indexed
// and compared: unicode.ToLower rune by rune, as strings.Map applies it
// (a byte that is not UTF-8 becomes U+FFFD). ASCII and the Russian
// letters are folded byte by byte, since names are compared by the ten
// thousand when a name is looked up; s itself comes back when it is
// folded already.
func Fold(s string) string {
	var b []byte // the folded bytes, from the first change on
	for i := 0; i < len(s); {
		f, size, same := foldAt(s, i)
		if !same && b == nil {
			b = append(make([]byte, 0, len(s)+utf8.UTFMax), s[:i]...)
		}
		if b != nil {
			b = utf8.AppendRune(b, f)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}

// FoldEqual reports whether Fold(s) is folded, without making Fold(s):
// it stops at the first rune that differs.
func FoldEqual(s, folded string) bool {
	var buf [utf8.UTFMax]byte
	j := 0
	for i := 0; i < len(s); {
		f, size, _ := foldAt(s, i)
		n := utf8.EncodeRune(buf[:], f)
		if j+n > len(folded) || folded[j:j+n] != string(buf[:n]) {
			return false
		}
		i, j = i+size, j+n
	}
	return j == len(folded)
}

// foldAt folds the rune at byte i of s: the folded rune, the bytes the
// rune takes in s, and whether the folded rune's bytes are those bytes.
func foldAt(s string, i int) (f rune, size int, same bool) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		if 'A' <= c && c <= 'Z' {
			return rune(c + 'a' - 'A'), 1, false
		}
		return rune(c), 1, true
	case (c == 0xd0 || c == 0xd1 && i+1 < len(s) && s[i+1] < 0xa0) && i+1 < len(s) && s[i+1]&0xc0 == 0x80:
		// U+0400..U+045F, the Russian letters among them.
		r := rune(c&0x1f)<<6 | rune(s[i+1]&0x3f)
		f := foldCyrillic(r)
		return f, 2, f == r
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	f = foldRune(r)
	return f, size, f == r && !(r == utf8.RuneError && size == 1)
}

// foldRune is Fold of one rune.
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r == 'ё' {
		return 'е'
	}
	return r
}

// ValidEmail reports whether s is a single plain e-mail address
// ("name@example.com", optionally with a display name), as net/mail's
// ParseAddress reads one (internal/thirdparty/netmail: its copy without
// package net, whose initialisation every start would run).
func ValidEmail(s string) bool {
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return false
	}
	at := strings.LastIndexByte(a.Address, '@')
	return at > 0 && strings.Contains(a.Address[at+1:], ".")
}

// ValidPhone reports whether s looks like a phone number: digits with the
// usual separators (+, spaces, dashes, dots, parentheses), 5 to 15 digits.
func ValidPhone(s string) bool {
	digits := 0
	for i, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '.':
		default:
			return false
		}
	}
	return digits >= 5 && digits <= 15
}

// Digits returns only the digits of s.
func Digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// maxTokens caps the words indexed for one interaction.
const maxTokens = 256

// maxTokenLen caps the length of one indexed word, in bytes.
const maxTokenLen = 32

// minTokenRunes is the shortest indexed word: shorter query words still
// find the longer words they begin.
const minTokenRunes = 3

// stopWords are frequent words that are not indexed and are left out of
// queries.
var stopWords = map[string]bool{
	"для": true, "что": true, "это": true, "как": true, "при": true, "или": true, "все": true,
	"его": true, "так": true, "уже": true, "только": true, "the": true, "and": true, "for": true,
	"with": true, "from": true, "that": true, "this": true, "are": true, "you": true, "your": true,
}

// phoneDigits returns the national digits of a phone number: a leading
// 7 or 8 of an 11-digit number is dropped.
func phoneDigits(s string) (string, bool) {
	if !ValidPhone(s) {
		return "", false
	}
	d := Digits(s)
	if len(d) == 11 && (d[0] == '7' || d[0] == '8') {
		d = d[1:]
	}
	return d, true
}

// QueryWords splits a search text into folded words; each must be a
// prefix of some indexed word of a matching interaction. A query that is
// a phone number becomes its national digits.
func QueryWords(q string) []string {
	if d, ok := phoneDigits(q); ok {
		return []string{d}
	}
	var out []string
	for w := range strings.FieldsFuncSeq(Fold(q), isSeparator) {
		if len(w) > maxTokenLen {
			w = w[:maxTokenLen]
		}
		if stopWords[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

func isSeparator(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
