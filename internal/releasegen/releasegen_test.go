package releasegen

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	v, b, err := Parse([]byte("Website = \"\"\n\n[Details]\n  Name = \"Interactions\"\n  Version = \"1.2.3\"\n  Build = 7\n"))
	if err != nil || v != "1.2.3" || b != 7 {
		t.Errorf("Parse = %q, %d, %v; want 1.2.3, 7", v, b, err)
	}
	for _, bad := range []string{"[Details]\n  Name = \"x\"\n", "[Details\n"} {
		if _, _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("Parse(%q) gave no error", bad)
		}
	}
}

func TestGenerate(t *testing.T) {
	src, err := Generate([]byte("[Details]\n  Version = \"2.0.1\"\n  Build = 12\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"package main", `releaseVersion = "2.0.1"`, "releaseBuild   = 12", "DO NOT EDIT"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated source lacks %q:\n%s", want, src)
		}
	}
	if _, err := Generate([]byte("[Details]\n")); err == nil {
		t.Error("Generate of a file without Version gave no error")
	}
}
