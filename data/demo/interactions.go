package demo

import (
	"encoding/binary"
	"time"

	"interactions/data"
)

// buildInteractions makes the interactions day by day, in time order,
// so that ids grow with dates and every follow-up comes after the
// interaction it is based on.
func (g *generator) buildInteractions() {
	g.startInteractions()
	g.ds.Interactions = g.nextDays(g.o.Size)
}

// startInteractions lays out the calendar before the first nextDays.
func (g *generator) startInteractions() {
	g.planCalendar(g.o.Size)
	g.mem.init(g.o.Size)
}

// nextDays makes the interactions of the days after the last one made,
// whole days until there are at least n of them; none when every day is
// done.
func (g *generator) nextDays(n int) []data.Interaction {
	size := 0
	end := g.day
	for ; end < len(g.cal.days) && size < n; end++ {
		size += g.cal.counts[end]
	}
	if size == 0 {
		g.day = end
		return nil
	}
	its := make([]data.Interaction, size)
	g.batch, g.batchFirst = its, g.made+1
	i := 0
	for ; g.day < end; g.day++ {
		d, midnight := g.day, g.cal.days[g.day]
		n := g.cal.counts[d]
		if n == 0 {
			continue
		}
		g.subj.advance(midnight.Unix(), midnight.Add(day).Unix())
		g.slots = g.daySlots(d, n, g.slots)
		for _, s := range g.slots {
			it := &its[i]
			i++
			g.made++
			g.fill(it, g.made, midnight.Add(time.Duration(s.sec)*time.Second), s.typ, d)
			g.keepBase(it)
		}
	}
	g.batch = nil
	return its
}

// baseOf returns the interaction id is based on: from the batch being
// made, or what the ones of earlier batches left for their follow-ups.
func (g *generator) baseOf(id data.ID) *data.Interaction {
	if id >= g.batchFirst {
		return &g.batch[id-g.batchFirst]
	}
	b := &g.bases[id]
	it := &data.Interaction{Direction: b.dir}
	if b.email {
		text := g.baseTexts.at(b.text)
		it.Email = &data.Email{Subject: text[:b.subject], MessageID: text[b.subject:]}
	}
	return it
}

// keepBase keeps what a follow-up of it reads of it, when the
// interactions are made a batch at a time.
func (g *generator) keepBase(it *data.Interaction) {
	if g.bases == nil {
		return
	}
	b := baseInfo{dir: it.Direction}
	if it.Email != nil {
		b.email = true
		b.subject = uint32(len(it.Email.Subject))
		b.text = g.baseTexts.add(it.Email.Subject, it.Email.MessageID)
	}
	g.bases[it.ID] = b
}

// baseInfo is what a follow-up reads of the interaction it is based on:
// an e-mail's subject and message id are kept in baseTexts, so that a
// million of them are a few large blocks to the collector rather than
// two million strings.
type baseInfo struct {
	dir     data.Direction
	email   bool
	subject uint32 // the subject's length: the message id follows it
	text    uint64 // where the texts are in baseTexts
}

// textBlocks keeps texts one after another in blocks that are never
// copied.
type textBlocks struct {
	blocks [][]byte
}

const textBlock = 1 << 20

// add keeps a and b together and returns where.
func (t *textBlocks) add(a, b string) uint64 {
	n := len(a) + len(b)
	if len(t.blocks) == 0 || cap(t.blocks[len(t.blocks)-1])-len(t.blocks[len(t.blocks)-1]) < n+4 {
		t.blocks = append(t.blocks, make([]byte, 0, max(textBlock, n+4)))
	}
	last := len(t.blocks) - 1
	blk := t.blocks[last]
	pos := uint64(last)<<32 | uint64(len(blk))
	blk = binary.LittleEndian.AppendUint32(blk, uint32(n))
	t.blocks[last] = append(append(blk, a...), b...)
	return pos
}

