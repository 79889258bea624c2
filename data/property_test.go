package data_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"interactions/data"
)

// TestProperty_RandomOperations runs random operations of every kind on a
// real store and checks, every hundred operations and at the end, that
// Check finds nothing and that every query answers what a brute force
// over the records answers; a shadow model of the chain and review rules
// checks the records themselves. Rerun one seed with INTERACTIONS_SEED=n.
func TestProperty_RandomOperations(t *testing.T) {
	seeds, ops := []uint64{1, 2, 3}, 1500
	if testing.Short() {
		seeds, ops = seeds[:1], 300
	}
	if env := os.Getenv("INTERACTIONS_SEED"); env != "" {
		n, err := strconv.ParseUint(env, 10, 64)
		if err != nil {
			t.Fatalf("INTERACTIONS_SEED=%q: %v", env, err)
		}
		seeds = []uint64{n}
	}
	if env := os.Getenv("INTERACTIONS_OPS"); env != "" {
		n, err := strconv.Atoi(env)
		if err != nil {
			t.Fatalf("INTERACTIONS_OPS=%q: %v", env, err)
		}
		ops = n
	}
	for _, seed := range seeds {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			t.Logf("seed %d, %d operations (rerun with INTERACTIONS_SEED=%d)", seed, ops, seed)
			w := newWorld(t, seed)
			w.run(ops)
		})
	}
}

// shadow is what the model expects of one interaction.
type shadow struct {
	typ         data.InteractionType
	date        time.Time
	responsible data.ID
	topic       string
	subject     data.Ref
	reviewed    bool
	reviewAfter time.Time
	deleted     bool
	basedOn     data.ID
	purged      bool
}

type world struct {
	t        *testing.T
	s        *data.Store
	r        *rand.Rand
	now      time.Time
	emps     []data.ID
	partners []data.ID
	persons  []*data.Person
	subjects []data.Ref
	defs     []*data.AttrDef // list, number, text
	created  []data.ID
	model    map[data.ID]*shadow
	op       int
	lastOp   string
	opErrs   map[string]int
	opFirst  map[string]string
	rep      *reporter
	trace    bool // INTERACTIONS_TRACE=1 logs every operation
}

func (w *world) tracef(format string, args ...any) {
	if w.trace {
		w.t.Logf("op %d: "+format, append([]any{w.op}, args...)...)
	}
}

var (
	topicWords = []string{"поставка", "Счёт", "договор", "встреча", "оплата", "доставка", "ёлки", "Москва",
		"contract", "invoice", "Delivery", "скидка", "рекламация", "образцы"}
	freeNames  = []string{"Курьер", "Гость с выставки", "Секретарь Орлова", "Ёжиков"}
	textValues = []string{"почта", "телефон", "лично", "сайт"}
	numValues  = []string{"1", "2.5", "-3", "100", "0"}
	mailboxes  = []string{"olga@romashka.example.ru", "sales@company.example.com", "Пётр <petr@vector.example.com>", "info@shop.example.org"}
	folders    = []string{data.FolderInbox, data.FolderSent, data.FolderDrafts, data.FolderOutbox, data.FolderTrash, "Проекты"}
)

