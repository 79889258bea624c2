package ui

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"
)

func TestListColumns_FollowOptions(t *testing.T) {
	test.NewTempApp(t)
	kinds := func(cols []listColumn) []int {
		var out []int
		for _, c := range cols {
			out = append(out, c.kind)
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
			[]int{colDate, colType, colDirection, colTopic, colContacts, colSubject, colResponsible, colReviewed, colReviewAfter, colAttr}},
		{"no review", data.Options{UseSubjects: true},
			[]int{colDate, colType, colDirection, colTopic, colContacts, colSubject, colResponsible}},
		{"no subjects", data.Options{UseReview: true},
			[]int{colDate, colType, colDirection, colTopic, colContacts, colResponsible, colReviewed, colReviewAfter}},
	}
	for _, tt := range tests {
		if got := kinds(listColumns(tt.o, []data.AttrDef{attr})); !slices.Equal(got, tt.want) {
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
		if got := formatAttrValue(tt.def, tt.v); got != tt.want {
			t.Errorf("formatAttrValue(%v, %q) = %q, want %q", tt.def.Type, tt.v, got, tt.want)
		}
	}
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	if got := formatAttrValue(data.AttrDef{Type: data.AttrDate}, "2026-03-09"); got != "09.03.2026" {
		t.Errorf("a date in Russian: %q", got)
	}
	if got := formatAttrValue(data.AttrDef{Type: data.AttrNumber}, "12.5"); got != "12,5" {
		t.Errorf("a number in Russian: %q", got)
	}
}

// TestInteractionsView_AttrColumns chooses an additional attribute as a
// column: its header and the values of the rows show.
func TestInteractionsView_AttrColumns(t *testing.T) {
	test.NewTempApp(t)
	fx := newPreviewFixture(t)
	v, w := showInteractions(t, fx.st)
	if !v.columns.Visible() {
		t.Fatal("the Columns… button is hidden while the attributes are on")
	}
	c := newColumnsChooser(fx.st.AttrDefs(), chosenAttrColumns(), w, func(ids []data.ID) {
		setChosenAttrColumns(ids)
		v.applyOptions()
	})
	c.checks[0].SetChecked(true)
	c.dialog.Show()
	test.Tap(findButton(t, w.Canvas().Overlays().Top(), "OK"))
	if got := chosenAttrColumns(); !slices.Equal(got, []data.ID{fx.channel.ID}) {
		t.Fatalf("chosen columns %v, want [%d]", got, fx.channel.ID)
	}
	last := v.table.cols[len(v.table.cols)-1]
	if last.kind != colAttr || last.title != "Канал" {
		t.Fatalf("the last column is %+v, want the attribute", last)
	}
	v.table.ScrollToTrailing()
	v.table.Refresh()
	texts := uitest.VisibleTexts(w.Content())
	for _, want := range []string{"Канал", "Выставка"} {
		if !slices.Contains(texts, want) {
			t.Errorf("%q is not shown; shown: %q", want, texts)
		}
	}
}

// TestInteractionsView_RowMarks checks the marks of rows: an overdue
// review-after in the error colour, marked rows dimmed in italics.
func TestInteractionsView_RowMarks(t *testing.T) {
	test.NewTempApp(t)
	fx := newPreviewFixture(t)
	fx.mail.ReviewAfter = uitest.Now.Add(-time.Hour)
	if err := fx.st.SaveInteraction(fx.mail); err != nil {
		t.Fatal(err)
	}
	if err := fx.st.MarkDeleted([]data.ID{fx.sms.ID}, true); err != nil {
		t.Fatal(err)
	}
	v, w := showInteractions(t, fx.st)
	v.setFilter(data.Filter{Deleted: data.DeletedInclude})
	settle(t, v.model)
	v.table.Refresh()
	var overdue, deleted, deferred *widget.Label
	for _, c := range listCells(w.Content()) {
		switch c.label.Text {
		case format.DateTime(fx.mail.ReviewAfter):
			overdue = c.label
		case format.DateTime(fx.call.ReviewAfter):
			deferred = c.label
		case fx.sms.Topic:
			deleted = c.label
		}
	}
	if overdue == nil || overdue.Importance != widget.DangerImportance {
		t.Errorf("the overdue review-after is not marked: %+v", overdue)
	}
	if deferred == nil || deferred.Importance == widget.DangerImportance {
		t.Errorf("a review-after in the future is marked overdue: %+v", deferred)
	}
	if deleted == nil || !deleted.TextStyle.Italic || deleted.Importance != widget.LowImportance {
		t.Errorf("the marked row is not dimmed: %+v", deleted)
	}
}

// findButton returns the button with the given text under o.
func findButton(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	var found *widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || found != nil {
			return
		}
		switch o := o.(type) {
		case *widget.Button:
			if o.Text == text {
				found = o
			}
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(o).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	if found == nil {
		t.Fatalf("no %q button", text)
	}
	return found
}
