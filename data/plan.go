package data

import (
	"bytes"
	"encoding/binary"
	"time"

	bolt "go.etcd.io/bbolt"
)

// plan is how a filter runs: a driving stream and the checks every row
// it yields must pass.
type plan struct {
	tx      *bolt.Tx
	f       Filter
	now     uint64
	sp      span
	dates   *bolt.Bucket
	dateCur *bolt.Cursor // over dates, for the summaries of a driver that is not the date index (summaryAt)
	dateKey []byte       // where dateCur is, nil when nowhere
	dateVal []byte
	docs    docReader // the stored words of the rows, for the query words
	driver  stream
	inline  bool        // the driver yields summaries (the date index)
	words   []queryWord // query words checked against the text index
	attrs   []attrKey   // attribute values, as keys
	noAttrs []ID        // attributes that must have no value
	types   [8]bool     // types the kinds allow
	empty   bool        // nothing can match
	defs    map[ID]*AttrDef
	page    int // rows a page wants (List), 0 for every row; see choose
	far     farSummaries
}

// candidate is one way to drive a plan, with its estimated cost, worked
// out only when the choice needs it (pick).
type candidate struct {
	cost func() float64
	make func() stream
	inln bool
	text int // 1 + the query word the candidate's stream matches; 0 for none
}

func (s *Store) newPlan(tx *bolt.Tx, f Filter, order SortOrder, after Cursor) (*plan, error) {
	return s.newPagePlan(tx, f, order, after, 0)
}

// newPagePlan is newPlan for a page of at most page rows (see choose).
// Its error is the attribute definitions', when the filter names an
// attribute and they cannot be read (attr_defs.go).
func (s *Store) newPagePlan(tx *bolt.Tx, f Filter, order SortOrder, after Cursor, page int) (*plan, error) {
	defs, err := s.filterDefs(tx, f)
	if err != nil {
		return nil, err
	}
	p := &plan{tx: tx, f: f, now: timeKey(s.Now()), dates: tx.Bucket(ixDate), docs: docReader{b: tx.Bucket(ixTextDoc)}, defs: defs, page: page}
	if page > 0 {
		p.far.reads = s.pageReads(tx)
	}
	p.sp.hi = maxCursor
	if !f.From.IsZero() || !f.To.IsZero() {
		lo, hi, hasHi := periodKeys(f.From, f.To)
		p.sp.lo = lo
		if hasHi {
			p.sp.hi = hi
		}
		if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
			p.empty = true
		}
	}
	p.sp.after, p.sp.hasAfter, p.sp.desc = after, !after.IsZero(), order == OldestFirst
	for _, k := range f.Kinds {
		p.types[k.Type()] = true
	}
	for _, a := range f.Attrs {
		def := defs[a.Attr]
		if def == nil {
			p.empty = true
			continue
		}
		if a.Value == "" {
			p.noAttrs = append(p.noAttrs, a.Attr)
			continue
		}
		p.attrs = append(p.attrs, attrKey{a.Attr, attrValueKey(def.Type, a.Value)})
	}
	p.lookupWords(QueryWords(f.Text))
	p.choose()
	return p, nil
}

