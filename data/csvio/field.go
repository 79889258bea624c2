package csvio

import (
	"unicode"
	"unicode/utf8"
)

// AppendField appends one field of a CSV record to b exactly as
// encoding/csv's Writer writes it with the ASCII separator comma and "\n"
// line ends: quoted when it holds the separator, a quote, "\r" or "\n",
// starts with a space character, or is `\.`; quotes inside doubled,
// nothing else changed. It takes bytes as they are, so that a row's
// texts need no string each.
func AppendField[T string | []byte](b []byte, field T, comma byte) []byte {
	if !needsQuotes(field, comma) {
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

// needsQuotes is encoding/csv's rule for quoting a field.
func needsQuotes[T string | []byte](field T, comma byte) bool {
	if len(field) == 0 {
		return false
	}
	if len(field) == 2 && field[0] == '\\' && field[1] == '.' {
		return true
	}
	for i := 0; i < len(field); i++ {
		switch field[i] {
		case comma, '"', '\r', '\n':
			return true
		}
	}
	if c := field[0]; c < utf8.RuneSelf {
		return unicode.IsSpace(rune(c))
	}
	r, _ := utf8.DecodeRuneInString(string(field[:min(len(field), utf8.UTFMax)]))
	return unicode.IsSpace(r)
}
