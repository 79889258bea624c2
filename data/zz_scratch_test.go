package data_test

import (
	"os"
	"path/filepath"
	"testing"

	"interactions/data"
)

func TestScratchTrunc(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	for i := 0; i < 300; i++ {
		it := s.NewInteraction(data.TypeMeeting, 0)
		it.Responsible = e.ID
		it.Topic = "hello world meeting number with some text to fill pages"
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(s.Path())
	t.Logf("size %d", len(b))
	for _, n := range []int{8192} {
		p := filepath.Join(t.TempDir(), "t.db")
		os.WriteFile(p, b[:n], 0o600)
		s2, err := data.Open(p)
		t.Logf("trunc %d: err %v", n, err)
		if err == nil {
			c, err := s2.Count(data.Filter{})
			t.Logf("count %d %v", c, err)
			pr, err := s2.Check()
			t.Logf("check %d %v", len(pr), err)
			s2.Close()
		}
	}
}