// choose picks the cheapest driver. Costs are in rows visited; a row of
// the date index costs less, as its summary comes with the key.
//
// For a page (p.page > 0) an index on a filtered dimension drives
// whenever there is one: it visits about as many rows as the page holds,
// while the date index visits rows/matches times as many even when the
// matches spread evenly over time, and they do not: the newest rows are
// the plans of the weeks ahead, which a filter on calls skips by the
// thousand (15 000 at 1 M interactions, 5.5 M instructions for a page).
func (p *plan) choose() {
	counters := p.tx.Bucket(bucketCounters)
	count := func(key []byte) float64 {
		c, _ := decodeCounter(counters.Get(key))
		return float64(c.Total)
	}
	// The whole count, the marks and the period's share are read when a
	// cost needs them: a page with no filter needs none (see below).
	var all Counter
	var share, deletedN float64 = -1, -1
	total := func() Counter {
		if share < 0 {
			all, _ = decodeCounter(counters.Get([]byte{dimAll}))
			share = p.periodShare(float64(all.Total))
		}
		return all
	}
	periodShare := func() float64 {
		total()
		return share
	}
	deleted := func() float64 {
		if deletedN < 0 {
			deletedN = float64(p.tx.Bucket(ixDeleted).Stats().KeyN)
		}
		return deletedN
	}
	idx := func(b []byte, prefix []byte) func() stream {
		if isPackedList(string(b), prefix) {
			return func() stream { return newListStream(p.tx.Bucket(b), prefix, p.sp) }
		}
		return func() stream { return newIndexStream(p.tx.Bucket(b), prefix, p.sp) }
	}
	var cands []candidate // the indexes on the filter
	consider := func(c candidate) { cands = append(cands, c) }
	switch p.f.Deleted {
	case DeletedOnly:
		consider(candidate{cost: func() float64 { return deleted() * periodShare() }, make: idx(ixDeleted, nil)})
	case DeletedHide:
		if len(p.f.Kinds) > 0 {
			var types []InteractionType
			for _, t := range AllTypes {
				if p.types[t] {
					types = append(types, t)
				}
			}
			cost := func() float64 {
				n := 0.0
				for _, t := range types {
					n += count([]byte{dimType, byte(t)})
				}
				return n * periodShare()
			}
			consider(candidate{cost: cost, make: func() stream {
				var ss []stream
				for _, t := range types {
					ss = append(ss, newListStream(p.tx.Bucket(ixType), []byte{byte(t)}, p.sp))
				}
				return newMergeStream(ss, p.sp.desc)
			}})
		}
		if p.f.Responsible != 0 {
			key := append([]byte{dimResponsible}, p.f.Responsible.key()...)
			consider(candidate{cost: func() float64 { return count(key) * periodShare() },
				make: idx(ixResponsible, p.f.Responsible.key())})
		}
		for _, c := range []Ref{p.f.Contact, p.f.AlsoContact} {
			if !c.IsZero() {
				key := c.appendKey([]byte{dimContact})
				consider(candidate{cost: func() float64 { return count(key) * periodShare() },
					make: idx(ixContact, c.appendKey(nil))})
			}
		}
		if !p.f.Subject.IsZero() {
			key := p.f.Subject.appendKey([]byte{dimSubject})
			consider(candidate{cost: func() float64 { return count(key) * periodShare() },
				make: idx(ixSubject, p.f.Subject.appendKey(nil))})
		}
		for _, a := range p.attrs {
			prefix := attrPrefix(a.attr, a.value)
			key := append([]byte{dimAttr}, prefix...)
			consider(candidate{cost: func() float64 { return count(key) * periodShare() }, make: idx(ixAttr, prefix)})
		}
		switch p.f.Status {
		case StatusReviewed:
			consider(candidate{cost: func() float64 {
				a := total()
				return float64(a.Total-a.Unreviewed) * periodShare()
			}, make: idx(ixStatus, []byte{1})})
		case StatusToReview:
			// Not the unreviewed part of the status index alone: the status
			// stream walks the same entries and passes over the deferred
			// ones by their values, where the index alone reads each one's
			// summary (the newest are the plans of the weeks ahead, deferred
			// to their dates: thousands at 1 M).
			consider(p.statusCandidate(total, count))
		case StatusDeferred:
			keys := p.deferredKeys()
			consider(candidate{cost: func() float64 { return float64(len(keys)) }, make: func() stream { return p.keyStream(keys) }})
		}
		if len(p.words) > 0 {
			p.considerText(consider)
		}
	}
	best := p.pick(cands, func() float64 { return (float64(total().Total) + deleted()) * periodShare() * 0.3 })
	if p.empty {
		best = candidate{make: func() stream { return &sliceStream{} }}
	}
	p.driver, p.inline = best.make(), best.inln
	if i := best.text - 1; i >= 0 {
		// The driver already matched that word.
		p.words = append(p.words[:i:i], p.words[i+1:]...)
	}
}

// pick chooses among the indexes on the filter and the date index, whose
// cost dateCost gives. A cost is worked out only when it decides: a page
// (p.page > 0) takes the cheapest index on a filtered dimension over the
// date index, so with one index on the filter and no word index it takes
// that one and reads no counter, and the date index's cost counts only
// when the cheapest index is a word's.
func (p *plan) pick(cands []candidate, dateCost func() float64) candidate {
	date := candidate{inln: true, make: func() stream { return newIndexStream(p.dates, nil, p.sp) }}
	switch {
	case len(cands) == 0:
		return date
	case p.page > 0 && len(cands) == 1 && cands[0].text == 0:
		return cands[0]
	}
	var best, narrow candidate // the cheapest; the cheapest on a filtered dimension
	var bestCost, narrowCost float64
	for _, c := range cands {
		cost := c.cost()
		if c.text == 0 && (narrow.make == nil || cost < narrowCost) {
			narrow, narrowCost = c, cost
		}
		if best.make == nil || cost < bestCost {
			best, bestCost = c, cost
		}
	}
	switch {
	case p.page > 0 && best.text == 0: // best is narrow, which a page takes
	case !(bestCost < dateCost()):
		best = date
	}
	if p.page > 0 && best.inln && narrow.make != nil {
		best = narrow
	}
	return best
}

