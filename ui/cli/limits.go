package cli

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on what the command line accepts, checked before any matching
// or search: a name longer than any in a catalog, or a search text longer
// than a page, is a mistake, and matching it would only take time.
const (
	maxNameRunes   = 200  // --responsible, --contact, --subject, attr:NAME
	maxSearchRunes = 500  // --search
	minYear        = 1900 // dates outside [minYear, maxYear] are refused
	maxYear        = 2200
	maxPathBytes   = 4096 // --db
)

// checkName refuses a name given to --flag that is too long to be one.
func checkName(flag, name string) error {
	if n := utf8.RuneCountInString(name); n > maxNameRunes {
		return usageErrorf("--%s: the name is %d characters long; a name has at most %d", flag, n, maxNameRunes)
	}
	return nil
}

// checkSearch refuses a search text that is too long or has nothing to
// search for: no letter or digit at all.
func checkSearch(text string) error {
	if n := utf8.RuneCountInString(text); n > maxSearchRunes {
		return usageErrorf("--search: the text is %d characters long; at most %d", n, maxSearchRunes)
	}
	if text != "" && strings.IndexFunc(text, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return usageErrorf("--search %s: nothing to search for (no letters or digits)", quoted(text))
	}
	return nil
}

// checkYear refuses a date outside the years the store can order.
func checkYear(flag, text string, t time.Time) error {
	if y := t.Year(); y < minYear || y > maxYear {
		return usageErrorf("--%s %s: the year must be from %d to %d", flag, quoted(text), minYear, maxYear)
	}
	return nil
}

// quoted quotes user input for a message, cut to a readable length; the
// message's escaping happens in report.
func quoted(s string) string {
	return `"` + shorten(s, 80) + `"`
}
