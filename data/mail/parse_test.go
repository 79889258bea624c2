package mail_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"interactions/data/mail"
)

func parseFile(t *testing.T, name string) *mail.Message {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	m, err := mail.Parse(raw)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return m
}

func hasProblem(m *mail.Message, part string) bool {
	return slices.ContainsFunc(m.Problems, func(p string) bool { return strings.Contains(p, part) })
}

func TestParse_Samples(t *testing.T) {
	tests := []struct {
		file, from, subject, text, html string
		parts                           []string
		problems                        []string // substrings, each in some problem line
	}{
		{file: "utf8-alternative.eml", from: "Пётр Семёнов <petr@romashka.ru>", subject: "Счёт №15 на оплату",
			text: "Пришлите, пожалуйста, счёт до пятницы.", html: "<b>счёт</b>"},
		{file: "cp1251-attachment.eml", from: "Иван Иванов <ivanov@company.ru>", subject: "Re: Счёт №15",
			text: "Счёт во вложении.", parts: []string{"Счёт 15.pdf"}},
		{file: "koi8r-nested.eml", from: "Сидоров Сергей <sidorov@supplier.example.org>", subject: "Договор поставки",
			text: "Прошу согласовать договор поставки.", html: "<p>Коллеги, добрый день!</p>",
			parts: []string{"part-1.1.2.png", "Договор.docx"}},
		{file: "html-only.eml", from: "Интернет-магазин <news@shop.example.com>", subject: "Акция недели",
			html: "Скидки&nbsp;до 50%!"},
		{file: "raw-8bit-headers.eml", from: "Кузнецова Мария <maria@kuznetsova.example.ru>", subject: "Акт сверки за февраль",
			text: "Высылаю акт сверки.", problems: []string{"Subject: not encoded; read as windows-1251", "From: not encoded; read as windows-1251"}},
		{file: "no-message-id.eml", from: " <anna@orlova.example.com>", subject: "без Message-ID", text: "Просто текст."},
		{file: "broken.eml", from: "Орлова Анна <anna@orlova.example.com>", subject: "=?x-unknown-charset?Q?abc?=",
			text: "Это текст в windows-1251, хотя написано utf-8.", parts: []string{"data.bin"},
			problems: []string{"header line 3 is not a field", "Subject: unknown charset", "Date: \"sometime last week\"",
				"read as windows-1251", "x-mac-klingon", "cut short"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := parseFile(t, tt.file)
			if got := m.From.Name + " <" + m.From.Address + ">"; got != tt.from {
				t.Errorf("From = %q, want %q", got, tt.from)
			}
			if m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if !strings.Contains(m.Text, tt.text) || tt.text == "" && m.Text != "" {
				t.Errorf("Text = %q, want it to hold %q", m.Text, tt.text)
			}
			if !strings.Contains(m.HTML, tt.html) || tt.html == "" && m.HTML != "" {
				t.Errorf("HTML = %q, want it to hold %q", m.HTML, tt.html)
			}
			var names []string
			for _, p := range m.Parts {
				names = append(names, p.Name)
			}
			if !slices.Equal(names, tt.parts) {
				t.Errorf("parts = %q, want %q", names, tt.parts)
			}
			for _, p := range tt.problems {
				if !hasProblem(m, p) {
					t.Errorf("no problem line says %q; problems: %q", p, m.Problems)
				}
			}
			if tt.problems == nil && len(m.Problems) > 0 {
				t.Errorf("problems %q in a clean message", m.Problems)
			}
		})
	}
}

func TestParse_AttachmentBytes(t *testing.T) {
	m := parseFile(t, "cp1251-attachment.eml")
	if len(m.Parts) != 1 || !strings.HasPrefix(string(m.Parts[0].Data), "%PDF-1.4") || m.Parts[0].ContentType != "application/pdf" {
		t.Fatalf("parts = %+v, want the PDF", m.Parts)
	}
	if len(m.Cc) != 1 || m.Cc[0].Name != "Бухгалтерия" {
		t.Errorf("Cc = %+v, want Бухгалтерия <buh@romashka.ru>", m.Cc)
	}
	if len(m.To) != 2 || m.To[1].Address != "petr@romashka.ru" {
		t.Errorf("To = %+v", m.To)
	}
	if got := m.Answers(); !slices.Equal(got, []string{"utf8-alt-1@romashka.ru"}) {
		t.Errorf("Answers = %q", got)
	}
}

func TestParse_NotMail(t *testing.T) {
	for _, raw := range []string{"", "\r\n\r\nbody only", "no header here\n\nbody"} {
		if _, err := mail.Parse([]byte(raw)); err == nil {
			t.Errorf("Parse(%q) accepted it", raw)
		}
	}
}

func TestSplitMbox(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "thread.mbox"))
	if err != nil {
		t.Fatal(err)
	}
	msgs := mail.SplitMbox(raw)
	if len(msgs) != 3 {
		t.Fatalf("SplitMbox found %d messages, want 3", len(msgs))
	}
	m, err := mail.Parse(msgs[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "\nFrom the warehouse") {
		t.Errorf("the quoted >From line was not unquoted: %q", m.Text)
	}
	m, _ = mail.Parse(msgs[1])
	if !strings.Contains(m.Text, "\n\nFrom now on") {
		t.Errorf("a From line inside a body split the message: %q", m.Text)
	}
}
