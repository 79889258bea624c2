// Package csvio writes the interaction list, partners and contact persons
// as CSV and reads partners and contact persons back. Files are UTF-8
// with a header row; the reader takes them with or without a byte order
// mark and with ";" (what Russian Excel writes) or "," between fields.
package csvio

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// MaxFileBytes is the largest CSV file the readers accept.
const MaxFileBytes = 64 << 20

// bom is the UTF-8 byte order mark Excel writes and expects.
var bom = []byte{0xEF, 0xBB, 0xBF}

// Options say how CSV is written.
type Options struct {
	// Comma separates fields: ';' or ','; 0 means ';'.
	Comma rune
	// BOM starts the file with the UTF-8 byte order mark, so that Excel
	// reads it as UTF-8.
	BOM bool
}

func newWriter(w io.Writer, o Options) (*csv.Writer, error) {
	if o.BOM {
		if _, err := w.Write(bom); err != nil {
			return nil, err
		}
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	if o.Comma != 0 {
		cw.Comma = o.Comma
	}
	return cw, nil
}

// LineError is a fatal error of an imported file: the line (1 is the
// header), the column when one is to blame, and what is wrong.
type LineError struct {
	Line   int
	Column string
	Err    error
}

func (e *LineError) Error() string {
	if e.Column != "" {
		return fmt.Sprintf("line %d, column %s: %v", e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("line %d: %v", e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// table is a read file: its header's column positions and the rows.
type table struct {
	cols map[string]int
	rows [][]string
	line []int // the line each row starts on
}

// readTable reads a whole CSV file: BOM dropped, separator detected from
// the header line, the header checked against the known columns (each
// at most once; the required ones present).
func readTable(r io.Reader, known, required []string) (*table, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > MaxFileBytes {
		return nil, fmt.Errorf("the file is larger than %d MiB", MaxFileBytes>>20)
	}
	raw = bytes.TrimPrefix(raw, bom)
	if !utf8.Valid(raw) {
		return nil, invalidUTF8(raw)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, &LineError{Line: 1, Err: errors.New("the file is empty; it needs a header row")}
	}
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.Comma = detectComma(raw)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = false
	header, err := cr.Read()
	if err != nil {
		return nil, csvError(err)
	}
	t := &table{cols: map[string]int{}}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if !contains(known, name) {
			return nil, &LineError{Line: 1, Err: fmt.Errorf("unknown column %q (known: %s)", h, strings.Join(known, ", "))}
		}
		if _, dup := t.cols[name]; dup {
			return nil, &LineError{Line: 1, Err: fmt.Errorf("column %q appears twice", h)}
		}
		t.cols[name] = i
	}
	for _, name := range required {
		if _, ok := t.cols[name]; !ok {
			return nil, &LineError{Line: 1, Err: fmt.Errorf("the header has no %q column", name)}
		}
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) > len(header) {
			return nil, &LineError{Line: line, Err: fmt.Errorf("%d fields, the header has %d", len(rec), len(header))}
		}
		if blank(rec) {
			continue
		}
		t.rows = append(t.rows, rec)
		t.line = append(t.line, line)
	}
	return t, nil
}

// get returns the trimmed value of a column in a row, "" when the column
// is absent or the row shorter.
func (t *table) get(row []string, col string) string {
	i, ok := t.cols[col]
	if !ok || i >= len(row) {
		return ""
	}
	return strings.TrimSpace(row[i])
}

// IsPersonsFile reports whether the CSV file's header has a "partner"
// column: a contact persons file, not a partners file.
func IsPersonsFile(raw []byte) bool {
	raw = bytes.TrimPrefix(raw, bom)
	cr := csv.NewReader(bytes.NewReader(raw))
	cr.Comma = detectComma(raw)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return false
	}
	for _, h := range header {
		if strings.EqualFold(strings.TrimSpace(h), "partner") {
			return true
		}
	}
	return false
}

// detectComma picks ';' or ',' by which occurs more often in the first
// line outside quotes; ';' on a tie.
func detectComma(raw []byte) rune {
	first, _, _ := bytes.Cut(raw, []byte("\n"))
	semi, comma, quoted := 0, 0, false
	for _, c := range first {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ';':
			semi++
		case c == ',':
			comma++
		}
	}
	if comma > semi {
		return ','
	}
	return ';'
}

// csvError turns an error of encoding/csv into a LineError.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LineError{Line: pe.Line, Err: pe.Err}
	}
	return err
}

// invalidUTF8 names the line of the first byte that is not UTF-8.
func invalidUTF8(raw []byte) error {
	line := 1
	for len(raw) > 0 {
		r, n := utf8.DecodeRune(raw)
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if r == '\n' {
			line++
		}
		raw = raw[n:]
	}
	return &LineError{Line: line, Err: errors.New("the text is not UTF-8 (save the file as \"CSV UTF-8\")")}
}

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
