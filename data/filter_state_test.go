package data_test

import (
	"reflect"
	"testing"
	"time"

	"interactions/data"
)

func TestFilterNormal(t *testing.T) {
	kinds := []data.Kind{data.KindSMS}
	attrs := []data.AttrValue{{Attr: 1, Value: "v"}}
	tests := []struct {
		name string
		f    data.Filter
		want data.Filter
	}{
		{"zero", data.Filter{}, data.Filter{}},
		{"empty slices", data.Filter{Kinds: []data.Kind{}, Attrs: []data.AttrValue{}, Text: "a"}, data.Filter{Text: "a"}},
		{"set slices stay", data.Filter{Kinds: kinds, Attrs: attrs}, data.Filter{Kinds: kinds, Attrs: attrs}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Normal(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Normal() = %#v, want %#v", got, tt.want)
			}
		})
	}
}

func TestFilterIsSetIsEmpty(t *testing.T) {
	day := time.Date(2026, 3, 10, 0, 0, 0, 0, time.Local)
	tests := []struct {
		name       string
		f          data.Filter
		set, empty bool
	}{
		{"zero", data.Filter{}, false, true},
		{"empty slices", data.Filter{Kinds: []data.Kind{}, Attrs: []data.AttrValue{}}, false, true},
		{"kinds", data.Filter{Kinds: []data.Kind{data.KindSMS}}, true, false},
		{"status", data.Filter{Status: data.StatusReviewed}, true, false},
		{"responsible", data.Filter{Responsible: 1}, true, false},
		{"contact", data.Filter{Contact: data.NoContact}, true, false},
		{"also contact", data.Filter{AlsoContact: data.Ref{Kind: data.RefPartner, ID: 2}}, true, false},
		{"subject", data.Filter{Subject: data.Ref{Kind: data.RefDeal, ID: 1}}, true, false},
		{"from", data.Filter{From: day}, true, false},
		{"to", data.Filter{To: day}, true, false},
		{"importance", data.Filter{Importance: data.ImportanceHigh}, true, false},
		{"text", data.Filter{Text: "call"}, true, false},
		{"blank text", data.Filter{Text: " \t"}, false, true},
		{"attrs", data.Filter{Attrs: []data.AttrValue{{Attr: 1}}}, true, false},
		{"period alone", data.Filter{Period: data.PeriodToday}, false, true},
		{"deleted included", data.Filter{Deleted: data.DeletedInclude}, false, false},
		{"deleted only", data.Filter{Deleted: data.DeletedOnly}, false, false},
		{"deleted only and set", data.Filter{Deleted: data.DeletedOnly, Responsible: 1}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.IsSet(); got != tt.set {
				t.Errorf("IsSet() = %v, want %v", got, tt.set)
			}
			if got := tt.f.IsEmpty(); got != tt.empty {
				t.Errorf("IsEmpty() = %v, want %v", got, tt.empty)
			}
		})
	}
}
