package data_test

import (
	"reflect"
	"testing"
	"time"

	"interactions/data"
)

func TestGroupFilter(t *testing.T) {
	at := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.Local) }
	partner := data.Ref{Kind: data.RefPartner, ID: 7}
	person := data.Ref{Kind: data.RefPerson, ID: 9}
	deal := data.Ref{Kind: data.RefDeal, ID: 3}
	chain := data.Ref{Kind: data.RefInteraction, ID: 12}
	base := data.Filter{Status: data.StatusToReview, Text: "offer", Importance: data.ImportanceHigh}
	with := func(change func(f *data.Filter)) data.Filter {
		f := base
		change(&f)
		return f
	}
	tests := []struct {
		name string
		f    data.Filter
		by   data.GroupBy
		key  data.GroupKey
		want data.Filter
	}{
		{"no grouping", base, data.GroupBy{}, data.GroupKey{Type: data.TypeCall}, base},
		{"type: every kind of the type", base, data.GroupBy{Kind: data.GroupType}, data.GroupKey{Type: data.TypeCall},
			with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindCallIn, data.KindCallOut} })},
		{"type: the kinds already chosen of that type",
			with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindSMS, data.KindEmailDraft, data.KindEmailIn} }),
			data.GroupBy{Kind: data.GroupType}, data.GroupKey{Type: data.TypeEmail},
			with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindEmailDraft, data.KindEmailIn} })},
		{"type: sms under a scope", with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindMeeting, data.KindSMS} }),
			data.GroupBy{Kind: data.GroupType}, data.GroupKey{Type: data.TypeSMS},
			with(func(f *data.Filter) { f.Kinds = []data.Kind{data.KindSMS} })},
		{"type: not a type", base, data.GroupBy{Kind: data.GroupType}, data.GroupKey{},
			with(func(f *data.Filter) { f.Kinds = []data.Kind{0} })},
		{"responsible", with(func(f *data.Filter) { f.Responsible = 1 }), data.GroupBy{Kind: data.GroupResponsible},
			data.GroupKey{Ref: data.Ref{Kind: data.RefEmployee, ID: 4}},
			with(func(f *data.Filter) { f.Responsible = 4 })},
		{"contact without a contact filter", base, data.GroupBy{Kind: data.GroupContact}, data.GroupKey{Ref: person},
			with(func(f *data.Filter) { f.Contact = person })},
		{"contact: the group of the filter's contact", with(func(f *data.Filter) { f.Contact = partner }),
			data.GroupBy{Kind: data.GroupContact}, data.GroupKey{Ref: partner},
			with(func(f *data.Filter) { f.Contact = partner })},
		{"contact: another contact under a contact filter", with(func(f *data.Filter) { f.Contact = partner }),
			data.GroupBy{Kind: data.GroupContact}, data.GroupKey{Ref: person},
			with(func(f *data.Filter) { f.Contact, f.AlsoContact = partner, person })},
		{"contact: no contacts", base, data.GroupBy{Kind: data.GroupContact}, data.GroupKey{Ref: data.NoContact},
			with(func(f *data.Filter) { f.Contact = data.NoContact })},
		{"subject", with(func(f *data.Filter) { f.Subject = deal }), data.GroupBy{Kind: data.GroupSubject},
			data.GroupKey{Ref: chain}, with(func(f *data.Filter) { f.Subject = chain })},
		{"day without a period", base, data.GroupBy{Kind: data.GroupDay}, data.GroupKey{Time: at(3, 11)},
			with(func(f *data.Filter) { f.From, f.To = at(3, 11), at(3, 12) })},
		{"week inside a period", with(func(f *data.Filter) { f.From, f.To = at(3, 1), at(4, 1) }),
			data.GroupBy{Kind: data.GroupWeek}, data.GroupKey{Time: at(3, 9)},
			with(func(f *data.Filter) { f.From, f.To = at(3, 9), at(3, 16) })},
		{"week cut by the period", with(func(f *data.Filter) { f.From, f.To = at(3, 11), at(3, 13) }),
			data.GroupBy{Kind: data.GroupWeek}, data.GroupKey{Time: at(3, 9)},
			with(func(f *data.Filter) { f.From, f.To = at(3, 11), at(3, 13) })},
		{"month with an open-ended period", with(func(f *data.Filter) { f.From = at(2, 20) }),
			data.GroupBy{Kind: data.GroupMonth}, data.GroupKey{Time: at(2, 1)},
			with(func(f *data.Filter) { f.From, f.To = at(2, 20), at(3, 1) })},
		{"month keeps a relative period's name", with(func(f *data.Filter) {
			f.From, f.To, f.Period = at(3, 1), at(4, 1), data.PeriodThisMonth
		}), data.GroupBy{Kind: data.GroupMonth}, data.GroupKey{Time: at(3, 1)},
			with(func(f *data.Filter) { f.From, f.To, f.Period = at(3, 1), at(4, 1), data.PeriodThisMonth })},
		{"attribute", base, data.GroupBy{Kind: data.GroupAttr, Attr: 2}, data.GroupKey{AttrValue: "mail"},
			with(func(f *data.Filter) { f.Attrs = []data.AttrValue{{Attr: 2, Value: "mail"}} })},
		{"attribute replaces the same attribute's condition", with(func(f *data.Filter) {
			f.Attrs = []data.AttrValue{{Attr: 2, Value: "phone"}, {Attr: 5, Value: "x"}}
		}), data.GroupBy{Kind: data.GroupAttr, Attr: 2}, data.GroupKey{AttrValue: ""},
			with(func(f *data.Filter) { f.Attrs = []data.AttrValue{{Attr: 5, Value: "x"}, {Attr: 2, Value: ""}} })},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kinds, attrs := append([]data.Kind(nil), tt.f.Kinds...), append([]data.AttrValue(nil), tt.f.Attrs...)
			got := data.GroupFilter(tt.f, tt.by, tt.key)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("GroupFilter =\n  %+v\nwant\n  %+v", got, tt.want)
			}
			if !reflect.DeepEqual(append([]data.Kind(nil), tt.f.Kinds...), kinds) ||
				!reflect.DeepEqual(append([]data.AttrValue(nil), tt.f.Attrs...), attrs) {
				t.Errorf("GroupFilter changed its argument: %+v", tt.f)
			}
		})
	}
}

