package data_test

import (
	"slices"
	"testing"

	"interactions/data"
)

func TestHTMLText(t *testing.T) {
	got := data.HTMLText("<html><body><p>Уважаемые&nbsp;коллеги!</p>\n<p>A &amp; B<br>C</p><style>p{}</style></body></html>")
	want := "Уважаемые коллеги!\n\nA & B\nC"
	if got != want {
		t.Errorf("HTMLText() = %q, want %q", got, want)
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"Звонок Семёнову по поставке"}, []string{"звонок", "семенову", "поставке"}},
		{[]string{"+7 (916) 123-45-67"}, []string{"9161234567", "1234567"}},
		{[]string{"для ООО «Ромашка» и ИП"}, []string{"ооо", "ромашка"}},
		{[]string{"ivanov@mail.ru"}, []string{"ivanov", "mail"}},
	}
	for _, tt := range tests {
		if got := data.Tokens(tt.in...); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQueryWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Семёнов поставка", []string{"семенов", "поставка"}},
		{"8 916 123-45-67", []string{"9161234567"}},
		{"договор для", []string{"договор"}},
	}
	for _, tt := range tests {
		if got := data.QueryWords(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("QueryWords(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
