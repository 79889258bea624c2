package main

import (
	"bytes"
	"os"
	"testing"

	"interactions/data"
	"interactions/internal/releasegen"
)

// TestRelease_UpToDate regenerates release_gen.go from FyneApp.toml and
// compares, so that a release or build number changed in the file cannot
// leave the program reporting the old one.
func TestRelease_UpToDate(t *testing.T) {
	in, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := releasegen.Generate(in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("release_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal(`release_gen.go is out of date: run "go generate" in the module's root`)
	}
	version, build, err := releasegen.Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if p := data.Running(); p.Version != version || p.Build != build {
		t.Errorf("Running() = %+v, want the release %s build %d of FyneApp.toml", p, version, build)
	}
}