// periodShare estimates the share of rows inside the period from the day counters.
func (p *plan) periodShare(total float64) float64 {
	if p.f.From.IsZero() && p.f.To.IsZero() || total == 0 {
		return 1
	}
	c := p.tx.Bucket(bucketCounters).Cursor()
	start, end := []byte{dimHour}, []byte{dimHour + 1}
	if !p.f.From.IsZero() {
		start = hourKey(p.f.From)
	}
	if !p.f.To.IsZero() {
		end = hourKey(p.f.To.Add(time.Hour))
	}
	n := 0
	for k, v := c.Seek(start); k != nil && bytes.Compare(k, end) < 0; k, v = c.Next() {
		cnt, _ := decodeCounter(v)
		n += cnt.Total
	}
	return min(1, float64(n+1)/total)
}

// queryWord is one word of a text query with the indexed words it begins.
type queryWord struct {
	cost   float64  // postings under those words
	tokens []string // the indexed words
	nums   wordSet  // their numbers
}

// lookupWords finds the indexed words each query word begins.
func (p *plan) lookupWords(words []string) {
	vocab := p.tx.Bucket(ixVocab).Cursor()
	for _, w := range words {
		var qw queryWord
		for k, v := vocab.Seek([]byte(w)); k != nil && bytes.HasPrefix(k, []byte(w)); k, v = vocab.Next() {
			count, num := decodeVocab(v)
			qw.cost += float64(count)
			qw.tokens = append(qw.tokens, string(k))
			qw.nums.add(num)
		}
		if len(qw.tokens) == 0 {
			p.empty = true
		}
		p.words = append(p.words, qw)
	}
}

// considerText offers the postings of the rarest query word as a driver.
func (p *plan) considerText(consider func(candidate)) {
	best := -1
	for i, w := range p.words {
		if best < 0 || w.cost < p.words[best].cost {
			best = i
		}
	}
	if best < 0 || len(p.words[best].tokens) == 0 {
		return
	}
	share := 1.0
	if !p.f.From.IsZero() || !p.f.To.IsZero() {
		share = 0.5
	}
	tokens := p.words[best].tokens
	// Merging many posting lists costs a seek each.
	cost := p.words[best].cost*share + float64(len(tokens))*4
	consider(candidate{cost: func() float64 { return cost }, text: best + 1, make: func() stream {
		posts := p.tx.Bucket(ixText)
		ss := make([]stream, 0, len(tokens))
		for _, t := range tokens {
			ss = append(ss, newBlockStream(posts, t, p.sp))
		}
		return newMergeStream(ss, p.sp.desc)
	}})
}

// deferredKeys lists the date keys of interactions deferred past now.
func (p *plan) deferredKeys() []Cursor {
	var keys []Cursor
	c := p.tx.Bucket(ixReviewAfter).Cursor()
	start := binary.BigEndian.AppendUint64(nil, p.now+1)
	for k, v := c.Seek(start); k != nil; k, v = c.Next() {
		if len(v) == dateKeyLen {
			keys = append(keys, Cursor(v))
		}
	}
	return keys
}

// deferredCount counts the interactions deferred past now.
func (p *plan) deferredCount() int {
	n := 0
	c := p.tx.Bucket(ixReviewAfter).Cursor()
	for k, _ := c.Seek(binary.BigEndian.AppendUint64(nil, p.now+1)); k != nil; k, _ = c.Next() {
		n++
	}
	return n
}

// keyStream streams keys held in memory within the plan's span.
func (p *plan) keyStream(keys []Cursor) stream {
	var in []Cursor
	for _, k := range keys {
		if bytes.Compare(k[:], p.sp.lo[:]) >= 0 && bytes.Compare(k[:], p.sp.hi[:]) <= 0 {
			if p.sp.hasAfter && (p.sp.desc && bytes.Compare(k[:], p.sp.after[:]) >= 0 ||
				!p.sp.desc && bytes.Compare(k[:], p.sp.after[:]) <= 0) {
				continue
			}
			in = append(in, k)
		}
	}
	sortKeys(in, p.sp.desc)
	return &sliceStream{keys: in}
}

