package data_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"interactions/data"
)

// oracle answers queries by brute force over every stored interaction,
// read one by one with Store.Interaction, following the rules of
// query.go: it is what Count, List, StatusCounts and Groups must agree with.
type oracle struct {
	now       time.Time
	its       []*data.Interaction
	partnerOf map[data.ID]data.ID // contact person → partner
	defs      map[data.ID]data.AttrDef
	weekStart time.Weekday
	tokens    map[data.ID][]string
	refs      map[data.ID][]data.Ref
}

// newOracle reads the interactions of ids that exist (others are purged).
func newOracle(t *testing.T, s *data.Store, ids []data.ID) *oracle {
	t.Helper()
	o := &oracle{now: s.Now(), partnerOf: map[data.ID]data.ID{}, defs: map[data.ID]data.AttrDef{},
		weekStart: s.Settings().FirstWeekday, tokens: map[data.ID][]string{}, refs: map[data.ID][]data.Ref{}}
	persons, err := s.Persons()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range persons {
		o.partnerOf[p.ID] = p.Partner
	}
	for _, d := range s.AttrDefs() {
		o.defs[d.ID] = d
	}
	for _, id := range ids {
		it, err := s.Interaction(id)
		if errors.Is(err, data.ErrNotFound) {
			continue
		}
		if err != nil {
			t.Fatalf("Interaction(%d): %v", id, err)
		}
		o.its = append(o.its, it)
		parts := partsOf(t, it)
		o.tokens[id] = data.Tokens(parts.texts...)
		o.refs[id] = o.contactRefs(parts.contacts)
	}
	// List order: newest first by date, then by id.
	slices.SortFunc(o.its, func(a, b *data.Interaction) int {
		if c := b.Date.Compare(a.Date); c != 0 {
			return c
		}
		return int(a.ID) - int(b.ID)
	})
	return o
}

