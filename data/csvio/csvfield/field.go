// Package csvfield writes one field of a CSV record as encoding/csv does,
// from a string or from bytes, without the rest of a CSV package: the
// command line's list links it alone.
package csvfield

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
	if hasSpecialByte(field, comma) {
		return true
	}
	if c := field[0]; c < utf8.RuneSelf {
		return unicode.IsSpace(rune(c))
	}
	r, _ := utf8.DecodeRuneInString(string(field[:min(len(field), utf8.UTFMax)]))
	return unicode.IsSpace(r)
}

// Bytes repeated in each byte of a word, for hasSpecialByte.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// hasSpecialByte reports whether field holds comma, '"', '\r' or '\n'.
// It tests eight bytes at a time: a byte of x equals c when the same byte
// of x^(c*ones) is zero, and a word w has a zero byte exactly when
// (w-ones) &^ w & highs is not zero. A field of eight bytes or more ends
// with its last eight, which may overlap the word before. The list's and
// the export's texts are long and seldom hold one, so this is most of a
// field's cost.
func hasSpecialByte[T string | []byte](field T, comma byte) bool {
	if len(field) < 8 {
		for i := 0; i < len(field); i++ {
			switch field[i] {
			case comma, '"', '\r', '\n':
				return true
			}
		}
		return false
	}
	c := ones * uint64(comma)
	special := func(i int) bool {
		x := uint64(field[i]) | uint64(field[i+1])<<8 | uint64(field[i+2])<<16 | uint64(field[i+3])<<24 |
			uint64(field[i+4])<<32 | uint64(field[i+5])<<40 | uint64(field[i+6])<<48 | uint64(field[i+7])<<56
		a, q, r, n := x^c, x^(ones*'"'), x^(ones*'\r'), x^(ones*'\n')
		return ((a-ones)&^a|(q-ones)&^q|(r-ones)&^r|(n-ones)&^n)&highs != 0
	}
	last := len(field) - 8
	for i := 0; i < last; i += 8 {
		if special(i) {
			return true
		}
	}
	return special(last)
}
