package session_test

import (
	"path/filepath"
	"slices"
	"testing"

	"interactions/data"
	"interactions/ui/session"
)

type recorder struct {
	name string
	log  *[]string
	got  []session.Change
}

func (r *recorder) Changed(c session.Change) {
	r.got = append(r.got, c)
	*r.log = append(*r.log, r.name)
}

func TestSession_NotifyTellsEveryScreenAndRereadsSettings(t *testing.T) {
	st, err := data.Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := session.New(st)
	if !s.Options().UseEmail {
		t.Fatal("a new database has e-mail switched off")
	}
	var order []string
	a, b := &recorder{name: "a", log: &order}, &recorder{name: "b", log: &order}
	s.Listen(a)
	s.Listen(b)

	set := st.Settings()
	set.Options.UseEmail = false
	if err := st.SaveSettings(set); err != nil {
		t.Fatal(err)
	}
	s.Notify(session.Interactions)
	if !s.Options().UseEmail {
		t.Error("the options were reread on a change of interactions")
	}
	s.Notify(session.Settings)
	if s.Options().UseEmail {
		t.Error("the options were not reread on a change of settings")
	}
	if !slices.Equal(order, []string{"a", "b", "a", "b"}) {
		t.Errorf("told in order %q", order)
	}
	if !slices.Equal(a.got, []session.Change{session.Interactions, session.Settings}) {
		t.Errorf("a was told %v", a.got)
	}
	if !session.Everything.Has(session.Catalogs) || session.Interactions.Has(session.Settings) {
		t.Error("Has is wrong")
	}
}
