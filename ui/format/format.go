package format

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// DateTime writes t in the date format of the interface language
// (ru 02.01.2006 15:04, en 2006-01-02 15:04), in local time; "" for zero.
func DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Local().Format(lang.X("format.datetime", "2006-01-02 15:04"))
}

// Count writes n with the digit grouping of the interface language:
// 12,345 in English, 12 345 (a no-break space) in Russian.
func Count(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	sep := lang.X("format.thousands", ",")
	out := make([]byte, 0, len(s)+len(s)/3*len(sep)+1)
	if neg {
		out = append(out, '-')
	}
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep...)
		}
		out = append(out, s[i])
	}
	return string(out)
}

// Decimal writes a number written with a decimal point (as strconv and
// fmt write it) with the decimal sign of the interface language: 1.5 in
// English, 1,5 in Russian.
func Decimal(s string) string {
	return strings.Replace(s, ".", lang.X("format.decimal", "."), 1)
}

// InteractionCount is the line "N interactions" with the plural form of the language.
func InteractionCount(n int) string {
	return lang.XN("list.count", "{{.count}} interactions", n, map[string]any{"Count": Count(n)})
}

// SampleDate is a date with the widest digits, to measure date columns.
var SampleDate = time.Date(2028, 12, 28, 20, 58, 0, 0, time.Local)

// TypeTitle is the name of an interaction type.
func TypeTitle(t data.InteractionType) string {
	switch t {
	case data.TypeMeeting:
		return lang.X("type.meeting", "Meeting")
	case data.TypePlanned:
		return lang.X("type.planned", "Planned interaction")
	case data.TypeCall:
		return lang.X("type.call", "Phone call")
	case data.TypeSMS:
		return lang.X("type.sms", "SMS message")
	case data.TypeEmail:
		return lang.X("type.email", "E-mail")
	}
	return t.String()
}
