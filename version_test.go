package main

import (
	"testing"

	"interactions/data"
)

// TestReleaseFile checks the embedded FyneApp.toml: the program parses it
// only when the version is first shown, so a file that does not parse
// must fail here rather than quietly show version 0.0.0.
func TestReleaseFile(t *testing.T) {
	p, err := data.ParseProgram(fyneApp)
	if err != nil {
		t.Fatal(err)
	}
	if got := data.Running(); got != p {
		t.Errorf("Running() = %+v, want the embedded release %+v", got, p)
	}
}