// contactRefs lists the distinct references of contacts with each person's partner.
func (o *oracle) contactRefs(contacts []data.Contact) []data.Ref {
	var out []data.Ref
	add := func(r data.Ref) {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	for _, c := range contacts {
		add(c.Ref)
		if c.Ref.Kind == data.RefPerson && o.partnerOf[c.Ref.ID] != 0 {
			add(data.Ref{Kind: data.RefPartner, ID: o.partnerOf[c.Ref.ID]})
		}
	}
	return out
}

func attrOf(it *data.Interaction, id data.ID) (string, bool) {
	for _, a := range it.Attrs {
		if a.Attr == id {
			return a.Value, true
		}
	}
	return "", false
}

// cutValue is a text value as the index keeps it: its first 64 bytes,
// cut at a whole character.
func cutValue(s string) string {
	if len(s) > 64 {
		s = s[:64]
		for len(s) > 0 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}

// sameAttrValue compares two canonical values the way the index does.
func sameAttrValue(d data.AttrDef, a, b string) bool {
	switch d.Type {
	case data.AttrNumber:
		x, _ := strconv.ParseFloat(a, 64)
		y, _ := strconv.ParseFloat(b, 64)
		return x == y
	case data.AttrText, data.AttrDate:
		return cutValue(a) == cutValue(b)
	}
	return a == b
}

func kindMatches(k data.Kind, it *data.Interaction) bool {
	if k.Type() != it.Type {
		return false
	}
	switch k {
	case data.KindCallIn, data.KindEmailIn:
		return it.Direction == data.DirIncoming
	case data.KindCallOut, data.KindEmailOut:
		return it.Direction == data.DirOutgoing
	case data.KindEmailDraft:
		return it.Email.State == data.MailDraft
	case data.KindEmailSent:
		return it.Email.State == data.MailSent
	}
	return true
}

// match reports whether it passes every part of f but the status.
func (o *oracle) matchNoStatus(it *data.Interaction, f data.Filter) bool {
	switch f.Deleted {
	case data.DeletedHide:
		if it.Deleted {
			return false
		}
	case data.DeletedOnly:
		if !it.Deleted {
			return false
		}
	}
	if len(f.Kinds) > 0 && !slices.ContainsFunc(f.Kinds, func(k data.Kind) bool { return kindMatches(k, it) }) {
		return false
	}
	if f.Responsible != 0 && it.Responsible != f.Responsible ||
		!o.namesContact(it, f.Contact) || !o.namesContact(it, f.AlsoContact) ||
		!f.Subject.IsZero() && it.Subject != f.Subject ||
		f.Importance != 0 && it.Importance != f.Importance ||
		!f.From.IsZero() && it.Date.Before(f.From) ||
		!f.To.IsZero() && !it.Date.Before(f.To) {
		return false
	}
	for _, a := range f.Attrs {
		def, ok := o.defs[a.Attr]
		if !ok {
			return false
		}
		v, has := attrOf(it, a.Attr)
		if a.Value == "" {
			if has {
				return false
			}
			continue
		}
		if !has || !sameAttrValue(def, v, a.Value) {
			return false
		}
	}
	for _, w := range data.QueryWords(f.Text) {
		if !slices.ContainsFunc(o.tokens[it.ID], func(tok string) bool { return strings.HasPrefix(tok, w) }) {
			return false
		}
	}
	return true
}

// toReview and deferred are the status rule of SPEC 2: to review is
// unreviewed and not deferred past now; deferred is unreviewed with a
// review-after time in the future.
func (o *oracle) toReview(it *data.Interaction) bool {
	return !it.Reviewed && (it.ReviewAfter.IsZero() || !it.ReviewAfter.After(o.now))
}

func (o *oracle) deferred(it *data.Interaction) bool {
	return !it.Reviewed && it.ReviewAfter.After(o.now)
}

func (o *oracle) match(it *data.Interaction, f data.Filter) bool {
	if !o.matchNoStatus(it, f) {
		return false
	}
	switch f.Status {
	case data.StatusToReview:
		return o.toReview(it)
	case data.StatusDeferred:
		return o.deferred(it)
	case data.StatusReviewed:
		return it.Reviewed
	}
	return true
}

// list returns the ids f selects in list order.
func (o *oracle) list(f data.Filter, order data.SortOrder) []data.ID {
	var ids []data.ID
	for _, it := range o.its {
		if o.match(it, f) {
			ids = append(ids, it.ID)
		}
	}
	if order == data.OldestFirst {
		slices.Reverse(ids)
	}
	return ids
}

func (o *oracle) statusCounts(f data.Filter) data.StatusCounts {
	var sc data.StatusCounts
	for _, it := range o.its {
		if !o.matchNoStatus(it, f) {
			continue
		}
		sc.All++
		switch {
		case it.Reviewed:
			sc.Reviewed++
		case o.deferred(it):
			sc.Deferred++
		default:
			sc.ToReview++
		}
	}
	return sc
}

// periodStart is the local start of the day, week or month holding t.
func periodStart(kind data.GroupKind, t time.Time, weekStart time.Weekday) time.Time {
	t = t.In(time.Local)
	y, m, d := t.Date()
	switch kind {
	case data.GroupWeek:
		back := (int(t.Weekday()) - int(weekStart) + 7) % 7
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.Local)
	case data.GroupMonth:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.Local)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.Local)
}

// groupKeyString renders a group key so that equal keys give equal strings.
func groupKeyString(k data.GroupKey) string {
	ts := "-"
	if !k.Time.IsZero() {
		ts = strconv.FormatInt(k.Time.UnixNano(), 10)
	}
	return fmt.Sprintf("type=%d ref=%v time=%s value=%q", k.Type, k.Ref, ts, k.AttrValue)
}

// attrGroupValue is the group key of a value: the canonical form, with
// text as the index keeps it.
func attrGroupValue(d data.AttrDef, v string) string {
	switch d.Type {
	case data.AttrNumber:
		f, _ := strconv.ParseFloat(v, 64)
		return strconv.FormatFloat(f, 'f', -1, 64)
	case data.AttrText:
		return cutValue(v)
	}
	return v
}

// groups returns the expected groups of f by g, keyed by groupKeyString.
func (o *oracle) groups(f data.Filter, g data.GroupBy) map[string]data.Group {
	out := map[string]data.Group{}
	add := func(k data.GroupKey, it *data.Interaction) {
		ks := groupKeyString(k)
		gr, ok := out[ks]
		if !ok {
			gr = data.Group{Key: k}
		}
		gr.Count++
		if !it.Reviewed {
			gr.Unreviewed++
		}
		if it.Date.After(gr.Last) {
			gr.Last = it.Date
		}
		out[ks] = gr
	}
	for _, it := range o.its {
		if !o.match(it, f) {
			continue
		}
		switch g.Kind {
		case data.GroupType:
			add(data.GroupKey{Type: it.Type}, it)
		case data.GroupResponsible:
			add(data.GroupKey{Ref: data.Ref{Kind: data.RefEmployee, ID: it.Responsible}}, it)
		case data.GroupSubject:
			add(data.GroupKey{Ref: it.Subject}, it)
		case data.GroupContact:
			refs := o.refs[it.ID]
			for _, r := range refs {
				add(data.GroupKey{Ref: r}, it)
			}
			if len(refs) == 0 {
				add(data.GroupKey{Ref: data.NoContact}, it)
			}
		case data.GroupDay, data.GroupWeek, data.GroupMonth:
			add(data.GroupKey{Time: periodStart(g.Kind, it.Date, o.weekStart)}, it)
		case data.GroupAttr:
			v, _ := attrOf(it, g.Attr)
			if v != "" {
				v = attrGroupValue(o.defs[g.Attr], v)
			}
			add(data.GroupKey{AttrValue: v}, it)
		}
	}
	return out
}