func newWorld(t *testing.T, seed uint64) *world {
	s, e, p, pe := newTestStore(t)
	w := &world{t: t, s: s, r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), model: map[data.ID]*shadow{},
		opErrs: map[string]int{}, opFirst: map[string]string{}, rep: &reporter{t: t, left: 40},
		trace: os.Getenv("INTERACTIONS_TRACE") != ""}
	w.now = fixedClock(s, time.Date(2026, 7, 1, 12, 0, 0, 0, time.Local))
	w.emps = []data.ID{e.ID}
	w.partners = []data.ID{p.ID}
	w.persons = []*data.Person{pe}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"Петрова Анна", "Сидоров Олег", "Smith John"} {
		x := &data.Employee{Name: name}
		must(s.SaveEmployee(x))
		w.emps = append(w.emps, x.ID)
	}
	for _, name := range []string{"АО «Вектор»", "ИП Смирнов", "Global Trade Ltd", "ООО «Ёлка»"} {
		x := &data.Partner{Name: name}
		must(s.SavePartner(x))
		w.partners = append(w.partners, x.ID)
	}
	for i, name := range []string{"Кузнецова Ольга", "Орлов Пётр", "Brown Mary", "Ёлкин Сергей", "Иванова Мария", "Lee Kim", "Фёдоров Илья"} {
		x := &data.Person{Partner: w.partners[i%len(w.partners)], Name: name}
		must(s.SavePerson(x))
		w.persons = append(w.persons, x)
	}
	day := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	for i := range 3 {
		d := &data.Deal{Partner: w.partners[i], Name: fmt.Sprintf("Сделка %d", i+1), Active: i != 1}
		must(s.SaveDeal(d))
		w.subjects = append(w.subjects, data.Ref{Kind: data.RefDeal, ID: d.ID})
	}
	for i := range 2 {
		c := &data.Claim{Partner: w.partners[i+1], Text: fmt.Sprintf("Претензия %d", i+1), Received: day, Active: true}
		must(s.SaveClaim(c))
		w.subjects = append(w.subjects, data.Ref{Kind: data.RefClaim, ID: c.ID})
		ev := &data.Event{Name: fmt.Sprintf("Выставка %d", i+1), Start: day, State: data.StatePlanned, Active: i == 0}
		must(s.SaveEvent(ev))
		w.subjects = append(w.subjects, data.Ref{Kind: data.RefEvent, ID: ev.ID})
		o := &data.Order{Number: fmt.Sprintf("ЗК-%d", i+1), Date: day, Partner: w.partners[i], Active: true}
		must(s.SaveOrder(o))
		w.subjects = append(w.subjects, data.Ref{Kind: data.RefOrder, ID: o.ID})
	}
	w.defs = []*data.AttrDef{
		{Name: "Результат", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Успех"}, {ID: 2, Name: "Отказ"}, {ID: 3, Name: "Перенос"}}},
		{Name: "Сумма", Type: data.AttrNumber, Types: []data.InteractionType{data.TypeMeeting, data.TypeCall, data.TypeEmail}},
		{Name: "Канал", Type: data.AttrText},
	}
	for _, d := range w.defs {
		must(s.SaveAttrDef(d))
	}
	return w
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

func (w *world) chance(p float64) bool { return w.r.Float64() < p }

func (w *world) words(lo, hi int) string {
	n := lo + w.r.IntN(hi-lo+1)
	out := make([]string, n)
	for i := range out {
		out[i] = pick(w.r, topicWords)
	}
	return strings.Join(out, " ")
}

func (w *world) date() time.Time {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.Local)
	return start.Add(time.Duration(w.r.IntN(365*24*60)) * time.Minute)
}

func (w *world) phone() string {
	return fmt.Sprintf("+7 916 %03d-%02d-%02d", w.r.IntN(1000), w.r.IntN(100), w.r.IntN(100))
}

func (w *world) contact() data.Contact {
	var c data.Contact
	switch x := w.r.IntN(10); {
	case x < 4:
		c.Ref = data.Ref{Kind: data.RefPartner, ID: pick(w.r, w.partners)}
	case x < 8:
		c.Ref = data.Ref{Kind: data.RefPerson, ID: pick(w.r, w.persons).ID}
	default:
		c.Ref, c.Name = data.Ref{Kind: data.RefFree}, pick(w.r, freeNames)
	}
	switch w.r.IntN(3) {
	case 0:
		c.Address = w.phone()
	case 1:
		c.Address = "client" + strconv.Itoa(w.r.IntN(5)) + "@example.com"
	}
	return c
}

// live lists the ids that exist; with deleted = +1 only marked ones, -1
// only unmarked ones, 0 both.
func (w *world) live(deleted int) []data.ID {
	var ids []data.ID
	for _, id := range w.created {
		m := w.model[id]
		if m.purged || deleted > 0 && !m.deleted || deleted < 0 && m.deleted {
			continue
		}
		ids = append(ids, id)
	}
	return ids
}

// some picks up to n distinct ids of list.
func (w *world) some(list []data.ID, n int) []data.ID {
	if len(list) == 0 {
		return nil
	}
	k := 1 + w.r.IntN(min(n, len(list)))
	perm := w.r.Perm(len(list))[:k]
	out := make([]data.ID, k)
	for i, j := range perm {
		out[i] = list[j]
	}
	return out
}

