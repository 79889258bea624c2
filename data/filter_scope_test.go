package data_test

import (
	"reflect"
	"testing"

	"interactions/data"
)

func TestOptionsEnabledKinds(t *testing.T) {
	all := data.Options{UseEmail: true, UseOtherInteractions: true, UseSMS: true}
	tests := []struct {
		name string
		o    data.Options
		want []data.Kind
	}{
		{"every type", all, data.AllKinds},
		{"no type", data.Options{UseReview: true, UseSubjects: true}, nil},
		{"sms only", data.Options{UseSMS: true}, []data.Kind{data.KindSMS}},
		{"e-mail only", data.Options{UseEmail: true},
			[]data.Kind{data.KindEmailIn, data.KindEmailOut, data.KindEmailDraft, data.KindEmailSent}},
		{"sms off", data.Options{UseEmail: true, UseOtherInteractions: true},
			[]data.Kind{data.KindMeeting, data.KindPlanned, data.KindCallIn, data.KindCallOut,
				data.KindEmailIn, data.KindEmailOut, data.KindEmailDraft, data.KindEmailSent}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.o.EnabledKinds(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("EnabledKinds() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestOptionsScope(t *testing.T) {
	all := data.Options{UseEmail: true, UseOtherInteractions: true, UseSMS: true}
	noSMS := data.Options{UseEmail: true, UseOtherInteractions: true}
	calls := []data.Kind{data.KindCallIn}
	tests := []struct {
		name string
		o    data.Options
		f    data.Filter
		want data.Filter
	}{
		{"every type on: unchanged", all, data.Filter{Responsible: 3}, data.Filter{Responsible: 3}},
		{"sms off: the enabled kinds", noSMS, data.Filter{Responsible: 3},
			data.Filter{Responsible: 3, Kinds: noSMS.EnabledKinds()}},
		{"sms only", data.Options{UseSMS: true}, data.Filter{}, data.Filter{Kinds: []data.Kind{data.KindSMS}}},
		{"no type on: matches nothing", data.Options{}, data.Filter{Text: "x"},
			data.Filter{Text: "x", Kinds: []data.Kind{0}}},
		{"named kinds stay", noSMS, data.Filter{Kinds: calls}, data.Filter{Kinds: calls}},
		{"named kinds of a type that is off stay", noSMS, data.Filter{Kinds: []data.Kind{data.KindSMS}},
			data.Filter{Kinds: []data.Kind{data.KindSMS}}},
		{"empty kinds count as none", noSMS, data.Filter{Kinds: []data.Kind{}},
			data.Filter{Kinds: noSMS.EnabledKinds()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.o.Scope(tt.f); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Scope(%+v) = %+v, want %+v", tt.f, got, tt.want)
			}
		})
	}
}
