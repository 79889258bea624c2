package ui

import (
	"interactions/ui/internal/uitest"
	"slices"
	"testing"

	"interactions/data"

	"interactions/ui/format"
)

// emptyHint is what the list says over an empty database.
const emptyHint = "There are no interactions yet. The ones you create or import will appear here."

func TestDemoOffer_LoadsDemoData(t *testing.T) {
	st := uitest.OpenStore(t)
	mv, w := showMain(t, st)
	if !slices.Contains(uitest.VisibleTexts(w.Content()), emptyHint) {
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
	uitest.Pump(t, "the list to settle", mv.interactions.Settled)
	want, err := st.Count(data.Filter{Deleted: data.DeletedInclude})
	if err != nil {
		t.Fatal(err)
	}
	if want != 1000 {
		t.Errorf("%d interactions in the store after loading the demo, want 1000", want)
	}
	texts := uitest.VisibleTexts(w.Content())
	if n, _ := st.Count(data.Filter{}); n < 900 || !slices.Contains(texts, format.InteractionCount(n)) {
		t.Errorf("the status line does not read %q (the store holds %d not marked for deletion): %q", format.InteractionCount(n), n, texts)
	}
	if slices.Contains(texts, emptyHint) {
		t.Error("the empty-list hint stays after the demo loaded")
	}
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Error("a demo dialog stays open after the load")
	}
}

func TestDemoOffer_Declined(t *testing.T) {
	mv, w := showMain(t, uitest.OpenStore(t))
	mv.offerDemoIfEmpty()
	uitest.Pump(t, "the demo offer", func() bool { return mv.demo != nil })
	mv.demo.skip.OnTapped()
	if mv.demo.running || mv.demo.done {
		t.Fatal("declining started a load")
	}
	texts := uitest.VisibleTexts(w.Content())
	if !slices.Contains(texts, emptyHint) {
		t.Errorf("no hint over the empty list after declining: %q", texts)
	}
	if !slices.Contains(texts, "0 interactions") {
		t.Errorf("the status line does not read %q: %q", "0 interactions", texts)
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
