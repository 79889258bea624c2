package reports

import (
	"cmp"
	"slices"
	"time"

	"interactions/data"
)

// ActivityQuery chooses the activity report: the period [From, To), by
// week or month, of one employee or everyone.
type ActivityQuery struct {
	From, To    time.Time
	By          data.GroupKind // data.GroupWeek or data.GroupMonth
	Responsible data.ID
}

// activityKey is one row of the activity report before it is written.
type activityKey struct {
	period time.Time
	resp   data.ID
}

// Activity builds the activity report: the interactions of each type
// per responsible and week or month over the period, as a table with a
// total row and a bar chart of the periods by type. It reads the
// activity counters only; no interaction is visited.
func Activity(st Store, q ActivityQuery, l Lang, printed time.Time) (*Report, error) {
	set := st.Settings()
	var types []data.InteractionType
	for _, t := range data.AllTypes {
		if set.Options.TypeEnabled(t) {
			types = append(types, t)
		}
	}
	counts, err := st.Activity(q.From, q.To, q.By, set.FirstWeekday)
	if err != nil {
		return nil, err
	}
	emps, err := employeeNames(st)
	if err != nil {
		return nil, err
	}
	by := l.T("value.month")
	if q.By == data.GroupWeek {
		by = l.T("value.week")
	}
	r := &Report{Title: l.T("title.activity"), Lang: l, Printed: printed, Landscape: len(types) > 3,
		Params: []Param{{l.T("param.period"), l.Period(q.From, q.To)}, {l.T("param.by"), by}}}
	if q.Responsible != 0 {
		r.Params = append(r.Params, Param{l.T("param.responsible"), emps[q.Responsible]})
	}
	r.Columns = []Column{{Title: l.T("col.period"), Width: 30}, {Title: l.T("col.responsible"), Width: 45}}
	for _, t := range types {
		r.Columns = append(r.Columns, Column{Title: l.TypeName(t), Width: 23, Align: Right})
	}
	r.Columns = append(r.Columns, Column{Title: l.T("col.total"), Width: 23, Align: Right})

	cells := map[activityKey]map[data.InteractionType]int{}
	var periods []time.Time
	for _, c := range counts {
		if (q.Responsible != 0 && c.Responsible != q.Responsible) || !slices.Contains(types, c.Type) {
			continue
		}
		k := activityKey{c.Period, c.Responsible}
		if cells[k] == nil {
			cells[k] = map[data.InteractionType]int{}
			if !slices.ContainsFunc(periods, k.period.Equal) {
				periods = append(periods, k.period)
			}
		}
		cells[k][c.Type] += c.Total
	}
	keys := make([]activityKey, 0, len(cells))
	for k := range cells {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b activityKey) int {
		if c := a.period.Compare(b.period); c != 0 {
			return c
		}
		return cmp.Compare(emps[a.resp], emps[b.resp])
	})
	slices.SortFunc(periods, time.Time.Compare)

	chart := &Chart{Title: l.T("chart.activity")}
	for _, p := range periods {
		chart.Labels = append(chart.Labels, periodLabel(q.By, p, l))
	}
	totals := make([]int, len(types)+1)
	for _, t := range types {
		chart.Series = append(chart.Series, Series{Name: l.TypeName(t), Values: make([]int, len(periods))})
	}
	last := time.Time{}
	for _, k := range keys {
		label := ""
		if !k.period.Equal(last) {
			label, last = periodLabel(q.By, k.period, l), k.period
		}
		row := []string{label, emps[k.resp]}
		sum := 0
		pi := slices.IndexFunc(periods, k.period.Equal)
		for i, t := range types {
			n := cells[k][t]
			row = append(row, count(n, l))
			sum += n
			totals[i] += n
			chart.Series[i].Values[pi] += n
		}
		totals[len(types)] += sum
		r.Rows = append(r.Rows, Row{Cells: append(row, count(sum, l))})
	}
	if len(r.Rows) == 0 {
		r.Notice = l.T("empty")
		return r, nil
	}
	total := []string{l.T("total"), ""}
	for _, n := range totals {
		total = append(total, count(n, l))
	}
	r.Rows = append(r.Rows, Row{Cells: total, Strong: true})
	r.Chart = chart
	return r, nil
}

// periodLabel writes a week by its first day, a month by its name.
func periodLabel(by data.GroupKind, start time.Time, l Lang) string {
	if by == data.GroupWeek {
		return l.Date(start)
	}
	return l.Month(start)
}

// count writes n with the language's digit grouping: 12,345 or 12 345.
func count(n int, l Lang) string {
	s := []byte(itoa(n))
	sep := ","
	if l == Russian {
		sep = "\u00a0"
	}
	var out []byte
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, sep...)
		}
		out = append(out, c)
	}
	return string(out)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
