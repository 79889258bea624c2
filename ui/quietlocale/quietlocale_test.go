package quietlocale

import "testing"

func TestNeedsEnglish(t *testing.T) {
	cases := []struct {
		env  map[string]string
		want bool
	}{
		{map[string]string{}, false}, // Fyne reads no locale: English, quietly
		{map[string]string{"LANG": "C"}, false},
		{map[string]string{"LANG": "POSIX"}, false},
		{map[string]string{"LANG": "C.UTF-8"}, true},
		{map[string]string{"LANG": "C.utf8"}, true},
		{map[string]string{"LANG": "POSIX.UTF-8"}, true},
		{map[string]string{"LANG": "C@euro"}, true},
		{map[string]string{"LANG": "ru_RU.UTF-8"}, false},
		{map[string]string{"LANG": "en_US.UTF-8"}, false},
		{map[string]string{"LANGUAGE": "ru"}, false},
		{map[string]string{"LANG": ".UTF-8"}, true}, // no language before the encoding
		{map[string]string{"LANG": "ru_RU.UTF-8", "LC_ALL": "C.UTF-8"}, true},
		{map[string]string{"LANG": "C.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, false},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "ru"}, false},         // the user's choice stays
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "ru_RU:en"}, false},   // a list: its first entry counts
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "C"}, true},           // names no language
		{map[string]string{"LANG": "ru_RU.UTF-8", "LANGUAGE": "C.UTF-8"}, true}, // the same
		{map[string]string{"LANG": "C", "LANGUAGE": "C.UTF-8"}, false},          // plain C: LANGUAGE is not read
		{map[string]string{"LC_ALL": "POSIX", "LANG": "ru_RU.UTF-8"}, false},    // the same
		{map[string]string{"LANGUAGE": "C.UTF-8"}, true},                        // LANGUAGE alone is read
	}
	for _, c := range cases {
		got := needsEnglish(func(name string) string { return c.env[name] })
		if got != c.want {
			t.Errorf("needsEnglish(%v) = %v, want %v", c.env, got, c.want)
		}
	}
}

func TestLanguage(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "C": "C", "C.UTF-8": "C", "ru_RU.UTF-8": "ru", "en-US": "en",
		"de_DE@euro": "de", "ru:en": "ru", "POSIX": "POSIX",
	} {
		if got := language(in); got != want {
			t.Errorf("language(%q) = %q, want %q", in, got, want)
		}
	}
}
