package data

// Deriver checks d and returns a function that derives the index
// entries, counters and words of its interaction i, as a load does, and
// returns how many entries and words they make.
func Deriver(d *Dataset) (func(i int) (entries, words int), error) {
	r, err := checkDataset(d)
	if err != nil {
		return nil, err
	}
	return func(i int) (int, int) {
		x := derive(&d.Interactions[i], r)
		return len(x.entries) + len(x.counters), len(x.tokens)
	}, nil
}
