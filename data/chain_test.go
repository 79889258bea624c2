package data_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"interactions/data"
)

// listIDs pages through the whole list of f, pageSize rows at a time.
func listIDs(t *testing.T, s *data.Store, f data.Filter, order data.SortOrder, pageSize int) []data.ID {
	t.Helper()
	var ids []data.ID
	q := data.Query{Filter: f, Order: order, Limit: pageSize}
	for range 100000 {
		page, err := s.List(q)
		if err != nil {
			t.Fatalf("List(%+v): %v", f, err)
		}
		for _, r := range page.Rows {
			ids = append(ids, r.Interaction.ID)
		}
		if !page.More {
			return ids
		}
		if len(page.Rows) == 0 {
			t.Fatalf("List(%+v): an empty page says there is more", f)
		}
		q.After = page.Next
	}
	t.Fatalf("List(%+v) never ends", f)
	return nil
}

// chainFixture holds a store with a deal and an employee for chain tests.
type chainFixture struct {
	t    *testing.T
	s    *data.Store
	emp  *data.Employee
	p    *data.Partner
	deal *data.Deal
	day  time.Time
}

func newChainFixture(t *testing.T) *chainFixture {
	s, e, p, _ := newTestStore(t)
	fixedClock(s, time.Date(2026, 5, 20, 12, 0, 0, 0, time.Local))
	deal := &data.Deal{Partner: p.ID, Name: "Поставка станков", Active: true}
	if err := s.SaveDeal(deal); err != nil {
		t.Fatal(err)
	}
	return &chainFixture{t: t, s: s, emp: e, p: p, deal: deal, day: time.Date(2026, 5, 18, 0, 0, 0, 0, time.Local)}
}

// add saves an interaction of type typ at hour h of the fixture's day.
func (c *chainFixture) add(typ data.InteractionType, h int, basedOn data.ID, subject data.Ref) *data.Interaction {
	c.t.Helper()
	dir := data.DirNone
	if typ == data.TypeCall || typ == data.TypeEmail {
		dir = data.DirIncoming
	}
	it := c.s.NewInteraction(typ, dir)
	it.Date = c.day.Add(time.Duration(h) * time.Hour)
	it.Responsible = c.emp.ID
	it.Topic = "Шаг " + typ.String()
	it.BasedOn = basedOn
	it.Subject = subject
	it.Reviewed = false // outgoing SMS start reviewed by default
	it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: c.p.ID}}}
	if typ == data.TypeSMS {
		it.SMS.Text = "Напоминание"
		it.SMS.Recipients = []data.SMSRecipient{{Number: "+7 916 000-00-01"}}
	}
	if err := c.s.SaveInteraction(it); err != nil {
		c.t.Fatalf("SaveInteraction(%s at %d h): %v", typ, h, err)
	}
	return it
}

// subjectOf reads the stored subject of id.
func (c *chainFixture) subjectOf(id data.ID) data.Ref {
	c.t.Helper()
	it, err := c.s.Interaction(id)
	if err != nil {
		c.t.Fatalf("Interaction(%d): %v", id, err)
	}
	return it.Subject
}

// wantSubjects checks the stored subject of each id.
func (c *chainFixture) wantSubjects(what string, want data.Ref, ids ...data.ID) {
	c.t.Helper()
	for _, id := range ids {
		if got := c.subjectOf(id); got != want {
			c.t.Errorf("%s: Subject of %d = %v, want %v", what, id, got, want)
		}
	}
}

// wantList checks the ids the subject filter lists, newest first.
func (c *chainFixture) wantList(subject data.Ref, deleted data.DeletedFilter, want ...data.ID) {
	c.t.Helper()
	f := data.Filter{Subject: subject, Deleted: deleted}
	got := listIDs(c.t, c.s, f, data.NewestFirst, 2)
	if !slices.Equal(got, want) {
		c.t.Errorf("List(Subject %v, deleted %d) = %v, want %v", subject, deleted, got, want)
	}
	n, err := c.s.Count(f)
	if err != nil || n != len(want) {
		c.t.Errorf("Count(Subject %v, deleted %d) = %d, %v, want %d", subject, deleted, n, err, len(want))
	}
}