// groupKinds lists every grouping of the store's attributes.
func groupKinds(defs []data.AttrDef) []data.GroupBy {
	gs := []data.GroupBy{{Kind: data.GroupType}, {Kind: data.GroupResponsible}, {Kind: data.GroupContact},
		{Kind: data.GroupSubject}, {Kind: data.GroupDay}, {Kind: data.GroupWeek}, {Kind: data.GroupMonth}}
	for _, d := range defs {
		gs = append(gs, data.GroupBy{Kind: data.GroupAttr, Attr: d.ID})
	}
	return gs
}

// reporter caps the failures one run reports: a few of each kind (by
// message format), and not too many in all.
type reporter struct {
	t      *testing.T
	left   int
	missed int
	kinds  map[string]int
}

func (r *reporter) errorf(format string, args ...any) {
	r.t.Helper()
	if r.kinds == nil {
		r.kinds = map[string]int{}
	}
	r.kinds[format]++
	if r.left <= 0 || r.kinds[format] > 3 {
		r.missed++
		return
	}
	r.left--
	r.t.Errorf(format, args...)
}

func (r *reporter) done() {
	if r.missed > 0 {
		r.t.Errorf("… and %d more differences of the kinds above", r.missed)
	}
}

// compare runs f through Count, StatusCounts, List (both orders, paged)
// and Groups by every key, and reports each answer that differs from the
// oracle's. It returns how many differences it found.
func (o *oracle) compare(s *data.Store, f data.Filter, pageSize int, rep *reporter, where string) int {
	rep.t.Helper()
	bad := 0
	fail := func(format string, args ...any) {
		rep.t.Helper()
		bad++
		rep.errorf("%s: "+format, append([]any{where}, args...)...)
	}
	want := o.list(f, data.NewestFirst)
	if n, err := s.Count(f); err != nil || n != len(want) {
		fail("Count(%s) = %d, %v, want %d", filterString(f), n, err, len(want))
	}
	if sc, err := s.StatusCounts(context.Background(), f); err != nil || sc != o.statusCounts(f) {
		fail("StatusCounts(%s) = %+v, %v, want %+v", filterString(f), sc, err, o.statusCounts(f))
	}
	for _, order := range []data.SortOrder{data.NewestFirst, data.OldestFirst} {
		w := want
		if order == data.OldestFirst {
			w = slices.Clone(want)
			slices.Reverse(w)
		}
		got, err := pageAll(s, f, order, pageSize)
		if err != nil || !slices.Equal(got, w) {
			fail("List(%s, order %d, pages of %d) = %v, %v, want %v", filterString(f), order, pageSize, short(got), err, short(w))
		}
	}
	for _, g := range groupKinds(mapValues(o.defs)) {
		got, err := s.Groups(f, g)
		if err != nil {
			fail("Groups(%s, %+v): %v", filterString(f), g, err)
			continue
		}
		exp := o.groups(f, g)
		gotMap := map[string]data.Group{}
		for i, gr := range got {
			gotMap[groupKeyString(gr.Key)] = gr
			if i == 0 {
				continue
			}
			prev := got[i-1]
			switch g.Kind {
			case data.GroupDay, data.GroupWeek, data.GroupMonth:
				if !gr.Key.Time.Before(prev.Key.Time) {
					fail("Groups(%s, %+v): group %d (%v) not older than the one before (%v)", filterString(f), g, i, gr.Key.Time, prev.Key.Time)
				}
			case data.GroupType:
				if gr.Key.Type <= prev.Key.Type {
					fail("Groups(%s, by type): %v after %v", filterString(f), gr.Key.Type, prev.Key.Type)
				}
			case data.GroupSubject:
				if gr.Last.After(prev.Last) {
					fail("Groups(%s, by subject): group %d (last %v) newer than the one before (%v)", filterString(f), i, gr.Last, prev.Last)
				}
			default:
				if gr.Count > prev.Count {
					fail("Groups(%s, %+v): group %d has %d, more than the one before (%d)", filterString(f), g, i, gr.Count, prev.Count)
				}
			}
		}
		for k, e := range exp {
			gg, ok := gotMap[k]
			if !ok {
				fail("Groups(%s, %+v): group %s (%d) is missing", filterString(f), g, k, e.Count)
				continue
			}
			last := e.Last
			if g.Kind == data.GroupAttr && e.Key.AttrValue == "" && filterString(f) == "{}" {
				// Documented: read from the counters, the group without a value has no last date.
				last = time.Time{}
			}
			if gg.Count != e.Count || gg.Unreviewed != e.Unreviewed || !gg.Last.Equal(last) {
				fail("Groups(%s, %+v)[%s] = %d, %d unreviewed, last %v; want %d, %d, %v", filterString(f), g, k,
					gg.Count, gg.Unreviewed, gg.Last.Format(time.DateTime), e.Count, e.Unreviewed, last.Format(time.DateTime))
			}
		}
		for k, gg := range gotMap {
			if _, ok := exp[k]; !ok {
				fail("Groups(%s, %+v): unexpected group %s (%d)", filterString(f), g, k, gg.Count)
			}
		}
	}
	return bad
}

