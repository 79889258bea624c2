package cli

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"interactions/data"
)

// candidate is a record a name given on the command line may stand for.
type candidate struct {
	ref   data.Ref
	name  string // what the name is matched against
	label string // the name with what tells it apart, e.g. a person's partner
}

// refKindNames are the KINDs of the KIND:ID form that names a record exactly.
var refKindNames = []string{"employee", "partner", "person", "deal", "claim", "event", "order", "interaction"}

// refForm splits the KIND:ID form that names a record exactly: one of
// refKindNames in any case (Unicode simple folding, as EqualFold), a
// colon and one or more ASCII digits, nothing else. It returns the KIND
// as written and the digits. It reads what the pattern
// `^(?i)(employee|…|interaction):([0-9]+)$` would, without compiling a
// regular expression at start.
func refForm(q string) (kind, digits string, ok bool) {
	kind, digits, found := strings.Cut(q, ":")
	if !found || digits == "" {
		return "", "", false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return "", "", false
		}
	}
	for _, k := range refKindNames {
		if strings.EqualFold(kind, k) {
			return kind, digits, true
		}
	}
	return "", "", false
}

// refKind returns the kind a KIND:ID reference names (refForm has
// checked it is one of these), in lower case.
func refKind(kind string) data.RefKind {
	switch kind {
	case "employee":
		return data.RefEmployee
	case "partner":
		return data.RefPartner
	case "person":
		return data.RefPerson
	case "deal":
		return data.RefDeal
	case "claim":
		return data.RefClaim
	case "event":
		return data.RefEvent
	case "order":
		return data.RefOrder
	case "interaction":
		return data.RefInteraction
	}
	return 0
}

// maxCandidates is how many candidates an error message lists.
const maxCandidates = 3

// resolveName finds the one candidate a name given to --flag stands for,
// without regard to case (and ё/е): a KIND:ID reference, else the exact
// name, else the only candidate whose name holds the text. what names the
// candidates in messages ("employee", "contact" …).
func resolveName(flag, what, query string, cands []candidate) (data.Ref, error) {
	q := strings.TrimSpace(query)
	if q == "" {
		return data.Ref{}, usageErrorf("--%s needs a name", flag)
	}
	if kind, digits, ok := refForm(q); ok {
		id, _ := strconv.ParseUint(digits, 10, 64)
		ref := data.Ref{Kind: refKind(strings.ToLower(kind)), ID: data.ID(id)}
		for _, c := range cands {
			if c.ref == ref {
				return ref, nil
			}
		}
		return data.Ref{}, usageErrorf("--%s %s: no such %s", flag, q, what)
	}
	fq := data.Fold(q)
	// An exact name first: compared as folded without folding each name,
	// most comparisons end at the first letter.
	var exact []candidate
	for _, c := range cands {
		if data.FoldEqual(c.name, fq) || c.label != c.name && data.FoldEqual(c.label, fq) {
			exact = append(exact, c)
		}
	}
	switch {
	case len(exact) == 1:
		return exact[0].ref, nil
	case len(exact) > 1:
		return data.Ref{}, ambiguous(flag, what, q, exact, cands)
	}
	var part []candidate
	for _, c := range cands {
		if strings.Contains(data.Fold(c.name), fq) {
			part = append(part, c)
		}
	}
	switch {
	case len(part) == 1:
		return part[0].ref, nil
	case len(part) > 1:
		return data.Ref{}, ambiguous(flag, what, q, part, cands)
	}
	near := closest(fq, cands, maxCandidates)
	if len(near) == 0 {
		return data.Ref{}, usageErrorf("--%s %s: there are no %ss in the database", flag, quoted(q), what)
	}
	return data.Ref{}, usageErrorf("--%s %s: no %s has that name; closest: %s", flag, quoted(q), what, describe(near, cands))
}

func ambiguous(flag, what, q string, matches, all []candidate) error {
	slices.SortStableFunc(matches, func(a, b candidate) int { return strings.Compare(a.label, b.label) })
	more := ""
	if len(matches) > maxCandidates {
		more = fmt.Sprintf(" and %d more", len(matches)-maxCandidates)
		matches = matches[:maxCandidates]
	}
	hint := fmt.Sprintf("give more of the name, or name one exactly as in --%s %s", flag, matches[0].ref)
	if matches[0].ref.Kind == data.RefNone { // attributes have no KIND:ID form
		hint = "give more of the name"
	}
	return usageErrorf("--%s %s matches several %ss: %s%s; %s", flag, quoted(q), what, describe(matches, all), more, hint)
}

