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
	var want struct {
		Name string `json:"name"`
	}
	werr := json.Unmarshal(v, &want)
	got, ok := jsonStringField(v, "name")
	if !ok {
		return // the caller decodes the record whole
	}
	if werr != nil {
		t.Errorf("jsonStringField(%q) = %q, ok; encoding/json fails: %v", v, got, werr)
		return
	}
	if got != want.Name {
		t.Errorf("jsonStringField(%q) = %q, want %q", v, got, want.Name)
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
