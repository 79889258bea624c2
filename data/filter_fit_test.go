package data_test

import (
	"reflect"
	"testing"

	"interactions/data"
)

func TestFitFilter(t *testing.T) {
	on := data.Options{UseEmail: true, UseOtherInteractions: true, UseSMS: true,
		UseReview: true, UseSubjects: true, UseAttributes: true}
	without := func(change func(o *data.Options)) data.Options {
		o := on
		change(&o)
		return o
	}
	defs := []data.AttrDef{{ID: 1, Name: "Channel"}, {ID: 2, Name: "City"}}
	deal := data.Ref{Kind: data.RefDeal, ID: 5}
	attrs := []data.AttrValue{{Attr: 1, Value: "a"}, {Attr: 9, Value: "gone"}, {Attr: 2, Value: ""}}
	full := data.Filter{Kinds: []data.Kind{data.KindSMS, data.KindCallIn}, Status: data.StatusToReview,
		Responsible: 4, Subject: deal, Attrs: attrs, Text: "x"}
	tests := []struct {
		name  string
		o     data.Options
		defs  []data.AttrDef
		f     data.Filter
		g     data.GroupBy
		want  data.Filter
		wantG data.GroupBy
	}{
		{"everything on: unknown attribute dropped", on, defs, full, data.GroupBy{Kind: data.GroupSubject},
			data.Filter{Kinds: []data.Kind{data.KindSMS, data.KindCallIn}, Status: data.StatusToReview,
				Responsible: 4, Subject: deal, Attrs: []data.AttrValue{attrs[0], attrs[2]}, Text: "x"},
			data.GroupBy{Kind: data.GroupSubject}},
		{"sms off", without(func(o *data.Options) { o.UseSMS = false }), defs,
			data.Filter{Kinds: []data.Kind{data.KindSMS, data.KindCallIn}}, data.GroupBy{Kind: data.GroupType},
			data.Filter{Kinds: []data.Kind{data.KindCallIn}}, data.GroupBy{Kind: data.GroupType}},
		{"only kinds that are off: none, nil", without(func(o *data.Options) { o.UseSMS = false }), defs,
			data.Filter{Kinds: []data.Kind{data.KindSMS}}, data.GroupBy{}, data.Filter{}, data.GroupBy{}},
		{"review off", without(func(o *data.Options) { o.UseReview = false }), defs,
			data.Filter{Status: data.StatusDeferred, Responsible: 4}, data.GroupBy{},
			data.Filter{Responsible: 4}, data.GroupBy{}},
		{"subjects off", without(func(o *data.Options) { o.UseSubjects = false }), defs,
			data.Filter{Subject: deal, Text: "x"}, data.GroupBy{Kind: data.GroupSubject},
			data.Filter{Text: "x"}, data.GroupBy{}},
		{"attributes off", without(func(o *data.Options) { o.UseAttributes = false }), defs,
			data.Filter{Attrs: attrs}, data.GroupBy{Kind: data.GroupAttr, Attr: 1},
			data.Filter{}, data.GroupBy{}},
		{"grouping by a deleted attribute", on, defs,
			data.Filter{}, data.GroupBy{Kind: data.GroupAttr, Attr: 9}, data.Filter{}, data.GroupBy{}},
		{"grouping by a known attribute stays", on, defs,
			data.Filter{}, data.GroupBy{Kind: data.GroupAttr, Attr: 2}, data.Filter{}, data.GroupBy{Kind: data.GroupAttr, Attr: 2}},
		{"empty slices become nil", on, defs,
			data.Filter{Kinds: []data.Kind{}, Attrs: []data.AttrValue{}}, data.GroupBy{Kind: data.GroupMonth},
			data.Filter{}, data.GroupBy{Kind: data.GroupMonth}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, gotG := data.FitFilter(tt.f, tt.g, tt.o, tt.defs)
			if !reflect.DeepEqual(got, tt.want) || gotG != tt.wantG {
				t.Errorf("FitFilter = %+v, %+v; want %+v, %+v", got, gotG, tt.want, tt.wantG)
			}
		})
	}
}
