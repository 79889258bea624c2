package data_test

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// demoInteractions generates a demo dataset of n interactions.
func demoInteractions(tb testing.TB, n int, seed uint64, lang string) []data.Interaction {
	tb.Helper()
	ds, err := demo.Generate(demo.Options{Size: n, Seed: seed, Lang: lang, Now: time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)})
	if err != nil {
		tb.Fatal(err)
	}
	return ds.Interactions
}

// oddInteractions are records the demo does not make: times in other
// zones and with nanoseconds, every part of an e-mail, empty texts, and
// strings that are not valid UTF-8.
func oddInteractions() []data.Interaction {
	msk := time.FixedZone("MSK", 3*3600)
	ny := time.FixedZone("", -5*3600)
	at := time.Date(2026, 3, 1, 9, 30, 15, 123456789, msk)
	return []data.Interaction{
		{ID: 1, Number: "A-1", Date: at, Type: data.TypeEmail, Direction: data.DirOutgoing, Responsible: 7, Author: 8,
			Importance: data.ImportanceHigh, Topic: "Счёт № 5", Description: "line 1\nline 2",
			Contacts: []data.Contact{{Ref: data.Ref{Kind: data.RefPerson, ID: 3}, Name: "Ольга", Address: "o@example.com"},
				{Ref: data.Ref{Kind: data.RefFree, ID: 1 << 62}, Name: "Гость"}},
			Subject: data.Ref{Kind: data.RefDeal, ID: 12}, BasedOn: 1 << 40, ReviewAfter: at.In(ny).Add(time.Hour),
			Attrs:   []data.AttrValue{{Attr: 1, Value: "x"}, {Attr: 300, Value: ""}},
			Created: at.UTC(), Modified: at.Local(), Version: 1<<64 - 1, Deleted: true,
			Email: &data.Email{From: "me@example.com", To: []string{"a@example.com", "b@example.com"}, Cc: []string{"c@example.com"},
				Bcc: []string{"d@example.com"}, Subject: "Re: счёт", Body: "body", HTMLBody: "<p>body</p>",
				Attachments: []data.Attachment{{Name: "a.pdf", ContentType: "application/pdf", Size: 1 << 33, Blob: 9}, {Name: "b", Size: -1}},
				MessageID:   "<1@x>", InReplyTo: "<0@x>", Folder: data.FolderSent, State: data.MailSent}},
		{ID: 2, Date: time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), Type: data.TypeCall, Direction: data.DirIncoming, Reviewed: true,
			Call: &data.Call{Contact: data.Contact{Ref: data.Ref{Kind: data.RefPartner, ID: 1}}, Phone: "+7 916 000-00-00", Duration: -time.Second}},
		{ID: 3, Date: time.Date(2300, 12, 31, 23, 59, 59, 0, time.UTC), Type: data.TypeSMS, Topic: "\xff\xfe",
			SMS: &data.SMS{Text: "привет", Recipients: []data.SMSRecipient{{Contact: data.Contact{Name: "n"}, Number: "+79160000000"}}, State: data.SMSDelivered}},
		{ID: 4, Date: at, Type: data.TypeMeeting, Meeting: &data.Meeting{Start: at, End: at.Add(time.Hour), Place: "офис"}},
		{ID: 5, Date: at, Type: data.TypePlanned, Planned: &data.Planned{}},
		{ID: 6, Date: at, Type: data.TypePlanned, Planned: &data.Planned{At: at}, Email: &data.Email{}, Meeting: &data.Meeting{}},
		{},
	}
}

