package phone

import (
	"strings"
	"unicode"
)

// isViable reports whether s looks like a phone number at all: enough
// digits, and only separators, letters and an extension besides.
func isViable(s string) bool {
	if len(s) < minNSN {
		return false
	}
	if viable, sure := plainViable(s); sure {
		return viable
	}
	return validNumberRE.get().MatchString(s)
}

// plainViable decides what validNumberRE would for s without running it
// where s has only plus signs, separators, stars, letters and digits (any
// extension in it then belongs to the number's tail): two digits alone,
// or plus signs, then three digits with only separators and stars
// before them, then no plus sign. sure is false for other text.
func plainViable(s string) (viable, sure bool) {
	digits, runes, ok := 0, 0, true
	lead := true
	for _, r := range s {
		runes++
		if lead && isPlus(r) {
			continue
		}
		lead = false
		switch {
		case unicode.IsDigit(r):
			digits++
		case isSeparator(r) || r == '*':
		case isLetter(r):
			ok = ok && digits >= 3
		case isPlus(r):
			ok = false
		default:
			return false, false
		}
	}
	if runes == 2 && digits == 2 {
		return true, true
	}
	return ok && digits >= 3, true
}

// isSeparator reports whether r is in validPunctuation, where the
// expression's (?i) lets "X" pass as well as "x".
func isSeparator(r rune) bool {
	switch r {
	case '-', 'x', 'X', '\u2212', '\u30fc', ' ', '\u00a0', '\u00ad', '\u200b', '\u2060', '\u3000', '(', ')',
		'\uff08', '\uff09', '\uff3b', '\uff3d', '.', '[', ']', '/', '~', '\u2053', '\u223c', '\uff5e':
		return true
	}
	return r >= '\u2010' && r <= '\u2015' || r >= '\uff0d' && r <= '\uff0f'
}

// isLetter reports whether r is in validAlpha under (?i): the Latin
// letters, the long s and the Kelvin sign.
func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\u017f' || r == '\u212a'
}

// stripExtension returns the number without its extension ("доб. 12",
// "ext 5", "x5", ";ext=5"), if what precedes the extension is viable.
func stripExtension(s string) string {
	if !mayHaveExtension(s) {
		return s
	}
	loc := extensionRE.get().FindStringSubmatchIndex(s)
	if loc == nil || !isViable(s[:loc[0]]) {
		return s
	}
	for g := 2; g < len(loc); g += 2 {
		if loc[g+1] > loc[g] {
			return s[:loc[0]]
		}
	}
	return s
}

// mayHaveExtension reports whether s has a character that every way of
// writing an extension needs: the "x" of "ext", "x" and "anexo", the "i"
// of "int", the "д" of "доб" (each in any case, full-width too), "#",
// "~", "," or ";". It spares most numbers the costly expression.
func mayHaveExtension(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool {
		switch r {
		case 'x', 'X', 'i', 'I', 'д', 'Д', '\u1c81', 'ｘ', 'Ｘ', 'ｉ', 'Ｉ', '#', '＃', '~', '～', ',', ';':
			return true
		}
		return false
	})
}
