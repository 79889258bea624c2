package demo

import (
	"slices"
	"time"

	"interactions/data"
)

// window is the time in which interactions are about one subject: a deal
// while it is negotiated, a claim until it is settled, an order until it
// is paid and shipped, a marketing event around its dates.
type window struct {
	ref      data.Ref
	cat      uint8
	partner  int32  // the subject's partner (an index), or -1 for any client
	key      string // the subject as topics name it
	from, to int64  // unix seconds
	topics   []topic
}

// subjectIndex holds the windows in order of their start, and by
// category those open at the moment the generator has reached.
type subjectIndex struct {
	wins   []window
	next   int
	active [numCats][]int32
}

// subjectMix weighs the categories of subjects new chains are about,
// so that the few marketing events get their share next to many deals.
var subjectMix = [numCats]int{catDeal: 45, catClaim: 12, catEvent: 13, catOrder: 30}

// add records the window of a subject of category cat.
func (s *subjectIndex) add(cat int, ref data.Ref, partner int32, key string, from, to time.Time) {
	s.wins = append(s.wins, window{ref: ref, cat: uint8(cat), partner: partner, key: key, from: from.Unix(), to: to.Unix()})
}

// sort orders the windows by their start.
func (s *subjectIndex) sort() {
	slices.SortStableFunc(s.wins, func(a, b window) int {
		switch {
		case a.from < b.from:
			return -1
		case a.from > b.from:
			return 1
		}
		return 0
	})
}

// advance opens the windows that start before upto and drops those that
// ended before since.
func (s *subjectIndex) advance(since, upto int64) {
	for s.next < len(s.wins) && s.wins[s.next].from < upto {
		cat := s.wins[s.next].cat
		s.active[cat] = append(s.active[cat], int32(s.next))
		s.next++
	}
	for cat := range s.active {
		s.active[cat] = slices.DeleteFunc(s.active[cat], func(w int32) bool { return s.wins[w].to < since })
	}
}

// draw returns an open window of a category drawn by subjectMix among
// those that have one, or -1 when none is open.
func (s *subjectIndex) draw(g *generator) int32 {
	weights := make([]int, numCats)
	open := false
	for cat, list := range s.active {
		if len(list) > 0 {
			weights[cat] = subjectMix[cat]
			open = open || subjectMix[cat] > 0
		}
	}
	if !open {
		return -1
	}
	list := s.active[g.weighted(weights)]
	return list[g.intn(len(list))]
}

// Chains: shares and lengths.
const (
	followShare  = 0.55           // interactions that follow up an open chain
	subjectShare = 0.42           // new chains about a real subject
	maxGap       = 30 * 24 * 3600 // seconds after which a chain is not followed up
)

// chainLengths weigh chain lengths 1 to 6.
var chainLengths = []int{40, 25, 15, 10, 6, 4}

// Who an interaction is with: a contact person (an index, ≥ 0), the
// partner itself, or a free-text contact (freeWho - k for the k-th).
const (
	partnerWho int32 = -1
	freeWho    int32 = -2
)

// thread is a chain of interactions under way: its subject and partner,
// who it is with, who handles it, and how many follow-ups are to come.
type thread struct {
	subject    data.Ref
	win        int32 // index into subjectIndex.wins, or -1 for a chain of its own
	cat        uint8
	partner    int32
	who        int32
	resp       data.ID
	root, last data.ID
	lastAt     int64
	left       int8
	topic      topic
	channel    string
}

// chains holds the threads that may still be followed up.
type chains struct {
	open []thread
}

// drop forgets the j-th open thread.
func (c *chains) drop(j int) {
	last := len(c.open) - 1
	c.open[j] = c.open[last]
	c.open = c.open[:last]
}

// chainStep places interaction id at unix time at of type t: as a
// follow-up of an open chain (returning the interaction it is based on)
// or as the first of a new chain (base 0). The returned thread is a copy.
func (g *generator) chainStep(id data.ID, at int64, t data.InteractionType) (th thread, base data.ID) {
	if len(g.chains.open) > 0 && g.chance(followShare) {
		for range 3 {
			if len(g.chains.open) == 0 {
				break
			}
			j := g.intn(len(g.chains.open))
			c := &g.chains.open[j]
			if at-c.lastAt > maxGap {
				g.chains.drop(j)
				continue
			}
			base = c.last
			if c.root != c.last && g.chance(0.2) {
				base = c.root
			}
			c.last, c.lastAt = id, at
			c.left--
			th = *c
			if c.left <= 0 {
				g.chains.drop(j)
			}
			g.followUp(&th, at)
			return th, base
		}
	}
	th = g.newThread(id, at, t)
	if th.left > 0 {
		g.chains.open = append(g.chains.open, th)
	}
	return th, 0
}

// newThread starts a chain: about a real subject open at the time, or
// its own subject.
func (g *generator) newThread(id data.ID, at int64, t data.InteractionType) thread {
	th := thread{root: id, last: id, lastAt: at, win: -1, left: int8(g.weighted(chainLengths))}
	if g.chance(subjectShare) {
		if w := g.subj.draw(g); w >= 0 {
			win := &g.subj.wins[w]
			th.win, th.subject, th.cat, th.partner = w, win.ref, win.cat, win.partner
			if th.partner < 0 {
				th.partner = g.cat.client.draw(g)
			}
			th.topic = g.subjectTopic(win, t)
		}
	}
	if th.win < 0 {
		th.subject = data.Ref{Kind: data.RefInteraction, ID: id}
		th.partner = g.cat.anyPartner.draw(g)
		th.topic = g.generalTopic(t, at)
	}
	th.who = g.drawWho(th.partner, th.win < 0)
	th.resp = g.drawResponsible(th.partner, at)
	th.channel = g.channelValue()
	return th
}

// followUp varies a follow-up from its chain: now and then another
// contact person of the partner, or another employee handles it.
func (g *generator) followUp(th *thread, at int64) {
	if th.who >= 0 && g.chance(0.15) {
		ps := g.cat.partnerPersons[th.partner]
		th.who = ps[g.intn(len(ps))]
	}
	if g.chance(0.1) {
		th.resp = g.drawResponsible(th.partner, at)
	}
}

// drawWho draws the main contact of a new chain: mostly a contact person
// of the partner, sometimes the partner itself, now and then (chains of
// their own only) a free-text contact.
func (g *generator) drawWho(partner int32, allowFree bool) int32 {
	x := g.intn(100)
	if allowFree && x < 6 {
		return freeWho - int32(g.intn(len(g.cat.free)))
	}
	if x < 24 {
		return partnerWho
	}
	ps := g.cat.partnerPersons[partner]
	return ps[g.intn(len(ps))]
}

// drawResponsible draws who handles a chain: mostly the partner's
// manager; employees who have left handled only old ones.
func (g *generator) drawResponsible(partner int32, at int64) data.ID {
	if g.chance(0.72) {
		return g.cat.partnerManager[partner]
	}
	if len(g.cat.inactive) > 0 && at < g.yearAgo && g.chance(0.15) {
		return pick(g, g.cat.inactive)
	}
	return pick(g, g.cat.active)
}