func (w *world) randomInteraction() *data.Interaction {
	typ := pick(w.r, data.AllTypes)
	it := &data.Interaction{Type: typ, Date: w.date(), Responsible: pick(w.r, w.emps),
		Importance: data.Importance(1 + w.r.IntN(3)), Topic: w.words(1, 3), Description: w.words(0, 2)}
	if w.chance(0.3) {
		it.Author = pick(w.r, w.emps)
	}
	for range w.r.IntN(4) {
		it.Contacts = append(it.Contacts, w.contact())
	}
	switch typ {
	case data.TypeMeeting:
		it.Meeting = &data.Meeting{Start: it.Date, End: it.Date.Add(time.Duration(w.r.IntN(240)) * time.Minute)}
		if w.chance(0.5) {
			it.Meeting.Place = pick(w.r, topicWords)
		}
	case data.TypePlanned:
		it.Planned = &data.Planned{}
		if w.chance(0.5) {
			it.Planned.At = w.date()
		}
	case data.TypeCall:
		it.Direction = data.Direction(1 + w.r.IntN(2))
		it.Call = &data.Call{Duration: time.Duration(w.r.IntN(600)) * time.Second}
		if w.chance(0.6) {
			it.Call.Contact = w.contact()
		}
		if w.chance(0.7) {
			it.Call.Phone = w.phone()
		}
	case data.TypeSMS:
		it.Direction = data.DirOutgoing
		it.SMS = &data.SMS{Text: w.words(1, 4), State: data.SMSState(1 + w.r.IntN(5))}
		for range 1 + w.r.IntN(2) {
			r := data.SMSRecipient{Number: w.phone()}
			if w.chance(0.6) {
				r.Contact = w.contact()
			}
			it.SMS.Recipients = append(it.SMS.Recipients, r)
		}
	case data.TypeEmail:
		it.Direction = data.Direction(1 + w.r.IntN(2))
		e := &data.Email{From: pick(w.r, mailboxes), Subject: w.words(1, 2), Folder: pick(w.r, folders)}
		if it.Direction == data.DirOutgoing {
			e.State = data.MailState(1 + w.r.IntN(3))
		}
		for range w.r.IntN(3) {
			e.To = append(e.To, pick(w.r, mailboxes))
		}
		if e.State != data.MailNone && e.State != data.MailDraft && len(e.To) == 0 {
			e.To = []string{pick(w.r, mailboxes)}
		}
		if w.chance(0.3) {
			e.Cc = []string{pick(w.r, mailboxes)}
		}
		if w.chance(0.5) {
			e.Body = w.words(1, 5)
		} else {
			e.HTMLBody = "<p>" + w.words(1, 3) + "</p><b>" + w.words(1, 1) + "</b>"
		}
		it.Email = e
	}
	switch x := w.r.IntN(10); {
	case x < 4:
		it.Reviewed = true
	case x < 7:
		it.ReviewAfter = w.reviewAfter()
	}
	for _, d := range w.defs {
		if d.AppliesTo(typ) && w.chance(0.5) {
			it.Attrs = append(it.Attrs, data.AttrValue{Attr: d.ID, Value: w.attrValue(d)})
		}
	}
	live := w.live(0)
	switch x := w.r.IntN(10); {
	case x < 3 && len(live) > 0:
		it.BasedOn = pick(w.r, live)
	case x < 5:
		it.Subject = pick(w.r, w.subjects)
	case x < 7 && len(live) > 0:
		it.Subject = data.Ref{Kind: data.RefInteraction, ID: pick(w.r, live)}
	}
	return it
}

func (w *world) attrValue(d *data.AttrDef) string {
	switch d.Type {
	case data.AttrList:
		return strconv.Itoa(int(pick(w.r, d.Options).ID))
	case data.AttrNumber:
		return pick(w.r, numValues)
	}
	return pick(w.r, textValues)
}

// reviewAfter is a time in the past or the future of the fixed now.
func (w *world) reviewAfter() time.Time {
	d := time.Duration(1+w.r.IntN(72*60)) * time.Minute
	if w.chance(0.5) {
		return w.now.Add(-d)
	}
	return w.now.Add(d)
}

// resolve is the model's subject rule for giving id the subject ref.
func (w *world) resolve(id data.ID, ref data.Ref) data.Ref {
	switch {
	case ref.IsZero():
		return chainRef(id)
	case ref.Kind == data.RefInteraction && ref.ID != id:
		target := w.model[ref.ID]
		if target.subject == chainRef(ref.ID) {
			return chainRef(ref.ID)
		}
		return target.subject
	}
	return ref
}

