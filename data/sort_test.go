package data_test

import (
	"context"
	"testing"
	"time"

	"interactions/data"
)

// TestSortedKeys_ByAttribute sorts by a list attribute (by the values'
// names) and by a number, with rows without a value last both ways.
func TestSortedKeys_ByAttribute(t *testing.T) {
	s, e, _, _ := newTestStore(t)
	channel := &data.AttrDef{Name: "Канал", Type: data.AttrList, Options: []data.AttrOption{{ID: 1, Name: "Сайт"}, {ID: 2, Name: "Выставка"}}}
	amount := &data.AttrDef{Name: "Сумма", Type: data.AttrNumber}
	for _, d := range []*data.AttrDef{channel, amount} {
		if err := s.SaveAttrDef(d); err != nil {
			t.Fatal(err)
		}
	}
	day := time.Date(2026, 3, 1, 10, 0, 0, 0, time.Local)
	save := func(topic string, attrs ...data.AttrValue) data.ID {
		it := s.NewInteraction(data.TypePlanned, data.DirNone)
		it.Responsible, it.Topic, it.Date, it.Attrs = e.ID, topic, day, attrs
		day = day.Add(time.Hour)
		if err := s.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
		return it.ID
	}
	site := save("сайт, 10", data.AttrValue{Attr: channel.ID, Value: "1"}, data.AttrValue{Attr: amount.ID, Value: "10"})
	expo := save("выставка, -5", data.AttrValue{Attr: channel.ID, Value: "2"}, data.AttrValue{Attr: amount.ID, Value: "-5"})
	none := save("ничего")
	big := save("сайт, 200", data.AttrValue{Attr: channel.ID, Value: "1"}, data.AttrValue{Attr: amount.ID, Value: "200"})

	tests := []struct {
		key  data.SortKey
		desc bool
		want []data.ID
	}{
		{data.AttrSortKey(channel.ID), false, []data.ID{expo, big, site, none}}, // Выставка < Сайт; ties newest first
		{data.AttrSortKey(channel.ID), true, []data.ID{big, site, expo, none}},
		{data.AttrSortKey(amount.ID), false, []data.ID{expo, site, big, none}},
		{data.AttrSortKey(amount.ID), true, []data.ID{big, site, expo, none}},
	}
	for _, tt := range tests {
		keys, err := s.SortedKeys(context.Background(), data.Filter{}, tt.key, tt.desc)
		if err != nil {
			t.Fatal(err)
		}
		var got []data.ID
		for _, k := range keys {
			got = append(got, k.ID())
		}
		if len(got) != len(tt.want) {
			t.Fatalf("SortedKeys(%v, desc %v) = %v, want %v", tt.key, tt.desc, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("SortedKeys(%v, desc %v) = %v, want %v", tt.key, tt.desc, got, tt.want)
				break
			}
		}
	}
}
