package data

// sortUint64s sorts a in ascending order by its bytes, least significant
// first (a radix sort), with buf (len(a) at least) as room; a byte that is
// the same in every number costs one count and no pass. It is the sort of
// the long lists of packed integers a grouping gathers (tens of thousands
// of subjects and names), where it does a fraction of a comparison sort's
// work. The sorted numbers end in a.
func sortUint64s(a, buf []uint64) {
	if len(a) < 256 {
		sortSmall(a)
		return
	}
	buf = buf[:len(a)]
	var counts [8][256]int
	for _, v := range a {
		for b := range 8 {
			counts[b][byte(v>>(8*b))]++
		}
	}
	src, dst := a, buf
	for b := range 8 {
		c := &counts[b]
		if c[byte(a[0]>>(8*b))] == len(a) {
			continue // every number has this byte
		}
		at := 0
		for i, n := range c {
			c[i] = at
			at += n
		}
		shift := 8 * b
		for _, v := range src {
			d := byte(v >> shift)
			dst[c[d]] = v
			c[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
}

// sortSmall sorts a short list by insertion.
func sortSmall(a []uint64) {
	for i := 1; i < len(a); i++ {
		v, j := a[i], i
		for ; j > 0 && a[j-1] > v; j-- {
			a[j] = a[j-1]
		}
		a[j] = v
	}
}
