package ical_test

import (
	"slices"
	"testing"

	"github.com/teambition/rrule-go"
)

// TestRRuleMasks holds the literal day masks of the rrule-go copy in
// internal/thirdparty to the ones upstream builds at init, rebuilt here the
// same way.
func TestRRuleMasks(t *testing.T) {
	repeat := func(v, n int) []int {
		s := make([]int, n)
		for i := range s {
			s[i] = v
		}
		return s
	}
	rang := func(from, to int) []int {
		var s []int
		for i := from; i < to; i++ {
			s = append(s, i)
		}
		return s
	}
	m366 := slices.Concat(repeat(1, 31), repeat(2, 29), repeat(3, 31),
		repeat(4, 30), repeat(5, 31), repeat(6, 30), repeat(7, 31),
		repeat(8, 31), repeat(9, 30), repeat(10, 31), repeat(11, 30),
		repeat(12, 31), repeat(1, 7))
	m365 := slices.Concat(m366[:59], m366[60:])
	m29, m30, m31 := rang(1, 30), rang(1, 31), rang(1, 32)
	mday366 := slices.Concat(m31, m29, m31, m30, m31, m30, m31, m31, m30, m31, m30, m31, m31[:7])
	mday365 := slices.Concat(mday366[:59], mday366[60:])
	m29, m30, m31 = rang(-29, 0), rang(-30, 0), rang(-31, 0)
	nmday366 := slices.Concat(m31, m29, m31, m30, m31, m30, m31, m31, m30, m31, m30, m31, m31[:7])
	nmday365 := slices.Concat(nmday366[:31], nmday366[32:])
	var wday []int
	for range 55 {
		wday = append(wday, 0, 1, 2, 3, 4, 5, 6)
	}
	for _, c := range []struct {
		name      string
		got, want []int
	}{
		{"M366MASK", rrule.M366MASK, m366},
		{"M365MASK", rrule.M365MASK, m365},
		{"MDAY366MASK", rrule.MDAY366MASK, mday366},
		{"MDAY365MASK", rrule.MDAY365MASK, mday365},
		{"NMDAY366MASK", rrule.NMDAY366MASK, nmday366},
		{"NMDAY365MASK", rrule.NMDAY365MASK, nmday365},
		{"WDAYMASK", rrule.WDAYMASK, wday},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: %d values, differs from upstream's %d", c.name, len(c.got), len(c.want))
		}
	}
}
