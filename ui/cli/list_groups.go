package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
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
	texts := groupTexts(s, q, groups)
	if q.csv {
		return printGroupsCSV(w, groups, texts)
	}
	t := newTable(w, groupTitle(q), "Count", "Unreviewed")
	t.alignRight(1, 2)
	var key []byte
	for i, g := range groups {
		key = texts[i].appendTo(key[:0], g.Key.Ref)
		t.add(cell(string(key), 60), strconv.Itoa(g.Count), strconv.Itoa(g.Unreviewed))
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

// printGroupsCSV writes the key and count of each group as encoding/csv
// would, through one buffer written out 64 KB at a time.
func printGroupsCSV(w io.Writer, groups []data.Group, texts []groupText) error {
	buf := make([]byte, 0, 80<<10)
	buf = append(buf, "key,count\n"...)
	var key []byte
	for i, g := range groups {
		key = texts[i].appendTo(key[:0], g.Key.Ref)
		buf = appendCSVField(buf, key)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(g.Count), 10)
		buf = append(buf, '\n')
		if len(buf) >= 64<<10 {
			if _, err := w.Write(buf); err != nil {
				return err
			}
			buf = buf[:0]
		}
	}
	_, err := w.Write(buf)
	return err
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

// groupText is how a group's key prints: "chain: " for a chain, the
// base text, and the group's KIND:ID after it when another group's key
// prints alike.
type groupText struct {
	chain bool
	dup   bool
	base  string
}

// appendTo appends the key's text to b; ref is the group's.
func (t groupText) appendTo(b []byte, ref data.Ref) []byte {
	if t.chain {
		b = append(b, chainPrefix...)
	}
	b = append(b, t.base...)
	if t.dup {
		// Ref.String, without fmt.
		b = append(append(append(b, " ["...), ref.Kind.String()...), ':')
		b = append(strconv.AppendUint(b, uint64(ref.ID), 10), ']')
	}
	return b
}

// groupTexts returns the text of each group's key, reading the names of
// referenced records in one transaction. Records that share a name (two
// events called alike) get their KIND:ID, which --subject, --contact and
// --responsible accept; the texts are compared without building them,
// chains' apart from the others'.
func groupTexts(s *data.Store, q listQuery, groups []data.Group) []groupText {
	out := make([]groupText, len(groups))
	switch q.group.Kind {
	case data.GroupResponsible, data.GroupContact, data.GroupSubject:
	default:
		for i, g := range groups {
			out[i].base = groupKeyText(q, g.Key, "")
		}
		return out // no refs: nothing gets a KIND:ID
	}
	refs := make([]data.Ref, len(groups))
	plain := 0
	for i, g := range groups {
		if named(g.Key.Ref) {
			refs[i] = g.Key.Ref
		}
		if g.Key.Ref.Kind != data.RefInteraction {
			plain++
		}
	}
	names := s.NamesOf(refs)
	// Plain keys, chains' (whose topics repeat: their map grows as it
	// needs): text → first group.
	first := [2]map[string]int32{make(map[string]int32, plain), {}}
	dup := func(i int, j int32) {
		out[i].dup = out[i].dup || refs[i] != data.Ref{}
		out[j].dup = out[j].dup || refs[j] != data.Ref{}
	}
	for i, g := range groups {
		t := &out[i]
		switch {
		case !named(g.Key.Ref):
			t.base = noneKey
		case names[i] == "":
			t.base = g.Key.Ref.String() // the record is gone
		default:
			t.base = names[i]
		}
		t.chain = named(g.Key.Ref) && g.Key.Ref.Kind == data.RefInteraction
		m := first[0]
		if t.chain {
			m = first[1]
		}
		if j, ok := m[t.base]; ok {
			dup(i, j)
		} else {
			m[t.base] = int32(i)
		}
	}
	// A plain key may read as a chain's: "chain: X" named so.
	for base, i := range first[0] {
		if rest, ok := strings.CutPrefix(base, chainPrefix); ok {
			if j, ok := first[1][rest]; ok {
				dup(int(i), j)
			}
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
			return chainPrefix + name
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
