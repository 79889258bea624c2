package cli

import (
	"fmt"
	"strings"
	"testing"

	"interactions/data"
)

// TestQuickResolve_AsTheWholeList: --subject, --contact and
// --responsible answer every kind of name — an exact name in other letter
// cases, a label, KIND:ID of a stored, a missing and another kind's
// record, a part of a name, a name of several — as resolveName over the
// whole list of candidates does: the same record or the same message.
func TestQuickResolve_AsTheWholeList(t *testing.T) {
	s := trickyRowsStore(t)
	responsible := func(s *data.Store, q string) (data.Ref, error) {
		id, err := resolveResponsible(s, q)
		if err != nil {
			return data.Ref{}, err
		}
		return data.Ref{Kind: data.RefEmployee, ID: id}, nil
	}
	for _, c := range []struct {
		flag, what string
		resolve    func(*data.Store, string) (data.Ref, error)
		cands      func(*data.Store) ([]candidate, error)
	}{
		{"subject", "subject", resolveSubject, subjectCandidates},
		{"contact", "contact", resolveContact, contactCandidates},
		{"responsible", "employee", responsible, employeeCandidates},
	} {
		cands, err := c.cands(s)
		if err != nil || len(cands) < 5 {
			t.Fatalf("%s: %d candidates, %v", c.flag, len(cands), err)
		}
		var queries []string
		for _, i := range []int{0, 1, len(cands) / 3, len(cands) / 2, len(cands) - 1} {
			n := cands[i]
			queries = append(queries, n.name, strings.ToUpper(n.name), " "+strings.ToLower(n.name)+" ",
				strings.ReplaceAll(n.name, "е", "ё"), n.label, n.ref.String(),
				fmt.Sprintf("%s:%d", strings.ToUpper(n.ref.Kind.String()), n.ref.ID),
				fmt.Sprintf("%s:%d", n.ref.Kind, n.ref.ID+1<<30))
			if r := []rune(n.name); len(r) > 4 {
				queries = append(queries, string(r[1:len(r)-1]))
			}
		}
		// (interaction:ID names a chain, a rule of --subject of its own.)
		queries = append(queries, "employee:1", "deal:1", "partner:1", "a", "", "нет такого имени ни у кого")
		for _, q := range queries {
			want, werr := resolveName(c.flag, c.what, q, cands)
			got, gerr := c.resolve(s, q)
			if got != want || fmt.Sprint(gerr) != fmt.Sprint(werr) {
				t.Errorf("--%s %q = %v, %v; the whole list gives %v, %v", c.flag, q, got, gerr, want, werr)
			}
		}
	}
}
