package cli

import (
	"io"
	"unicode/utf8"
)

// tableBatch is how many rows a table holds before it fixes the widths of
// its columns and starts to stream.
const tableBatch = 2000

// table writes aligned columns. The widths come from the first rows (up
// to tableBatch of them); after that rows stream out at once, cut to those
// widths, so that a table of a million rows needs no more memory than one
// of two thousand.
type table struct {
	w      io.Writer
	right  []bool // columns aligned right
	widths []int
	rows   [][]string
	fixed  bool
	err    error
	line   []byte
}

func newTable(w io.Writer, header ...string) *table {
	t := &table{w: w, right: make([]bool, len(header)), widths: make([]int, len(header))}
	t.add(header...)
	return t
}

// alignRight aligns the given columns to the right.
func (t *table) alignRight(cols ...int) {
	for _, c := range cols {
		t.right[c] = true
	}
}

// add adds a row of cells, one per column.
func (t *table) add(cells ...string) {
	if t.fixed {
		t.write(cells)
		return
	}
	t.rows = append(t.rows, cells)
	for i, c := range cells {
		t.widths[i] = max(t.widths[i], utf8.RuneCountInString(c))
	}
	if len(t.rows) > tableBatch {
		t.flush()
	}
}

// flush writes the rows held so far and fixes the widths.
func (t *table) flush() error {
	t.fixed = true
	for _, r := range t.rows {
		t.write(r)
	}
	t.rows = nil
	return t.err
}

func (t *table) write(cells []string) {
	if t.err != nil {
		return
	}
	b := t.line[:0]
	last := len(cells) - 1
	for i, c := range cells {
		n := utf8.RuneCountInString(c)
		if n > t.widths[i] {
			c = shorten(c, t.widths[i])
			n = utf8.RuneCountInString(c)
		}
		pad := t.widths[i] - n
		if t.right[i] {
			b = appendSpaces(b, pad)
			b = append(b, c...)
		} else {
			b = append(b, c...)
			if i < last {
				b = appendSpaces(b, pad)
			}
		}
		if i < last {
			b = append(b, "  "...)
		}
	}
	b = append(b, '\n')
	t.line = b
	_, t.err = t.w.Write(b)
}

// appendSpaces appends n spaces to b.
func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}
