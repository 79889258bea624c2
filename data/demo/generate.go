// Package demo makes demo data for Interactions: a believable world of
// employees, partners and their contact persons, deals, claims, marketing
// events, customer orders, additional attributes and interactions of all
// five types, in Russian or English, of any size from a handful to
// millions of interactions. The same options always give the same data.
package demo

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"interactions/data"
)

// Options control the generator.
type Options struct {
	Size int       // number of interactions
	Seed uint64    // same seed, same Now, same size → identical dataset
	Lang string    // "ru" (default) or "en": language of names, topics and texts
	Now  time.Time // "today"; interactions are dated over the two years before it and the three months after it
}

// MaxSize is the largest number of interactions Generate makes.
const MaxSize = 20_000_000

// ErrOptions is returned, wrapped, for options Generate cannot honour.
var ErrOptions = errors.New("demo: bad options")

// Generate makes a dataset of o.Size interactions and the catalogs they
// refer to. Every record carries an id from 1 within its kind, and
// interaction ids grow with their dates. A zero Now means the current
// time; all dates are in Now's location.
func Generate(o Options) (*data.Dataset, error) {
	if o.Size < 0 || o.Size > MaxSize {
		return nil, fmt.Errorf("%w: size %d is outside 0..%d", ErrOptions, o.Size, MaxSize)
	}
	lx, err := lexiconFor(o.Lang)
	if err != nil {
		return nil, err
	}
	if o.Now.IsZero() {
		o.Now = time.Now().Truncate(time.Minute)
	}
	o.Now = o.Now.Round(0) // drop the monotonic reading: only the wall clock matters
	g := newGenerator(o, lx)
	g.buildCatalogs()
	g.buildSubjects()
	g.buildPools()
	g.buildInteractions()
	return g.ds, nil
}

// world holds the catalog sizes for a number of interactions.
type world struct {
	employees, partners, deals, claims, events, orders int
}

// worldFor scales the catalogs with the number of interactions, keeping
// a small dataset a sensible world of its own.
func worldFor(size int) world {
	return world{
		employees: clamp(8+size/16000, 8, 60),
		partners:  clamp(size/400, 20, 3000),
		deals:     clamp(size/40, 6, 30000),
		claims:    clamp(size/250, 4, 10000),
		events:    clamp(size/5000, 10, 200),
		orders:    clamp(size/40, 8, 30000),
	}
}

// clamp returns v limited to [lo, hi].
func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// generator carries the state of one Generate call.
type generator struct {
	o   Options
	r   *rand.Rand
	lx  *lexicon
	ds  *data.Dataset
	now time.Time
	loc *time.Location

	from, to time.Time // the span of interaction dates
	yearAgo  int64     // unix time a year before now

	cat    catalogs
	subj   subjectIndex
	chains chains
	cal    calendar
	pools  pools
	mem    memory

	// The interactions made so far, the day to go on from and the batch
	// being made, whose first id is batchFirst; bases, when made a batch
	// at a time, keeps what follow-ups read of earlier batches.
	made       data.ID
	day        int
	slots      []slot
	batch      []data.Interaction
	batchFirst data.ID
	bases      []baseInfo
	baseTexts  textBlocks
}

// newGenerator prepares a generator and the dataset's settings: every
// option on, employee 1 the current user, the lexicon's language.
func newGenerator(o Options, lx *lexicon) *generator {
	g := &generator{
		o:   o,
		r:   rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15)),
		lx:  lx,
		now: o.Now,
		loc: o.Now.Location(),
	}
	g.from = o.Now.AddDate(-2, 0, 0)
	g.to = o.Now.AddDate(0, 3, 0)
	g.yearAgo = o.Now.AddDate(-1, 0, 0).Unix()
	st := data.DefaultSettings()
	st.Options = data.Options{
		UseEmail: true, UseOtherInteractions: true, UseSMS: true, UseReview: true,
		UseSubjects: true, UseAttributes: true, UseContactRoles: true,
	}
	st.CurrentUser = 1
	st.Language = lx.lang
	g.ds = &data.Dataset{Settings: &st}
	return g
}

// intn returns a number in [0, n); n must be positive.
func (g *generator) intn(n int) int { return g.r.IntN(n) }

// between returns a number in [lo, hi].
func (g *generator) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.r.Float64() < p }

// pick returns a random element of list.
func pick[T any](g *generator, list []T) T { return list[g.r.IntN(len(list))] }

// weighted returns an index into weights, each chosen in proportion to its weight.
func (g *generator) weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	n := g.r.IntN(total)
	for i, w := range weights {
		if n < w {
			return i
		}
		n -= w
	}
	return len(weights) - 1
}

// logUniform returns a number between lo and hi whose logarithm is uniform:
// small amounts are as common as large ones are rare.
func (g *generator) logUniform(lo, hi float64) float64 {
	return lo * math.Pow(hi/lo, g.r.Float64())
}

// midnight returns the start of t's day in the generator's location.
func (g *generator) midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, g.loc)
}

// dayAt returns the day of t at the given hour and minute.
func (g *generator) dayAt(t time.Time, hour, minute int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, hour, minute, 0, 0, g.loc)
}

// workTime returns a moment of a working day between lo and hi, at a
// round quarter of an hour from 9:00 to 17:45; lo when there is none.
func (g *generator) workTime(lo, hi time.Time) time.Time {
	span := hi.Sub(lo)
	if span <= 0 {
		return lo
	}
	for range 20 {
		t := lo.Add(time.Duration(g.r.Int64N(int64(span))))
		if wd := t.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		t = g.dayAt(t, g.between(9, 17), 15*g.intn(4))
		if !t.Before(lo) && !t.After(hi) {
			return t
		}
	}
	return lo
}
