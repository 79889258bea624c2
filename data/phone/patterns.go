package phone

import (
	"regexp"
	"sync"
)

// The expressions below are libphonenumber's own (as ported to Go by
// github.com/nyaruka/phonenumbers), kept character for character so that
// a number is accepted, and its extension found, exactly as before. They
// are compiled on first use, not at start.
const (
	// validPunctuation is what may separate digits: dashes, spaces of
	// every width, dots, slashes, brackets, tildes and the "x" some
	// countries write for a carrier code.
	validPunctuation = "-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F " +
		"\u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D." +
		"\\[\\]/~\u2053\u223C\uFF5E"
	digitClass = `\p{Nd}`
	validAlpha = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	plusChars  = "+\uFF0B"

	// validPhoneNumber is two digits alone, or three or more digits among
	// punctuation, stars and letters, after any plus signs.
	validPhoneNumber = digitClass + "{2}|" +
		"[" + plusChars + "]*(?:[" + validPunctuation + "*]*" + digitClass + "){3,}[" +
		validPunctuation + "*" + validAlpha + digitClass + "]*"

	sepBeforeExtLabel  = "[ \u00A0\\t,]*"
	charsAfterExtLabel = "[:\\.\uFF0E]?[ \u00A0\\t,-]*"
	extSuffix          = "#?"
	explicitExtLabels  = "(?:e?xt(?:ensi(?:o\u0301?|\u00F3))?n?|" +
		"\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)"
	ambiguousExtLabels = "(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)"

	// extPatterns is every way of writing an extension: ";ext=", explicit
	// labels ("ext.", "доб."), one-character labels ("x", "#"), a trailing
	// "- 503#", and ",," or ";" for dialling after connection.
	extPatterns = ";ext=(" + digitClass + "{1,20})|" +
		sepBeforeExtLabel + explicitExtLabels + charsAfterExtLabel + "(" + digitClass + "{1,20})" + extSuffix + "|" +
		sepBeforeExtLabel + ambiguousExtLabels + charsAfterExtLabel + "(" + digitClass + "{1,9})" + extSuffix + "|" +
		"[- ]+(" + digitClass + "{1,6})#|" +
		"[ \u00A0\\t]*(?:,{2}|;)" + charsAfterExtLabel + "(" + digitClass + "{1,15})" + extSuffix + "|" +
		"[ \u00A0\\t]*(?:,)+" + charsAfterExtLabel + "(" + digitClass + "{1,9})" + extSuffix

	// unwantedEnd is libphonenumber's "trailing non-alphanumerics" in Java
	// syntax; Go's syntax reads it as one character, "&&", one character
	// other than "#" and closing brackets at the end, and so does this
	// package, since that is what the number was parsed with before.
	unwantedEnd = "[[\\P{N}&&\\P{L}]&&[^#]]+$"

	rfc3966PhoneDigit = "(" + digitClass + "|[\\-\\.\\(\\)]?)"
	rfc3966Global     = "^\\+" + rfc3966PhoneDigit + "*" + digitClass + rfc3966PhoneDigit + "*$"
	alphanum          = validAlpha + digitClass
	rfc3966Domain     = "^([" + alphanum + "]+((\\-)*[" + alphanum + "])*\\.)*" +
		"[" + validAlpha + "]+((\\-)*[" + alphanum + "])*\\.?$"
)

// lazyRE is a regular expression compiled the first time it is used.
type lazyRE struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// get returns the compiled expression.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// The expressions, compiled on first use.
var (
	validNumberRE   = lazyRE{expr: "(?i)^(" + validPhoneNumber + "(?:" + extPatterns + ")?)$"}
	extensionRE     = lazyRE{expr: "(?i)(?:" + extPatterns + ")$"}
	unwantedEndRE   = lazyRE{expr: unwantedEnd}
	globalContextRE = lazyRE{expr: rfc3966Global}
	domainContextRE = lazyRE{expr: rfc3966Domain}
)
