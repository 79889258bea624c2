package problem_test

import (
	"testing"

	"interactions/ui/internal/uitest"
)

func TestMain(m *testing.M) { uitest.Main(m) }

// inBoth returns what text gives in English and in Russian.
func inBoth(t *testing.T, text func() string) (en, ru string) {
	t.Helper()
	uitest.UseLanguage(t, "en_US.UTF-8")
	en = text()
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	ru = text()
	uitest.UseLanguage(t, "en_US.UTF-8")
	return en, ru
}
