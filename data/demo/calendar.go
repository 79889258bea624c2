package demo

import (
	"math"
	"slices"
	"time"

	"interactions/data"
)

// calendar spreads the interactions over the days of the span: busy
// working days, quiet weekends and holidays, slowly growing activity, and
// a thinning schedule of future meetings and plans.
type calendar struct {
	days    []time.Time // midnights, from the first whole day of the span
	counts  []int       // interactions on each day
	dayText []string    // each day as YYYY-MM-DD, running maxNextContact days past the last
}

// slot is the time and type of one interaction of a day.
type slot struct {
	sec int32 // seconds since midnight
	typ data.InteractionType
}

// Type mixes, as weights in the order of data.AllTypes: calls and e-mail
// are most of the past; the future holds meetings and plans.
var (
	pastMix   = []int{11, 8, 34, 7, 40}
	futureMix = []int{42, 48, 0, 4, 6}
)

// planCalendar lays out the days of the span and how many of size
// interactions fall on each.
func (g *generator) planCalendar(size int) {
	first := g.midnight(g.from).AddDate(0, 0, 1)
	last := g.midnight(g.to).AddDate(0, 0, -1)
	today := g.midnight(g.now)
	pastDays := today.Sub(first).Hours() / 24
	var weights []float64
	for d := first; !d.After(last); d = d.AddDate(0, 0, 1) {
		g.cal.days = append(g.cal.days, d)
		w := g.dayWeight(d)
		if d.After(today) {
			f := d.Sub(today).Hours() / 24
			w *= 0.45*math.Exp(-f/12) + 0.04
		} else {
			w *= 0.75 + 0.25*d.Sub(first).Hours()/24/pastDays
		}
		weights = append(weights, w*(0.85+0.3*g.r.Float64()))
	}
	for d := first; len(g.cal.dayText) < len(g.cal.days)+maxNextContact+1; d = d.AddDate(0, 0, 1) {
		g.cal.dayText = append(g.cal.dayText, d.Format(time.DateOnly))
	}
	total := 0.0
	for _, w := range weights {
		total += w
	}
	g.cal.counts = make([]int, len(weights))
	acc, given := 0.0, 0
	for i, w := range weights {
		acc += w
		upto := int(math.Round(float64(size) * acc / total))
		g.cal.counts[i] = upto - given
		given = upto
	}
	g.cal.counts[len(weights)-1] += size - given // in case rounding left some over
}

// dayWeight is how busy a day is: weekends and public holidays are quiet.
func (g *generator) dayWeight(d time.Time) float64 {
	switch d.Weekday() {
	case time.Saturday:
		return 0.07
	case time.Sunday:
		return 0.04
	}
	m, day := d.Month(), d.Day()
	if g.lx.lang == data.LangRussian {
		switch {
		case m == time.January && day <= 8, m == time.February && day == 23, m == time.March && day == 8,
			m == time.May && (day == 1 || day == 9), m == time.June && day == 12, m == time.November && day == 4:
			return 0.1
		}
	} else {
		switch {
		case m == time.January && day == 1, m == time.December && (day == 25 || day == 26),
			m == time.July && day == 4:
			return 0.1
		}
	}
	if d.Weekday() == time.Friday {
		return 0.9
	}
	return 1
}

// daySlots returns the times and types of n interactions of day i,
// in time order, reusing buf.
func (g *generator) daySlots(i, n int, buf []slot) []slot {
	buf = buf[:0]
	day := g.cal.days[i]
	weekend := day.Weekday() == time.Saturday || day.Weekday() == time.Sunday
	nowSec := int32(-1) // the moment "now" within this day, if it is today
	if g.now.Sub(day) >= 0 && g.now.Sub(day) < 24*time.Hour {
		nowSec = int32(g.now.Sub(day) / time.Second)
	}
	future := day.After(g.now)
	for range n {
		sec := g.timeOfDay(weekend)
		mix := pastMix
		if future || (nowSec >= 0 && sec > nowSec) {
			mix = futureMix
		}
		t := data.AllTypes[g.weighted(mix)]
		if t == data.TypeMeeting || t == data.TypePlanned {
			sec = int32(g.between(9*2, 17*2+1) * 1800) // on the hour or the half hour
		}
		buf = append(buf, slot{sec: sec, typ: t})
	}
	slices.SortFunc(buf, func(a, b slot) int {
		if a.sec != b.sec {
			return int(a.sec - b.sec)
		}
		return int(a.typ) - int(b.typ)
	})
	return buf
}

// timeOfDay draws a time of day in seconds: mostly working hours with a
// lunch dip, some early and late, a few at odd hours.
func (g *generator) timeOfDay(weekend bool) int32 {
	const h = 3600
	if weekend {
		return int32(10*h + g.intn(9*h))
	}
	switch x := g.intn(100); {
	case x < 86:
		s := 9*h + g.intn(9*h)
		if s >= 13*h && s < 14*h && g.chance(0.5) {
			s = 9*h + g.intn(9*h)
		}
		return int32(s)
	case x < 95:
		if g.chance(0.5) {
			return int32(8*h + g.intn(h))
		}
		return int32(18*h + g.intn(2*h))
	}
	return int32(7*h + g.intn(16*h))
}