// next returns the next matching row's key and summary.
func (p *plan) next() (Cursor, summary, bool) {
	for {
		k, v, ok := p.driver.next()
		if !ok {
			return Cursor{}, nil, false
		}
		wordsMatched := false
		if !p.inline {
			// The words first: a row they leave out costs one page of the
			// word lists instead of one of the date index and one of those.
			if len(p.words) > 0 {
				if !p.matchWords(k) {
					continue
				}
				wordsMatched = true
			}
			if v = p.summaryAt(k); v == nil {
				continue
			}
		}
		if p.matchSummary(summary(v)) && (wordsMatched || p.matchWords(k)) {
			return k, summary(v), true
		}
	}
}

// dateSteps is how many keys summaryAt steps over before it seeks: the
// rows an index on a filtered dimension yields are often a few rows of
// the date index apart (a third of the rows are calls), and a step within
// a leaf costs a fraction of a seek from the root.
const dateSteps = 4

// summaryAt returns the summary of the row at k from the date index, nil
// when the index does not hold it. Rows come in the plan's order, so the
// cursor steps to k when k lies a few keys on, and seeks it otherwise.
func (p *plan) summaryAt(k Cursor) []byte {
	if p.dateCur == nil {
		p.dateCur = p.dates.Cursor()
	}
	for step := 0; p.dateKey != nil && step <= dateSteps; step++ {
		c := bytes.Compare(p.dateKey, k[:])
		if c == 0 {
			return p.dateVal
		}
		if (c < 0) == p.sp.desc || step == dateSteps { // behind, or too far on
			break
		}
		if p.sp.desc {
			p.dateKey, p.dateVal = p.dateCur.Prev()
		} else {
			p.dateKey, p.dateVal = p.dateCur.Next()
		}
	}
	if v, ok := p.far.summary(p.dates, k); ok {
		p.dateKey, p.dateVal = nil, nil // the cursor stays where it was
		return v
	}
	p.dateKey, p.dateVal = p.dateCur.Seek(k[:])
	if !bytes.Equal(p.dateKey, k[:]) {
		return nil
	}
	return p.dateVal
}

// match checks every part of the filter against a row: its summary and
// the words of its texts.
func (p *plan) match(k Cursor, s summary) bool {
	return p.matchSummary(s) && p.matchWords(k)
}

// matchSummary checks every part of the filter but the text query
// against a row's summary.
func (p *plan) matchSummary(s summary) bool {
	f := &p.f
	switch f.Deleted {
	case DeletedHide:
		if s.deleted() {
			return false
		}
	case DeletedOnly:
		if !s.deleted() {
			return false
		}
	}
	if len(f.Kinds) > 0 && !p.matchKinds(s) {
		return false
	}
	switch f.Status {
	case StatusToReview:
		if !s.toReview(p.now) {
			return false
		}
	case StatusDeferred:
		if !s.deferred(p.now) {
			return false
		}
	case StatusReviewed:
		if !s.reviewed() {
			return false
		}
	}
	if f.Responsible != 0 && s.responsible() != f.Responsible ||
		!f.Subject.IsZero() && s.subject() != f.Subject ||
		f.Importance != 0 && s.importance() != f.Importance ||
		!contactMatches(s, f.Contact) || !contactMatches(s, f.AlsoContact) {
		return false
	}
	for _, a := range p.attrs {
		if v, ok := s.attrValue(a.attr); !ok || !bytes.Equal(v, a.value) {
			return false
		}
	}
	for _, a := range p.noAttrs {
		if _, ok := s.attrValue(a); ok {
			return false
		}
	}
	return true
}

// matchWords reports whether the row of k holds a word that each query
// word begins.
func (p *plan) matchWords(k Cursor) bool {
	if len(p.words) == 0 {
		return true
	}
	doc, _ := p.docs.get(k.ID())
	for _, w := range p.words {
		if !doc.hasAny(w.nums) {
			return false
		}
	}
	return true
}

func (p *plan) matchKinds(s summary) bool {
	if !p.types[s.typ()] {
		return false
	}
	for _, k := range p.f.Kinds {
		if k.Type() != s.typ() {
			continue
		}
		switch k {
		case KindCallIn, KindEmailIn:
			if s.direction() == DirIncoming {
				return true
			}
		case KindCallOut, KindEmailOut:
			if s.direction() == DirOutgoing {
				return true
			}
		case KindEmailDraft:
			if MailState(s.state()) == MailDraft {
				return true
			}
		case KindEmailSent:
			if MailState(s.state()) == MailSent {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// contactMatches reports whether a row names contact r: none selects
// every row, NoContact the rows without contacts.
func contactMatches(s summary, r Ref) bool {
	switch {
	case r.IsZero():
		return true
	case r == NoContact:
		return s[5] == 0
	}
	return s.hasContact(r)
}
