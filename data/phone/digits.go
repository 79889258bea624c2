package phone

import (
	"strings"
	"unicode"
)

// normalize keeps the digits of a number, as ASCII digits where they are
// Arabic-Indic or full-width ones. A number with three or more Latin
// letters is a vanity number ("8-800-FLOWERS"): its letters become the
// digits of a telephone keypad and everything else but ASCII digits goes.
// This is libphonenumber's normalisation, quirks included: other
// decimal digits (Devanagari, Thai) are kept as they are, and a number
// containing a line break is never read as a vanity number.
func normalize(number string) string {
	var b strings.Builder
	b.Grow(len(number))
	if isVanity(number) {
		for _, r := range number {
			switch u := unicode.ToUpper(r); {
			case u >= '0' && u <= '9':
				b.WriteRune(u)
			case u >= 'A' && u <= 'Z':
				b.WriteByte(keypad[u-'A'])
			}
		}
		return b.String()
	}
	for _, r := range number {
		if unicode.IsDigit(r) {
			b.WriteRune(asciiDigit(r))
		}
	}
	return b.String()
}

// keypad holds the digit of each letter A–Z on a telephone keypad.
const keypad = "22233344455566677778889999"

// isVanity reports whether s has at least three ASCII letters and no
// line break.
func isVanity(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n':
			return false
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		}
	}
	return letters >= 3
}

// asciiDigit returns the ASCII digit an Arabic-Indic, Eastern
// Arabic-Indic or full-width digit stands for, and any other rune as it is.
func asciiDigit(r rune) rune {
	switch {
	case r >= '\u0660' && r <= '\u0669':
		return '0' + r - '\u0660'
	case r >= '\u06F0' && r <= '\u06F9':
		return '0' + r - '\u06F0'
	case r >= '\uFF10' && r <= '\uFF19':
		return '0' + r - '\uFF10'
	}
	return r
}
