package phone

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits libphonenumber puts on what it parses.
const (
	maxInput = 250 // bytes of input read at all
	minNSN   = 2   // digits of the shortest national significant number
	maxNSN   = 17  // digits of the longest one
	maxCode  = 3   // digits of the longest country calling code
)

// parseError is why a number cannot be read; constants, so that the
// package has nothing to set up at start.
type parseError string

// Error returns the reason.
func (e parseError) Error() string { return string(e) }

const (
	errNotNumber      parseError = "not a phone number"
	errBadCountryCode parseError = "invalid country calling code"
)

// parse reads s as libphonenumber's Parse(s, DefaultRegion) does and
// returns the country calling code and the national significant number;
// ok is false where Parse fails.
func parse(s string) (code int, nsn string, ok bool) {
	if s == "" || len(s) > maxInput {
		return 0, "", false
	}
	number, ok := numberPart(s)
	if !ok || !isViable(number) {
		return 0, "", false
	}
	number = stripExtension(number)
	code, national, err := countryCode(number)
	if err == errBadCountryCode {
		// A "+" later on may start the number: read from after it.
		if _, end := plusRun(number); end >= 0 {
			code, national, err = countryCode(number[end:])
			if err == nil && code == 0 {
				err = errBadCountryCode
			}
		}
	}
	if err != nil {
		return 0, "", false
	}
	if code == 0 {
		code, national = defaultCode, normalize(number)
	}
	c := lookup(code)
	if len(national) < minNSN {
		return 0, "", false
	}
	// The national prefix goes only if what remains has a possible length.
	stripped := c.stripNationalPrefix(national)
	if f := c.fit(len(stripped)); f == possible || f == tooLong {
		national = stripped
	}
	if len(national) < minNSN || len(national) > maxNSN {
		return 0, "", false
	}
	return code, significant(national), true
}

// numberPart returns the part of s that may be a number: for an RFC 3966
// URI with a phone-context, the number with a global context prepended;
// otherwise s from its first digit or plus sign. An ISDN subaddress is
// cut off. It fails on a phone-context that is not valid.
func numberPart(s string) (string, bool) {
	const contextKey = ";phone-context="
	var number string
	at := strings.Index(s, contextKey)
	if at >= 0 {
		context := s[at+len(contextKey):]
		if end := strings.IndexByte(context, ';'); end >= 0 {
			context = context[:end]
		}
		if context == "" || !globalContextRE.get().MatchString(context) && !domainContextRE.get().MatchString(context) {
			return "", false
		}
		if at > 0 {
			if context[0] == '+' {
				number = context
			}
			start := 0
			if t := strings.Index(s, "tel:"); t >= 0 && t < at {
				start = t + len("tel:")
			}
			number += s[start:at]
		}
	}
	if at <= 0 {
		number = possibleNumber(s)
	}
	if i := strings.Index(number, ";isub="); i > 0 {
		number = number[:i]
	}
	return number, true
}

// possibleNumber returns s from its first digit or plus sign, without a
// second number written after a slash and "x" ("x302/x2303").
func possibleNumber(s string) string {
	start := strings.IndexFunc(s, func(r rune) bool {
		return r == '+' || r == '＋' || unicode.IsDigit(r)
	})
	if start < 0 {
		return ""
	}
	s = s[start:]
	if strings.HasSuffix(s, "]") {
		if loc := unwantedEndRE.get().FindStringIndex(s); loc != nil {
			s = s[:loc[0]]
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' && s[i] != '/' {
			continue
		}
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j < len(s) && s[j] == 'x' {
			return s[:i]
		}
	}
	return s
}

// plusRun returns where the first run of plus signs in s starts and
// ends, or -1, -1.
func plusRun(s string) (start, end int) {
	start = strings.IndexFunc(s, isPlus)
	if start < 0 {
		return -1, -1
	}
	end = strings.IndexFunc(s[start:], func(r rune) bool { return !isPlus(r) })
	if end < 0 {
		return start, len(s)
	}
	return start, start + end
}

// isPlus reports whether r is a plus sign, ASCII or full-width.
func isPlus(r rune) bool { return r == '+' || r == '＋' }

// countryCode splits a country calling code off a number written with a
// plus sign, with the international prefix of DefaultRegion, or with the
// default region's own code where the rest is a better national number.
// It returns code 0 and no national number for a number written in the
// national form, and an error for an unknown code after a plus or prefix.
func countryCode(number string) (code int, national string, err error) {
	if number == "" {
		return 0, "", nil
	}
	full, international := stripInternationalPrefix(number)
	if international {
		if len(full) <= minNSN {
			return 0, "", errNotNumber
		}
		for i := 1; i <= maxCode && i <= len(full) && full[0] != '0'; i++ {
			if c, _ := strconv.Atoi(full[:i]); lookup(c) != nil {
				return c, full[i:], nil
			}
		}
		return 0, "", errBadCountryCode
	}
	own := strconv.Itoa(defaultCode)
	if strings.HasPrefix(full, own) {
		c := lookup(defaultCode)
		rest := c.stripNationalPrefix(full[len(own):])
		if !c.matches(full) && c.matches(rest) || c.fit(len(full)) == tooLong {
			return defaultCode, rest, nil
		}
	}
	return 0, "", nil
}

// stripInternationalPrefix normalises a number and removes the plus
// signs or the international prefix of DefaultRegion before it, telling
// whether it found either. The prefix stays where a "0" follows it, as
// no country calling code starts with 0.
func stripInternationalPrefix(number string) (string, bool) {
	if start, end := plusRun(number); start == 0 {
		return normalize(number[end:]), true
	}
	full := normalize(number)
	if !strings.HasPrefix(full, defaultIDD) {
		return full, false
	}
	rest := full[len(defaultIDD):]
	if i := strings.IndexFunc(rest, unicode.IsDigit); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(rest[i:]); asciiDigit(r) == '0' {
			return full, false
		}
	}
	return rest, true
}

// significant returns the national significant number libphonenumber
// keeps of a national number: its leading zeros (all but a last one)
// and the value of the rest, 0 where it has digits other than ASCII.
func significant(national string) string {
	v, _ := strconv.ParseUint(national, 10, 64)
	value := strconv.FormatUint(v, 10)
	if len(national) < 2 || national[0] != '0' {
		return value
	}
	zeros := 1
	for zeros < len(national)-1 && national[zeros] == '0' {
		zeros++
	}
	return strings.Repeat("0", zeros) + value
}