// describe lists candidates by label, adding KIND:ID to a label that
// another candidate shares.
func describe(list, all []candidate) string {
	seen := map[string]int{}
	for _, c := range all {
		seen[data.Fold(c.label)]++
	}
	parts := make([]string, len(list))
	for i, c := range list {
		parts[i] = c.label
		if seen[data.Fold(c.label)] > 1 {
			parts[i] += " [" + c.ref.String() + "]"
		}
	}
	return strings.Join(parts, "; ")
}

// closest returns up to n candidates whose names come nearest to the
// folded query: the fewest edits to make the query appear in the name.
func closest(fq string, cands []candidate, n int) []candidate {
	type scored struct {
		c    candidate
		dist int
	}
	q := []rune(fq)
	var best []scored
	for _, c := range cands {
		d := infixDistance(q, []rune(data.Fold(c.name)))
		best = append(best, scored{c, d})
	}
	slices.SortStableFunc(best, func(a, b scored) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		return strings.Compare(a.c.label, b.c.label)
	})
	out := make([]candidate, 0, n)
	for i := 0; i < len(best) && i < n; i++ {
		out = append(out, best[i].c)
	}
	return out
}

// infixDistance is the least number of edits that turn q into some part
// of s (Sellers' approximate matching).
func infixDistance(q, s []rune) int {
	prev := make([]int, len(s)+1) // zeros: a match may start anywhere
	cur := make([]int, len(s)+1)
	for i := 1; i <= len(q); i++ {
		cur[0] = i
		for j := 1; j <= len(s); j++ {
			cost := 1
			if q[i-1] == s[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return slices.Min(prev)
}

// shorten cuts s to at most n runes, marking the cut with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// resolveResponsible resolves --responsible among the employees, named
// from the names index.
func resolveResponsible(s *data.Store, name string) (data.ID, error) {
	anyName := func(string) bool { return true } // an employee's label is the name
	if r, ok, err := quickResolve(s, name, anyName, data.RefEmployee); ok || err != nil {
		return r.ID, err
	}
	cands, err := employeeCandidates(s)
	if err != nil {
		return 0, err
	}
	ref, err := resolveName("responsible", "employee", name, cands)
	return ref.ID, err
}

// employeeCandidates lists the employees --responsible may name.
func employeeCandidates(s *data.Store) ([]candidate, error) {
	emps, err := s.NamesOfKind(data.RefEmployee)
	if err != nil {
		return nil, storeError(s.Path(), err)
	}
	cands := make([]candidate, len(emps))
	for i, e := range emps {
		cands[i] = candidate{e.Ref, e.Name, e.Name}
	}
	return cands, nil
}

// resolveContact resolves --contact among the partners and contact
// persons; "(none)", the key of --group contact's group without
// contacts, selects the interactions that name no contact.
func resolveContact(s *data.Store, name string) (data.Ref, error) {
	if strings.TrimSpace(name) == noneKey {
		return data.NoContact, nil
	}
	// A label is a person's name with its partner's in parentheses.
	notLabel := func(fq string) bool { return !strings.HasSuffix(fq, ")") }
	if r, ok, err := quickResolve(s, name, notLabel, data.RefPartner, data.RefPerson); ok || err != nil {
		return r, err
	}
	cands, err := contactCandidates(s)
	if err != nil {
		return data.Ref{}, err
	}
	return resolveName("contact", "contact", name, cands)
}

// contactCandidates lists every partner and contact person, a person
// labelled with its partner's name.
func contactCandidates(s *data.Store) ([]candidate, error) {
	partners, err := s.NamesOfKind(data.RefPartner)
	if err != nil {
		return nil, storeError(s.Path(), err)
	}
	persons, err := s.NamesWithPartners(data.RefPerson)
	if err != nil {
		return nil, storeError(s.Path(), err)
	}
	named := append(partners, persons...)
	partnerName := map[data.ID]string{}
	cands := make([]candidate, 0, len(named))
	for _, n := range named {
		label := n.Name
		switch n.Ref.Kind {
		case data.RefPartner:
			partnerName[n.Ref.ID] = n.Name
		case data.RefPerson:
			if pn := partnerName[n.Partner]; pn != "" {
				label += " (" + pn + ")"
			}
		}
		cands = append(cands, candidate{n.Ref, n.Name, label})
	}
	return cands, nil
}

// quickResolve answers the common cases of a name given to a flag
// without listing every candidate (Store.NamedAs, Store.Has): KIND:ID of
// a stored record of the kinds, or the one record of the kinds named so
// (case and ё/е aside) when the folded name cannot be a candidate's
// label (notLabel). ok is false when the answer needs the whole list,
// which resolveName then reads: no such record or name, several, a
// label, a part of a name.
func quickResolve(s *data.Store, name string, notLabel func(fq string) bool, kinds ...data.RefKind) (r data.Ref, ok bool, err error) {
	q := strings.TrimSpace(name)
	if q == "" {
		return data.Ref{}, false, nil
	}
	if kind, digits, isRef := refForm(q); isRef {
		id, _ := strconv.ParseUint(digits, 10, 64)
		r = data.Ref{Kind: refKind(strings.ToLower(kind)), ID: data.ID(id)}
		if !slices.Contains(kinds, r.Kind) {
			return data.Ref{}, false, nil
		}
		has, err := s.Has(r)
		if err != nil {
			return data.Ref{}, false, storeError(s.Path(), err)
		}
		return r, has, nil
	}
	fq := data.Fold(q)
	if !notLabel(fq) {
		return data.Ref{}, false, nil
	}
	refs, err := s.NamedAs(fq, kinds...)
	if err != nil {
		return data.Ref{}, false, storeError(s.Path(), err)
	}
	if len(refs) != 1 {
		return data.Ref{}, false, nil
	}
	return refs[0], true, nil
}

// subjectLabel is how messages name a subject: its kind and name, a
// claim's cut to 60 characters.
func subjectLabel(n data.Named) string {
	switch n.Ref.Kind {
	case data.RefDeal:
		return "deal " + n.Name
	case data.RefClaim:
		return "claim " + shorten(n.Name, 60)
	case data.RefEvent:
		return "event " + n.Name
	}
	return "order " + n.Name
}

// resolveSubject resolves --subject among deals (by name), client claims
// (by the first line of their text, as the list and its groups name
// them), marketing events (by name) and customer orders (by number).
// interaction:ID names the chain that interaction belongs to.
func resolveSubject(s *data.Store, name string) (data.Ref, error) {
	if kind, digits, ok := refForm(strings.TrimSpace(name)); ok && strings.EqualFold(kind, "interaction") {
		id, _ := strconv.ParseUint(digits, 10, 64)
		it, err := s.Interaction(data.ID(id))
		if err != nil {
			return data.Ref{}, usageErrorf("--subject %s: no such interaction", strings.TrimSpace(name))
		}
		return it.Subject, nil
	}
	// A label is a subject's name after its kind.
	notLabel := func(fq string) bool {
		for _, k := range []string{"deal ", "claim ", "event ", "order "} {
			if strings.HasPrefix(fq, k) {
				return false
			}
		}
		return true
	}
	if r, ok, err := quickResolve(s, name, notLabel, subjectKinds...); ok || err != nil {
		return r, err
	}
	cands, err := subjectCandidates(s)
	if err != nil {
		return data.Ref{}, err
	}
	return resolveName("subject", "subject", name, cands)
}

// subjectKinds are the kinds of records --subject names.
var subjectKinds = []data.RefKind{data.RefDeal, data.RefClaim, data.RefEvent, data.RefOrder}

// subjectCandidates lists every deal, claim, event and order, labelled
// with its kind.
func subjectCandidates(s *data.Store) ([]candidate, error) {
	named, err := s.NamesOfKinds(subjectKinds...)
	if err != nil {
		return nil, storeError(s.Path(), err)
	}
	cands := make([]candidate, 0, len(named))
	for _, n := range named {
		cands = append(cands, candidate{n.Ref, n.Name, subjectLabel(n)})
	}
	return cands, nil
}

// resolveAttr resolves the attribute of --group attr:NAME by its name.
func resolveAttr(s *data.Store, name string) (data.AttrDef, error) {
	defs, err := s.ReadAttrDefs()
	if err != nil {
		return data.AttrDef{}, storeError(s.Path(), err)
	}
	cands := make([]candidate, len(defs))
	for i, d := range defs {
		cands[i] = candidate{data.Ref{ID: d.ID}, d.Name, d.Name}
	}
	ref, err := resolveName("group", "attribute", name, cands)
	if err != nil {
		return data.AttrDef{}, err
	}
	d, _ := s.AttrDef(ref.ID)
	return d, nil
}
