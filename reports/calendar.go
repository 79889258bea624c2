package reports

import (
	"strings"
	"time"

	"interactions/data"
)

// Calendar builds the event calendar as a report: every event of the
// query's period in time order, with its kind, title, responsible and
// state, as the Event calendar screen shows them.
func Calendar(st Store, q data.CalendarQuery, l Lang, printed time.Time) (*Report, error) {
	evs, err := st.CalendarEvents(q)
	if err != nil {
		return nil, err
	}
	r := &Report{Title: l.T("title.calendar"), Lang: l, Printed: printed, Landscape: true,
		Params: []Param{{l.T("param.period"), l.Period(q.From, q.To)}}}
	var refs []data.Ref
	for _, e := range evs {
		refs = append(refs, data.Ref{Kind: data.RefEmployee, ID: e.Responsible}, data.Ref{Kind: data.RefPartner, ID: e.Partner})
	}
	names := st.Names(refs)
	if q.Responsible != 0 {
		r.Params = append(r.Params, Param{l.T("param.responsible"), st.Names([]data.Ref{{Kind: data.RefEmployee, ID: q.Responsible}})[data.Ref{Kind: data.RefEmployee, ID: q.Responsible}]})
	}
	if q.OnlyUnreviewed {
		r.Params = append(r.Params, Param{l.T("param.only"), l.T("value.unprocessed")})
	}
	r.Columns = []Column{{Title: l.T("col.date"), Width: 22}, {Title: l.T("col.time"), Width: 22},
		{Title: l.T("col.event"), Width: 40}, {Title: l.T("col.title"), Width: 90},
		{Title: l.T("col.responsible"), Width: 40}, {Title: l.T("col.state"), Width: 25}}
	last := ""
	for _, e := range evs {
		day := l.Date(e.Start)
		shown := day
		if day == last {
			shown = ""
		}
		last = day
		when := ""
		if e.Kind.IsInteraction() {
			when = e.Start.Local().Format("15:04")
			if !e.End.IsZero() && e.End.After(e.Start) {
				when += "–" + e.End.Local().Format("15:04")
			}
		}
		title := e.Title
		if p := names[data.Ref{Kind: data.RefPartner, ID: e.Partner}]; e.Partner != 0 && p != "" {
			title += " (" + p + ")"
		}
		var state []string
		if e.Unreviewed {
			state = append(state, l.T("state.unreviewed"))
		}
		if e.Done {
			state = append(state, l.T("state.done"))
		}
		resp := ""
		if e.Responsible != 0 {
			resp = names[data.Ref{Kind: data.RefEmployee, ID: e.Responsible}]
		}
		r.Rows = append(r.Rows, Row{Cells: []string{shown, when, l.EventName(e.Kind), title, resp, strings.Join(state, ", ")}})
	}
	if len(r.Rows) == 0 {
		r.Notice = l.T("empty")
	}
	return r, nil
}
