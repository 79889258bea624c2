package cli

import (
	"strings"
	"testing"
)

// csvTricky are texts encoding/csv quotes, or nearly does, for the rows
// of the list's tests (csvio tests the field appender itself).
var csvTricky = []string{
	"", "a", "plain text", `say "hi"`, `"`, `""`, "a,b", ",", "line\nbreak", "\n", "cr\rhere", "\r\n",
	" leading space", "trailing space ", "\tleading tab", "\u00a0no-break space first", "\u2003em space first",
	"\u0085next line first", `\.`, `\.x`, `x\.`, "Поставка, «Ромашка»", "ООО \"Ромашка\"\r\nстрока",
	"\xff\xfe invalid", "\xe2\x80", "tail\xe2", "ё", "a\"b\"c,d\ne",
}

func TestCSVRowsHeader(t *testing.T) {
	var b strings.Builder
	c := newCSVRows(&b)
	if err := c.end(0, false); err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(csvHeader, ",") + "\n"; b.String() != want {
		t.Errorf("header %q, want %q", b.String(), want)
	}
}
