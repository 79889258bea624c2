package data

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// decodeCases are records decodeSettings and decodeAttrDef must read as
// json.Unmarshal does, or leave to it.
var decodeCases = []string{
	`{"options":{"useEmail":true,"useOther":false,"useSMS":true,"useReview":true,"useSubjects":false,"useAttributes":true,"useContactRoles":false},"currentUser":7,"reviewAfterDelay":3600000000000,"meetingLength":1800000000000,"workdayStart":8,"workdayEnd":20,"firstWeekday":0,"outgoingReviewed":false,"language":"ru","reminders":true,"reminderLead":900000000000,"dailyBackups":3}`,
	`{"id":1,"name":"Канал","type":5,"options":[{"id":1,"name":"Сайт"},{"id":2,"name":"\u003cВыставка\u003e \u0026 \"кавычки\""}]}`,
	`{"id":2,"name":"Дата","type":3,"types":"AQIDBQ==","deleted":true,"ver":12}`,
	`{"id":3,"name":"Пусто","type":4,"options":[],"types":""}`,
	`{"options":{"useEmail":false}}`,
	`{"options":null}`,
	`{"language":null,"workdayStart":10}`,
	`{"Language":"en"}`,
	`{"NAME":"заглавные","id":4}`,
	`{"name":"\ud83d\ude00 пара"}`,
	`{"name":"\ud800 одинокий"}`,
	`{"name":"\uD800 одинокий"}`,
	"{\"name\":\"invalid \xff utf-8\"}",
	`{"name":"bad \x escape"}`,
	`{"workdayStart":9.0}`,
	`{"workdayStart":1e1}`,
	`{"workdayStart":99999999999999999999}`,
	`{"currentUser":-1}`,
	`{"type":256}`,
	`{"type":-0}`,
	`{"id":"1"}`,
	`{"types":"не base64"}`,
	`{"types":[1,2,3]}`,
	`{"options":[{"id":1,"name":"a","extra":1}]}`,
	`{"options":[{"id":1,"name":"a"},5]}`,
	`{"useEmail":true}`,
	`{"dailyBackups":1,"dailyBackups":2}`,
	`{"reminders":"true"}`,
	`{"id":1} x`,
	`{"id":1,}`,
	`{"id":1`,
	`[]`,
	`null`,
	``,
	` {"id" : 5 , "name" : "пробелы" } `,
}

// checkDecodeSettings compares decodeSettings with json.Unmarshal over
// the default settings, and says whether the plain path took v.
func checkDecodeSettings(t *testing.T, v []byte) (plain bool) {
	t.Helper()
	want, got := DefaultSettings(), DefaultSettings()
	werr := json.Unmarshal(v, &want)
	gerr := decodeSettings(v, &got)
	if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
		t.Errorf("decodeSettings(%q) = %+v, %v; json.Unmarshal: %+v, %v", v, got, gerr, want, werr)
	}
	probe := DefaultSettings()
	return plainSettings(v, &probe) == nil
}

// checkDecodeAttrDef compares decodeAttrDef with json.Unmarshal into a new
// definition, and says whether the plain path took v.
func checkDecodeAttrDef(t *testing.T, v []byte) (plain bool) {
	t.Helper()
	want := new(AttrDef)
	werr := json.Unmarshal(v, want)
	got, gerr := decodeAttrDef(v)
	if (werr == nil) != (gerr == nil) || !reflect.DeepEqual(got, want) {
		t.Errorf("decodeAttrDef(%q) = %+v, %v; json.Unmarshal: %+v, %v", v, got, gerr, want, werr)
	}
	return plainAttrDef(v, new(AttrDef)) == nil
}

func TestDecode_TheCases(t *testing.T) {
	for _, c := range decodeCases {
		checkDecodeSettings(t, []byte(c))
		checkDecodeAttrDef(t, []byte(c))
	}
}

// TestDecode_WhatSavesWrite: whatever json.Marshal writes of settings and
// definitions is read on the plain path, equal to json.Unmarshal's.
func TestDecode_WhatSavesWrite(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		st := randomSettings(r)
		v, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		if !checkDecodeSettings(t, v) {
			t.Errorf("settings %s left the plain path", v)
		}
		d := randomAttrDef(r)
		v, err = json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if !checkDecodeAttrDef(t, v) {
			t.Errorf("definition %s left the plain path", v)
		}
	}
}

