package demo

import (
	"html"
	"slices"
	"strings"
	"time"

	"interactions/data"
)

// pools are texts built once from the lexicon's templates and shared by
// many interactions: topics, descriptions, mail bodies and attachments.
// Interactions hold the pooled strings, not copies.
type pools struct {
	general   [][data.TypeEmail + 1][][]topic // by period and type: templates, each with its variants
	followUps [data.TypeEmail + 1][]topic
	subjTpl   [numCats][data.TypeEmail + 1][]int // templates of a category that suit a type
	notes     [data.TypeEmail + 1][]string
	bodies    [numCats][]string
	html      [numCats][]string
	attach    []data.Attachment
	channel   []string // list option ids as values: "1", "2" …
	replies   map[string]string
}

// Pool sizes.
const (
	noteCount   = 600
	bodyCount   = 300
	attachCount = 200
)

// buildPools fills the pools from the lexicon.
func (g *generator) buildPools() {
	lx, p := g.lx, &g.pools
	g.buildTopics()
	for _, t := range []data.InteractionType{data.TypeMeeting, data.TypePlanned, data.TypeCall} {
		for range noteCount {
			p.notes[t] = append(p.notes[t], g.sentences(lx.notes[t], 1, 2, " "))
		}
	}
	for cat := range numCats {
		lines := lx.bodyLines[cat]
		for range bodyCount {
			greeting, closing := pick(g, lx.greetings), pick(g, lx.closings)
			text := g.sentences(lines, 1, 3, " ")
			if cat != catGeneral && g.chance(0.3) {
				text += " " + pick(g, lx.bodyLines[catGeneral])
			}
			p.bodies[cat] = append(p.bodies[cat], greeting+"\n\n"+text+"\n\n"+closing)
			p.html[cat] = append(p.html[cat], "<html><body><p>"+html.EscapeString(greeting)+"</p>\n<p>"+
				html.EscapeString(text)+"</p>\n<p>"+strings.ReplaceAll(html.EscapeString(closing), "\n", "<br>")+"</p></body></html>")
		}
	}
	for range attachCount {
		a := pick(g, lx.attachments)
		p.attach = append(p.attach, data.Attachment{
			Name:        g.fillText(a.name, g.now),
			ContentType: a.contentType,
			Size:        int64(g.logUniform(8<<10, 6<<20)),
		})
	}
}

// sentences joins lo to hi different lines drawn from list.
func (g *generator) sentences(list []string, lo, hi int, sep string) string {
	n := min(g.between(lo, hi), len(list))
	first := g.intn(len(list))
	step := 1 + g.intn(max(1, len(list)-1))
	parts := make([]string, 0, n)
	for i := range n {
		parts = append(parts, list[(first+i*step)%len(list)])
	}
	parts = compactStrings(parts)
	return strings.Join(parts, sep)
}

