package data_test

import (
	"testing"

	"interactions/data"
)

// TestQuotedReply: the original text quoted under the attribution line,
// as mail programs do.
func TestQuotedReply(t *testing.T) {
	const header = "30.11.2026 09:15, petr@romashka.example написал(а):"
	tests := []struct {
		name string
		mail data.Email
		want string
	}{
		{"plain text", data.Email{Body: "Добрый день!\r\n\r\nПришлите счёт.\r\n"},
			"\n\n" + header + "\n> Добрый день!\n>\n> Пришлите счёт.\n"},
		{"an earlier quote quoted again", data.Email{Body: "Да.\n> Вопрос?"},
			"\n\n" + header + "\n> Да.\n>> Вопрос?\n"},
		{"HTML only", data.Email{HTMLBody: "<title>T</title><p>Добрый день!</p><p>Пришлите <b>счёт</b>.</p>"},
			"\n\n" + header + "\n> Добрый день!\n>\n> Пришлите счёт.\n"},
		{"the plain text before the HTML", data.Email{Body: "Текст", HTMLBody: "<p>HTML</p>"},
			"\n\n" + header + "\n> Текст\n"},
		{"no text", data.Email{Body: " \n", HTMLBody: "<img src=x>"}, ""},
	}
	for _, tt := range tests {
		if got := data.QuotedReply(header, &tt.mail); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
