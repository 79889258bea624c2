package list

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

func TestColumnsChooser_Height(t *testing.T) {
	for _, l := range []string{"en_US.UTF-8", "ru_RU.UTF-8"} {
		uitest.UseLanguage(t, l)
		test.NewTempApp(t)
		w := test.NewTempWindow(t, widget.NewLabel(""))
		w.Resize(fyne.NewSize(1000, 700))
		defs := []data.AttrDef{{ID: 1, Name: "Канал"}, {ID: 2, Name: "Регион"}, {ID: 3, Name: "Сумма"}}
		c := NewColumnsChooser(defs, []data.ID{2}, w, func([]data.ID) {})
		c.Dialog.Show()
		// Every check is shown whole, one under another.
		for i, ch := range c.Checks {
			if h := ch.Size().Height; h < ch.MinSize().Height {
				t.Errorf("%s: check %d is %v high, needs %v", l, i, h, ch.MinSize().Height)
			}
			if i > 0 && ch.Position().Y <= c.Checks[i-1].Position().Y {
				t.Errorf("%s: check %d is not under check %d", l, i, i-1)
			}
		}
		var sc *container.Scroll
		uitest.Walk(w.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
			if s, ok := o.(*container.Scroll); ok && sc == nil {
				sc = s
			}
			return true
		})
		if sc == nil || sc.Size().Height < 3*c.Checks[0].MinSize().Height {
			t.Errorf("%s: the list of checks is squashed: %v", l, sc.Size())
		}
		c.Dialog.Hide()
	}
}