// subjectCounter returns the stored counter group of a subject, if any.
func (c *chainFixture) subjectCounter(r data.Ref) (data.Group, bool) {
	c.t.Helper()
	gs, err := c.s.Counters(data.GroupBy{Kind: data.GroupSubject})
	if err != nil {
		c.t.Fatal(err)
	}
	for _, g := range gs {
		if g.Key.Ref == r {
			return g, true
		}
	}
	return data.Group{}, false
}

func (c *chainFixture) wantCounter(r data.Ref, count, unreviewed int, last time.Time) {
	c.t.Helper()
	g, ok := c.subjectCounter(r)
	if count == 0 {
		if ok {
			c.t.Errorf("Counters(subject) has %v with %d, want no group", r, g.Count)
		}
		return
	}
	if !ok || g.Count != count || g.Unreviewed != unreviewed || !g.Last.Equal(last) {
		c.t.Errorf("Counters(subject)[%v] = %d, %d unreviewed, last %v (found %v); want %d, %d, %v",
			r, g.Count, g.Unreviewed, g.Last, ok, count, unreviewed, last)
	}
	// The filtered grouping agrees with the stored counters.
	gs, err := c.s.Groups(data.Filter{Subject: r}, data.GroupBy{Kind: data.GroupSubject})
	if err != nil {
		c.t.Fatal(err)
	}
	if len(gs) != 1 || gs[0].Count != count || gs[0].Unreviewed != unreviewed || !gs[0].Last.Equal(last) {
		c.t.Errorf("Groups(Subject %v, by subject) = %+v, want one group of %d", r, gs, count)
	}
}

// reviewedAndClosed marks ids reviewed, closes the store and returns its
// file's path, for a test that edits the file next.
func (c *chainFixture) reviewedAndClosed(ids ...data.ID) string {
	c.t.Helper()
	if err := c.s.SetReviewed(ids, true); err != nil {
		c.t.Fatal(err)
	}
	path := c.s.Path()
	c.s.Close()
	return path
}

func (c *chainFixture) check() {
	c.t.Helper()
	if probs, err := c.s.Check(); err != nil || len(probs) > 0 {
		c.t.Errorf("Check() = %q, %v; want no problems", probs, err)
	}
}

func chainRef(id data.ID) data.Ref { return data.Ref{Kind: data.RefInteraction, ID: id} }

func TestChain_NewInteractionRootsItsOwnChain(t *testing.T) {
	c := newChainFixture(t)
	for i, typ := range data.AllTypes {
		it := c.add(typ, i, 0, data.Ref{})
		if !it.IsChainRoot() || it.HasOwnSubject() {
			t.Errorf("new %s: Subject %v, IsChainRoot %v, HasOwnSubject %v; want its own chain", typ, it.Subject, it.IsChainRoot(), it.HasOwnSubject())
		}
		c.wantSubjects("new "+typ.String(), chainRef(it.ID), it.ID)
		rows, err := c.s.List(data.Query{Filter: data.Filter{Subject: chainRef(it.ID)}})
		if err != nil || len(rows.Rows) != 1 || rows.Rows[0].Subject != "" {
			t.Errorf("List(own chain of %d) = %+v, %v; want one row with no subject name", it.ID, rows.Rows, err)
		}
	}
	c.check()
}

func TestChain_FollowUpsJoinTheRoot(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	call := c.add(data.TypeCall, 10, root.ID, data.Ref{})     // based on the root
	meet := c.add(data.TypeMeeting, 11, call.ID, data.Ref{})  // based on a follow-up
	sms := c.add(data.TypeSMS, 12, 0, chainRef(meet.ID))      // a member chosen as subject
	plan := c.add(data.TypePlanned, 13, 0, chainRef(root.ID)) // the root chosen as subject
	other := c.add(data.TypeCall, 14, 0, data.Ref{})          // an unrelated chain
	c.wantSubjects("chain", chainRef(root.ID), root.ID, call.ID, meet.ID, sms.ID, plan.ID)
	c.wantSubjects("unrelated", chainRef(other.ID), other.ID)
	for _, it := range []*data.Interaction{call, meet, sms, plan} {
		if it.Subject != chainRef(root.ID) {
			t.Errorf("saved value of %d: Subject = %v, want %v", it.ID, it.Subject, chainRef(root.ID))
		}
	}
	c.wantList(chainRef(root.ID), data.DeletedHide, plan.ID, sms.ID, meet.ID, call.ID, root.ID)
	if got := listIDs(t, c.s, data.Filter{Subject: chainRef(root.ID)}, data.OldestFirst, 3); !slices.Equal(got, []data.ID{root.ID, call.ID, meet.ID, sms.ID, plan.ID}) {
		t.Errorf("List(chain, oldest first) = %v", got)
	}
	c.wantCounter(chainRef(root.ID), 5, 5, plan.Date)
	c.wantCounter(chainRef(other.ID), 1, 1, other.Date)
	c.check()
}

