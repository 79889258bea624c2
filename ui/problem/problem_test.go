package problem_test

import (
	"errors"
	"fmt"
	"interactions/ui/internal/uitest"
	"strings"
	"testing"
	"time"
	"unicode"

	"interactions/data"
	"interactions/data/demo"
	"interactions/ui/problem"
)

func hasCyrillic(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}

// checkTranslated fails unless en and ru are real, different texts: not
// empty, not a translation key, no template gap, and ru in Cyrillic.
func checkTranslated(t *testing.T, what, en, ru string) {
	t.Helper()
	for _, s := range []string{en, ru} {
		if strings.TrimSpace(s) == "" || strings.Contains(s, "problem.") || strings.Contains(s, "<no value>") {
			t.Errorf("%s: text %q is not a translation", what, s)
		}
	}
	if en == ru {
		t.Errorf("%s: English and Russian are both %q", what, en)
	}
	if !hasCyrillic(ru) {
		t.Errorf("%s: Russian %q has no Cyrillic", what, ru)
	}
}

// TestField_EveryCode translates every problem code, with every argument
// set, in both languages.
func TestField_EveryCode(t *testing.T) {
	args := data.Args{Value: "x1", Kind: "employee", ID: 5, Max: 10}
	for _, code := range data.AllProblems() {
		fe := &data.FieldError{Field: "end", Code: code, Args: args}
		en, ru := inBoth(t, func() string { return problem.Field(fe) })
		checkTranslated(t, string(code), en, ru)
		// An untranslated code falls back to "is not valid (<code>)".
		if strings.Contains(en, "("+string(code)+")") {
			t.Errorf("%s: no translation of its own: %q", code, en)
		}
	}
}

// TestText_EverySentinel gives each sentinel error of the store, wrapped
// as the store wraps it, its own sentence in both languages.
func TestText_EverySentinel(t *testing.T) {
	seen := map[string]error{}
	for _, sentinel := range append(data.Sentinels(), demo.ErrOptions) {
		err := fmt.Errorf("data: open /tmp/x.db: %w (detail)", sentinel)
		en, ru := inBoth(t, func() string { return problem.Text(err) })
		checkTranslated(t, sentinel.Error(), en, ru)
		if strings.Contains(en, "detail") || strings.HasPrefix(en, "Something went wrong") {
			t.Errorf("%v: %q is the text for an unknown error", sentinel, en)
		}
		if other, dup := seen[ru]; dup {
			t.Errorf("%v and %v share the sentence %q", other, sentinel, ru)
		}
		seen[ru] = sentinel
	}
}

// TestText_UnknownError leads an error the package does not know with a
// translated sentence and keeps the English detail after it.
func TestText_UnknownError(t *testing.T) {
	err := errors.New("disk on fire")
	en, ru := inBoth(t, func() string { return problem.Text(err) })
	if want := "Something went wrong: disk on fire"; en != want {
		t.Errorf("en = %q, want %q", en, want)
	}
	if want := "Произошла ошибка: disk on fire"; ru != want {
		t.Errorf("ru = %q, want %q", ru, want)
	}
	if problem.Text(nil) != "" {
		t.Errorf("Text(nil) = %q, want empty", problem.Text(nil))
	}
}

// TestField_MeetingEndBeforeStart follows a real validation error from
// data to the Russian text under the field and in a message.
func TestField_MeetingEndBeforeStart(t *testing.T) {
	start := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	it := &data.Interaction{
		Type: data.TypeMeeting, Date: start, Responsible: 1, Importance: data.ImportanceNormal, Topic: "Встреча",
		Meeting: &data.Meeting{Start: start, End: start.Add(-time.Hour)},
	}
	err := it.Validate()
	fe, ok := data.AsFieldError(err)
	if !ok {
		t.Fatalf("Validate() = %v, want a FieldError", err)
	}
	if fe.Field != "end" || fe.Code != data.ProblemBeforeStart {
		t.Fatalf("FieldError = %q %q, want end %q", fe.Field, fe.Code, data.ProblemBeforeStart)
	}
	if got, want := err.Error(), "end: is before the start"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	if got, want := problem.Field(fe), "не может быть раньше начала"; got != want {
		t.Errorf("Field = %q, want %q", got, want)
	}
	if got, want := problem.Text(err), "Окончание: не может быть раньше начала"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

// TestText_DamagedPage names the page and the bucket of a damaged read.
func TestText_DamagedPage(t *testing.T) {
	err := fmt.Errorf("data: list: %w", &data.DamagedError{Page: 4321, Bucket: "ix_date", Detail: "x"})
	en, ru := inBoth(t, func() string { return problem.Text(err) })
	checkTranslated(t, "DamagedError", en, ru)
	for _, s := range []string{en, ru} {
		if !strings.Contains(s, "4321") || !strings.Contains(s, "ix_date") {
			t.Errorf("%q does not name page 4321 of ix_date", s)
		}
	}
}
