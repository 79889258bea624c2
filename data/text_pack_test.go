package data_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"interactions/data"
)

// packTexts are strings packed text must bring back as they were: Russian,
// English, the signs of the one-byte codes, other scripts, runes of four
// bytes and bytes that are not UTF-8.
var packTexts = []string{
	"", "a", "Звонок по договору № 17 «Ромашка» — уточнить сроки…",
	"Ёжик и ёлка", "Ѐ Џ ѐ џ Ґ ґ", "naïve café", "日本語 😀", "\x00\x7f",
	"\xd0", "\xd0\x41", "\xd1\xff", "\xff\xfe\xfd", "тест\xe2\x80", "\u00a0–\u2116",
	strings.Repeat("Лорем ипсум ", 50),
}

// TestPackedText packs and unpacks each text: the same bytes come back,
// and Russian takes about half its UTF-8 size.
func TestPackedText(t *testing.T) {
	for _, s := range packTexts {
		p := data.PackText(s)
		got, ok := data.UnpackText(p)
		if !ok || got != s {
			t.Errorf("%q: packed % x unpacks to %q, %v", s, p, got, ok)
		}
		if got, ok := data.UnpackTextInto(p); !ok || got != s {
			t.Errorf("%q: the decoder unpacks % x to %q, %v", s, p, got, ok)
		}
	}
	ru := "Обсудить условия поставки и сроки оплаты"
	if n := len(data.PackText(ru)); n*10 > len(ru)*6 {
		t.Errorf("%q packs into %d bytes of %d", ru, n, len(ru))
	}
}

// FuzzPackedText: any string packs and unpacks to itself; any bytes
// unpack without panic, and what unpacks packs to bytes that unpack to
// the same text.
func FuzzPackedText(f *testing.F) {
	for _, s := range packTexts {
		f.Add([]byte(s))
		f.Add(data.PackText(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, ok := data.UnpackText(data.PackText(string(b))); !ok || got != string(b) {
			t.Fatalf("%q comes back as %q, %v", b, got, ok)
		}
		s, ok := data.UnpackText(b)
		if s2, ok2 := data.UnpackTextInto(b); ok2 != ok || ok && s2 != s {
			t.Fatalf("% x: the decoder's unpacking gives %q, %v; want %q, %v", b, s2, ok2, s, ok)
		}
		if !ok {
			return
		}
		if again, ok := data.UnpackText(data.PackText(s)); !ok || again != s {
			t.Fatalf("unpacked %q repacks to %q, %v", s, again, ok)
		}
		if utf8.ValidString(string(b)) && !utf8.ValidString(s) {
			t.Fatalf("valid packed bytes % x unpack to invalid UTF-8 %q", b, s)
		}
	})
}