// viaJSON is what the store of schemas 1–4 gave back for it.
func viaJSON(t testing.TB, it *data.Interaction) *data.Interaction {
	t.Helper()
	b, err := json.Marshal(it)
	if err != nil {
		t.Fatal(err)
	}
	out, err := data.DecodeRecord(it.ID, b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sameRecord compares two interactions by their JSON, which names every
// field, and by their times' locations, which the JSON does not show.
func sameRecord(t testing.TB, what string, got, want *data.Interaction) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("%s:\n got  %s\n want %s", what, g, w)
		return
	}
	for _, p := range [][2]time.Time{{got.Date, want.Date}, {got.Created, want.Created}, {got.Modified, want.Modified}, {got.ReviewAfter, want.ReviewAfter}} {
		if p[0].Location().String() != p[1].Location().String() || !p[0].Equal(p[1]) {
			t.Errorf("%s: time %v (%s), want %v (%s)", what, p[0], p[0].Location(), p[1], p[1].Location())
		}
	}
}

// TestCodec_RoundTripAgainstJSON decodes the binary record of every
// interaction of two demo datasets and of odd hand-made ones, and
// compares it with what decoding its JSON — the record of schemas 1–4 —
// gives.
func TestCodec_RoundTripAgainstJSON(t *testing.T) {
	list := append(demoInteractions(t, 3000, 1, "ru"), demoInteractions(t, 1000, 7, "en")...)
	list = append(list, oddInteractions()...)
	types := map[data.InteractionType]int{}
	for i := range list {
		want := viaJSON(t, &list[i])
		v := data.EncodeRecord(want)
		if v[0] == '{' {
			t.Fatalf("record %d: binary record starts with '{'", i)
		}
		got, err := data.DecodeRecord(want.ID, v)
		if err != nil {
			t.Fatalf("record %d: DecodeRecord: %v", i, err)
		}
		sameRecord(t, "interaction "+list[i].Number, got, want)
		if topic, ok := data.RecordTopic(v); !ok || topic != want.Topic {
			t.Errorf("interaction %s: RecordTopic = %q, %v; want %q", list[i].Number, topic, ok, want.Topic)
		}
		if again := data.EncodeRecord(got); !bytes.Equal(again, v) {
			t.Errorf("interaction %s: encoding the decoded record differs", list[i].Number)
		}
		types[want.Type]++
	}
	for _, ty := range data.AllTypes {
		if types[ty] == 0 {
			t.Errorf("no interaction of type %v was tried", ty)
		}
	}
}

// TestCodec_RefusesCutRecords decodes every prefix of a record: each is
// refused, none panics.
func TestCodec_RefusesCutRecords(t *testing.T) {
	for _, it := range oddInteractions() {
		v := data.EncodeRecord(&it)
		for n := range len(v) {
			if _, err := data.DecodeRecord(it.ID, v[:n]); err == nil {
				t.Errorf("interaction %d cut to %d of %d bytes decodes", it.ID, n, len(v))
			}
		}
		if _, err := data.DecodeRecord(it.ID, append(v, 0)); err == nil {
			t.Errorf("interaction %d with a byte more decodes", it.ID)
		}
	}
}

// FuzzCodec decodes arbitrary bytes: no panic, and what decodes encodes
// to bytes that decode to the same interaction.
func FuzzCodec(f *testing.F) {
	for _, it := range oddInteractions() {
		f.Add(data.EncodeRecord(&it))
	}
	f.Add([]byte{1, 3, 1, 2, 0})
	f.Fuzz(func(t *testing.T, v []byte) {
		if len(v) > 0 && v[0] == '{' {
			return // the JSON of old records is json's to fuzz
		}
		data.RecordTopic(v) // must not panic either
		desc, descErr := data.RecordDescription(1, v)
		it, err := data.DecodeRecord(1, v)
		if err != nil {
			return
		}
		if descErr != nil || desc != it.Description {
			t.Fatalf("RecordDescription = %q, %v; want %q", desc, descErr, it.Description)
		}
		if topic, ok := data.RecordTopic(v); !ok || topic != it.Topic {
			t.Fatalf("RecordTopic = %q, %v; want %q", topic, ok, it.Topic)
		}
		again, err := data.DecodeRecord(1, data.EncodeRecord(it))
		if err != nil {
			t.Fatalf("re-encoded record does not decode: %v", err)
		}
		sameRecord(t, "re-encoded", again, it)
	})
}
