// Package quietlocale maps a C or POSIX locale to English before the
// window toolkit reads the locale, so that neither a command nor the window
// logs "Error parsing user locale C".
//
// Fyne's lang package reads the locale in its init, through
// github.com/jeandeaual/go-locale: the first non-empty of LC_ALL,
// LC_MESSAGES and LANG; when that is exactly "C" or "POSIX" it reads no
// language (Fyne then uses English, quietly), otherwise LANGUAGE wins when
// set. A locale such as C.UTF-8 or C.utf8 therefore reaches
// golang.org/x/text/language as the tag "C", which does not parse, and
// Fyne logs three lines on stderr before main runs. This package's init
// sets LANGUAGE=en exactly when go-locale would hand Fyne such a tag
// ("C" or "POSIX" before the encoding, or no language at all), which gives
// what Fyne does for a plain C locale. Any other locale, and a LANGUAGE
// that names a language, are left alone. The variable stays set for the
// life of the process, as Fyne reads the locale again later (dates,
// fonts); programs the window starts inherit it.
//
// Why this runs before Fyne's lang: Go initialises the packages of a
// program in dependency order, and among the packages whose imports are
// all initialised it always takes the one whose import path sorts first
// (the Go specification's rule since Go 1.21).
// This package imports only os. Fyne's lang imports log, and log imports
// os, so this package is ready no later than log is; its path
// ("interactions/ui/quietlocale") sorts before "log", so it is
// initialised before log, and therefore before lang and everything that
// imports lang. Both conditions are what keeps it working: import nothing
// but os here, and keep the path sorting before "log" (a module path
// starting with a letter before "l", as "interactions" does, is enough). `go list -deps .` lists the inputs;
// running the program with GODEBUG=inittrace=1 prints the order, and the
// root package's tests run the built programs under C locales and fail on
// any output on stderr.
//
// main.go imports this package for its side effect; nothing else needs to.
package quietlocale

import "os"

func init() {
	if needsEnglish(os.Getenv) {
		os.Setenv("LANGUAGE", "en")
	}
}

// needsEnglish reports whether the locale getenv describes would reach
// Fyne as the unparsable tag "C" or "POSIX".
func needsEnglish(getenv func(string) string) bool {
	loc := ""
	for _, name := range [...]string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(name); loc != "" {
			break
		}
	}
	if loc == "C" || loc == "POSIX" {
		// go-locale reads no language here, LANGUAGE included, and Fyne
		// falls back to English without a message.
		return false
	}
	if l := getenv("LANGUAGE"); l != "" {
		loc = l
	}
	if loc == "" {
		return false // no locale at all: the same quiet English
	}
	lang := language(loc)
	return lang == "C" || lang == "POSIX" || lang == ""
}

// language returns the language part of the first entry of a locale list
// such as "ru_RU.UTF-8:en" (here "ru"): the text before the first ':',
// '.', '@', '_' or '-'.
func language(loc string) string {
	for i := 0; i < len(loc); i++ {
		switch loc[i] {
		case ':', '.', '@', '_', '-':
			return loc[:i]
		}
	}
	return loc
}
