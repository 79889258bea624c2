package data_test

import (
	"testing"
	"time"

	"interactions/data"
)

func TestFilterEqual(t *testing.T) {
	day := time.Date(2026, 3, 10, 0, 0, 0, 0, time.Local)
	utc := day.UTC()
	now := time.Now()
	a1, a2 := data.AttrValue{Attr: 1, Value: "x"}, data.AttrValue{Attr: 2, Value: ""}
	base := data.Filter{Kinds: []data.Kind{data.KindSMS, data.KindCallIn}, Status: data.StatusToReview,
		Responsible: 3, Contact: data.Ref{Kind: data.RefPartner, ID: 1}, AlsoContact: data.Ref{Kind: data.RefPerson, ID: 2},
		Subject: data.Ref{Kind: data.RefDeal, ID: 4}, From: day, To: day.AddDate(0, 0, 1),
		Importance: data.ImportanceLow, Period: data.PeriodToday, Text: "x", Attrs: []data.AttrValue{a1, a2},
		Deleted: data.DeletedInclude}
	with := func(change func(f *data.Filter)) data.Filter {
		f := base
		change(&f)
		return f
	}
	tests := []struct {
		name string
		f, g data.Filter
		want bool
	}{
		{"zero", data.Filter{}, data.Filter{}, true},
		{"nil and empty slices", data.Filter{}, data.Filter{Kinds: []data.Kind{}, Attrs: []data.AttrValue{}}, true},
		{"itself", base, base, true},
		{"kinds in another order, repeated", base, with(func(f *data.Filter) {
			f.Kinds = []data.Kind{data.KindCallIn, data.KindSMS, data.KindCallIn}
		}), true},
		{"attrs in another order", base, with(func(f *data.Filter) { f.Attrs = []data.AttrValue{a2, a1} }), true},
		{"the same instants elsewhere", base, with(func(f *data.Filter) { f.From, f.To = utc, utc.AddDate(0, 0, 1) }), true},
		{"with and without the monotonic clock", data.Filter{From: now}, data.Filter{From: now.Round(0)}, true},
		{"other kinds", base, with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindSMS} }), false},
		{"other attr value", base, with(func(f *data.Filter) { f.Attrs = []data.AttrValue{a1, {Attr: 2, Value: "y"}} }), false},
		{"other status", base, with(func(f *data.Filter) { f.Status = data.StatusAll }), false},
		{"other responsible", base, with(func(f *data.Filter) { f.Responsible = 4 }), false},
		{"other contact", base, with(func(f *data.Filter) { f.Contact = data.NoContact }), false},
		{"other also contact", base, with(func(f *data.Filter) { f.AlsoContact = data.Ref{} }), false},
		{"other subject", base, with(func(f *data.Filter) { f.Subject = data.Ref{} }), false},
		{"other from", base, with(func(f *data.Filter) { f.From = time.Time{} }), false},
		{"other to", base, with(func(f *data.Filter) { f.To = day }), false},
		{"other importance", base, with(func(f *data.Filter) { f.Importance = 0 }), false},
		{"other period", base, with(func(f *data.Filter) { f.Period = data.PeriodFixed }), false},
		{"other text", base, with(func(f *data.Filter) { f.Text = "x " }), false},
		{"other deleted", base, with(func(f *data.Filter) { f.Deleted = data.DeletedHide }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Equal(tt.g); got != tt.want {
				t.Errorf("f.Equal(g) = %v, want %v", got, tt.want)
			}
			if got := tt.g.Equal(tt.f); got != tt.want {
				t.Errorf("g.Equal(f) = %v, want %v", got, tt.want)
			}
		})
	}
	// Equal sorts copies: the filters keep their order.
	f := with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindSMS, data.KindCallIn} })
	f.Equal(base)
	if f.Kinds[0] != data.KindSMS || base.Attrs[0] != a1 {
		t.Errorf("Equal reordered its filters: %v %v", f.Kinds, base.Attrs)
	}
}
