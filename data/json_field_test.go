package data

import (
	"encoding/json"
	"testing"
)

// jsonFieldCases are JSON texts jsonStringField must read as encoding/json
// does, or give up on.
var jsonFieldCases = []string{
	`{"id":3,"partner":2,"name":"Поставка насосов","state":0,"active":true}`,
	`{"id":3,"name":"с \"кавычками\" и \\ и \u00e9","amount":{"units":12,"cents":-5e2}}`,
	` { "name" : "пробелы" , "x" : [ 1 , 2.5 , null , true , false , {"a":[]} ] } `,
	`{"Name":"заглавная"}`,
	`{"name":"первое","name":"второе"}`,
	`{"name":"первое","NAME":"второе"}`,
	`{"id":1}`,
	`{}`,
	`{"name":5}`,
	`{"name":null}`,
	`{"name":"обрыв`,
	`{"name":"ok"} x`,
	`{"name":"ok",}`,
	`{"n\u0061me":"экранированный ключ"}`,
	`{"name":"bad \x escape"}`,
	"{\"name\":\"control \x01 char\"}",
	"{\"name\":\"invalid \xff utf-8\"}",
	`{"name":"ok","x":01}`,
	`{"name":"ok","x":-}`,
	`{"name":"ok","x":1.}`,
	`{"name":"ok","x":1e}`,
	`{"name":"ok","x":tru}`,
	`[]`,
	``,
}

// checkJSONField compares jsonStringField with encoding/json on v.
func checkJSONField(t *testing.T, v []byte) {
	checkJSONMember(t, v, "jsonStringField", "name", jsonStringField, func(v []byte) (string, error) {
		var rec struct {
			Name string `json:"name"`
		}
		err := json.Unmarshal(v, &rec)
		return rec.Name, err
	})
}

// checkJSONMember compares what read (named what) finds under key in v
// with what decode makes of v through encoding/json: equal when read is
// sure, and encoding/json must not fail then.
func checkJSONMember[T comparable](t *testing.T, v []byte, what, key string, read func([]byte, string) (T, bool), decode func([]byte) (T, error)) {
	t.Helper()
	want, werr := decode(v)
	got, ok := read(v, key)
	if !ok {
		return // the caller decodes the record whole
	}
	if werr != nil {
		t.Errorf("%s(%q) = %v, ok; encoding/json fails: %v", what, v, got, werr)
		return
	}
	if got != want {
		t.Errorf("%s(%q) = %v, want %v", what, v, got, want)
	}
}

func TestJSONStringField_AgreesWithEncodingJSON(t *testing.T) {
	for _, c := range jsonFieldCases {
		checkJSONField(t, []byte(c))
	}
	for _, c := range []string{jsonFieldCases[0], jsonFieldCases[1], jsonFieldCases[2], `{"id":1}`} {
		if _, ok := jsonStringField([]byte(c), "name"); !ok {
			t.Errorf("jsonStringField(%q) gave up on a plain record", c)
		}
	}
}

func FuzzJSONStringField(f *testing.F) {
	for _, c := range jsonFieldCases {
		f.Add([]byte(c))
	}
	f.Fuzz(checkJSONField)
}

// jsonUintCases are JSON texts jsonUintField must read as encoding/json
// does, or give up on.
var jsonUintCases = []string{
	`{"id":3,"partner":2,"name":"Иванов"}`,
	`{"partner":0}`,
	`{"Partner":18446744073709551615}`,
	`{"partner":18446744073709551616}`,
	`{"partner":-1}`,
	`{"partner":1.5}`,
	`{"partner":1e3}`,
	`{"partner":"2"}`,
	`{"partner":null}`,
	`{"partner":1,"partner":2}`,
	`{"partner":"x","partner":2}`,
	`{"name":"без партнёра"}`,
	`{"partner":01}`,
	`{"partner":2`,
}

// checkJSONUintField compares jsonUintField with encoding/json on v.
func checkJSONUintField(t *testing.T, v []byte) {
	checkJSONMember(t, v, "jsonUintField", "partner", jsonUintField, func(v []byte) (uint64, error) {
		var rec struct {
			Partner uint64 `json:"partner"`
		}
		err := json.Unmarshal(v, &rec)
		return rec.Partner, err
	})
}

func TestJSONUintField_AgreesWithEncodingJSON(t *testing.T) {
	for _, c := range append(jsonUintCases, jsonFieldCases...) {
		checkJSONUintField(t, []byte(c))
	}
	for _, c := range []string{jsonUintCases[0], jsonUintCases[1], jsonUintCases[2], `{"id":1}`} {
		if _, ok := jsonUintField([]byte(c), "partner"); !ok {
			t.Errorf("jsonUintField(%q) gave up on a plain record", c)
		}
	}
}

func FuzzJSONUintField(f *testing.F) {
	for _, c := range jsonUintCases {
		f.Add([]byte(c))
	}
	f.Fuzz(checkJSONUintField)
}