// compactStrings drops repeats, keeping the first of each.
func compactStrings(list []string) []string {
	var out []string
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// topic is the topic line of an interaction, the types it suits, and the
// text of an SMS message on it (the line itself where the lexicon has no
// message for it).
type topic struct {
	line, sms string
	mask      uint8
}

// General topics name dates, invoices and quarters: their pools are
// built for each period of the span, so that a topic never names a date
// after its interaction.
const (
	topicPeriod   = 61 * 24 * 3600 // seconds
	topicVariants = 12             // variants of a template with placeholders, per period
)

// maskOf returns the types a template suits: an SMS message only where
// the lexicon has a message for the topic.
func (lx *lexicon) maskOf(x tpl) uint8 {
	m := x.mask &^ mSMS
	if lx.sms[x.text] != "" {
		m |= mSMS
	}
	return m
}

// ofType keeps the templates that suit type t; all of them when none does.
func (lx *lexicon) ofType(list []tpl, t data.InteractionType) []tpl {
	var out []tpl
	for _, x := range list {
		if lx.maskOf(x)&(1<<t) != 0 {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return list
	}
	return out
}

// buildTopics fills the topic pools: general topics by period and type,
// follow-up topics by type, and which subject templates suit each type.
func (g *generator) buildTopics() {
	lx, p := g.lx, &g.pools
	p.replies = map[string]string{}
	periods := int((g.to.Unix()-g.from.Unix())/topicPeriod) + 1
	p.general = make([][data.TypeEmail + 1][][]topic, periods)
	for i := range periods {
		start := g.from.Add(time.Duration(i*topicPeriod) * time.Second)
		for _, t := range data.AllTypes {
			for _, x := range lx.ofType(lx.topics[catGeneral], t) {
				n := 1
				if strings.Contains(x.text, "{") {
					n = topicVariants
				}
				variants := make([]topic, n)
				for k := range variants {
					fill := g.filler(start) // the line and its message share the values
					variants[k] = g.newTopic(x, fill(x.text), fill(lx.sms[x.text]))
				}
				p.general[i][t] = append(p.general[i][t], variants)
			}
		}
	}
	for _, t := range data.AllTypes {
		for _, x := range lx.ofType(lx.followUps, t) {
			p.followUps[t] = append(p.followUps[t], g.newTopic(x, x.text, lx.sms[x.text]))
		}
		for cat := catDeal; cat < numCats; cat++ {
			for k, x := range lx.topics[cat] {
				if lx.maskOf(x)&(1<<t) != 0 {
					p.subjTpl[cat][t] = append(p.subjTpl[cat][t], k)
				}
			}
			if len(p.subjTpl[cat][t]) == 0 {
				for k := range lx.topics[cat] {
					p.subjTpl[cat][t] = append(p.subjTpl[cat][t], k)
				}
			}
		}
	}
}

// newTopic makes the topic of template x with its line and message.
func (g *generator) newTopic(x tpl, line, sms string) topic {
	if sms == "" {
		sms = line
	}
	return topic{line: line, sms: sms, mask: g.lx.maskOf(x)}
}

// generalTopic draws the topic of a chain of its own of type t started
// at unix time at.
func (g *generator) generalTopic(t data.InteractionType, at int64) topic {
	period := clamp(int((at-g.from.Unix())/topicPeriod), 0, len(g.pools.general)-1)
	list := g.pools.general[period][t]
	v := list[g.intn(len(list))]
	return v[g.intn(len(v))]
}

// followUpTopic draws a follow-up topic for type t.
func (g *generator) followUpTopic(t data.InteractionType) topic {
	return pick(g, g.pools.followUps[t])
}

// subjectTopic draws a topic about the subject of w that suits type t;
// each subject's topics are built once, when first used.
func (g *generator) subjectTopic(w *window, t data.InteractionType) topic {
	list := g.pools.subjTpl[w.cat][t]
	k := list[g.intn(len(list))]
	if w.topics == nil {
		w.topics = g.mem.topics.take(len(g.lx.topics[w.cat]))
	}
	if w.topics[k].line == "" {
		x := g.lx.topics[w.cat][k]
		w.topics[k] = g.newTopic(x, g.withKey(x.text, w.key), g.withKey(g.lx.sms[x.text], w.key))
	}
	return w.topics[k]
}

// withKey writes template s with its one placeholder replaced by key.
func (g *generator) withKey(s, key string) string {
	before, rest, ok := strings.Cut(s, "{")
	if !ok {
		return s
	}
	_, after, _ := strings.Cut(rest, "}")
	a := &g.mem.text
	start := a.reserve(len(before) + len(key) + len(after))
	a.b.WriteString(before)
	a.b.WriteString(key)
	a.b.WriteString(after)
	return a.cut(start)
}

// reply returns the subject of a reply to a letter: "Re: " once.
func (g *generator) reply(subject string) string {
	if strings.HasPrefix(subject, g.lx.replyPrefix) {
		return subject
	}
	r, ok := g.pools.replies[subject]
	if !ok {
		r = g.lx.replyPrefix + subject
		g.pools.replies[subject] = r
	}
	return r
}