func TestTypeKinds(t *testing.T) {
	for _, typ := range data.AllTypes {
		ks := data.TypeKinds(typ)
		if len(ks) == 0 {
			t.Errorf("TypeKinds(%v) is empty", typ)
		}
		for _, k := range ks {
			if k.Type() != typ {
				t.Errorf("TypeKinds(%v) holds %v of %v", typ, k, k.Type())
			}
		}
	}
	if ks := data.TypeKinds(0); ks != nil {
		t.Errorf("TypeKinds(0) = %v, want nil", ks)
	}
}

func TestPeriodEnd(t *testing.T) {
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.Local) }
	tests := []struct {
		k          data.GroupKind
		start, end time.Time
	}{
		{data.GroupDay, at(2026, 3, 31), at(2026, 4, 1)},
		{data.GroupWeek, at(2026, 12, 28), at(2027, 1, 4)},
		{data.GroupMonth, at(2026, 1, 1), at(2026, 2, 1)},
		{data.GroupMonth, at(2026, 12, 1), at(2027, 1, 1)},
		{data.GroupNone, at(2026, 2, 28), at(2026, 3, 1)},
	}
	for _, tt := range tests {
		if got := data.PeriodEnd(tt.k, tt.start); !got.Equal(tt.end) {
			t.Errorf("PeriodEnd(%v, %v) = %v, want %v", tt.k, tt.start, got, tt.end)
		}
	}
}
