package csvfield_test

import (
	"bytes"
	"encoding/csv"
	"testing"

	"interactions/data/csvio/csvfield"
)

// trickyFields are fields encoding/csv quotes, or nearly does, with
// either separator.
var trickyFields = []string{
	"", "x", "two words", `a "quoted" word`, `"`, `""`, "a,b", ",", "a;b", ";", "a\nb", "\n", "a\rb", "\r\n",
	" space first", "space last ", "\ttab first", "\u00a0no-break space first", "\u2003em space first",
	"\u0085next line first", `\.`, `\.y`, `y\.`, "Поставка; «Ромашка», счёт", "ООО \"Ромашка\"\r\nстрока; ещё",
	"\xff\xfe invalid", "\xe2\x80", "end\xe2", "ё", "a\"b\"c;d,e\nf",
	// Eight bytes at a time: a special byte at each place of the first
	// two words and of the tail, and long fields without one.
	",1234567", "1234567,", "12345678;", "1234567\"9", "123456789012345\n", "1234567890123456\r",
	"Поставка ; ", "Поставка оборудования «Ромашка»", "ООО «Ромашка» — поставка \"под ключ\"",
	"\x80\x81\x82\x83\x84\x85\x86\x87\x88,", "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
}

func TestAppendField_AsEncodingCSV(t *testing.T) {
	for _, f := range trickyFields {
		wantField(t, f)
	}
}

func FuzzAppendField(f *testing.F) {
	for _, s := range trickyFields {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { wantField(t, s) })
}

// wantField checks one field, alone and inside a record, as a string and
// as bytes, with either separator, against encoding/csv.
func wantField(t *testing.T, f string) {
	t.Helper()
	for _, comma := range []byte{',', ';'} {
		var want bytes.Buffer
		w := csv.NewWriter(&want)
		w.Comma = rune(comma)
		w.Write([]string{"x", f, f})
		w.Write([]string{f})
		w.Flush()
		var got []byte
		got = append(csvfield.AppendField(append(csvfield.AppendField(got, "x", comma), comma), f, comma), comma)
		got = append(csvfield.AppendField(got, []byte(f), comma), '\n')
		got = append(csvfield.AppendField(got, f, comma), '\n')
		if string(got) != want.String() {
			t.Errorf("field %q, separator %q: got %q, encoding/csv writes %q", f, comma, got, want.String())
		}
	}
}

// BenchmarkAppendField appends the fields of a typical list row: the
// date, number, type, direction, a Russian topic, contact names, a
// subject, a responsible, reviewed and review after.
func BenchmarkAppendField(b *testing.B) {
	row := []string{"2026-11-30T16:30:00+03:00", "00999167", "meeting", "",
		"Обсуждение условий договора: комплексное снабжение офиса",
		"Орлова Юлия Геннадьевна, ООО «Профимпорт-М»",
		"Комплексное снабжение офиса (ООО «Профимпорт-М»)",
		"Назаров Артём Юрьевич", "no", ""}
	var n int
	for _, f := range row {
		n += len(f)
	}
	buf := make([]byte, 0, 1024)
	b.SetBytes(int64(n))
	for b.Loop() {
		buf = buf[:0]
		for _, f := range row {
			buf = append(csvfield.AppendField(buf, f, ','), ',')
		}
	}
}
