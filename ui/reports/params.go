package reports

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/reports"
	"interactions/ui/format"
	"interactions/ui/session"
	"interactions/ui/widgets"
)

// catalogs are what the parameters offer to choose from.
type catalogs struct {
	partners  []data.Partner
	groups    []data.PartnerGroup
	roles     []data.Role
	employees []data.Employee
}

// query holds the query of each report.
type query struct {
	partners reports.PartnerQuery
	contacts reports.ContactQuery
	activity reports.ActivityQuery
	calendar data.CalendarQuery
}

// Params are the parameters of the reports; the form shows those of the
// chosen report.
type Params struct {
	Content         *fyne.Container
	Partners        *PartnerChooser
	Group           *widget.Select
	Kind            *widget.Select
	Role            *widget.Select
	From, To        *widgets.EscEntry
	By              *widget.RadioGroup
	Responsible     *widget.Select
	OnlyUnprocessed *widget.Check

	sess *session.Session
	cat  catalogs
}

func newParams(sess *session.Session) *Params {
	p := &Params{sess: sess, Content: container.NewStack(), Partners: NewPartnerChooser(),
		Group: widget.NewSelect(nil, nil), Kind: widget.NewSelect(nil, nil), Role: widget.NewSelect(nil, nil),
		From: widgets.NewEscEntry(), To: widgets.NewEscEntry(), Responsible: widget.NewSelect(nil, nil),
		OnlyUnprocessed: widget.NewCheck(lang.X("calendar.onlyUnprocessed", "Only unprocessed"), nil)}
	p.By = widget.NewRadioGroup([]string{lang.X("reports.byWeek", "By week"), lang.X("reports.byMonth", "By month")}, nil)
	p.By.Horizontal, p.By.Required = true, true
	p.By.SetSelected(p.By.Options[1])
	p.Kind.Options = []string{lang.X("reports.allKinds", "All kinds"), lang.X("reports.clients", "Clients"),
		lang.X("reports.suppliers", "Suppliers"), lang.X("reports.competitors", "Competitors"), lang.X("reports.others", "Others")}
	p.Kind.SetSelectedIndex(0)
	p.setPeriod(KindActivity)
	return p
}

// setPeriod puts the default period of report k in the date entries:
// this month for the calendar, the last twelve months for the activity.
func (p *Params) setPeriod(k Kind) {
	now := p.sess.Now()
	back := 11
	if k == KindCalendar {
		back = 0
	}
	from := time.Date(now.Year(), now.Month()-time.Month(back), 1, 0, 0, 0, 0, time.Local)
	to := time.Date(now.Year(), now.Month()+1, 0, 0, 0, 0, 0, time.Local)
	p.From.SetText(format.Date(from))
	p.To.SetText(format.Date(to))
}

func (p *Params) setCatalogs(c catalogs) {
	p.cat = c
	p.Partners.SetPartners(c.partners)
	keep := func(s *widget.Select, opts []string) {
		chosen := s.Selected
		s.Options = opts
		if !slices.Contains(opts, chosen) {
			chosen = opts[0]
		}
		s.SetSelected(chosen)
	}
	groups := []string{lang.X("reports.allGroups", "All groups")}
	for _, g := range c.groups {
		groups = append(groups, g.Name)
	}
	keep(p.Group, groups)
	roles := []string{lang.X("reports.allRoles", "All roles")}
	for _, r := range c.roles {
		roles = append(roles, r.Name)
	}
	keep(p.Role, roles)
	emps := []string{lang.X("calendar.everyone", "Everyone")}
	for _, e := range c.employees {
		emps = append(emps, e.Name)
	}
	keep(p.Responsible, emps)
}

// show puts the form of report k in place.
func (p *Params) show(k Kind) {
	form := widget.NewForm()
	switch k {
	case KindPartners, KindContacts:
		form.Append(lang.X("reports.group", "Group"), p.Group)
		form.Append(lang.X("reports.kind", "Kind"), p.Kind)
		if k == KindContacts {
			if p.sess.Options().Shows(data.PartPersonsReport) {
				form.Append(lang.X("reports.role", "Role"), p.Role)
			} else {
				o := data.OptionContactRoles
				off := widgets.NewNeedsOption(kindTitles()[KindContacts], format.OptionTitle(o), format.OptionSection(o),
					func() { p.sess.OpenSettings(o) })
				form.Append("", off.Content())
			}
		}
		p.Content.Objects = []fyne.CanvasObject{container.NewBorder(form, nil, nil, nil, p.Partners.content)}
	default:
		p.setPeriod(k)
		form.Append(lang.X("reports.from", "From"), p.From)
		form.Append(lang.X("reports.to", "To"), p.To)
		if k == KindActivity {
			form.Append("", p.By)
		}
		form.Append(lang.X("calendar.responsible", "Responsible"), p.Responsible)
		if k == KindCalendar && p.sess.Options().UseReview {
			form.Append("", p.OnlyUnprocessed)
		}
		p.Content.Objects = []fyne.CanvasObject{container.NewVBox(form)}
	}
	p.Content.Refresh()
}

// query reads the form into the query of report k, or says what is wrong.
func (p *Params) query(k Kind) (query, string) {
	var q query
	pq := reports.PartnerQuery{IDs: p.Partners.IDs()}
	if i := p.Group.SelectedIndex(); i > 0 && i <= len(p.cat.groups) {
		pq.Group = p.cat.groups[i-1].ID
	}
	pq.Kind = []data.PartnerKind{0, data.PartnerClient, data.PartnerSupplier, data.PartnerCompetitor, data.PartnerOther}[max(p.Kind.SelectedIndex(), 0)]
	q.partners = pq
	q.contacts = reports.ContactQuery{Partners: pq}
	if i := p.Role.SelectedIndex(); i > 0 && i <= len(p.cat.roles) {
		q.contacts.Role = p.cat.roles[i-1].ID
	}
	if k == KindPartners || k == KindContacts {
		return q, ""
	}
	from, ok := format.ParseDate(p.From.Text)
	if !ok {
		return q, widgets.FieldMessage(lang.X("reports.from", "From"), widgets.FormatProblem(format.DateExample(p.sess.Now())))
	}
	to, ok := format.ParseDate(p.To.Text)
	if !ok {
		return q, widgets.FieldMessage(lang.X("reports.to", "To"), widgets.FormatProblem(format.DateExample(p.sess.Now())))
	}
	if to.Before(from) {
		return q, lang.X("reports.toBeforeFrom", "The end of the period is before its start.")
	}
	to = to.AddDate(0, 0, 1)
	var resp data.ID
	if i := p.Responsible.SelectedIndex(); i > 0 && i <= len(p.cat.employees) {
		resp = p.cat.employees[i-1].ID
	}
	by := data.GroupMonth
	if p.By.Selected == p.By.Options[0] {
		by = data.GroupWeek
	}
	q.activity = reports.ActivityQuery{From: from, To: to, By: by, Responsible: resp}
	q.calendar = data.CalendarQuery{From: from, To: to, Responsible: resp,
		OnlyUnreviewed: p.sess.Options().UseReview && p.OnlyUnprocessed.Checked}
	return q, ""
}