// TestDecode_TheStore: a store's settings and definitions come back as
// saved, after a reopen.
func TestDecode_TheStore(t *testing.T) {
	path := t.TempDir() + "/s.db"
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st := s.Settings()
	st.Language, st.WorkdayStart, st.FirstWeekday, st.Options.UseSubjects = LangEnglish, 7, time.Sunday, true
	if err := s.SaveSettings(st); err != nil {
		t.Fatal(err)
	}
	d := AttrDef{Name: "Канал <сайт> & \"реклама\"", Type: AttrList, Types: []InteractionType{TypeCall, TypeEmail},
		Options: []AttrOption{{ID: 1, Name: "Сайт"}, {ID: 2, Name: "Выставка"}}}
	if err := s.SaveAttrDef(&d); err != nil {
		t.Fatal(err)
	}
	defs := s.AttrDefs()
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := s.Settings(); got != st {
		t.Errorf("settings after a reopen: %+v, want %+v", got, st)
	}
	if got := s.AttrDefs(); !reflect.DeepEqual(got, defs) {
		t.Errorf("definitions after a reopen: %+v, want %+v", got, defs)
	}
}

func FuzzDecodeSettings(f *testing.F) {
	for _, c := range decodeCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, v []byte) { checkDecodeSettings(t, v) })
}

func FuzzDecodeAttrDef(f *testing.F) {
	for _, c := range decodeCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, v []byte) { checkDecodeAttrDef(t, v) })
}

func randomSettings(r *rand.Rand) Settings {
	b := func() bool { return r.IntN(2) == 0 }
	return Settings{
		Options: Options{UseEmail: b(), UseOtherInteractions: b(), UseSMS: b(), UseReview: b(),
			UseSubjects: b(), UseAttributes: b(), UseContactRoles: b()},
		CurrentUser:      ID(r.Uint64() >> r.IntN(64)),
		ReviewAfterDelay: time.Duration(r.Int64() - r.Int64()),
		MeetingLength:    time.Duration(r.IntN(1e6)) * time.Second,
		WorkdayStart:     r.IntN(24),
		WorkdayEnd:       int(r.Int64()>>r.IntN(64)) - r.IntN(2)*int(r.Int64()>>1),
		FirstWeekday:     time.Weekday(r.IntN(7)),
		OutgoingReviewed: b(),
		Language:         []string{"", "en", "ru", "x\"<>&\u2028"}[r.IntN(4)],
		Reminders:        b(),
		ReminderLead:     time.Duration(r.IntN(1e5)) * time.Minute,
		DailyBackups:     r.IntN(100),
	}
}

func randomAttrDef(r *rand.Rand) AttrDef {
	d := AttrDef{ID: ID(r.Uint64() >> r.IntN(64)), Name: randomText(r), Type: AttrType(r.IntN(256)),
		Deleted: r.IntN(2) == 0, Ver: r.Uint64() >> r.IntN(64)}
	if r.IntN(2) == 0 {
		d.Types = make([]InteractionType, r.IntN(6))
		for i := range d.Types {
			d.Types[i] = InteractionType(r.IntN(256))
		}
	}
	if r.IntN(2) == 0 {
		d.Options = make([]AttrOption, r.IntN(5))
		for i := range d.Options {
			d.Options[i] = AttrOption{ID: ID(r.Uint64() >> r.IntN(64)), Name: randomText(r)}
		}
	}
	return d
}

// randomText mixes letters, the characters json.Marshal escapes, control
// characters and, now and then, a byte that is not UTF-8.
func randomText(r *rand.Rand) string {
	parts := []string{"Канал", "a", " ", "<", ">", "&", "\"", "\\", "/", "\n", "\t", "\x01", "\u2028", "\u2029", "😀", "é", "\xff"}
	var sb strings.Builder
	for range r.IntN(8) {
		sb.WriteString(parts[r.IntN(len(parts))])
	}
	return sb.String()
}
