package data

import (
	"net/mail"
	"strings"
	"unicode"
)

// Fold lower-cases s and writes ё as е, the form in which text is indexed
// and compared.
func Fold(s string) string {
	return strings.Map(func(r rune) rune {
		r = unicode.ToLower(r)
		if r == 'ё' {
			return 'е'
		}
		return r
	}, s)
}

// ValidEmail reports whether s is a single plain e-mail address
// ("name@example.com", optionally with a display name).
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
