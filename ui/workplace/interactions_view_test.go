package workplace

import (
	"context"
	"interactions/ui/internal/uitest"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"
	"interactions/ui/session"
)

// showInteractions puts the Interactions screen on st in a test window
// and waits for its first page and counts.
func showInteractions(t *testing.T, st Store) (*View, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	sess := session.New(st)
	v := New(st, sess, w)
	sess.Listen(v)
	t.Cleanup(func() {
		v.Close()
		uitest.Pump(t, "background work to end", func() bool { return !v.Busy() })
	})
	w.SetContent(v.content)
	w.Resize(fyne.NewSize(1400, 700))
	uitest.Pump(t, "the list to settle", v.model.Settled)
	return v, w
}

func TestInteractionsView_ShowsStoreRows(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, w := showInteractions(t, st)
	page, err := st.List(data.Query{Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	all, err := st.Count(data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	texts := uitest.VisibleTexts(w.Content())
	for _, r := range page.Rows {
		if !uitest.Shown(texts, r.Interaction.Topic) {
			t.Errorf("topic %q of the store's first rows is not shown; shown: %q", r.Interaction.Topic, texts)
		}
		if !slices.Contains(texts, format.DateTime(r.Interaction.Date)) {
			t.Errorf("date %s of %q is not shown", format.DateTime(r.Interaction.Date), r.Interaction.Topic)
		}
	}
	if got, want := v.count.Text, format.InteractionCount(all); got != want {
		t.Errorf("status line %q, want %q", got, want)
	}
	if rows, cols := v.table.Length(); rows != all || cols != len(v.table.Cols) {
		t.Errorf("table length %d×%d, want %d×%d", rows, cols, all, len(v.table.Cols))
	}
}

func TestInteractionsView_StatusNarrows(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, w := showInteractions(t, st)
	sc, err := st.StatusCounts(context.Background(), data.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if sc.ToReview == 0 || sc.ToReview == sc.All {
		t.Fatalf("demo data gives no narrowing: %+v", sc)
	}
	// The status of the filter bar narrows the list.
	v.filters.Status.SetSelectedIndex(1)
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if total, _ := v.model.Total(); total != sc.ToReview {
		t.Fatalf("total %d after choosing To review, want %d", total, sc.ToReview)
	}
	if want := format.InteractionCount(sc.ToReview); v.count.Text != want {
		t.Errorf("status line %q, want %q", v.count.Text, want)
	}
	for i := range min(sc.ToReview, 50) {
		row, ok := v.model.Row(i)
		if !ok || !row.Interaction.ToReview(uitest.Now) {
			t.Fatalf("row %d %+v is not to review", i, row.Interaction)
		}
	}
	// The rows to review are unreviewed: the topic of the first is bold.
	first, _ := v.model.Row(0)
	if !uitest.BoldTextShown(w.Content(), first.Interaction.Topic) {
		t.Errorf("unreviewed %q is not bold", first.Interaction.Topic)
	}

	v.filters.Status.SetSelectedIndex(3)
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if total, _ := v.model.Total(); total != sc.Reviewed {
		t.Fatalf("total %d after choosing Reviewed, want %d", total, sc.Reviewed)
	}
}

func TestInteractionsView_SearchNarrows(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, _ := showInteractions(t, st)
	first, _ := v.model.Row(0)
	word := strings.Fields(first.Interaction.Topic)[0]
	want, err := st.Count(data.Filter{Text: word})
	if err != nil {
		t.Fatal(err)
	}
	all, _ := v.model.Total()
	if want == 0 || want >= all {
		t.Fatalf("search %q selects %d of %d: no narrowing", word, want, all)
	}

	test.Type(v.filters.Search, word)
	uitest.Pump(t, "the search to apply", func() bool { return v.model.Filter().Text == word })
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if total, _ := v.model.Total(); total != want {
		t.Fatalf("total %d after searching %q, want %d", total, word, want)
	}
	if sc, _ := v.model.StatusCounts(); sc.All != want {
		t.Errorf("status counts %+v, want All %d", sc, want)
	}
	if v.count.Text != format.InteractionCount(want) {
		t.Errorf("status line %q, want %q", v.count.Text, format.InteractionCount(want))
	}

	v.filters.Search.SetText("")
	uitest.Pump(t, "the search to clear", func() bool { return v.model.Filter().Text == "" })
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if total, _ := v.model.Total(); total != all {
		t.Fatalf("total %d after clearing the search, want %d", total, all)
	}
}

func TestInteractionsView_NoMatchHint(t *testing.T) {
	st := uitest.DemoStore(t, 300)
	v, _ := showInteractions(t, st)
	v.setFilter(data.Filter{Text: "жжжжжж"})
	uitest.Pump(t, "the list to settle", v.model.Settled)
	if !v.hintBox.Visible() || v.hint.Text != "No interactions match the filter." {
		t.Errorf("hint %q (visible %v), want the no-match hint", v.hint.Text, v.hintBox.Visible())
	}
	if v.count.Text != "0 interactions" {
		t.Errorf("status line %q, want %q", v.count.Text, "0 interactions")
	}
}
