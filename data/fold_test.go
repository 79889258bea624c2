package data

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldOracle is Fold as strings.Map over unicode.ToLower, rune by rune.
func foldOracle(s string) string { return strings.Map(foldRune, s) }

// TestFold_AsTheOracle holds Fold (and FoldEqual) against strings.Map over
// unicode.ToLower: every rune up to U+FFFF and some beyond, alone and
// between Russian and ASCII letters, random mixtures, and bytes that
// are not UTF-8.
func TestFold_AsTheOracle(t *testing.T) {
	check := func(s string) {
		t.Helper()
		want := foldOracle(s)
		if got := Fold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if !FoldEqual(s, want) {
			t.Fatalf("FoldEqual(%q, %q) = false, want true", s, want)
		}
		if FoldEqual(s, want+"x") || len(want) > 0 && FoldEqual(s, want[:len(want)-1]) {
			t.Fatalf("FoldEqual(%q, a string one byte longer or shorter) = true", s)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		check(string(r))
		check("Ёж" + string(r) + "Z")
		check("abc" + string(r))
	}
	for _, r := range []rune{0x10400, 0x1E900, utf8.MaxRune} {
		check(string(r) + "Ж")
	}
	for _, s := range []string{"", "уже свёрнуто", "ООО «Ромашка»", "\xd0", "\xd0\x41", "\xd1\xff", "Я\xff", "\xe2\x82", "İstanbul", "KELVIN \u212a"} {
		check(s)
	}
	r := rand.New(rand.NewPCG(1, 2))
	pool := []rune("AZazЁёЖжЯяЀѐѠѡ€ß\u0130\u212a«» 019")
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			if r.IntN(20) == 0 {
				b.WriteByte(byte(r.IntN(256)))
				continue
			}
			b.WriteRune(pool[r.IntN(len(pool))])
		}
		check(b.String())
	}
}

// TestFold_KeepsAFoldedString: a string folded already comes back as it
// is, without a copy.
func TestFold_KeepsAFoldedString(t *testing.T) {
	for _, s := range []string{"ооо ромашка", "abc 123", "日本"} {
		if got := Fold(s); got != s || allocsOfFold(s) != 0 {
			t.Errorf("Fold(%q) = %q, %v allocations; want it unchanged and none", s, got, allocsOfFold(s))
		}
	}
}

func allocsOfFold(s string) float64 {
	return testing.AllocsPerRun(10, func() { _ = Fold(s) })
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ёлка", "ABC", "\xd1\x9f", "ß\u0130"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := foldOracle(s)
		if got := Fold(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
		if !FoldEqual(s, want) || FoldEqual(s, want+"\xff") {
			t.Fatalf("FoldEqual(%q, %q) disagrees with Fold", s, want)
		}
	})
}
