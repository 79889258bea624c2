// Package assets holds what the program embeds: the application icon and
// the translations of the interface (English, the source of truth, and
// Russian).
package assets

import (
	"embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Translations holds translations/en.json and translations/ru.json.
//
//go:embed translations
var Translations embed.FS

// LoadTranslations adds the program's translations to Fyne's own and picks
// the language of the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
// Call it before the app is created; calling it again re-reads the locale.
// Our Russian file also overrides keys that Fyne translates wrongly.
func LoadTranslations() {
	if err := lang.AddTranslationsFS(Translations, "translations"); err != nil {
		fyne.LogError("Could not load the translations", err)
	}
}