func TestChain_RealSubjectMovesTheWholeChain(t *testing.T) {
	for _, how := range []string{"SetSubject", "SaveInteraction"} {
		for _, on := range []string{"root", "last member"} {
			t.Run(how+" on "+on, func(t *testing.T) {
				c := newChainFixture(t)
				root := c.add(data.TypeEmail, 9, 0, data.Ref{})
				m1 := c.add(data.TypeCall, 10, root.ID, data.Ref{})
				m2 := c.add(data.TypeMeeting, 11, m1.ID, data.Ref{})
				other := c.add(data.TypeCall, 12, 0, data.Ref{})
				if err := c.s.SetReviewed([]data.ID{m1.ID}, true); err != nil {
					t.Fatal(err)
				}
				c.wantCounter(chainRef(root.ID), 3, 2, m2.Date)

				target := m2.ID
				if on == "root" {
					target = root.ID
				}
				dealRef := data.Ref{Kind: data.RefDeal, ID: c.deal.ID}
				if how == "SetSubject" {
					if err := c.s.SetSubject([]data.ID{target}, dealRef); err != nil {
						t.Fatalf("SetSubject: %v", err)
					}
				} else {
					it, _ := c.s.Interaction(target)
					it.Subject = dealRef
					if err := c.s.SaveInteraction(it); err != nil {
						t.Fatalf("SaveInteraction: %v", err)
					}
				}
				c.wantSubjects("after the move", dealRef, root.ID, m1.ID, m2.ID)
				c.wantSubjects("unrelated chain", chainRef(other.ID), other.ID)
				c.wantList(dealRef, data.DeletedHide, m2.ID, m1.ID, root.ID)
				c.wantList(chainRef(root.ID), data.DeletedHide)
				c.wantCounter(dealRef, 3, 2, m2.Date)
				c.wantCounter(chainRef(root.ID), 0, 0, time.Time{})
				page, err := c.s.List(data.Query{Filter: data.Filter{Subject: dealRef}})
				if err == nil && len(page.Rows) > 0 && page.Rows[0].Subject != c.deal.Name {
					t.Errorf("Row.Subject = %q, want %q", page.Rows[0].Subject, c.deal.Name)
				}
				sub, err := c.s.SubjectCounters(false)
				if err != nil || len(sub) != 1 || sub[0].Key.Ref != dealRef || sub[0].Count != 3 {
					t.Errorf("SubjectCounters(false) = %+v, %v; want the deal with 3", sub, err)
				}

				// A follow-up of a moved interaction joins the deal.
				next := c.add(data.TypeSMS, 13, m1.ID, data.Ref{})
				c.wantSubjects("follow-up after the move", dealRef, next.ID)
				// Choosing a moved interaction as subject means the deal.
				pick := c.add(data.TypePlanned, 14, 0, chainRef(root.ID))
				c.wantSubjects("interaction of the deal as subject", dealRef, pick.ID)
				c.wantCounter(dealRef, 5, 4, pick.Date)
				c.check()
			})
		}
	}
}

