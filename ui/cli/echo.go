package cli

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxMessage caps a message line, in runes: a long argument echoed back
// is cut in the middle.
const maxMessage = 600

// printable makes a message safe for a terminal: control characters and
// bytes that are not UTF-8 are shown escaped (\x1b, \u202e), and a line
// longer than maxMessage runes is cut in the middle.
func printable(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x80 && unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	out := b.String()
	if n := utf8.RuneCountInString(out); n > maxMessage {
		r := []rune(out)
		out = string(r[:maxMessage/2]) + fmt.Sprintf(" …(%d characters left out)… ", n-maxMessage) + string(r[n-maxMessage/2:])
	}
	return out
}

// shellQuote quotes a path for a command the user may copy, when needed.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("/._-+:=,@%", r)))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
