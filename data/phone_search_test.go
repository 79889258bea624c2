package data_test

import (
	"path/filepath"
	"testing"
	"time"

	"interactions/data"
)

// TestSearch_PhoneInAnySpelling: a phone number of a call, an SMS or a
// contact's address is found by any usual spelling of it.
func TestSearch_PhoneInAnySpelling(t *testing.T) {
	s, err := data.Open(filepath.Join(t.TempDir(), "p.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e := &data.Employee{Name: "Иванов"}
	if err := s.SaveEmployee(e); err != nil {
		t.Fatal(err)
	}
	call := s.NewInteraction(data.TypeCall, data.DirOutgoing)
	call.Responsible, call.Topic, call.Date, call.Call.Phone = e.ID, "Звонок", time.Now(), "+74951234567"
	other := s.NewInteraction(data.TypeCall, data.DirIncoming)
	other.Responsible, other.Topic, other.Date = e.ID, "Другой звонок", time.Now()
	other.Contacts = []data.Contact{{Ref: data.FreeContactRef("Клиент"), Name: "Клиент", Address: "8 (812) 765-43-21"}}
	for _, it := range []*data.Interaction{call, other} {
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		q    string
		want data.ID
	}{
		{"8 (495) 123-45-67", call.ID}, {"+7 495 123 45 67", call.ID}, {"495-123-45-67", call.ID}, {"+74951234567", call.ID},
		{"123-45-67", call.ID}, {"+78127654321", other.ID}, {"8 812 7654321", other.ID},
	} {
		page, err := s.List(data.Query{Filter: data.Filter{Text: c.q}, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Rows) != 1 || page.Rows[0].Interaction.ID != c.want {
			t.Errorf("search %q found %d rows, want interaction %d", c.q, len(page.Rows), c.want)
		}
	}
}
