package problem_test

import (
	"errors"
	"interactions/ui/internal/uitest"
	"testing"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
	"interactions/ui/problem"
)

// TestFieldName names plain, indexed and nested fields in both languages.
func TestFieldName(t *testing.T) {
	for _, tc := range []struct{ field, en, ru string }{
		{"end", "End", "Окончание"},
		{"contacts[1].address", "Contacts #2 › Address", "Контакты, строка 2 › Адрес"},
		{"contactInfo[0].value", "Contact information #1 › Value", "Контактная информация, строка 1 › Значение"},
		{"mystery", "mystery", "mystery"},
	} {
		en, ru := inBoth(t, func() string { return problem.FieldName(tc.field) })
		if en != tc.en || ru != tc.ru {
			t.Errorf("FieldName(%q) = %q / %q, want %q / %q", tc.field, en, ru, tc.en, tc.ru)
		}
	}
}

// TestField_AttributeValue leads the problem of an additional attribute's
// value with the attribute's name, and names the referenced kind.
func TestField_AttributeValue(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	fe := &data.FieldError{Field: "attrs[0]", Code: data.ProblemNotNumber, Args: data.Args{Value: "abc", Attr: "Площадь"}}
	if got, want := problem.Field(fe), "Площадь: «abc» — не число"; got != want {
		t.Errorf("Field = %q, want %q", got, want)
	}
	fe = &data.FieldError{Field: "responsible", Code: data.ProblemUnknownRef, Args: data.Args{Kind: "employee", ID: 7}}
	if got, want := problem.Text(fe), "Ответственный: не найдено в справочниках: сотрудник № 7"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
}

// TestArgs puts the translated error into a message of the caller's own.
func TestArgs(t *testing.T) {
	uitest.UseLanguage(t, "ru_RU.UTF-8")
	err := &data.FieldError{Field: "topic", Code: data.ProblemEmpty}
	got := lang.X("create.failed", "Could not save: {{.Error}}", problem.Args(err))
	if want := "Не удалось записать: Тема: заполните поле"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
	// An unknown error keeps the caller's lead and no second one.
	got = lang.X("create.failed", "Could not save: {{.Error}}", problem.Args(errors.New("disk full")))
	if want := "Не удалось записать: disk full"; got != want {
		t.Errorf("message = %q, want %q", got, want)
	}
}
