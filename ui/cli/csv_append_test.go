package cli

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

// csvTricky are fields encoding/csv quotes, or nearly does.
var csvTricky = []string{
	"", "a", "plain text", `say "hi"`, `"`, `""`, "a,b", ",", "line\nbreak", "\n", "cr\rhere", "\r\n",
	" leading space", "trailing space ", "\tleading tab", "\u00a0no-break space first", "\u2003em space first",
	"\u0085next line first", `\.`, `\.x`, `x\.`, "Поставка, «Ромашка»", "ООО \"Ромашка\"\r\nстрока",
	"\xff\xfe invalid", "\xe2\x80", "tail\xe2", "ё", "a\"b\"c,d\ne",
}

func TestAppendCSVField_AsEncodingCSV(t *testing.T) {
	for _, f := range csvTricky {
		wantCSVField(t, f)
	}
}

func FuzzAppendCSVField(f *testing.F) {
	for _, s := range csvTricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { wantCSVField(t, s) })
}

// wantCSVField checks one field, alone and inside a record, as a string
// and as bytes, against encoding/csv.
func wantCSVField(t *testing.T, f string) {
	t.Helper()
	var want bytes.Buffer
	w := csv.NewWriter(&want)
	w.Write([]string{"x", f, f})
	w.Write([]string{f})
	w.Flush()
	var got []byte
	got = append(appendCSVField(append(appendCSVField(got, "x"), ','), f), ',')
	got = append(appendCSVField(got, []byte(f)), '\n')
	got = append(appendCSVField(got, f), '\n')
	if string(got) != want.String() {
		t.Errorf("field %q: got %q, encoding/csv writes %q", f, got, want.String())
	}
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
