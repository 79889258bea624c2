// Package phone normalises telephone numbers so that the forms people
// write ("8 (495) 123-45-67", "+7 495 123 45 67", "+74951234567") compare
// equal. Numbers without a country code are read as Russian ones.
//
// It reads numbers by libphonenumber's rules and data, as
// github.com/nyaruka/phonenumbers does, without linking that library:
// the library loads all of its metadata when the program starts (some
// 17 ms of every start), while this package carries only what reading a
// number needs, as a table generated from the library's metadata at build
// time (metadata_gen.go, "go generate"), and compiles its expressions on
// first use. The tests check it against the library itself.
package phone

import (
	"strconv"
	"strings"
)

// DefaultRegion is the region of numbers written without a country code.
const DefaultRegion = "RU"

// Normalize returns the number in E.164 form ("+74951234567"), or, when
// it cannot be read as a phone number, its digits alone (a leading "+"
// kept), so that two spellings of the same unknown number still match.
// It returns "" for text without digits.
//
// A number is read as libphonenumber reads it for DefaultRegion: any
// separators (dashes, dots, brackets, spaces of every width), text before
// the number, "+" or the Russian international prefix "810" before the
// country code, the national prefix "8", an extension ("доб. 12",
// "ext. 12", "x12", "12#"), which E.164 leaves out, a "tel:" URI, and
// letters standing for keypad digits where there are three or more. The
// number must have a possible length for its country.
func Normalize(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if code, nsn, ok := parse(s); ok && lookup(code).isPossible(nsn) {
		return "+" + strconv.Itoa(code) + nsn
	}
	var b strings.Builder
	for i, r := range s {
		if r >= '0' && r <= '9' || r == '+' && i == 0 {
			b.WriteRune(r)
		}
	}
	if strings.Trim(b.String(), "+") == "" {
		return ""
	}
	return b.String()
}
