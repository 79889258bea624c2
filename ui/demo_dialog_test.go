package ui

import (
	"interactions/ui/internal/uitest"
	"testing"

	"interactions/data"

	"interactions/ui/format"
)

func TestDemoOffer_LoadsDemoData(t *testing.T) {
	st := uitest.OpenStore(t)
	mv, w := showMain(t, st)
	if !mv.interactions.hintBox.Visible() {
		t.Error("an empty database shows no hint")
	}
	mv.offerDemoIfEmpty()
	uitest.Pump(t, "the demo offer", func() bool { return mv.demo != nil })
	o := mv.demo
	o.size.SetSelected(o.size.Options[0]) // 1 000
	o.language.SetSelected(o.language.Options[1])
	o.load.OnTapped()
	uitest.Pump(t, "the demo data to load", func() bool { return o.done })
	if o.err != nil {
		t.Fatal(o.err)
	}
	uitest.Pump(t, "the list to settle", mv.interactions.model.Settled)
	want, err := st.Count(data.Filter{Deleted: data.DeletedInclude})
	if err != nil {
		t.Fatal(err)
	}
	if want != 1000 {
		t.Errorf("%d interactions in the store after loading the demo, want 1000", want)
	}
	shownTotal, _ := mv.interactions.model.Total()
	if n, _ := st.Count(data.Filter{}); shownTotal != n || n < 900 {
		t.Errorf("the list shows %d interactions, the store holds %d not marked for deletion", shownTotal, n)
	}
	if mv.interactions.hintBox.Visible() {
		t.Error("the empty-list hint stays after the demo loaded")
	}
	if got := mv.interactions.count.Text; got != format.InteractionCount(shownTotal) {
		t.Errorf("status line %q, want %q", got, format.InteractionCount(shownTotal))
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Error("a demo dialog stays open after the load")
	}
}

func TestDemoOffer_Declined(t *testing.T) {
	mv, _ := showMain(t, uitest.OpenStore(t))
	mv.offerDemoIfEmpty()
	uitest.Pump(t, "the demo offer", func() bool { return mv.demo != nil })
	mv.demo.skip.OnTapped()
	if mv.demo.running || mv.demo.done {
		t.Fatal("declining started a load")
	}
	if h := mv.interactions.hint; !mv.interactions.hintBox.Visible() || h.Text == "" {
		t.Errorf("no hint over the empty list after declining")
	}
	if got := mv.interactions.count.Text; got != "0 interactions" {
		t.Errorf("status line %q, want %q", got, "0 interactions")
	}
}

func TestDemoOffer_NotOnData(t *testing.T) {
	mv, _ := showMain(t, uitest.FixtureStore(t))
	mv.offerDemoIfEmpty()
	uitest.Pump(t, "the first-start check", func() bool { return mv.firstStartChecked })
	if mv.demo != nil {
		t.Error("demo data offered on a database with data")
	}
}