// setSubject applies the chain rule: a chain member given another subject
// takes every interaction of its chain along.
func (w *world) setSubject(id data.ID, ref data.Ref) {
	m := w.model[id]
	old, next := m.subject, w.resolve(id, ref)
	m.subject = next
	if old == next || old.Kind != data.RefInteraction || next == chainRef(id) {
		return
	}
	for _, x := range w.created {
		if o := w.model[x]; x != id && !o.purged && o.subject == old {
			o.subject = next
		}
	}
}

// opError records an operation that the store refused unexpectedly.
func (w *world) opError(kind string, err error) {
	w.opErrs[kind]++
	if _, ok := w.opFirst[kind]; !ok {
		w.opFirst[kind] = fmt.Sprintf("operation %d: %v", w.op, err)
	}
}

func (w *world) run(ops int) {
	for w.op = 1; w.op <= ops; w.op++ {
		w.step()
		if w.op%100 == 0 || w.op == ops {
			w.verify()
		}
		if w.rep.left <= 0 {
			break
		}
	}
	kinds := make([]string, 0, len(w.opErrs))
	for k := range w.opErrs {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		w.t.Errorf("%s was refused %d times; first at %s", k, w.opErrs[k], w.opFirst[k])
	}
	w.rep.done()
}

func (w *world) step() {
	live, unmarked, marked := w.live(0), w.live(-1), w.live(+1)
	x := w.r.IntN(100)
	switch {
	case x < 34 || len(live) < 5:
		w.lastOp = "create"
		it := w.randomInteraction()
		var want data.Ref
		switch {
		case it.Subject.IsZero() && it.BasedOn != 0:
			want = w.model[it.BasedOn].subject
		case !it.Subject.IsZero():
			want = w.resolve(0, it.Subject)
		}
		if err := w.s.SaveInteraction(it); err != nil {
			w.opError("SaveInteraction(new)", err)
			return
		}
		if want.IsZero() {
			want = chainRef(it.ID)
		}
		w.tracef("create %d %s date %s subject %v basedOn %d contacts %v", it.ID, it.Type, it.Date.Format(time.DateTime), it.Subject, it.BasedOn, it.Contacts)
		w.created = append(w.created, it.ID)
		w.model[it.ID] = &shadow{typ: it.Type, date: it.Date, responsible: it.Responsible, topic: it.Topic, subject: want,
			reviewed: it.Reviewed, reviewAfter: it.ReviewAfter, basedOn: it.BasedOn}
	case x < 46:
		w.lastOp = "edit"
		id := pick(w.r, live)
		it, err := w.s.Interaction(id)
		if err != nil {
			w.opError("Interaction", err)
			return
		}
		m := w.model[id]
		switch w.r.IntN(4) {
		case 0:
			it.Topic = w.words(1, 3)
		case 1:
			it.Date = w.date()
			if it.Meeting != nil {
				it.Meeting.Start, it.Meeting.End = it.Date, it.Date.Add(time.Hour)
			}
		case 2:
			it.Responsible = pick(w.r, w.emps)
		case 3:
			it.Contacts = nil
			for range w.r.IntN(4) {
				it.Contacts = append(it.Contacts, w.contact())
			}
		}
		if err := w.s.SaveInteraction(it); err != nil {
			w.opError("SaveInteraction(edit)", err)
			return
		}
		w.tracef("edit %d: topic %q date %s responsible %d contacts %v", id, it.Topic, it.Date.Format(time.DateTime), it.Responsible, it.Contacts)
		m.topic, m.date, m.responsible = it.Topic, it.Date, it.Responsible
	case x < 54:
		w.lastOp = "SetReviewed"
		ids, rev := w.some(live, 3), w.chance(0.6)
		if err := w.s.SetReviewed(ids, rev); err != nil {
			w.opError("SetReviewed", err)
			return
		}
		for _, id := range ids {
			w.model[id].reviewed, w.model[id].reviewAfter = rev, time.Time{}
		}
	case x < 62:
		w.lastOp = "SetReviewAfter"
		ids, at := w.some(live, 3), w.reviewAfter()
		if err := w.s.SetReviewAfter(ids, at); err != nil {
			w.opError("SetReviewAfter", err)
			return
		}
		for _, id := range ids {
			w.model[id].reviewed, w.model[id].reviewAfter = false, at
		}
	case x < 67:
		w.lastOp = "SetResponsible"
		ids, emp := w.some(live, 3), pick(w.r, w.emps)
		if err := w.s.SetResponsible(ids, emp); err != nil {
			w.opError("SetResponsible", err)
			return
		}
		for _, id := range ids {
			w.model[id].responsible = emp
		}
	case x < 77:
		w.lastOp = "SetSubject"
		ids := w.some(live, 2)
		var ref data.Ref
		switch w.r.IntN(3) {
		case 0:
			ref = pick(w.r, w.subjects)
		case 1:
			ref = data.Ref{Kind: data.RefInteraction, ID: pick(w.r, live)}
		}
		if err := w.s.SetSubject(ids, ref); err != nil {
			w.opError("SetSubject", err)
			return
		}
		w.tracef("SetSubject %v %v", ids, ref)
		for _, id := range ids {
			w.setSubject(id, ref)
		}
	case x < 86 && len(unmarked) > 0:
		w.lastOp = "MarkDeleted"
		ids := w.some(unmarked, 3)
		if err := w.s.MarkDeleted(ids, true); err != nil {
			w.opError("MarkDeleted(true)", err)
			return
		}
		w.tracef("MarkDeleted %v", ids)
		for _, id := range ids {
			w.model[id].deleted = true
		}
	case x < 91 && len(marked) > 0:
		w.lastOp = "MarkDeleted(false)"
		ids := w.some(marked, 2)
		if err := w.s.MarkDeleted(ids, false); err != nil {
			w.opError("MarkDeleted(false)", err)
			return
		}
		w.tracef("MarkDeleted(false) %v", ids)
		for _, id := range ids {
			w.model[id].deleted = false
		}
	case x < 94:
		w.lastOp = "Purge"
		n, err := w.s.Purge()
		if err != nil {
			w.opError("Purge", err)
			return
		}
		if n != len(marked) {
			w.rep.errorf("operation %d: Purge() = %d, want %d", w.op, n, len(marked))
		}
		w.tracef("Purge %v", marked)
		w.purge(marked)
	default:
		w.lastOp = "move person"
		pe := pick(w.r, w.persons)
		moved := *pe
		for moved.Partner == pe.Partner {
			moved.Partner = pick(w.r, w.partners)
		}
		if err := w.s.SavePerson(&moved); err != nil {
			w.opError("SavePerson(new partner)", err)
			return
		}
		w.tracef("move person %d from partner %d to %d", pe.ID, pe.Partner, moved.Partner)
		pe.Partner, pe.Ver = moved.Partner, moved.Ver
	}
}

