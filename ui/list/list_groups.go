package list

import (
	"slices"
	"sort"
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"interactions/data"

	"interactions/ui/background"
	"interactions/ui/format"
)

// GroupsExpandLimit is the most groups a grouping shows expanded at
// first; with more, every group starts collapsed so that thousands of
// them stay quick to show.
const GroupsExpandLimit = 30

// groupNamesBatch is how many group names one store call reads.
const groupNamesBatch = 100

// Group is one group of a grouped list: its key and counts from the
// store, its name once read, and while expanded the segment of its rows.
type Group struct {
	data.Group
	name     string
	Named    bool // name is read
	naming   bool // the name is on its way
	expanded bool
	seg      *segment // the group's rows, made when first shown
}

// Group returns the current grouping.
func (m *Model) Group() data.GroupBy { return m.groupBy }

// SetGroup groups the list by another key (GroupNone: no groups) and
// reads it again.
func (m *Model) SetGroup(g data.GroupBy) {
	if g == m.groupBy {
		return
	}
	m.groupBy = g
	clear(m.toggled)
	m.reset()
}

// loadGroups reads the groups of the current filter with their counts.
func (m *Model) loadGroups() {
	st, f, by := m.cur, m.filter, m.groupBy
	var def data.AttrDef // the attribute of a GroupAttr grouping, read with the groups
	read := func() ([]data.Group, error) {
		if by.Kind == data.GroupAttr {
			def, _ = m.src.AttrDef(by.Attr)
		}
		return m.src.Groups(f, by)
	}
	background.Read(&m.tasks, st.ctx, read, func(groups []data.Group, err error) {
		if err != nil {
			m.fail(err)
			return
		}
		st.attr = def
		st.groups = make([]*Group, len(groups))
		expand := len(groups) <= GroupsExpandLimit
		for i, g := range groups {
			lg := &Group{Group: g, expanded: expand}
			if t, ok := m.toggled[g.Key]; ok {
				lg.expanded = t
			}
			st.groups[i] = lg
		}
		st.dirty = true
		m.show(st)
		m.changed()
	})
}

// layout computes the index of every group's header row and the length
// of the grouped list, after a group was toggled or a length learned.
func (st *state) layout() {
	if !st.dirty {
		return
	}
	st.dirty = false
	st.offsets = slices.Grow(st.offsets[:0], len(st.groups))
	n := 0
	for _, g := range st.groups {
		st.offsets = append(st.offsets, n)
		n++
		if g.expanded {
			if g.seg != nil {
				n += g.seg.length()
			} else {
				n += g.Count
			}
		}
	}
	st.length = n
}

// locate returns the index of the group of row i and the row's place in
// the group's rows, -1 for the header; k is -1 when i is out of range.
func (st *state) locate(i int) (k, j int) {
	st.layout()
	if i < 0 || i >= st.length {
		return -1, 0
	}
	k = sort.Search(len(st.offsets), func(k int) bool { return st.offsets[k] > i }) - 1
	return k, i - st.offsets[k] - 1
}

// groupSegment returns the segment of an expanded group's rows, made on
// first use with the group's count as its length.
func (m *Model) groupSegment(st *state, g *Group) *segment {
	if g.seg == nil && st == m.cur && g.expanded {
		g.seg = newSegment(st.ctx, data.GroupFilter(m.filter, m.groupBy, g.Key), m.sort, g.Count)
	}
	return g.seg
}

// Toggle expands a collapsed group or collapses an expanded one; the
// choice is kept while the grouping stays.
func (m *Model) Toggle(g *Group) {
	st := m.cur
	g.expanded = !g.expanded
	m.toggled[g.Key] = g.expanded
	if !g.expanded && g.seg != nil {
		g.seg.cancel()
		g.seg = nil
	}
	st.dirty = true
	m.Shown().dirty = true
	m.changed()
}

// Groups returns the groups of the current grouping, once read.
func (m *Model) Groups() []*Group { return m.cur.groups }

// shownGrouping returns the grouping of the rows shown and, for a
// GroupAttr grouping, its attribute: while a new grouping is read, the
// old one is still shown.
func (m *Model) shownGrouping() (data.GroupBy, data.AttrDef) {
	st := m.Shown()
	return st.by, st.attr
}

// groupByRef reports whether the groups of a kind are named by a reference.
func groupByRef(k data.GroupKind) bool {
	return k == data.GroupResponsible || k == data.GroupContact || k == data.GroupSubject
}

// nameGroups reads the names of unnamed groups around group k of the
// shown list in one store call: the groups on screen and a few more.
func (m *Model) nameGroups(k int) {
	st := m.cur
	if !groupByRef(m.groupBy.Kind) || k < 0 || k >= len(st.groups) {
		return
	}
	var batch []*Group
	var refs []data.Ref
	for i := max(k-groupNamesBatch/4, 0); i < len(st.groups) && len(batch) < groupNamesBatch; i++ {
		g := st.groups[i]
		if g.Named || g.naming {
			continue
		}
		if g.Key.Ref.IsZero() || g.Key.Ref == data.NoContact {
			g.Named = true
			continue
		}
		g.naming = true
		batch = append(batch, g)
		refs = append(refs, g.Key.Ref)
	}
	if len(refs) == 0 {
		return
	}
	m.tasks.Run(func() func() {
		names := m.src.Names(refs)
		return func() {
			for _, g := range batch {
				g.name, g.Named, g.naming = names[g.Key.Ref], true, false
			}
			if st.ctx.Err() == nil {
				m.changed()
			}
		}
	})
}

// groupName is the name a group header shows: the type, the person or
// subject, the period or the attribute value; "…" while a name is read.
func groupName(by data.GroupBy, attr data.AttrDef, g *Group) string {
	switch by.Kind {
	case data.GroupType:
		return format.TypeTitle(g.Key.Type)
	case data.GroupDay:
		return formatDay(g.Key.Time)
	case data.GroupWeek:
		return lang.X("group.week", "Week of {{.Date}}", map[string]any{"Date": formatDay(g.Key.Time)})
	case data.GroupMonth:
		return monthTitle(g.Key.Time)
	case data.GroupAttr:
		if g.Key.AttrValue == "" {
			return lang.X("group.noValue", "No value")
		}
		return FormatAttrValue(attr, g.Key.AttrValue)
	}
	switch {
	case g.Key.Ref.IsZero(), g.Key.Ref == data.NoContact:
		return lang.X("group.noContact", "No contacts")
	case !g.Named:
		return "…"
	case g.name == "":
		return lang.X("group.notFound", "(not found)")
	case g.Key.Ref.Kind == data.RefInteraction:
		return lang.X("group.chain", "Chain: {{.Topic}}", map[string]any{"Topic": g.name})
	}
	return g.name
}

// monthTitle is a month and its year: "March 2026", "Март 2026".
func monthTitle(t time.Time) string {
	names := [...]string{
		lang.X("month.1", "January"), lang.X("month.2", "February"), lang.X("month.3", "March"),
		lang.X("month.4", "April"), lang.X("month.5", "May"), lang.X("month.6", "June"),
		lang.X("month.7", "July"), lang.X("month.8", "August"), lang.X("month.9", "September"),
		lang.X("month.10", "October"), lang.X("month.11", "November"), lang.X("month.12", "December"),
	}
	t = t.Local()
	return names[t.Month()-1] + " " + strconv.Itoa(t.Year())
}
