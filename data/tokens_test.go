package data

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// tokensBefore is the tokenizer Tokens replaced, kept as the oracle:
// Fold the whole text, split it at runes that are neither letters nor
// digits, cut each word to maxTokenLen bytes of whole runes and keep it
// once.
func tokensBefore(texts ...string) []string {
	seen := make(map[string]struct{}, 32)
	var out []string
	add := func(w string) {
		if len(w) > maxTokenLen {
			w = w[:maxTokenLen]
			for len(w) > 0 && !utf8.ValidString(w) {
				w = w[:len(w)-1]
			}
		}
		if utf8.RuneCountInString(w) < minTokenRunes || len(out) >= maxTokens || stopWords[w] {
			return
		}
		if _, ok := seen[w]; ok {
			return
		}
		seen[w] = struct{}{}
		out = append(out, w)
	}
	for _, t := range texts {
		if t == "" {
			continue
		}
		if d, ok := phoneDigits(t); ok {
			add(d)
			if len(d) > 7 {
				add(d[len(d)-7:])
			}
			continue
		}
		for w := range strings.FieldsFuncSeq(Fold(t), isSeparator) {
			add(w)
		}
	}
	return out
}

func TestTokens_Table(t *testing.T) {
	long := strings.Repeat("щ", 20) // 40 bytes: cut to 16 letters
	tests := []struct {
		in   []string
		want []string
	}{
		{nil, nil},
		{[]string{"", "  ", "a b cd"}, nil},
		{[]string{"Звонок Семёнову по поставке"}, []string{"звонок", "семенову", "поставке"}},
		{[]string{"ЁЛКА ёлка Ёжик"}, []string{"елка", "ежик"}},
		{[]string{"Ѐ Ѐѐѐ ЉЊЋ Ѳѳѳ"}, []string{"ѐѐѐ", "љњћ", "ѳѳѳ"}},
		{[]string{"+7 (916) 123-45-67"}, []string{"9161234567", "1234567"}},
		{[]string{"8 916 123 45 67", "+7 916 1234567", "1234567"}, []string{"9161234567", "1234567"}},
		{[]string{"12345"}, []string{"12345"}},
		{[]string{"для ООО «Ромашка» и ИП"}, []string{"ооо", "ромашка"}},
		{[]string{"ivanov@mail.ru", "Ivanov@Mail.RU"}, []string{"ivanov", "mail"}},
		{[]string{"The THE the, only Только"}, []string{"only"}},
		{[]string{"Straße ÀÉÎ ǅungla ΣΊΣΥΦΟΣ"}, []string{"straße", "àéî", "ǆungla", "σίσυφοσ"}},
		{[]string{"١٢٣ ٤٥٦ x²³⁴ ⅫⅫⅫ"}, []string{"١٢٣", "٤٥٦"}},
		{[]string{"ab\xffcd abc\xffdef \xd0\xd0\xd0abc"}, []string{"abc", "def"}},
		{[]string{strings.Repeat("a", 40) + " " + strings.Repeat("a", 32)}, []string{strings.Repeat("a", 32)}},
		{[]string{"x" + long, "xx" + long}, []string{"x" + strings.Repeat("щ", 15), "xx" + strings.Repeat("щ", 15)}},
		{[]string{"a😀😀 a𐐀𐐀 " + strings.Repeat("b", 30) + "𐐀c"}, []string{"a𐐨𐐨", strings.Repeat("b", 30)}},
		{[]string{"word_with-dash 3.14159 v2.0"}, []string{"word", "dash", "14159"}},
	}
	for _, tt := range tests {
		got := Tokens(tt.in...)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if before := tokensBefore(tt.in...); !slices.Equal(got, before) {
			t.Errorf("Tokens(%q) = %q, the tokenizer before gave %q", tt.in, got, before)
		}
	}
}

// TestTokens_EveryRune holds every rune, alone and inside a word, to
// the tokenizer before.
func TestTokens_EveryRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		in := "Яб" + string(r) + string(r) + "z"
		if got, want := Tokens(in), tokensBefore(in); !slices.Equal(got, want) {
			t.Fatalf("Tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestTokens_ManyWords reaches the cap of maxTokens words and holds
// long random texts to the tokenizer before.
func TestTokens_ManyWords(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯabcXYZ0189 ,.-@«»\tßΣ😀\u00a0")
	for round := range 300 {
		var texts []string
		for range 1 + rng.IntN(6) {
			var b strings.Builder
			for range rng.IntN(3000) {
				b.WriteRune(alphabet[rng.IntN(len(alphabet))])
			}
			texts = append(texts, b.String())
		}
		if round%7 == 0 {
			texts = append(texts, "+7 916 555-"+string(rune('0'+round%10))+"0-00")
		}
		got, want := Tokens(texts...), tokensBefore(texts...)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: %d words, want %d\n got %q\nwant %q", round, len(got), len(want), got, want)
		}
	}
	var many []string
	for i := range 400 {
		many = append(many, "слово"+strings.Repeat("ж", i%10)+strconv.Itoa(i))
	}
	if got, want := Tokens(many...), tokensBefore(many...); len(got) != maxTokens || !slices.Equal(got, want) {
		t.Fatalf("Tokens of 400 words = %d words, want %d equal to the tokenizer before", len(got), maxTokens)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Звонок Семёнову", "+7 (916) 123-45-67", "ab\xffcd", "ΣΊΣΥΦΟΣ Straße", "١٢٣ x²", strings.Repeat("щ", 20)} {
		f.Add(s, "ООО «Ромашка»")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := Tokens(a, b), tokensBefore(a, b); !slices.Equal(got, want) {
			t.Fatalf("Tokens(%q, %q) = %q, want %q", a, b, got, want)
		}
	})
}

func BenchmarkTokens(b *testing.B) {
	texts := []string{
		"Звонок Семёнову по поставке оборудования на склад",
		"Обсудили сроки поставки, согласовали график платежей и условия доставки. Клиент просит выставить счёт до пятницы, ООО «Ромашка».",
		"Иванов Пётр", "ivanov@romashka.ru", "+7 (916) 123-45-67",
	}
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Tokens(texts...)
		}
	})
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			tokensBefore(texts...)
		}
	})
}