func TestChain_MarkDeletedAndUndo(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	m1 := c.add(data.TypeCall, 10, root.ID, data.Ref{})
	m2 := c.add(data.TypeMeeting, 11, m1.ID, data.Ref{})
	r := chainRef(root.ID)

	if err := c.s.MarkDeleted([]data.ID{m2.ID}, true); err != nil {
		t.Fatal(err)
	}
	c.wantList(r, data.DeletedHide, m1.ID, root.ID)
	c.wantList(r, data.DeletedOnly, m2.ID)
	c.wantList(r, data.DeletedInclude, m2.ID, m1.ID, root.ID)
	c.wantCounter(r, 2, 2, m1.Date)
	if it, _ := c.s.Interaction(m2.ID); !it.Deleted || it.Subject != r {
		t.Errorf("marked interaction: Deleted %v, Subject %v; want true, %v", it.Deleted, it.Subject, r)
	}
	c.check()

	if err := c.s.MarkDeleted([]data.ID{m2.ID}, false); err != nil {
		t.Fatal(err)
	}
	c.wantList(r, data.DeletedHide, m2.ID, m1.ID, root.ID)
	c.wantList(r, data.DeletedOnly)
	c.wantCounter(r, 3, 3, m2.Date)

	// Marking the root keeps the chain together.
	if err := c.s.MarkDeleted([]data.ID{root.ID}, true); err != nil {
		t.Fatal(err)
	}
	c.wantList(r, data.DeletedHide, m2.ID, m1.ID)
	c.wantCounter(r, 2, 2, m2.Date)
	late := c.add(data.TypeSMS, 12, m1.ID, data.Ref{})
	c.wantSubjects("follow-up while the root is marked", r, late.ID)
	if err := c.s.MarkDeleted([]data.ID{root.ID}, false); err != nil {
		t.Fatal(err)
	}
	c.wantList(r, data.DeletedHide, late.ID, m2.ID, m1.ID, root.ID)
	c.check()
}

// SPEC 2: a real subject set on any member moves every interaction of the
// chain; a member that is only marked for deletion is still one of them.
func TestChain_MarkedMemberMovesWithItsChain(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	m1 := c.add(data.TypeCall, 10, root.ID, data.Ref{})
	m2 := c.add(data.TypeMeeting, 11, m1.ID, data.Ref{})
	dealRef := data.Ref{Kind: data.RefDeal, ID: c.deal.ID}

	if err := c.s.MarkDeleted([]data.ID{m2.ID, root.ID}, true); err != nil {
		t.Fatal(err)
	}
	if err := c.s.SetSubject([]data.ID{m1.ID}, dealRef); err != nil {
		t.Fatal(err)
	}
	if err := c.s.MarkDeleted([]data.ID{m2.ID, root.ID}, false); err != nil {
		t.Fatal(err)
	}
	c.wantSubjects("after undoing the marks", dealRef, root.ID, m1.ID, m2.ID)
	c.wantList(dealRef, data.DeletedHide, m2.ID, m1.ID, root.ID)
	c.check()
}

func TestChain_PurgeOfTheRootReRootsTheRest(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	m1 := c.add(data.TypeCall, 10, root.ID, data.Ref{})
	m2 := c.add(data.TypeMeeting, 11, m1.ID, data.Ref{})
	m3 := c.add(data.TypeSMS, 12, root.ID, data.Ref{})
	gone := c.add(data.TypePlanned, 13, root.ID, data.Ref{}) // marked too: purged with the root
	other := c.add(data.TypeCall, 8, 0, data.Ref{})

	if err := c.s.MarkDeleted([]data.ID{root.ID, gone.ID}, true); err != nil {
		t.Fatal(err)
	}
	n, err := c.s.Purge()
	if err != nil || n != 2 {
		t.Fatalf("Purge() = %d, %v; want 2", n, err)
	}
	for _, id := range []data.ID{root.ID, gone.ID} {
		if _, err := c.s.Interaction(id); !errors.Is(err, data.ErrNotFound) {
			t.Errorf("Interaction(%d) after Purge: err = %v, want ErrNotFound", id, err)
		}
	}
	// The oldest remaining member is the new root.
	newRoot := chainRef(m1.ID)
	c.wantSubjects("after the purge", newRoot, m1.ID, m2.ID, m3.ID)
	c.wantSubjects("unrelated", chainRef(other.ID), other.ID)
	if it, _ := c.s.Interaction(m1.ID); !it.IsChainRoot() {
		t.Errorf("%d is not a chain root after the purge", m1.ID)
	}
	c.wantList(newRoot, data.DeletedInclude, m3.ID, m2.ID, m1.ID)
	c.wantList(chainRef(root.ID), data.DeletedInclude)
	c.wantCounter(newRoot, 3, 3, m3.Date)
	c.wantCounter(chainRef(root.ID), 0, 0, time.Time{})
	if n, _ := c.s.Count(data.Filter{Deleted: data.DeletedInclude}); n != 4 {
		t.Errorf("Count(everything) = %d after Purge, want 4", n)
	}
	if n, _ := c.s.Purge(); n != 0 {
		t.Errorf("second Purge() = %d, want 0", n)
	}
	next := c.add(data.TypeCall, 14, m2.ID, data.Ref{})
	c.wantSubjects("follow-up after the purge", newRoot, next.ID)
	c.check()
}

