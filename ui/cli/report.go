//go:build !lean

package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"interactions/data"
	"interactions/reports"
	"interactions/reports/pdf"
)

// reportArgs are the flags of the report command.
type reportArgs struct {
	kind                         string
	from, to                     string
	partners                     []string
	group, kind2, role, resp, by string
	lang, out, printed           string
	onlyUnprocessed              bool
}

// listFlag collects a flag that may be given several times.
type listFlag struct{ list *[]string }

func (f listFlag) String() string { return "" }

func (f listFlag) Set(s string) error {
	*f.list = append(*f.list, s)
	return nil
}

// runReport builds a report and prints it to a PDF file.
func runReport(e *env, args []string) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		args = append(args[1:], "--report", args[0])
	}
	ra := &reportArgs{}
	fs := newFlagSet("report")
	fs.Var(dbFlag{e}, "db", "")
	fs.StringVar(&ra.kind, "report", "", "")
	fs.StringVar(&ra.from, "from", "", "")
	fs.StringVar(&ra.to, "to", "", "")
	fs.Var(listFlag{&ra.partners}, "partner", "")
	fs.StringVar(&ra.group, "group", "", "")
	kind := choiceFlag(fs, "kind", "", "client", "supplier", "competitor", "other")
	fs.StringVar(&ra.role, "role", "", "")
	fs.StringVar(&ra.resp, "responsible", "", "")
	by := choiceFlag(fs, "by", "month", "week", "month")
	lang := choiceFlag(fs, "lang", "", "ru", "en")
	fs.StringVar(&ra.out, "out", "", "")
	fs.StringVar(&ra.printed, "printed", "", "")
	fs.BoolVar(&ra.onlyUnprocessed, "only-unprocessed", false, "")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	ra.kind2, ra.by, ra.lang = *kind, *by, *lang
	switch ra.kind {
	case "calendar", "partners", "contacts", "activity":
	case "":
		return usageErrorf("report needs its kind: calendar, partners, contacts or activity (see interactions report --help)")
	default:
		return usageErrorf("report %q: unknown report (want calendar, partners, contacts or activity)", ra.kind)
	}
	if ra.out == "" {
		return usageErrorf("report needs --out FILE.pdf")
	}
	from, to, err := parsePeriod(ra.from, ra.to)
	if err != nil {
		return err
	}
	printed := time.Now()
	if ra.printed != "" {
		p, perr := time.ParseInLocation("2006-01-02 15:04", strings.TrimSpace(ra.printed), time.Local)
		if perr != nil {
			if p, perr = time.ParseInLocation(time.DateOnly, strings.TrimSpace(ra.printed), time.Local); perr != nil {
				return usageErrorf("--printed %q: not a date; want YYYY-MM-DD or \"YYYY-MM-DD HH:MM\"", ra.printed)
			}
		}
		printed = p
	}
	s, err := openExisting(e)
	if err != nil {
		return err
	}
	defer closeRead(s)
	l := reports.ParseLang(ra.lang)
	if ra.lang == "" {
		l = reports.Russian
		if s.Settings().Language == data.LangEnglish {
			l = reports.English
		}
	}
	if ra.kind == "contacts" && !s.Settings().Options.Shows(data.PartPersonsReport) {
		return fmt.Errorf("report contacts: %s", reports.English.T("notice.contactRoles"))
	}
	r, err := ra.build(s, from, to, printed, l)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := pdf.Write(&buf, r, pdf.Options{Created: printed}); err != nil {
		return err
	}
	if err := writeFileAtomic(ra.out, buf.Bytes()); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	fmt.Fprintf(e.stdout, "%s: %d rows written to %s\n", r.Title, len(r.Rows), ra.out)
	return nil
}

