package cli

import (
	"unicode"
	"unicode/utf8"
)

// appendCSVField appends one field of a CSV record to b exactly as
// encoding/csv's Writer writes it with its defaults (comma, "\n" line
// ends): quoted when it holds a comma, a quote, "\r" or "\n", starts with
// a space character, or is `\.`; quotes inside doubled, nothing else
// changed.
func appendCSVField[T string | []byte](b []byte, field T) []byte {
	if !csvNeedsQuotes(field) {
		return append(b, field...)
	}
	b = append(b, '"')
	for {
		i := 0
		for i < len(field) && field[i] != '"' {
			i++
		}
		b = append(b, field[:i]...)
		if i == len(field) {
			break
		}
		b = append(b, '"', '"')
		field = field[i+1:]
	}
	return append(b, '"')
}

// csvNeedsQuotes is encoding/csv's rule for quoting a field.
func csvNeedsQuotes[T string | []byte](field T) bool {
	if len(field) == 0 {
		return false
	}
	if len(field) == 2 && field[0] == '\\' && field[1] == '.' {
		return true
	}
	for i := 0; i < len(field); i++ {
		if csvSpecial[field[i]] {
			return true
		}
	}
	if c := field[0]; c < utf8.RuneSelf {
		return unicode.IsSpace(rune(c))
	}
	r, _ := utf8.DecodeRuneInString(string(field[:min(len(field), utf8.UTFMax)]))
	return unicode.IsSpace(r)
}

// csvSpecial marks the bytes that make encoding/csv quote a field.
var csvSpecial = [256]bool{'\n': true, '\r': true, '"': true, ',': true}
