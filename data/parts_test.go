package data_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// TestParts_EveryPartHasAnOption checks the gating table: every part
// belongs to an option, every option switches at least one part, and a
// part shows exactly while its option is on.
func TestParts_EveryPartHasAnOption(t *testing.T) {
	counted := 0
	for _, opt := range data.AllOptions {
		parts := data.PartsOf(opt)
		if len(parts) == 0 {
			t.Errorf("option %s switches nothing", opt.Name())
		}
		counted += len(parts)
		for _, p := range parts {
			var o data.Options
			if o.Shows(p) {
				t.Errorf("part %d shows with every option off", p)
			}
			o.Set(opt, true)
			if !o.Shows(p) || !o.On(opt) {
				t.Errorf("part %d hidden with its option %s on", p, opt.Name())
			}
		}
	}
	for p := data.Part(1); p.Option() != 0; p++ {
		counted--
	}
	if counted != 0 {
		t.Errorf("the parts listed by option and the table differ by %d", counted)
	}
	if !(data.Options{}).Shows(data.PartNone) {
		t.Error("a part of no option is hidden")
	}
	for _, ty := range []data.InteractionType{data.TypeMeeting, data.TypePlanned, data.TypeCall, data.TypeSMS, data.TypeEmail} {
		if data.TypePart(ty).Option() == 0 {
			t.Errorf("type %v has no option", ty)
		}
	}
}

// TestOptions_ToggleChangesNoData switches every option off and on again
// on a demo database: every record, index entry and counter stays
// byte-identical (only the settings record changes) and Check passes.
func TestOptions_ToggleChangesNoData(t *testing.T) {
	st, err := data.Open(filepath.Join(t.TempDir(), "toggle.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ds, err := demo.Generate(demo.Options{Size: 2000, Seed: 5, Lang: "ru", Now: time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Load(ds); err != nil {
		t.Fatal(err)
	}
	before := contentHash(t, st)
	set := st.Settings()
	orig := set.Options
	for _, opt := range data.AllOptions {
		set.Options.Set(opt, false)
		if err := st.SaveSettings(set); err != nil {
			t.Fatal(err)
		}
		if got := contentHash(t, st); got != before {
			t.Fatalf("switching %s off changed the data", opt.Name())
		}
	}
	for _, opt := range data.AllOptions {
		set.Options.Set(opt, true)
		if err := st.SaveSettings(set); err != nil {
			t.Fatal(err)
		}
	}
	set.Options = orig
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	if got := contentHash(t, st); got != before {
		t.Fatal("switching the options back changed the data")
	}
	if problems, err := st.Check(); err != nil || len(problems) > 0 {
		t.Fatalf("Check after the toggles: %v %v", err, problems)
	}
	// The hash sees a real change: one interaction marked reviewed.
	page, err := st.List(data.Query{Filter: data.Filter{Status: data.StatusToReview}, Limit: 1})
	if err != nil || len(page.Rows) == 0 {
		t.Fatalf("no interaction to review: %v", err)
	}
	if err := st.SetReviewed([]data.ID{page.Rows[0].Interaction.ID}, true); err != nil {
		t.Fatal(err)
	}
	if contentHash(t, st) == before {
		t.Error("the content hash misses a change of data")
	}
}

// contentHash hashes every key and value of every bucket of st's file,
// nested buckets included, but the settings record (see hashFile).
func contentHash(t *testing.T, st *data.Store) [32]byte {
	t.Helper()
	var buf bytes.Buffer
	if err := st.Backup(&buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return hashFile(t, path, false)
}