// purge applies Purge to the model: the marked go; the remaining members
// of a purged root's chain take the oldest of them as their root.
func (w *world) purge(marked []data.ID) {
	for _, id := range marked {
		w.model[id].purged = true
	}
	for _, id := range marked {
		if w.model[id].subject != chainRef(id) {
			continue
		}
		var members []data.ID
		for _, x := range w.created {
			if m := w.model[x]; !m.purged && m.subject == chainRef(id) {
				members = append(members, x)
			}
		}
		if len(members) == 0 {
			continue
		}
		// The oldest is the last in list order (date descending, id ascending).
		root := slices.MaxFunc(members, func(a, b data.ID) int {
			ma, mb := w.model[a], w.model[b]
			if c := mb.date.Compare(ma.date); c != 0 {
				return c
			}
			return int(a) - int(b)
		})
		for _, x := range members {
			w.model[x].subject = chainRef(root)
		}
	}
}

// verify checks the records against the model, Check, and every query
// against the brute force.
func (w *world) verify() {
	t := w.t
	where := fmt.Sprintf("after operation %d (%s)", w.op, w.lastOp)
	for _, id := range w.created {
		m := w.model[id]
		it, err := w.s.Interaction(id)
		if m.purged {
			if !errors.Is(err, data.ErrNotFound) {
				w.rep.errorf("%s: Interaction(%d) of a purged one: err = %v, want ErrNotFound", where, id, err)
			}
			continue
		}
		if err != nil {
			w.rep.errorf("%s: Interaction(%d): %v", where, id, err)
			continue
		}
		if it.Type != m.typ || !it.Date.Equal(m.date) || it.Responsible != m.responsible || it.Topic != m.topic ||
			it.Reviewed != m.reviewed || !it.ReviewAfter.Equal(m.reviewAfter) || it.Deleted != m.deleted {
			w.rep.errorf("%s: interaction %d is {%s %s resp %d %q reviewed %v after %v deleted %v}, model {%s %s resp %d %q reviewed %v after %v deleted %v}",
				where, id, it.Type, it.Date.Format(time.DateTime), it.Responsible, it.Topic, it.Reviewed, it.ReviewAfter.Format(time.DateTime), it.Deleted,
				m.typ, m.date.Format(time.DateTime), m.responsible, m.topic, m.reviewed, m.reviewAfter.Format(time.DateTime), m.deleted)
		}
		if it.Subject != m.subject {
			w.rep.errorf("%s: Subject of interaction %d (deleted %v) = %v, want %v", where, id, it.Deleted, it.Subject, m.subject)
		}
		// Carry on from what the store holds, so that one difference is reported once.
		m.subject, m.reviewed, m.reviewAfter, m.deleted, m.responsible, m.topic, m.date =
			it.Subject, it.Reviewed, it.ReviewAfter, it.Deleted, it.Responsible, it.Topic, it.Date
	}
	if probs, err := w.s.Check(); err != nil || len(probs) > 0 {
		w.rep.errorf("%s: Check() = %v, %q; want no problems", where, err, probs)
	}
	w.checkNames(where)
	o := newOracle(t, w.s, w.created)
	for _, f := range w.filters(o) {
		w.rep.t.Helper()
		o.compare(w.s, f, 1+w.r.IntN(40), w.rep, where)
	}
}

