package cli

import (
	"bufio"
	"flag"
	"strings"

	"interactions/data"
)

// defaultListLimit is how many rows or groups list prints without --limit.
const defaultListLimit = 50

// listArgs is the list command line before the names in it are resolved.
type listArgs struct {
	typ, status, responsible, contact, subject, from, to, search, group string
	limit                                                               int
	csv                                                                 bool
	allTypes                                                            bool            // --all-types: switched-off types too
	set                                                                 map[string]bool // the flags given
}

// listQuery is what the list command runs: a filter, and a grouping or none.
type listQuery struct {
	filter data.Filter
	group  data.GroupBy
	attr   data.AttrDef // the attribute of data.GroupAttr
	limit  int          // 0: no limit
	csv    bool
}

// defs lists the attribute definitions q names: the one it groups by, if
// any; the command line filters by none. So a listing reads no
// definitions (data.Store.ReadAttrDefs) unless it groups by one.
func (q *listQuery) defs() []data.AttrDef {
	if q.group.Kind == data.GroupAttr {
		return []data.AttrDef{q.attr}
	}
	return nil
}

// runList prints the interactions a filter selects, or their groups.
func runList(e *env, args []string) error {
	la, err := parseListArgs(e, args)
	if err != nil {
		return err
	}
	q, attrName, err := la.query()
	if err != nil {
		return err
	}
	s, err := openExisting(e) // an upgrade, if any, with the usual collector
	if err != nil {
		return err
	}
	defer closeRead(s)
	defer collectOnlyNearLimit()()
	if err := la.resolve(s, &q, attrName); err != nil {
		return err
	}
	if err := la.fitToOptions(&q, s.Settings().Options, q.defs()); err != nil {
		return err
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	if q.group.Kind != data.GroupNone {
		err = printGroups(w, s, q)
	} else {
		err = printRows(w, s, q)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

func parseListArgs(e *env, args []string) (*listArgs, error) {
	la := &listArgs{}
	fs := newFlagSet("list")
	la.defineFilters(e, fs)
	fs.StringVar(&la.group, "group", "", "")
	limit := intFlag(fs, "limit", defaultListLimit, 0, 1<<31-1, nil)
	format := choiceFlag(fs, "format", "table", "table", "csv")
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	la.limit, la.csv = int(*limit), *format == "csv"
	la.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { la.set[f.Name] = true })
	return la, nil
}

// defineFilters defines --db and the list's filter flags on fs; the
// export command shares them.
func (la *listArgs) defineFilters(e *env, fs *flag.FlagSet) {
	fs.Var(dbFlag{e}, "db", "")
	fs.StringVar(&la.typ, "type", "", "")
	fs.StringVar(&la.status, "status", "all", "")
	fs.StringVar(&la.responsible, "responsible", "", "")
	fs.StringVar(&la.contact, "contact", "", "")
	fs.StringVar(&la.subject, "subject", "", "")
	fs.StringVar(&la.from, "from", "", "")
	fs.StringVar(&la.to, "to", "", "")
	fs.StringVar(&la.search, "search", "", "")
	fs.BoolVar(&la.allTypes, "all-types", false, "")
}

// query checks and converts everything that needs no database.
func (la *listArgs) query() (q listQuery, attrName string, err error) {
	q.limit, q.csv = la.limit, la.csv
	f := &q.filter
	if la.set["type"] {
		if f.Kinds, err = parseKinds(la.typ); err != nil {
			return q, "", err
		}
	}
	if f.Status, err = parseStatus(la.status); err != nil {
		return q, "", err
	}
	if f.From, f.To, err = parsePeriod(la.from, la.to); err != nil {
		return q, "", err
	}
	f.Text = strings.TrimSpace(la.search)
	if err := checkSearch(f.Text); err != nil {
		return q, "", err
	}
	for _, name := range []string{"responsible", "contact", "subject"} {
		if err := checkName(name, la.names()[name]); err != nil {
			return q, "", err
		}
	}
	if la.set["group"] {
		if q.group.Kind, attrName, err = parseGroup(la.group); err != nil {
			return q, "", err
		}
	}
	return q, attrName, nil
}

// names returns the values of the flags that name records.
func (la *listArgs) names() map[string]string {
	return map[string]string{"responsible": la.responsible, "contact": la.contact, "subject": la.subject}
}

// resolve looks up the names of the command line in the store.
func (la *listArgs) resolve(s *data.Store, q *listQuery, attrName string) error {
	var err error
	if la.set["responsible"] {
		if q.filter.Responsible, err = resolveResponsible(s, la.responsible); err != nil {
			return err
		}
	}
	if la.set["contact"] {
		if q.filter.Contact, err = resolveContact(s, la.contact); err != nil {
			return err
		}
	}
	if la.set["subject"] {
		if q.filter.Subject, err = resolveSubject(s, la.subject); err != nil {
			return err
		}
	}
	if q.group.Kind == data.GroupAttr {
		if q.attr, err = resolveAttr(s, attrName); err != nil {
			return err
		}
		q.group.Attr = q.attr.ID
	}
	return nil
}
