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
	} {
		if got := phone.Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