// filters returns the filters one verification runs: the single-dimension
// ones that the counters answer, and random combinations.
func (w *world) filters(o *oracle) []data.Filter {
	fs := []data.Filter{
		{},
		{Status: data.StatusToReview},
		{Status: data.StatusDeferred},
		{Deleted: data.DeletedInclude},
		{Deleted: data.DeletedOnly},
		{Kinds: []data.Kind{data.KindMeeting}, Status: data.StatusReviewed},
		{Kinds: []data.Kind{data.KindSMS}},
		{Responsible: pick(w.r, w.emps), Status: data.StatusDeferred},
		{Contact: data.Ref{Kind: data.RefPartner, ID: pick(w.r, w.partners)}},
		{Contact: data.Ref{Kind: data.RefPerson, ID: pick(w.r, w.persons).ID}, Status: data.StatusToReview},
		{Contact: data.FreeContactRef(pick(w.r, freeNames))},
		{Subject: pick(w.r, w.subjects)},
		{Kinds: data.TypeKinds(data.TypeCall), Status: data.StatusToReview, Responsible: pick(w.r, w.emps)},
		{Kinds: []data.Kind{data.KindEmailIn}, Status: data.StatusToReview, Subject: pick(w.r, w.subjects)},
		{Status: data.StatusToReview, Responsible: pick(w.r, w.emps)},
		{Attrs: []data.AttrValue{{Attr: w.defs[0].ID, Value: "2"}}},
		{Attrs: []data.AttrValue{{Attr: w.defs[1].ID, Value: ""}}},
		{Text: pick(w.r, topicWords)},
	}
	if len(o.its) > 0 {
		fs = append(fs, data.Filter{Subject: pick(w.r, o.its).Subject})
	}
	for range 25 {
		fs = append(fs, w.randomFilter(o))
	}
	return fs
}

