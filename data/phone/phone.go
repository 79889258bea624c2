// Package phone normalises telephone numbers so that the forms people
// write ("8 (495) 123-45-67", "+7 495 123 45 67", "+74951234567") compare
// equal. Numbers without a country code are read as Russian ones.
package phone

import (
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// DefaultRegion is the region of numbers written without a country code.
const DefaultRegion = "RU"

// Normalize returns the number in E.164 form ("+74951234567"), or, when
// it cannot be read as a phone number, its digits alone (a leading "+"
// kept), so that two spellings of the same unknown number still match.
// It returns "" for text without digits.
func Normalize(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if n, err := phonenumbers.Parse(s, DefaultRegion); err == nil && phonenumbers.IsPossibleNumber(n) {
		return phonenumbers.Format(n, phonenumbers.E164)
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
