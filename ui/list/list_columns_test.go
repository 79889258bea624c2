package list

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"interactions/data"
)

func TestListColumns_FollowOptions(t *testing.T) {
	test.NewTempApp(t)
	kinds := func(cols []Column) []int {
		var out []int
		for _, c := range cols {
			out = append(out, c.Kind)
		}
		return out
	}
	attr := data.AttrDef{ID: 7, Name: "Канал", Type: data.AttrList}
	tests := []struct {
		name string
		o    data.Options
		want []int
	}{
		{"all", data.Options{UseReview: true, UseSubjects: true, UseAttributes: true},
			[]int{ColDate, colType, colDirection, ColTopic, colContacts, colSubject, colResponsible, colReviewed, colReviewAfter, ColAttr}},
		{"no review", data.Options{UseSubjects: true},
			[]int{ColDate, colType, colDirection, ColTopic, colContacts, colSubject, colResponsible}},
		{"no subjects", data.Options{UseReview: true},
			[]int{ColDate, colType, colDirection, ColTopic, colContacts, colResponsible, colReviewed, colReviewAfter}},
	}
	for _, tt := range tests {
		if got := kinds(Columns(tt.o, []data.AttrDef{attr})); !slices.Equal(got, tt.want) {
			t.Errorf("%s: columns %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestFormatAttrValue(t *testing.T) {
	test.NewTempApp(t)
	list := data.AttrDef{Type: data.AttrList, Options: []data.AttrOption{{ID: 3, Name: "Сайт"}}}
	tests := []struct {
		def  data.AttrDef
		v    string
		want string
	}{
		{list, "3", "Сайт"},
		{data.AttrDef{Type: data.AttrBool}, "true", "Yes"},
		{data.AttrDef{Type: data.AttrBool}, "false", "No"},
		{data.AttrDef{Type: data.AttrDate}, "2026-03-09", "2026-03-09"},
		{data.AttrDef{Type: data.AttrNumber}, "12.5", "12.5"},
		{data.AttrDef{Type: data.AttrText}, "", ""},
	}
	for _, tt := range tests {
		if got := FormatAttrValue(tt.def, tt.v); got != tt.want {
			t.Errorf("FormatAttrValue(%v, %q) = %q, want %q", tt.def.Type, tt.v, got, tt.want)
		}
	}
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	if got := FormatAttrValue(data.AttrDef{Type: data.AttrDate}, "2026-03-09"); got != "09.03.2026" {
		t.Errorf("a date in Russian: %q", got)
	}
	if got := FormatAttrValue(data.AttrDef{Type: data.AttrNumber}, "12.5"); got != "12,5" {
		t.Errorf("a number in Russian: %q", got)
	}
}