func (w *world) randomFilter(o *oracle) data.Filter {
	var f data.Filter
	if w.chance(0.25) {
		for range 1 + w.r.IntN(3) {
			f.Kinds = append(f.Kinds, pick(w.r, data.AllKinds))
		}
	}
	if w.chance(0.3) {
		f.Status = data.Status(1 + w.r.IntN(3))
	}
	if w.chance(0.2) {
		f.Responsible = pick(w.r, w.emps)
	}
	if w.chance(0.25) {
		f.Contact = w.contact().Ref
		if f.Contact.Kind == data.RefFree {
			f.Contact = data.FreeContactRef(pick(w.r, freeNames))
		}
		if w.chance(0.1) {
			f.Contact = data.NoContact
		}
		if w.chance(0.3) {
			f.AlsoContact = w.contact().Ref
			if f.AlsoContact.Kind == data.RefFree {
				f.AlsoContact = data.FreeContactRef(pick(w.r, freeNames))
			}
		}
	}
	if w.chance(0.2) {
		if len(o.its) > 0 && w.chance(0.5) {
			f.Subject = pick(w.r, o.its).Subject
		} else {
			f.Subject = pick(w.r, w.subjects)
		}
	}
	if w.chance(0.2) {
		f.From = w.date()
	}
	if w.chance(0.2) {
		f.To = w.date()
		if !f.From.IsZero() && f.To.Before(f.From) && w.chance(0.8) {
			f.From, f.To = f.To, f.From
		}
	}
	if w.chance(0.15) {
		f.Importance = data.Importance(1 + w.r.IntN(3))
	}
	if w.chance(0.2) {
		var words []string
		for range 1 + w.r.IntN(2) {
			word := []rune(pick(w.r, topicWords))
			words = append(words, string(word[:1+w.r.IntN(len(word))]))
		}
		f.Text = strings.Join(words, " ")
	}
	if w.chance(0.2) {
		for _, d := range w.defs {
			if w.chance(0.5) {
				v := ""
				if w.chance(0.8) {
					v = w.attrValue(d)
				}
				f.Attrs = append(f.Attrs, data.AttrValue{Attr: d.ID, Value: v})
			}
		}
	}
	switch x := w.r.IntN(10); {
	case x == 0:
		f.Deleted = data.DeletedOnly
	case x < 3:
		f.Deleted = data.DeletedInclude
	}
	return f
}

// The group key of a text attribute is its value as written (the canonical
// form, GroupKey says), whether the counters or a scan answer.
func TestGroups_TextAttributeKeepsItsSpelling(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	d := &data.AttrDef{Name: "Город", Type: data.AttrText}
	if err := s.SaveAttrDef(d); err != nil {
		t.Fatal(err)
	}
	it := s.NewInteraction(data.TypePlanned, data.DirNone)
	it.Responsible, it.Topic, it.Attrs = e.ID, "Визит", []data.AttrValue{{Attr: d.ID, Value: "Москва"}}
	if err := s.SaveInteraction(it); err != nil {
		t.Fatal(err)
	}
	for _, f := range []data.Filter{{}, {Responsible: e.ID, Importance: data.ImportanceNormal}} {
		gs, err := s.Groups(f, data.GroupBy{Kind: data.GroupAttr, Attr: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		if len(gs) != 1 || gs[0].Key.AttrValue != "Москва" {
			t.Errorf("Groups(%s, by text attribute) = %+v, want one group \"Москва\"", filterString(f), gs)
		}
	}
}

// Groups without a filter are read from the counters; they must give what
// the same grouping gives when it scans the rows (a filter that selects
// everything but is not empty): every group, the same counts and dates.
func TestGroups_CountersAgreeWithAScan(t *testing.T) {
	s, e, p, _ := newTestStore(t)
	fixedClock(s, time.Date(2026, 7, 1, 12, 0, 0, 0, time.Local))
	d := &data.AttrDef{Name: "Результат", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Успех"}}}
	if err := s.SaveAttrDef(d); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 6, 1, 10, 0, 0, 0, time.Local)
	for i := range 4 {
		it := s.NewInteraction(data.TypePlanned, data.DirNone)
		it.Responsible, it.Topic, it.Date = e.ID, "Звонок", day.AddDate(0, 0, i)
		if i%2 == 0 {
			it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefPartner, ID: p.ID}}}
			it.Attrs = []data.AttrValue{{Attr: d.ID, Value: "1"}}
		}
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
	}
	everything := data.Filter{From: time.Date(2000, 1, 1, 0, 0, 0, 0, time.Local)}
	for _, g := range groupKinds(s.AttrDefs()) {
		fromCounters, err := s.Groups(data.Filter{}, g)
		if err != nil {
			t.Fatal(err)
		}
		scanned, err := s.Groups(everything, g)
		if err != nil {
			t.Fatal(err)
		}
		if g.Kind == data.GroupAttr {
			// Documented: read from the counters, the group without a value has no last date.
			for i := range scanned {
				if scanned[i].Key.AttrValue == "" {
					scanned[i].Last = time.Time{}
				}
			}
		}
		if jsonOf(t, fromCounters) != jsonOf(t, scanned) {
			t.Errorf("Groups({}, %+v) =\n  %+v\nscanning gives\n  %+v", g, fromCounters, scanned)
		}
	}
}
