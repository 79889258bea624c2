package data

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

// Program is the version of the running program: its release from
// FyneApp.toml (Version and Build, the numbers `fyne package` writes into
// the installed program) and what the Go toolchain recorded of the build.
type Program struct {
	Version  string // release, e.g. "0.1.0"
	Build    int    // build number of the release
	Revision string // source revision (git commit), empty when unknown
	Time     string // the revision's commit time, RFC 3339, empty when unknown
	Modified bool   // the source had uncommitted changes
	Go       string // Go version, e.g. "go1.26.8"
	Platform string // GOOS/GOARCH
}

// The source revision, its commit time (RFC 3339) and "true" for
// uncommitted changes, as the build scripts stamp them with -ldflags -X
// when the toolchain records no revision (a build with -buildvcs=false).
var revision, revisionTime, modified string

// release is the Version and Build of FyneApp.toml's [Details], given to
// SetRelease at start.
var release struct {
	version string
	build   int
}

// SetRelease gives Running the release of FyneApp.toml (Version and
// Build), which the main package has as generated constants. The main
// package calls it at start, before anything asks for Running.
func SetRelease(version string, build int) { release.version, release.build = version, build }

// Running returns the version of this program: the release given to
// SetRelease, or "0.0.0" when none was given, completed with what the
// build recorded. It is worked out once, on the first call.
func Running() Program { return running() }

var running = sync.OnceValue(func() Program {
	if release.version == "" {
		return ParseBuild(Program{Version: "0.0.0"})
	}
	return ParseBuild(Program{Version: release.version, Build: release.build})
})

// ParseBuild adds to p the revision, commit time and Go version the
// toolchain recorded in this binary, and its platform.
func ParseBuild(p Program) Program {
	p.Go, p.Platform = runtime.Version(), runtime.GOOS+"/"+runtime.GOARCH
	p.Revision, p.Time, p.Modified = revision, revisionTime, modified == "true"
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return p
	}
	p.Go = info.GoVersion
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			p.Revision = s.Value
		case "vcs.time":
			p.Time = s.Value
		case "vcs.modified":
			p.Modified = s.Value == "true"
		}
	}
	return p
}

// Release returns the release and build number: "0.1.0 (build 1)".
func (p Program) Release() string {
	if p.Build == 0 {
		return p.Version
	}
	return fmt.Sprintf("%s (build %d)", p.Version, p.Build)
}

// ShortRevision returns the first 12 characters of the revision.
func (p Program) ShortRevision() string {
	if len(p.Revision) > 12 {
		return p.Revision[:12]
	}
	return p.Revision
}

// Day returns the date of the revision's commit, YYYY-MM-DD, or "".
func (p Program) Day() string {
	day, _, _ := strings.Cut(p.Time, "T")
	return day
}

// Source returns the short revision and its date, "+ changes" when the
// source was modified, or "" when the build recorded no revision.
func (p Program) Source() string {
	if p.Revision == "" {
		return ""
	}
	s := p.ShortRevision()
	if day := p.Day(); day != "" {
		s += " " + day
	}
	if p.Modified {
		s += " + changes"
	}
	return s
}

// String is the one line `interactions --version` prints.
func (p Program) String() string {
	parts := []string{"Interactions " + p.Release()}
	if src := p.Source(); src != "" {
		parts = append(parts, src)
	}
	parts = append(parts, p.Go+" "+p.Platform)
	return strings.Join(parts, ", ")
}
