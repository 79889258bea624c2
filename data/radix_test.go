package data

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// sortUint64s sorts as slices.Sort does, short and long lists, with bytes
// that vary and bytes that are the same everywhere.
func TestSortUint64s(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 255, 256, 257, 1000, 70_000} {
		for _, mask := range []uint64{^uint64(0), 0xFF, 0xF0_0000_FFFF_0000, 0} {
			a := make([]uint64, n)
			for i := range a {
				a[i] = r.Uint64() & mask
			}
			want := slices.Clone(a)
			slices.Sort(want)
			sortUint64s(a, make([]uint64, n))
			if !slices.Equal(a, want) {
				t.Errorf("n %d, mask %x: not sorted as slices.Sort sorts", n, mask)
			}
		}
	}
}
