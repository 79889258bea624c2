package phone_test

import (
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"interactions/data/phone"
)

// library is Normalize as it was when it called libphonenumber (through
// github.com/nyaruka/phonenumbers) at run time: the reference Normalize
// must agree with.
func library(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if n, err := phonenumbers.Parse(s, phone.DefaultRegion); err == nil && phonenumbers.IsPossibleNumber(n) {
		return phonenumbers.Format(n, phonenumbers.E164)
	}
	var b strings.Builder
	for i, r := range s {
		if r >= '0' && r <= '9' || r == '+' && i == 0 {
			b.WriteRune(r)
		}
	}
	if strings.Trim(b.String(), "+") == "" {
		return ""
	}
	return b.String()
}

// examples returns libphonenumber's example number of every type for
// every region and every non-geographic calling code.
func examples() []*phonenumbers.PhoneNumber {
	var regions []string
	for r := range phonenumbers.GetSupportedRegions() {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	var out []*phonenumbers.PhoneNumber
	for _, r := range regions {
		for t := phonenumbers.FIXED_LINE; t <= phonenumbers.VOICEMAIL; t++ {
			if n := phonenumbers.GetExampleNumberForType(r, t); n != nil {
				out = append(out, n)
			}
		}
	}
	var codes []int
	for c := range phonenumbers.GetSupportedGlobalNetworkCallingCodes() {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		if n := phonenumbers.GetExampleNumberForNonGeoEntity(c); n != nil {
			out = append(out, n)
		}
	}
	return out
}

// separators are the spaces and dashes people and programs put between
// digits, replacing the plain space of the international format.
var separators = []string{"\u00a0", "\u202f", "\u2009", "\u3000", "-", "\u2010", "\u2013", "\u2212", "\uff0d", ".", "/", "", "  "}

// extensions are the ways an extension is written after a number.
var extensions = []string{" ext. 123", " доб. 45", " доб.45", " x12", " X 7", " #7", " 503#", ";ext=5", ",,12", " ext 1234567890"}

// spellings returns the ways one number is written: international and
// national forms, "00" and "810" prefixes, other separators, full-width
// characters, brackets, extensions, text around it and tel: URIs. Each
// number gets three of the separators and three of the extensions, the
// i-th number from the i-th on, so that all are used and the test stays
// quick.
func spellings(i int, n *phonenumbers.PhoneNumber) []string {
	e164 := phonenumbers.Format(n, phonenumbers.E164)
	intl := phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
	natl := phonenumbers.Format(n, phonenumbers.NATIONAL)
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	out := []string{
		e164, intl, natl, nsn,
		phonenumbers.Format(n, phonenumbers.RFC3966),
		e164[1:], "00" + e164[1:], "00 " + intl[1:], "810" + e164[1:], "810 " + intl[1:], "8 10 " + intl[1:],
		"+" + strings.Replace(intl[1:], " ", " (0) ", 1), "++" + e164[1:], "\uff0b" + e164[1:],
		"tel:" + e164, "tel:" + nsn + ";phone-context=" + e164[:len(e164)-len(nsn)],
		"tel:" + nsn + ";phone-context=example.com", e164 + ";isub=12",
		"8" + nsn, "8 " + natl, "7" + nsn, "+7" + nsn,
		"тел.: " + intl, "Phone: " + intl + " (work)", intl + " моб.", "(" + intl + ")", intl + ",", intl + ".",
		fullWidth(intl), fullWidth(natl),
	}
	for k := range 3 {
		sep := separators[(i+5*k)%len(separators)]
		ext := extensions[(i+3*k)%len(extensions)]
		out = append(out, strings.ReplaceAll(intl, " ", sep), strings.ReplaceAll(natl, " ", sep), intl+ext, natl+ext, e164+ext)
	}
	if parts := strings.Fields(intl); len(parts) > 2 {
		out = append(out, parts[0]+" ("+parts[1]+") "+strings.Join(parts[2:], "-"))
	}
	return out
}

// fullWidth writes digits and plus signs in their full-width forms.
func fullWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r - '0' + '\uff10'
		case r == '+':
			return '\uff0b'
		}
		return r
	}, s)
}

// tokens are what garbage is made of: digits of several scripts, signs,
// separators, letters, extension labels and URI parts.
var tokens = []string{
	"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "810", "8", "+", "\uff0b", "-", " ", "\u00a0", "(", ")",
	".", "/", "\\", "x", "X", "#", "*", "~", ",", ";", ":", "a", "B", "z", "ext", "доб", "тел", "tel:", ";ext=",
	";phone-context=", ";isub=", "&&", "]", "[", "\n", "\t", "\u0663", "\u06f5", "\uff17", "\u0967", "\u0131",
	"\u017f", "\u212a", "\uff58", "\u2212", "\u30fc", "\u2009", "\xff", "o\u0301", "anexo", "int", "1-800-FLOWERS", "\u200b", "\u00ad", "e", "+7", "+44", "+1",
}

// garbage returns n strings of random tokens, and as many realistic
// spellings with a token inserted, removed or replaced.
func garbage(seed uint64, n int, real []string) []string {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := make([]string, 0, 2*n)
	for range n {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		out = append(out, b.String())
	}
	for range n {
		s := real[rng.IntN(len(real))]
		if s == "" {
			continue
		}
		i := rng.IntN(len(s))
		j := min(len(s), i+rng.IntN(3))
		switch rng.IntN(3) {
		case 0:
			s = s[:i] + tokens[rng.IntN(len(tokens))] + s[i:]
		case 1:
			s = s[:i] + s[j:]
		default:
			s = s[:i] + tokens[rng.IntN(len(tokens))] + s[j:]
		}
		out = append(out, s)
	}
	return out
}

// fixedGarbage is text found in phone fields that is not a number.
var fixedGarbage = []string{
	"", " ", "+", "++", "нет", "доб. нет", "-", "0", "00", "12", "12-34", "+0", "+00 123", "810", "8100",
	"8 10", "+999 123456", "тел. 1", "x", "123x456", "5 x 12", "1/x2", "(495) 123-45-67 / x5",
	"8 (495) 123-45-67 доб.", "+7 (495) 123-45-67 &&a]", "tel:;phone-context=+7", "tel:123;phone-context=",
	strings.Repeat("9", 251), strings.Repeat("1", 30), "+7 900 000 00 00 00 00", "7 900 000 00 00",
	"8 800 555 35 35\n8 800 555 35 36", "\u0967\u0968\u0969\u096a\u096b\u096c\u096d", "0\u0967\u0968\u0969",
}

// TestNormalize_MatchesLibrary compares Normalize with libphonenumber on
// libphonenumber's example numbers of every country and type, each
// written in many ways, and on garbage. Normalize follows the library on
// every input, garbage included, so no differences are listed.
func TestNormalize_MatchesLibrary(t *testing.T) {
	numbers := examples()
	var real []string
	for i, n := range numbers {
		real = append(real, spellings(i, n)...)
	}
	inputs := append(append(real, fixedGarbage...), garbage(17, 10000, real)...)
	failures := 0
	for _, s := range inputs {
		if got, want := phone.Normalize(s), library(s); got != want {
			failures++
			if failures <= 20 {
				t.Errorf("Normalize(%q) = %q, libphonenumber %q", s, got, want)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d inputs differ", failures, len(inputs))
	}
	t.Logf("%d inputs, %d of them spellings of %d example numbers", len(inputs), len(real), len(numbers))
}
