package ical

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	goical "github.com/emersion/go-ical"
)

// MaxFileBytes is the largest .ics file Read accepts.
const MaxFileBytes = 64 << 20

// LineError is a fatal error of an imported file: the line (1 is the
// first), the event when the error is in one (its number, 1 the first,
// and its summary), and what is wrong.
type LineError struct {
	Line    int
	Event   int
	Summary string
	Err     error
}

func (e *LineError) Error() string {
	where := fmt.Sprintf("line %d", e.Line)
	if e.Event > 0 {
		where = fmt.Sprintf("event %d (line %d", e.Event, e.Line)
		if e.Summary != "" {
			where += fmt.Sprintf(", %q", shorten(e.Summary))
		}
		where += ")"
	}
	return where + ": " + e.Err.Error()
}

func (e *LineError) Unwrap() error { return e.Err }

func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:59]) + "…"
}

// decoded is a file's calendars and the first line of each of its
// VEVENTs, in order.
type decoded struct {
	cals       []*goical.Calendar
	eventLines []int
}

// decode checks the file's lines and components, naming the first bad
// line, then decodes it with go-ical. A file may hold several
// VCALENDARs one after another.
func decode(r io.Reader) (*decoded, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > MaxFileBytes {
		return nil, fmt.Errorf("the file is larger than %d MiB", MaxFileBytes>>20)
	}
	raw = bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
	if !utf8.Valid(raw) {
		return nil, errors.New("the file is not UTF-8 text, as iCalendar must be")
	}
	d := &decoded{}
	if err := d.checkLines(raw); err != nil {
		return nil, err
	}
	dec := goical.NewDecoder(bytes.NewReader(raw))
	for {
		cal, err := dec.Decode()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, errors.New(strings.TrimPrefix(err.Error(), "ical: "))
		}
		d.cals = append(d.cals, cal)
	}
	if len(d.cals) == 0 {
		return nil, &LineError{Line: 1, Err: errors.New("no calendar found (BEGIN:VCALENDAR missing)")}
	}
	return d, nil
}

// checkLines walks the unfolded content lines: each needs a name and a
// colon, and BEGIN and END must pair up. It notes where each VEVENT
// begins.
func (d *decoded) checkLines(raw []byte) error {
	lines := strings.Split(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
	var stack []string
	var content string
	start := 0
	flush := func() error {
		if content == "" {
			return nil
		}
		defer func() { content = "" }()
		fail := func(format string, a ...any) error {
			return &LineError{Line: start, Err: fmt.Errorf(format, a...)}
		}
		name, value, ok := splitContent(content)
		if !ok {
			return fail("%q is not a content line (NAME:value)", shorten(content))
		}
		switch strings.ToUpper(name) {
		case "BEGIN":
			v := strings.ToUpper(strings.TrimSpace(value))
			if v == "" {
				return fail("BEGIN without a component name")
			}
			if len(stack) == 0 && v != goical.CompCalendar {
				return fail("BEGIN:%s outside a VCALENDAR", shorten(v))
			}
			if len(stack) > 8 {
				return fail("components nested too deep")
			}
			if v == goical.CompEvent {
				d.eventLines = append(d.eventLines, start)
			}
			stack = append(stack, v)
		case "END":
			v := strings.ToUpper(strings.TrimSpace(value))
			if len(stack) == 0 {
				return fail("END:%s without its BEGIN", shorten(v))
			}
			if top := stack[len(stack)-1]; top != v {
				return fail("END:%s where END:%s was expected", shorten(v), top)
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				return fail("%s outside a VCALENDAR", shorten(name))
			}
		}
		return nil
	}
	for i, l := range lines {
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if content == "" {
				return &LineError{Line: i + 1, Err: errors.New("a continuation line with no line before it")}
			}
			content += l[1:]
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		content, start = l, i+1
	}
	if err := flush(); err != nil {
		return err
	}
	if len(stack) > 0 {
		return &LineError{Line: len(lines), Err: fmt.Errorf("the file ends inside %s (END:%s missing)", stack[len(stack)-1], stack[len(stack)-1])}
	}
	return nil
}

// splitContent splits a content line into its name and value, checking
// the parameters between them the way go-ical reads them (it panics on
// some malformed ones): NAME *(";" PARAM "=" VALUE *("," VALUE)) ":" value,
// a VALUE quoted or free of quotes, commas, semicolons and colons.
func splitContent(l string) (name, value string, ok bool) {
	isName := func(b byte) bool {
		return b == '-' || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
	}
	i := 0
	for i < len(l) && isName(l[i]) {
		i++
	}
	if i == 0 || i == len(l) {
		return "", "", false
	}
	name = l[:i]
	for l[i] == ';' {
		i++
		at := i
		for i < len(l) && isName(l[i]) {
			i++
		}
		if i == at || i == len(l) || l[i] != '=' {
			return "", "", false
		}
		for {
			i++
			if i < len(l) && l[i] == '"' {
				end := strings.IndexByte(l[i+1:], '"')
				if end < 0 {
					return "", "", false
				}
				i += end + 2
			} else {
				for i < len(l) && !strings.ContainsRune("\",;:", rune(l[i])) {
					i++
				}
			}
			if i == len(l) {
				return "", "", false
			}
			if l[i] != ',' {
				break
			}
		}
		if l[i] != ';' && l[i] != ':' {
			return "", "", false
		}
	}
	if l[i] != ':' {
		return "", "", false
	}
	return name, l[i+1:], true
}
