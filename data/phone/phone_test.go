package phone_test

import (
	"testing"

	"interactions/data/phone"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"8 (495) 123-45-67", "+74951234567"},
		{"+74951234567", "+74951234567"},
		{"+7 495 123 45 67", "+74951234567"},
		{"(495) 123-45-67", "+74951234567"},
		{"8-800-555-35-35", "+78005553535"},
		{"+1 (212) 555-0100", "+12125550100"},
		{"+44 20 7946 0958", "+442079460958"},
		{"12-34", "1234"},
		{"доб. нет", ""},
		{"", ""},
		// Separators of every width, full-width digits, text around.
		{"+7\u00a0495\u00a0123\u201145\u201167", "+74951234567"},
		{"＋７ ４９５ １２３ ４５ ６７", "+74951234567"},
		{"тел.: 8 (495) 123-45-67", "+74951234567"},
		// Text after the number other than an extension is no part of a
		// number for libphonenumber: the digits alone remain.
		{"8 (495) 123-45-67 (приёмная)", "84951234567"},
		// The international prefix dialled from Russia, and "00", which is
		// not one there in libphonenumber's data: it reads "0044…" as a
		// Russian national number of 14 digits, a possible length.
		{"810 44 20 7946 0958", "+442079460958"},
		{"0044 20 7946 0958", "+700442079460958"},
		// A national prefix written after the country code.
		{"+44 (0)20 7946 0958", "+442079460958"},
		// Extensions are left out of E.164.
		{"8 (495) 123-45-67 доб. 123", "+74951234567"},
		{"+1 212 555 0100 ext. 5", "+12125550100"},
		{"+1 212 555 0100 x5", "+12125550100"},
		{"tel:+7-495-123-45-67;ext=12", "+74951234567"},
		{"tel:495-123-45-67;phone-context=+7", "+74951234567"},
		// Letters of a vanity number are keypad digits.
		{"+1 800 FLOWERS", "+18003569377"},
		// Too short or too long for the country: digits alone.
		{"+7 495 123", "+7495123"},
		{"7 1234567890 1234", "+712345678901234"},
	} {
		if got := phone.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzNormalize checks that Normalize never panics, returns "" or a "+"
// or digit followed by digits only, and agrees with libphonenumber.
func FuzzNormalize(f *testing.F) {
	for _, s := range append(fixedGarbage, "8 (495) 123-45-67 доб. 123", "+1 800 FLOWERS", "tel:495;phone-context=+7") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := phone.Normalize(s)
		for i := range len(got) {
			if !(got[i] >= '0' && got[i] <= '9' || i == 0 && got[i] == '+') {
				t.Fatalf("Normalize(%q) = %q: not a number", s, got)
			}
		}
		if want := library(s); got != want {
			t.Fatalf("Normalize(%q) = %q, libphonenumber %q", s, got, want)
		}
	})
}

// benchInputs are spellings an import meets: national, international,
// with separators and an extension, and one that is not a number.
var benchInputs = []string{
	"8 (495) 123-45-67",
	"+7 495 123 45 67",
	"+1 (212) 555-0100 ext. 12",
	"8-800-555-35-35",
	"+44 20 7946 0958",
	"810 49 30 1234567",
	"доб. нет",
	"12-34",
}

func BenchmarkNormalize(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		phone.Normalize(benchInputs[i%len(benchInputs)])
	}
}
