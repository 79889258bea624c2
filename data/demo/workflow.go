package demo

import (
	"time"

	"interactions/data"
)

// recent is how far back interactions are still being worked through;
// older ones are mostly reviewed.
const recent = 30 * day

// review sets the reviewed flag and review-after time the way a working
// team leaves them: old interactions handled, recent ones a mix of
// handled, waiting to be reviewed, deferred to the coming days and
// deferred to a time that has already come; future meetings and plans
// deferred until they take place.
func (g *generator) review(it *data.Interaction) {
	age := g.now.Sub(it.Date)
	switch {
	case age < 0:
		if g.chance(0.6) {
			it.ReviewAfter = it.Date
		}
	case age > recent:
		if g.chance(0.96) {
			it.Reviewed = true
		} else if g.chance(0.5) {
			it.ReviewAfter = g.dueAfter(it.Date, 10*day)
		}
	default:
		reviewed := 0.45
		if it.Direction == data.DirOutgoing {
			reviewed = 0.7
		}
		if g.chance(reviewed) {
			it.Reviewed = true
			return
		}
		switch x := g.intn(100); {
		case x < 40: // to review
		case x < 75:
			it.ReviewAfter = g.deferTo()
		default:
			it.ReviewAfter = g.dueAfter(it.Date, age)
		}
	}
}

// deferTo returns a review-after time in the next days, in working hours.
func (g *generator) deferTo() time.Time {
	lo := g.now.Add(time.Hour)
	for range 4 {
		t := g.workTime(lo, g.now.Add(6*day))
		if t.After(g.now) {
			return t
		}
	}
	return g.now.Add(3 * time.Hour).Truncate(15 * time.Minute)
}

// dueAfter returns a review-after time that has come: after date, within
// span of it and not later than now, on a quarter of an hour.
func (g *generator) dueAfter(date time.Time, span time.Duration) time.Time {
	if hi := g.now.Sub(date); span > hi {
		span = hi
	}
	if span < 15*time.Minute {
		return date
	}
	t := date.Add(time.Duration(g.r.Int64N(int64(span)))).Truncate(15 * time.Minute)
	if t.Before(date) {
		t = date
	}
	return t
}

// stamps sets when the interaction was created and last modified: past
// ones around their date, future ones some days before now, never after now.
func (g *generator) stamps(it *data.Interaction) {
	var created time.Time
	if it.Date.After(g.now) {
		created = g.now.Add(-time.Duration(g.between(10, 20*24*60)) * time.Minute)
	} else {
		switch it.Type {
		case data.TypeEmail, data.TypeSMS:
			created = it.Date.Add(-time.Duration(g.intn(600)) * time.Second)
			if it.Direction == data.DirIncoming {
				created = it.Date.Add(time.Duration(g.intn(90)) * time.Second)
			}
		case data.TypeMeeting, data.TypePlanned:
			created = it.Date.Add(-time.Duration(g.between(60, 14*24*60)) * time.Minute)
		default:
			created = it.Date.Add(time.Duration(g.intn(1200)) * time.Second)
		}
		if created.After(g.now) {
			created = g.now
		}
	}
	edit := 2 * time.Hour
	if it.Reviewed {
		edit = 3 * day
	}
	modified := created.Add(time.Duration(g.r.Int64N(int64(edit/time.Second))) * time.Second)
	if modified.After(g.now) {
		modified = g.now
	}
	if modified.Before(created) {
		modified = created
	}
	it.Created, it.Modified = created, modified
}

// importance is mostly normal; claims are more often urgent.
func (g *generator) importance(cat uint8) data.Importance {
	high := 12
	if cat == catClaim {
		high = 35
	}
	switch x := g.intn(100); {
	case x < high:
		return data.ImportanceHigh
	case x < high+8:
		return data.ImportanceLow
	}
	return data.ImportanceNormal
}

// channelValue draws a channel for a new chain: about half of the chains
// record how the contact came.
func (g *generator) channelValue() string {
	if !g.chance(0.55) {
		return ""
	}
	return g.pools.channel[g.weighted(channelWeights)]
}

// setAttrs sets the additional attribute values of it: the chain's
// channel, sometimes a next-contact date a few days after it, sometimes
// the needs-manager flag. Values are in canonical form.
func (g *generator) setAttrs(it *data.Interaction, channel string, day int) {
	var buf [3]data.AttrValue
	n := 0
	if channel != "" && g.chance(0.85) {
		buf[n] = data.AttrValue{Attr: attrChannel, Value: channel}
		n++
	}
	if it.Type != data.TypeSMS && g.chance(0.25) {
		buf[n] = data.AttrValue{Attr: attrNextContact, Value: g.cal.dayText[day+g.between(1, maxNextContact)]}
		n++
	}
	if g.chance(0.15) {
		v := "false"
		if g.chance(0.35) {
			v = "true"
		}
		buf[n] = data.AttrValue{Attr: attrNeedsManager, Value: v}
		n++
	}
	if n > 0 {
		it.Attrs = g.mem.attrs.take(n)
		copy(it.Attrs, buf[:n])
	}
}

// maxNextContact is how many days ahead a next-contact date may be.
const maxNextContact = 21
