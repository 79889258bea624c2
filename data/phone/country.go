package phone

import (
	"math/bits"
	"regexp"
	"sort"
	"sync"
)

//go:generate go run ./internal/gen

// country is what parsing needs of the main region of a country calling
// code; metadata_gen.go lists them all, taken from libphonenumber.
type country struct {
	code      int
	lengths   uint32 // bit n set: a national number of n digits is possible
	local     uint32 // bit n set: n digits is possible for local dialling only
	prefix    string // national prefix for parsing, a regular expression
	transform string // replacement for the prefix's match; "" removes it
	pattern   string // every national number of the country matches it

	once             sync.Once
	prefixRE, fullRE *regexp.Regexp
}

// lookup returns the country of a calling code, or nil for a code that
// is not assigned.
func lookup(code int) *country {
	i := sort.Search(len(countries), func(i int) bool { return countries[i].code >= code })
	if i < len(countries) && countries[i].code == code {
		return &countries[i]
	}
	return nil
}

// compile builds the country's expressions on first use, anchored as
// libphonenumber anchors them.
func (c *country) compile() {
	c.once.Do(func() {
		if c.prefix != "" {
			c.prefixRE = regexp.MustCompile("^(?:" + c.prefix + ")")
		}
		c.fullRE = regexp.MustCompile("^(?:" + c.pattern + ")$")
	})
}

// matches reports whether n is a national number of the country by its
// general pattern.
func (c *country) matches(n string) bool {
	c.compile()
	return c.fullRE.MatchString(n)
}

// fit is how a national number's length fits a country's possible lengths.
type fit int

const (
	possible fit = iota
	localOnly
	tooShort
	tooLong
	invalidLength
)

// fit tells how n digits fit the country's lengths, checking in the order
// libphonenumber's testNumberLength does.
func (c *country) fit(n int) fit {
	if c.lengths == 0 {
		return invalidLength
	}
	if n < 32 && c.local>>n&1 == 1 {
		return localOnly
	}
	lo, hi := bits.TrailingZeros32(c.lengths), 31-bits.LeadingZeros32(c.lengths)
	switch {
	case n == lo:
		return possible
	case n < lo:
		return tooShort
	case n > hi:
		return tooLong
	case c.lengths>>n&1 == 1:
		return possible
	}
	return invalidLength
}

// isPossible reports whether a national significant number has a possible
// length in the country (libphonenumber's IsPossibleNumber).
func (c *country) isPossible(nsn string) bool {
	if c.pattern == "" {
		return len(nsn) >= minNSN && len(nsn) <= maxNSN
	}
	f := c.fit(len(nsn))
	return f == possible || f == localOnly
}

// stripNationalPrefix removes the national prefix (and any carrier code)
// from the start of a national number, or rewrites it by the country's
// transform rule, unless the number was valid with it and would not be
// without it.
func (c *country) stripNationalPrefix(n string) string {
	if n == "" || c.prefix == "" {
		return n
	}
	c.compile()
	loc := c.prefixRE.FindStringSubmatchIndex(n)
	if loc == nil {
		return n
	}
	valid := c.fullRE.MatchString(n)
	last := len(loc)/2 - 1
	if c.transform == "" || loc[last*2] < 0 {
		if valid && !c.fullRE.MatchString(n[loc[1]:]) {
			return n
		}
		return n[loc[1]:]
	}
	t := c.prefixRE.ReplaceAllString(n, c.transform)
	if valid && !c.fullRE.MatchString(t) {
		return n
	}
	return t
}
