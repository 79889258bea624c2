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

// Tokens splits text into folded search words (letters and digits, two or
// more characters), without repeats. Phone-like numbers also yield their
// digits run together, with and without a leading 7 or 8.
func Tokens(texts ...string) []string {
	seen := make(map[string]struct{}, 32)
	var out []string
	add := func(w string) {
		if len(w) > maxTokenLen {
			w = w[:maxTokenLen]
			for len(w) > 0 && !utf8Valid(w) {
				w = w[:len(w)-1]
			}
		}
		if len([]rune(w)) < 2 || len(out) >= maxTokens {
			return
		}
		if _, ok := seen[w]; ok {
			return
		}
		seen[w] = struct{}{}
		out = append(out, w)
	}
	for _, t := range texts {
		if t == "" {
			continue
		}
		for w := range strings.FieldsFuncSeq(Fold(t), isSeparator) {
			add(w)
		}
		if d := Digits(t); len(d) >= 7 && ValidPhone(t) {
			add(d)
			if len(d) == 11 && (d[0] == '7' || d[0] == '8') {
				add(d[1:])
			}
		}
	}
	return out
}

// QueryWords splits a search text into folded words; each must be a
// prefix of some indexed word of a matching interaction.
func QueryWords(q string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(Fold(q), isSeparator) {
		if len(w) > maxTokenLen {
			w = w[:maxTokenLen]
		}
		out = append(out, w)
	}
	return out
}

func isSeparator(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }
