package data

import "testing"

// TestPackedCodes holds the one-byte codes to the files already written:
// А … я from 0x80, then Ё ё « » — – № NBSP … (the table was built by a
// loop before it became a literal).
func TestPackedCodes(t *testing.T) {
	var want []rune
	for r := rune(0x410); r <= 0x44F; r++ {
		want = append(want, r)
	}
	want = append(want, 'Ё', 'ё', '«', '»', '—', '–', '№', '\u00a0', '…')
	if len(packedRunes) != len(want) {
		t.Fatalf("%d one-byte codes, want %d", len(packedRunes), len(want))
	}
	for i, r := range want {
		if packedRunes[i] != r || packedCode(r) != byte(0x80+i) {
			t.Errorf("code %#x: rune %q, packedCode %#x; want %q", 0x80+i, packedRunes[i], packedCode(r), r)
		}
	}
	for _, r := range []rune{'x', 'Ѐ', 'ѐ', '€', '\u00a1', 0x40F, 0x450} {
		if c := packedCode(r); c != 0 {
			t.Errorf("packedCode(%q) = %#x, want none", r, c)
		}
	}
}
