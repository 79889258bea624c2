package assets_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"interactions/assets"
)

// readTranslation returns the messages of one translation file: a string,
// or for plural messages a map of forms.
func readTranslation(t *testing.T, name string) map[string]any {
	t.Helper()
	b, err := assets.Translations.ReadFile("translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func TestTranslations_SameKeys(t *testing.T) {
	en, ru := readTranslation(t, "en.json"), readTranslation(t, "ru.json")
	for _, k := range sortedKeys(en) {
		if _, ok := ru[k]; !ok {
			t.Errorf("ru.json lacks %q", k)
		}
	}
	for _, k := range sortedKeys(ru) {
		if _, ok := en[k]; !ok {
			t.Errorf("ru.json has %q, which en.json (the source of truth) does not", k)
		}
	}
}

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// placeholders returns the template fields a message uses, every form of a
// plural message together.
func placeholders(v any) []string {
	var texts []string
	switch v := v.(type) {
	case string:
		texts = []string{v}
	case map[string]any:
		for _, f := range v {
			s, _ := f.(string)
			texts = append(texts, s)
		}
	}
	var out []string
	for _, s := range texts {
		for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
			if !slices.Contains(out, m[1]) {
				out = append(out, m[1])
			}
		}
	}
	slices.Sort(out)
	return out
}

func TestTranslations_WellFormed(t *testing.T) {
	en, ru := readTranslation(t, "en.json"), readTranslation(t, "ru.json")
	plural := map[string][]string{"en.json": {"one", "other"}, "ru.json": {"one", "few", "many", "other"}}
	for name, msgs := range map[string]map[string]any{"en.json": en, "ru.json": ru} {
		for _, k := range sortedKeys(msgs) {
			switch v := msgs[k].(type) {
			case string:
				if strings.TrimSpace(v) == "" && k != "format.thousands" {
					t.Errorf("%s: %q is empty", name, k)
				}
			case map[string]any:
				for _, form := range plural[name] {
					if s, _ := v[form].(string); s == "" {
						t.Errorf("%s: plural %q lacks the %q form", name, k, form)
					}
				}
			default:
				t.Errorf("%s: %q is neither a string nor plural forms", name, k)
			}
		}
	}
	for _, k := range sortedKeys(en) {
		if r, ok := ru[k]; ok && !slices.Equal(placeholders(en[k]), placeholders(r)) {
			t.Errorf("%q: en uses %v, ru uses %v", k, placeholders(en[k]), placeholders(r))
		}
	}
}

// TestTranslations_RussianWeekdays checks our fix of Fyne v2.7.1's Russian
// translation, which swaps Tuesday and Thursday.
func TestTranslations_RussianWeekdays(t *testing.T) {
	ru := readTranslation(t, "ru.json")
	want := map[string]string{"tuesday": "Вторник", "tuesday.short": "Вт", "thursday": "Четверг", "thursday.short": "Чт"}
	for k, w := range want {
		if ru[k] != w {
			t.Errorf("ru.json %q = %v, want %q", k, ru[k], w)
		}
	}
}

// langCall matches lang.L("key"…), lang.X("key", …), lang.N("key", …) and
// lang.XN("key", …) with a literal key.
var langCall = regexp.MustCompile(`\blang\.(L|X|N|XN)\(\s*"((?:[^"\\]|\\.)*)"`)

// langCallAny matches every call of those functions, to catch keys that are
// not literals and so escape the check.
var langCallAny = regexp.MustCompile(`\blang\.(L|X|N|XN)\(\s*([^\s)])`)

// TestTranslations_EveryKeyUsedInUI scans every .go file under ui/ for the
// keys it asks lang for and fails when en.json lacks one, or when a key is
// not a string literal.
func TestTranslations_EveryKeyUsedInUI(t *testing.T) {
	en := readTranslation(t, "en.json")
	uiDir := filepath.Join("..", "ui")
	found := 0
	err := filepath.WalkDir(uiDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range langCallAny.FindAllStringSubmatch(string(src), -1) {
			if m[2] != `"` {
				t.Errorf("%s: lang.%s called with a key that is not a string literal", path, m[1])
			}
		}
		for _, m := range langCall.FindAllStringSubmatch(string(src), -1) {
			found++
			if _, ok := en[m[2]]; !ok {
				t.Errorf("%s: lang.%s(%q): the key is missing from en.json", path, m[1], m[2])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if found == 0 {
		t.Fatalf("no lang calls found under %s", uiDir)
	}
}
