package main

import "interactions/data"

//go:generate go run ./internal/releasegen/gen

// The program's release, the one `fyne package` stamps into the installed
// program, comes from FyneApp.toml through release_gen.go, so that
// `go build` and `go run` report the same version without parsing the
// file at start; TestRelease_UpToDate holds the constants to the file.
func init() { data.SetRelease(releaseVersion, releaseBuild) }
