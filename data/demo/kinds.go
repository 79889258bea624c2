package demo

import (
	"strings"
	"time"

	"interactions/data"
)

// meetingLengths are the usual lengths of meetings, in minutes.
var meetingLengths = []int{30, 60, 60, 60, 90, 90, 120, 180}

// meeting fills a meeting: it starts at the interaction's date and takes
// place at the partner's office, ours, a video call, or somewhere else.
func (g *generator) meeting(it *data.Interaction, th *thread) {
	m := g.mem.meetings.one()
	m.Start = it.Date
	m.End = it.Date.Add(time.Duration(pick(g, meetingLengths)) * time.Minute)
	switch x := g.intn(100); {
	case x < 45 && th.who > freeWho:
		m.Place = g.cat.partnerPlace[th.partner]
	case x < 92:
		m.Place = pick(g, g.lx.places)
	}
	it.Meeting = m
}

// planned fills a planned interaction; most carry a planned time.
func (g *generator) planned(it *data.Interaction) {
	p := g.mem.planned.one()
	if g.chance(0.75) {
		p.At = it.Date
	}
	it.Planned = p
}

// call fills a phone call with whom it was with, the number and how
// long it took; a few calls went unanswered.
func (g *generator) call(it *data.Interaction, p *party) {
	c := g.mem.calls.one()
	c.Contact = p.contact(false)
	c.Phone = p.phone
	it.Direction = data.DirOutgoing
	missed := 0.08
	if g.chance(0.45) {
		it.Direction, missed = data.DirIncoming, 0.04
	}
	if !g.chance(missed) {
		c.Duration = time.Duration(g.logUniform(20, 1500)) * time.Second
	}
	it.Call = c
}

// sms fills an SMS message: the text of its topic sent to the contacts'
// mobiles; future ones wait as drafts or in the queue.
func (g *generator) sms(it *data.Interaction, text string, ps []*party) {
	s := g.mem.sms.one()
	s.Text = text
	s.Recipients = g.mem.recipients.take(len(ps))
	for i, p := range ps {
		s.Recipients[i] = data.SMSRecipient{Contact: p.contact(false), Number: p.phone}
	}
	switch age := g.now.Sub(it.Date); {
	case age < 0:
		s.State = data.SMSDraft
		if g.chance(0.5) {
			s.State = data.SMSQueued
		}
	case age < time.Hour && g.chance(0.3):
		s.State = data.SMSQueued
	default:
		switch x := g.intn(100); {
		case x < 84:
			s.State = data.SMSDelivered
		case x < 93:
			s.State = data.SMSSent
		case x < 98:
			s.State = data.SMSNotDelivered
		default:
			s.State = data.SMSDraft
		}
	}
	it.Direction = data.DirOutgoing
	it.SMS = s
}

// email fills a letter: incoming ones in the inbox (a few archived or in
// the trash), outgoing ones sent, a few still drafts or in the outbox,
// future ones drafts. A letter based on a letter is a reply to it.
func (g *generator) email(it *data.Interaction, th *thread, ps []*party, base *data.Interaction) {
	e := g.mem.emails.one()
	resp := &g.cat.employees[it.Responsible-1]
	future := it.Date.After(g.now)
	it.Direction = data.DirIncoming
	if future || g.chance(0.45) {
		it.Direction = data.DirOutgoing
	}
	if base != nil && base.Email != nil && base.Email.MessageID != "" && !future {
		it.Direction = data.DirIncoming + data.DirOutgoing - base.Direction
		it.Topic = g.reply(base.Email.Subject)
		e.InReplyTo = base.Email.MessageID
	}
	e.Subject = it.Topic
	var cc []*party
	if len(ps) > 1 {
		cc = ps[1:]
	}
	domain := g.lx.ourDomain
	if it.Direction == data.DirIncoming {
		e.From, e.To = ps[0].email, resp.emails
		domain = ps[0].email[strings.LastIndexByte(ps[0].email, '@')+1:]
		e.Folder = data.FolderInbox
		if x := g.intn(100); x < 2 {
			e.Folder = g.lx.trash
		} else if x < 7 && g.now.Sub(it.Date) > 90*day {
			e.Folder = g.lx.other
		}
	} else {
		e.From, e.To = resp.email, ps[0].emails
		e.Folder, e.State = data.FolderSent, data.MailSent
		switch x := g.intn(100); {
		case future || x < 3:
			e.Folder, e.State = data.FolderDrafts, data.MailDraft
		case x < 6 && g.now.Sub(it.Date) < 2*day:
			e.Folder, e.State = data.FolderOutbox, data.MailOutbox
		}
		if it.Responsible != 1 {
			switch x := g.intn(100); {
			case x < 6 && len(cc) == 0:
				e.Cc = g.cat.employees[0].emails // a copy to the head of sales
			case x < 8:
				e.Bcc = g.cat.employees[0].emails // a blind one
			}
		}
	}
	switch len(cc) {
	case 1:
		e.Cc = cc[0].emails
	case 2:
		e.Cc = g.mem.addresses(cc[0].email, cc[1].email)
	}
	if e.State != data.MailDraft {
		e.MessageID = g.mem.messageID(it.Date.Unix(), it.ID, g.r.Uint32(), domain)
	}
	if g.chance(0.12) {
		e.HTMLBody = pick(g, g.pools.html[th.cat])
	} else {
		e.Body = pick(g, g.pools.bodies[th.cat])
	}
	if g.chance(0.1) {
		n := 1
		if g.chance(0.2) {
			n = 2
		}
		e.Attachments = g.mem.attachments.take(n)
		for i := range e.Attachments {
			e.Attachments[i] = pick(g, g.pools.attach)
		}
	}
	it.Email = e
}
