package phone

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// edgeRunes are runes on both sides of the classes the fast checks
// decide by: digits of several scripts, plus signs, separators, letters
// that case-fold into ASCII, extension label characters and others.
var edgeRunes = []rune("0123456789\u0663\u06f5\uff17\u0967+\uff0b-xX\u2010\u2015\u2016\u2212\u30fc\uff0d\uff0f\uff10 \u00a0\u00ad" +
	"\u200b\u2060\u3000()\uff08\uff09\uff3b\uff3d.[]/~\u2053\u223c\uff5e*aezAEZkKsS\u017f\u212a\u0131\u0130iIn" +
	"tд\u0414\u1c81об\uff58\uff38\uff49\uff29\uff4e\uff54#\uff03,;:=\t\n\ufffd\u2009")

// randomStrings returns n strings of up to 12 edge runes.
func randomStrings(seed uint64, n int) []string {
	rng := rand.New(rand.NewPCG(seed, 2))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range rng.IntN(13) {
			b.WriteRune(edgeRunes[rng.IntN(len(edgeRunes))])
		}
		out[i] = b.String()
	}
	return out
}

// TestPlainViable_SameAsExpression holds the fast viability check to the
// expression wherever it claims to be sure.
func TestPlainViable_SameAsExpression(t *testing.T) {
	sure := 0
	for _, s := range append(randomStrings(1, 50000), "12", "+12", "1a23", "123a", "12+3", "+\uff0b123", "\u017f123", "123\u212a") {
		viable, ok := plainViable(s)
		if !ok {
			continue
		}
		sure++
		if want := validNumberRE.get().MatchString(s); viable != want {
			t.Errorf("plainViable(%q) = %v, expression %v", s, viable, want)
		}
	}
	t.Logf("%d strings decided without the expression", sure)
}

// TestMayHaveExtension_NeverMisses checks that the extension expression
// matches nothing the fast check rules out.
func TestMayHaveExtension_NeverMisses(t *testing.T) {
	for _, s := range randomStrings(2, 50000) {
		if !mayHaveExtension(s) && extensionRE.get().MatchString(s) {
			t.Errorf("mayHaveExtension(%q) = false, but the expression matches", s)
		}
	}
}