// build resolves the names given and builds the report.
func (ra *reportArgs) build(s *data.Store, from, to, printed time.Time, l reports.Lang) (*reports.Report, error) {
	resp, err := ra.responsible(s)
	if err != nil {
		return nil, err
	}
	switch ra.kind {
	case "calendar":
		from, to = defaultPeriod(from, to, 0)
		return reports.Calendar(s, data.CalendarQuery{From: from, To: to, Responsible: resp, OnlyUnreviewed: ra.onlyUnprocessed}, l, printed)
	case "activity":
		from, to = defaultPeriod(from, to, 11)
		by := data.GroupMonth
		if ra.by == "week" {
			by = data.GroupWeek
		}
		return reports.Activity(s, reports.ActivityQuery{From: from, To: to, By: by, Responsible: resp}, l, printed)
	}
	pq, err := ra.partnerQuery(s)
	if err != nil {
		return nil, err
	}
	if ra.kind == "partners" {
		return reports.PartnerContacts(s, pq, l, printed)
	}
	cq := reports.ContactQuery{Partners: pq}
	if ra.role != "" {
		roles, err := s.Roles()
		if err != nil {
			return nil, err
		}
		var cands []candidate
		for _, r := range roles {
			cands = append(cands, candidate{ref: data.Ref{ID: r.ID}, name: r.Name, label: r.Name})
		}
		ref, err := resolveName("role", "role", ra.role, cands)
		if err != nil {
			return nil, err
		}
		cq.Role = ref.ID
	}
	return reports.PersonContacts(s, cq, l, printed)
}

// responsible resolves --responsible to an employee.
func (ra *reportArgs) responsible(s *data.Store) (data.ID, error) {
	if ra.resp == "" {
		return 0, nil
	}
	emps, err := s.Employees()
	if err != nil {
		return 0, err
	}
	var cands []candidate
	for _, e := range emps {
		cands = append(cands, candidate{ref: data.Ref{Kind: data.RefEmployee, ID: e.ID}, name: e.Name, label: e.Name})
	}
	ref, err := resolveName("responsible", "employee", ra.resp, cands)
	return ref.ID, err
}

// partnerQuery resolves --partner, --group and --kind.
func (ra *reportArgs) partnerQuery(s *data.Store) (reports.PartnerQuery, error) {
	var q reports.PartnerQuery
	if len(ra.partners) > 0 {
		ps, err := s.Partners()
		if err != nil {
			return q, err
		}
		var cands []candidate
		for _, p := range ps {
			cands = append(cands, candidate{ref: data.Ref{Kind: data.RefPartner, ID: p.ID}, name: p.Name, label: p.Name})
		}
		for _, name := range ra.partners {
			ref, err := resolveName("partner", "partner", name, cands)
			if err != nil {
				return q, err
			}
			q.IDs = append(q.IDs, ref.ID)
		}
	}
	if ra.group != "" {
		gs, err := s.PartnerGroups()
		if err != nil {
			return q, err
		}
		var cands []candidate
		for _, g := range gs {
			cands = append(cands, candidate{ref: data.Ref{ID: g.ID}, name: g.Name, label: g.Name})
		}
		ref, err := resolveName("group", "partner group", ra.group, cands)
		if err != nil {
			return q, err
		}
		q.Group = ref.ID
	}
	q.Kind = map[string]data.PartnerKind{"client": data.PartnerClient, "supplier": data.PartnerSupplier,
		"competitor": data.PartnerCompetitor, "other": data.PartnerOther}[ra.kind2]
	return q, nil
}

// defaultPeriod fills an open period: from the first of the month
// monthsBack months ago to the end of this month.
func defaultPeriod(from, to time.Time, monthsBack int) (time.Time, time.Time) {
	now := time.Now()
	if from.IsZero() {
		from = time.Date(now.Year(), now.Month()-time.Month(monthsBack), 1, 0, 0, 0, 0, time.Local)
	}
	if to.IsZero() {
		to = time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, time.Local)
		if !to.After(from) {
			to = time.Date(from.Year(), from.Month()+1, 1, 0, 0, 0, 0, time.Local)
		}
	}
	return from, to
}

// writeFileAtomic writes b to path through a temporary file in the same
// folder, so that a failed write leaves no half-written PDF.
func writeFileAtomic(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".report-*.pdf")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
