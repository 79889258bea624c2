package data_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"interactions/data"
)

// TestHTMLText_AsAMailProgramShowsIt: what a mail's HTML body reads as.
func TestHTMLText_AsAMailProgramShowsIt(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no tags", "Добрый день!\n  Счёт   во вложении.", "Добрый день! Счёт во вложении."},
		{"empty", "", ""},
		{"head and title left out",
			`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Рассылка</title></head><body><p>Текст</p></body></html>`,
			"Текст"},
		{"a head without its end tag",
			`<html><head><title>Т</title><body>Текст</body></html>`, "Текст"},
		{"scripts and styles left out",
			`<style>p { color: red }</style><p>A</p><script>alert("x")</script><SCRIPT>x</SCRIPT>B`, "A\n\nB"},
		{"a hidden preview line left out",
			`<div style="display:none;max-height:0">Прехедер</div><div style="color: red; DISPLAY : None">и это</div><p>Текст</p>`,
			"Текст"},
		{"hidden nested elements left out whole",
			`<div style="display: none"><div>a</div><div>b</div></div><div>c</div>`, "c"},
		{"a hidden image hides nothing after it",
			`<img src="x.png" style="display:none">Текст`, "Текст"},
		{"a '>' inside an attribute",
			`<p>приглашаем на <a href="https://example.ru/?a=1&amp;b=2" title="a>b">выставку</a>.</p>`,
			"приглашаем на выставку <https://example.ru/?a=1&b=2>."},
		{"a link whose text is its address, or has none",
			`<a href="https://example.ru/">example.ru</a>, <a href="mailto:petr@romashka.example">petr@romashka.example</a>, <a href="https://x.ru"><img src="logo.png"></a>`,
			"example.ru, petr@romashka.example,"},
		{"links that lead nowhere a reader can go",
			`<a href="#top">наверх</a> <a href="javascript:void(0)">кнопка</a> <a name="x">якорь</a> <a href="files/a.pdf">файл</a>`,
			"наверх кнопка якорь файл"},
		{"the href written every way",
			`<A HREF=https://a.ru/1>один</A> <a title='t' href = 'mailto:b@c.ru'>письмо</a> <a data-x="href=x" href="tel:+74951234567">звонок</a>`,
			"один <https://a.ru/1> письмо <mailto:b@c.ru> звонок <tel:+74951234567>"},
		{"a link left open", `<a href="https://a.ru">один <a href="https://b.ru">два`, "один <https://a.ru> два <https://b.ru>"},
		{"inline elements add no space",
			`<p><b>Жирный</b>, <i>курсив</i>и<span>слитно</span></p>`, "Жирный, курсивислитно"},
		{"paragraphs and headings apart", `<h1>Заголовок</h1><p>Один</p><p>Два</p>`, "Заголовок\n\nОдин\n\nДва"},
		{"line breaks", `Строка 1<br>Строка 2<BR/>Строка 3<br><br>После пустой<br><br><br><br>Не больше одной пустой`,
			"Строка 1\nСтрока 2\nСтрока 3\n\nПосле пустой\n\nНе больше одной пустой"},
		{"divs on lines of their own", `<div>Один</div><div>Два</div>три`, "Один\nДва\nтри"},
		{"list items with bullets", `Перед<ul><li>Первый</li><li>Второй <b>пункт</b></li></ul>После`,
			"Перед\n\n• Первый\n• Второй пункт\n\nПосле"},
		{"list items without end tags", `<ol><li>a<li>b</ol>`, "• a\n• b"},
		{"a table's rows on lines, cells side by side",
			`<table><tr><th>Товар</th><th>Цена</th></tr><tr><td>Стол</td><td>1&nbsp;000&nbsp;₽</td></tr><tr><td></td><td>x</td></tr></table>`,
			"Товар Цена\nСтол 1 000 ₽\nx"},
		{"pre keeps its text", "<p>Код:</p><pre>  a = 1\r\n  b = 2</pre><p>Конец</p>", "Код:\n\n  a = 1\n  b = 2\n\nКонец"},
		{"comments and conditional comments left out",
			`A<!-- скрыто --><!--[if mso]><table><tr><td>MSO</td></tr></table><![endif]-->B`, "AB"},
		{"entities", `&laquo;Ромашка&raquo; &amp; Co &#1087;&#x440;&#1080; &lt;тег&gt; &copy; &unknown;`,
			"«Ромашка» & Co при <тег> © &unknown;"},
		{"white space runs one space", "<p>  много \t\n  пробелов  </p>", "много пробелов"},
		{"unclosed tags", `<div><p>Текст <b>жирный<p>Дальше`, "Текст жирный\n\nДальше"},
		{"a broken tag", `Текст <a href="x`, "Текст"},
	}
	for _, tt := range tests {
		if got := data.HTMLText(tt.in); got != tt.want {
			t.Errorf("%s: HTMLText(%q)\n got %q\nwant %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// FuzzHTMLText: any body gives text without white space at its ends, no
// more than one blank line in a row, and valid UTF-8 from valid UTF-8.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{
		"", "<p>a</p><p>b</p>", `<div style="display:none">x</div>y`, "<pre> a\n\n\n b </pre>",
		"<ul><li>a<li>b</ul>", "<table><tr><td>a<td>b</table>", "a<br><br><br>b", "&amp;&nbsp;&#0;",
		"<script>x</script><style>y</style><title>z</title>", "<!--x-->", "<a title='>'>t</a>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		got := data.HTMLText(body)
		if got != strings.TrimSpace(got) {
			t.Fatalf("%q: %q has space at its ends", body, got)
		}
		if utf8.ValidString(body) && !utf8.ValidString(got) {
			t.Fatalf("%q: %q is not UTF-8", body, got)
		}
		if !strings.Contains(strings.ToLower(body), "<pre") && strings.Contains(got, "\n\n\n") {
			t.Fatalf("%q: %q has two blank lines in a row", body, got)
		}
	})
}
