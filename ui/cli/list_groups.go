package cli

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"interactions/data"
)

// printGroups prints the groups of the interactions the filter selects:
// key, count and unreviewed count in a table, key and count in CSV.
func printGroups(w io.Writer, s *data.Store, q listQuery) error {
	groups, err := s.Groups(q.filter, q.group)
	if err != nil {
		return storeError(s.Path(), err)
	}
	hidden := 0
	if q.limit > 0 && len(groups) > q.limit {
		groups, hidden = groups[:q.limit], len(groups)-q.limit
	}
	keys := groupKeys(s, q, groups)
	if q.csv {
		cw := csv.NewWriter(w)
		cw.Write([]string{"key", "count"})
		for i, g := range groups {
			cw.Write([]string{keys[i], strconv.Itoa(g.Count)})
		}
		cw.Flush()
		return cw.Error()
	}
	t := newTable(w, groupTitle(q), "Count", "Unreviewed")
	t.alignRight(1, 2)
	for i, g := range groups {
		t.add(cell(keys[i], 60), strconv.Itoa(g.Count), strconv.Itoa(g.Unreviewed))
	}
	if err := t.flush(); err != nil {
		return err
	}
	switch {
	case len(groups) == 0:
		fmt.Fprintln(w, "(no interactions match)")
	case hidden > 0:
		fmt.Fprintf(w, "(%d more groups: raise --limit, or --limit 0 for all)\n", hidden)
	}
	return nil
}

// groupTitle is the heading of the key column.
func groupTitle(q listQuery) string {
	switch q.group.Kind {
	case data.GroupType:
		return "Type"
	case data.GroupResponsible:
		return "Responsible"
	case data.GroupContact:
		return "Contact"
	case data.GroupSubject:
		return "Subject"
	case data.GroupDay:
		return "Day"
	case data.GroupWeek:
		return "Week"
	case data.GroupMonth:
		return "Month"
	}
	return q.attr.Name
}

// groupKeys returns the text of each group's key, reading the names of
// referenced records in one transaction.
func groupKeys(s *data.Store, q listQuery, groups []data.Group) []string {
	var names []string
	switch q.group.Kind {
	case data.GroupResponsible, data.GroupContact, data.GroupSubject:
		refs := make([]data.Ref, len(groups))
		for i, g := range groups {
			if named(g.Key.Ref) {
				refs[i] = g.Key.Ref
			}
		}
		names = s.NamesOf(refs)
	}
	out := make([]string, len(groups))
	seen := make(map[string]int, len(groups))
	for i, g := range groups {
		name := ""
		if names != nil {
			name = names[i]
		}
		out[i] = groupKeyText(q, g.Key, name)
		seen[out[i]]++
	}
	// Records that share a name (two events called alike) get their
	// KIND:ID, which --subject, --contact and --responsible accept.
	for i, g := range groups {
		if seen[out[i]] > 1 && !g.Key.Ref.IsZero() && g.Key.Ref != data.NoContact {
			out[i] += " [" + g.Key.Ref.Kind.String() + ":" + strconv.FormatUint(uint64(g.Key.Ref.ID), 10) + "]" // Ref.String, without fmt
		}
	}
	return out
}

// noneKey is the key of the group of interactions without a value.
const noneKey = "(none)"

// named reports whether a group key's ref names a record.
func named(r data.Ref) bool { return !r.IsZero() && r != data.NoContact }

// groupKeyText is the text of a group's key; name is the name of the
// record its ref points at ("" when it is gone).
func groupKeyText(q listQuery, k data.GroupKey, name string) string {
	switch q.group.Kind {
	case data.GroupType:
		return k.Type.String()
	case data.GroupResponsible, data.GroupContact, data.GroupSubject:
		if k.Ref.IsZero() || k.Ref == data.NoContact {
			return noneKey
		}
		if name == "" {
			name = k.Ref.String() // the record is gone
		}
		if k.Ref.Kind == data.RefInteraction {
			return "chain: " + name
		}
		return name
	case data.GroupDay, data.GroupWeek:
		return k.Time.In(time.Local).Format(tableDay)
	case data.GroupMonth:
		return k.Time.In(time.Local).Format("2006-01")
	case data.GroupAttr:
		return attrValueText(&q.attr, k.AttrValue)
	}
	return ""
}

// attrValueText shows an attribute value: a list value by its name.
func attrValueText(d *data.AttrDef, v string) string {
	if v == "" {
		return noneKey
	}
	if d.Type == data.AttrList {
		if id, err := strconv.ParseUint(v, 10, 64); err == nil {
			if o, ok := d.Option(data.ID(id)); ok {
				return o.Name
			}
		}
	}
	return v
}