// at returns the texts kept at pos, as one string.
func (t *textBlocks) at(pos uint64) string {
	blk := t.blocks[pos>>32][uint32(pos):]
	n := binary.LittleEndian.Uint32(blk)
	return string(blk[4 : 4+n])
}

// fill makes interaction id of type t at time at, on calendar day d.
func (g *generator) fill(it *data.Interaction, id data.ID, at time.Time, t data.InteractionType, d int) {
	it.ID, it.Number, it.Date, it.Type = id, g.mem.number(id), at, t
	th, base := g.chainStep(id, at.Unix(), t)
	it.Subject, it.BasedOn = th.subject, base
	var b *data.Interaction
	if base != 0 {
		b = g.baseOf(base)
	}
	it.Responsible, it.Author = th.resp, th.resp
	if g.chance(0.12) {
		it.Author = pick(g, g.cat.active)
	}
	it.Importance = g.importance(th.cat)
	tp := g.topic(&th, t, b)
	it.Topic = tp.line

	var ps [3]*party
	k := g.parties(&th, t, &ps)
	it.Contacts = g.mem.contacts.take(k)
	for i := range k {
		it.Contacts[i] = ps[i].contact(t == data.TypeEmail)
	}

	switch t {
	case data.TypeMeeting:
		g.meeting(it, &th)
	case data.TypePlanned:
		g.planned(it)
	case data.TypeCall:
		g.call(it, ps[0])
	case data.TypeSMS:
		g.sms(it, tp.sms, ps[:k])
	case data.TypeEmail:
		g.email(it, &th, ps[:k], b)
	}
	if notes := g.pools.notes[t]; len(notes) > 0 && g.chance(0.7) {
		it.Description = notes[g.intn(len(notes))]
	}
	g.review(it)
	g.setAttrs(it, th.channel, d)
	g.stamps(it)
	if th.left <= 0 && g.chance(0.002) {
		it.Deleted = true // the last of its chain: nothing is based on it
	}
}

// topic draws the topic of an interaction: a chain keeps its topic while
// it suits the type, or goes on with a follow-up topic (a chain of its
// own) or another topic about its subject.
func (g *generator) topic(th *thread, t data.InteractionType, base *data.Interaction) topic {
	keep := th.topic.mask&(1<<t) != 0
	switch {
	case base == nil || keep && g.chance(0.6):
		return th.topic
	case th.win >= 0:
		return g.subjectTopic(&g.subj.wins[th.win], t)
	}
	return g.followUpTopic(t)
}

// party returns who th's interactions are with; an SMS goes to a contact
// person's mobile rather than to the partner's office.
func (g *generator) party(th *thread, sms bool) *party {
	switch {
	case th.who <= freeWho:
		return &g.cat.free[freeWho-th.who]
	case th.who == partnerWho && !sms:
		return &g.cat.partners[th.partner]
	case th.who == partnerWho:
		return &g.cat.persons[g.cat.partnerPersons[th.partner][0]]
	}
	return &g.cat.persons[th.who]
}

// parties fills ps with the one to three parties of an interaction: the
// chain's contact first, then now and then colleagues of the same
// partner or the partner itself. It returns how many there are.
func (g *generator) parties(th *thread, t data.InteractionType, ps *[3]*party) int {
	sms := t == data.TypeSMS
	ps[0] = g.party(th, sms)
	if th.who <= freeWho {
		return 1
	}
	want := 1
	switch x := g.intn(100); {
	case x < 6:
		want = 3
	case x < 24:
		want = 2
	}
	n := 1
	persons := g.cat.partnerPersons[th.partner]
	for range 4 {
		if n >= want {
			break
		}
		p := &g.cat.partners[th.partner]
		if sms || g.chance(0.7) {
			p = &g.cat.persons[persons[g.intn(len(persons))]]
		}
		dup := false
		for _, q := range ps[:n] {
			dup = dup || q == p
		}
		if !dup {
			ps[n] = p
			n++
		}
	}
	return n
}