// An interaction based on a purged one must stay editable.
func TestChain_FollowUpOfAPurgedInteractionStaysEditable(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	m1 := c.add(data.TypeCall, 10, root.ID, data.Ref{})
	if err := c.s.MarkDeleted([]data.ID{root.ID}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := c.s.Purge(); err != nil {
		t.Fatal(err)
	}
	if err := c.s.SetReviewed([]data.ID{m1.ID}, true); err != nil {
		t.Errorf("SetReviewed(follow-up of a purged interaction) = %v, want nil", err)
	}
	it, err := c.s.Interaction(m1.ID)
	if err != nil {
		t.Fatal(err)
	}
	it.Topic = "Новая тема"
	if err := c.s.SaveInteraction(it); err != nil {
		t.Errorf("SaveInteraction(follow-up of a purged interaction) = %v, want nil", err)
	}
	c.check()
}

func TestChain_ZeroSubjectMakesItsOwnChain(t *testing.T) {
	c := newChainFixture(t)
	root := c.add(data.TypeEmail, 9, 0, data.Ref{})
	m1 := c.add(data.TypeCall, 10, root.ID, data.Ref{})
	m2 := c.add(data.TypeMeeting, 11, m1.ID, data.Ref{})
	r := chainRef(root.ID)

	if err := c.s.SetSubject([]data.ID{m1.ID}, data.Ref{}); err != nil {
		t.Fatal(err)
	}
	c.wantSubjects("the one taken out", chainRef(m1.ID), m1.ID)
	c.wantSubjects("the rest", r, root.ID, m2.ID)
	c.wantList(r, data.DeletedHide, m2.ID, root.ID)
	c.wantList(chainRef(m1.ID), data.DeletedHide, m1.ID)
	c.wantCounter(r, 2, 2, m2.Date)
	c.wantCounter(chainRef(m1.ID), 1, 1, m1.Date)

	// The root itself: nothing changes.
	if err := c.s.SetSubject([]data.ID{root.ID}, data.Ref{}); err != nil {
		t.Fatal(err)
	}
	c.wantSubjects("root after a zero subject", r, root.ID, m2.ID)

	// From a real subject back to a chain of its own.
	dealRef := data.Ref{Kind: data.RefDeal, ID: c.deal.ID}
	if err := c.s.SetSubject([]data.ID{m2.ID}, dealRef); err != nil {
		t.Fatal(err)
	}
	c.wantSubjects("moved to the deal", dealRef, root.ID, m2.ID)
	if err := c.s.SetSubject([]data.ID{m2.ID}, data.Ref{}); err != nil {
		t.Fatal(err)
	}
	c.wantSubjects("back to its own chain", chainRef(m2.ID), m2.ID)
	c.wantSubjects("stays with the deal", dealRef, root.ID)
	c.wantCounter(dealRef, 1, 1, root.Date)
	c.wantCounter(chainRef(m2.ID), 1, 1, m2.Date)
	c.check()
}

func TestChain_ChainAsSubjectMergesChains(t *testing.T) {
	c := newChainFixture(t)
	a := c.add(data.TypeEmail, 9, 0, data.Ref{})
	a1 := c.add(data.TypeCall, 10, a.ID, data.Ref{})
	b := c.add(data.TypeEmail, 11, 0, data.Ref{})
	b1 := c.add(data.TypeCall, 12, b.ID, data.Ref{})
	// Choosing b1 (a member of b's chain) as the subject of a1 moves a's chain into b's.
	if err := c.s.SetSubject([]data.ID{a1.ID}, chainRef(b1.ID)); err != nil {
		t.Fatal(err)
	}
	c.wantSubjects("merged", chainRef(b.ID), a.ID, a1.ID, b.ID, b1.ID)
	c.wantList(chainRef(b.ID), data.DeletedHide, b1.ID, b.ID, a1.ID, a.ID)
	c.wantCounter(chainRef(a.ID), 0, 0, time.Time{})
	c.wantCounter(chainRef(b.ID), 4, 4, b1.Date)
	c.check()
}