func mapValues(m map[data.ID]data.AttrDef) []data.AttrDef {
	out := make([]data.AttrDef, 0, len(m))
	for _, d := range m {
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b data.AttrDef) int { return int(a.ID) - int(b.ID) })
	return out
}

// pageAll reads every page of the list of f.
func pageAll(s *data.Store, f data.Filter, order data.SortOrder, pageSize int) ([]data.ID, error) {
	var ids []data.ID
	q := data.Query{Filter: f, Order: order, Limit: pageSize}
	for range math.MaxInt32 {
		page, err := s.List(q)
		if err != nil {
			return ids, err
		}
		for _, r := range page.Rows {
			ids = append(ids, r.Interaction.ID)
		}
		if !page.More {
			return ids, nil
		}
		if len(page.Rows) == 0 {
			return ids, errors.New("an empty page says there is more")
		}
		q.After = page.Next
	}
	return ids, errors.New("the list never ends")
}

// short abbreviates a long id list for messages.
func short(ids []data.ID) string {
	if len(ids) <= 24 {
		return fmt.Sprint(ids)
	}
	return fmt.Sprintf("%v … %v (%d ids)", ids[:12], ids[len(ids)-12:], len(ids))
}

// filterString renders the parts of f that are set.
func filterString(f data.Filter) string {
	var parts []string
	if len(f.Kinds) > 0 {
		parts = append(parts, fmt.Sprintf("kinds %v", f.Kinds))
	}
	if f.Status != data.StatusAll {
		parts = append(parts, fmt.Sprintf("status %d", f.Status))
	}
	if f.Responsible != 0 {
		parts = append(parts, fmt.Sprintf("responsible %d", f.Responsible))
	}
	if !f.Contact.IsZero() {
		parts = append(parts, "contact "+f.Contact.String())
	}
	if !f.AlsoContact.IsZero() {
		parts = append(parts, "also contact "+f.AlsoContact.String())
	}
	if !f.Subject.IsZero() {
		parts = append(parts, "subject "+f.Subject.String())
	}
	if !f.From.IsZero() {
		parts = append(parts, "from "+f.From.Format(time.DateTime))
	}
	if !f.To.IsZero() {
		parts = append(parts, "to "+f.To.Format(time.DateTime))
	}
	if f.Importance != 0 {
		parts = append(parts, fmt.Sprintf("importance %d", f.Importance))
	}
	if f.Text != "" {
		parts = append(parts, fmt.Sprintf("text %q", f.Text))
	}
	for _, a := range f.Attrs {
		parts = append(parts, fmt.Sprintf("attr %d=%q", a.Attr, a.Value))
	}
	if f.Deleted != data.DeletedHide {
		parts = append(parts, fmt.Sprintf("deleted %d", f.Deleted))
	}
	if len(parts) == 0 {
		return "{}"
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// namesContact reports whether it names contact r (none: any; NoContact: none).
func (o *oracle) namesContact(it *data.Interaction, r data.Ref) bool {
	switch {
	case r.IsZero():
		return true
	case r == data.NoContact:
		return len(o.refs[it.ID]) == 0
	}
	return slices.Contains(o.refs[it.ID], r)
}
