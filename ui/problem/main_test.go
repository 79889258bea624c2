package problem_test

import (
	"os"
	"testing"

	"interactions/assets"
)

func TestMain(m *testing.M) {
	for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(k)
	}
	os.Setenv("LANG", "en_US.UTF-8")
	assets.LoadTranslations()
	os.Exit(m.Run())
}

// useLanguage switches the interface language for one test: LANG is
// "en_US.UTF-8" or "ru_RU.UTF-8". English comes back when the test ends.
func useLanguage(t *testing.T, langEnv string) {
	t.Cleanup(assets.LoadTranslations) // runs after t.Setenv restores LANG
	t.Setenv("LANG", langEnv)
	assets.LoadTranslations()
}

// inBoth returns what text gives in English and in Russian.
func inBoth(t *testing.T, text func() string) (en, ru string) {
	t.Helper()
	useLanguage(t, "en_US.UTF-8")
	en = text()
	useLanguage(t, "ru_RU.UTF-8")
	ru = text()
	useLanguage(t, "en_US.UTF-8")
	return en, ru
}
