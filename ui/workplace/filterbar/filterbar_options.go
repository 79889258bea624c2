package filterbar

import (
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"interactions/data"

	"interactions/ui/format"
)

// filterStatuses are the values of the status select, in its order.
var filterStatuses = []data.Status{data.StatusAll, data.StatusToReview, data.StatusDeferred, data.StatusReviewed}

// statusOptions returns the labels of the status select, with the counts
// once SetStatusCounts gave them.
func (b *Bar) statusOptions() []string {
	names := []string{
		lang.X("status.all", "All"),
		lang.X("status.toReview", "To review"),
		lang.X("status.deferred", "Deferred"),
		lang.X("status.reviewed", "Reviewed"),
	}
	if !b.countsKnown {
		return names
	}
	c := b.counts
	for i, n := range []int{c.All, c.ToReview, c.Deferred, c.Reviewed} {
		names[i] = lang.X("status.withCount", "{{.Status}} ({{.count}})", map[string]any{"Status": names[i], "Count": format.Count(n)})
	}
	return names
}

// showStatus selects the filter's status.
func (b *Bar) showStatus() {
	b.quietly(func() {
		b.Status.SetSelectedIndex(max(0, slices.Index(filterStatuses, b.filter.Status)))
	})
}

// importanceOptions are the labels of the importance select, indexed by
// data.Importance (0 = any).
func importanceOptions() []string {
	return []string{
		lang.X("filter.importance.any", "Any importance"),
		lang.X("filter.importance.low", "Low importance"),
		lang.X("filter.importance.normal", "Normal importance"),
		lang.X("filter.importance.high", "High importance"),
	}
}

// loadEmployees fills the responsible select: "any" and the employees by
// name, a repeated name told apart by the employee's position or number.
func (b *Bar) loadEmployees() {
	emps, err := b.st.Employees()
	if err != nil {
		fyne.LogError("filter bar: read the employees", err)
	}
	slices.SortStableFunc(emps, func(x, y data.Employee) int {
		return strings.Compare(data.Fold(x.Name), data.Fold(y.Name))
	})
	seen := map[string]int{}
	for _, e := range emps {
		seen[data.Fold(e.Name)]++
	}
	opts := []string{lang.X("filter.responsible.any", "Any responsible")}
	b.respIDs = []data.ID{0}
	for _, e := range emps {
		name := e.Name
		if seen[data.Fold(e.Name)] > 1 {
			if e.Position != "" {
				name += " (" + e.Position + ")"
			}
			name += " #" + strconv.FormatUint(uint64(e.ID), 10)
		}
		opts = append(opts, name)
		b.respIDs = append(b.respIDs, e.ID)
	}
	b.quietly(func() { b.setOptions(b.responsible, opts, b.row1, 210) })
}

// showResponsible selects the filter's responsible; one the list lacks
// (the catalog changed since) is added by its name.
func (b *Bar) showResponsible() {
	id := b.filter.Responsible
	i := slices.Index(b.respIDs, id)
	if i < 0 {
		name := b.st.Name(data.Ref{Kind: data.RefEmployee, ID: id})
		if name == "" {
			name = "#" + strconv.FormatUint(uint64(id), 10)
		}
		b.respIDs = append(b.respIDs, id)
		b.responsible.Options = append(b.responsible.Options, name)
		i = len(b.respIDs) - 1
	}
	b.quietly(func() { b.responsible.SetSelectedIndex(i) })
}

// groupOptions returns the labels of the grouping select and sets b.Groups
// to the grouping of each: the subject and the attributes only while
// their options are on.
func (b *Bar) groupOptions() []string {
	type choice struct {
		g    data.GroupBy
		name string
	}
	choices := []choice{
		{data.GroupBy{Kind: data.GroupNone}, lang.X("filter.group.none", "No grouping")},
		{data.GroupBy{Kind: data.GroupType}, lang.X("filter.group.type", "By type")},
		{data.GroupBy{Kind: data.GroupResponsible}, lang.X("filter.group.responsible", "By responsible")},
		{data.GroupBy{Kind: data.GroupContact}, lang.X("filter.group.contact", "By contact")},
	}
	if b.opts.Shows(data.PartSubjectFilter) {
		choices = append(choices, choice{data.GroupBy{Kind: data.GroupSubject}, lang.X("filter.group.subject", "By subject")})
	}
	choices = append(choices,
		choice{data.GroupBy{Kind: data.GroupDay}, lang.X("filter.group.day", "By day")},
		choice{data.GroupBy{Kind: data.GroupWeek}, lang.X("filter.group.week", "By week")},
		choice{data.GroupBy{Kind: data.GroupMonth}, lang.X("filter.group.month", "By month")},
	)
	if b.opts.Shows(data.PartAttrFilter) {
		for _, d := range b.defs {
			choices = append(choices, choice{data.GroupBy{Kind: data.GroupAttr, Attr: d.ID},
				lang.X("filter.group.attr", "By {{.Name}}", map[string]any{"Name": d.Name})})
		}
	}
	b.Groups = b.Groups[:0]
	names := make([]string, len(choices))
	for i, c := range choices {
		b.Groups = append(b.Groups, c.g)
		names[i] = c.name
	}
	return names
}
