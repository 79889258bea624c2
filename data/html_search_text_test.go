package data

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

// htmlSearchTextRE is htmlSearchText as it was, with regular expressions:
// the hand-written matches must give the same text, byte for byte, or the
// words stored in every file's index would no longer be what derive gives.
func htmlSearchTextRE(body string) string {
	text := regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|li|tr|h[1-6])\s*>`).ReplaceAllString(body, "\n")
	text = html.UnescapeString(regexp.MustCompile(`(?s)<!--.*?-->|<(script|style)[^>]*>.*?</(script|style)>|<[^>]*>`).ReplaceAllString(text, " "))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.TrimSpace(regexp.MustCompile(`\n\s*\n\s*`).ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

var htmlSearchSamples = []string{
	"", "plain text", "<p>Один</p><p>Два</p>", "a<br>b<BR/>c<br \t/>d<br\n>e<bR / >f<br//>g",
	"</P></Div ></LI\n></tR></h1></H6></h7></h0></pre></dl></t></d></l></h></>", "x</p",
	"<!-- hidden --> shown <!-- open", "<!-->x-->y", "<!--->z", "<script>var a = '<p>';</script>after",
	"<script type=x>no end", "<style>p{}</script>mixed</style>end", "<SCRIPT>upper</SCRIPT>kept",
	"<scripts>x</script>y", "<style", "< p >", "a < b > c", "a > b", "<<>>", "<a href='x>y'>link</a>",
	"&amp; &lt;p&gt; &nbsp;x&#1060;", "line\n\n\n\nline", " \n \t\n x \r\n\f\n y\v\n\n",
	"\u00a0a\u00a0\u00a0b\u0085\n\u2003", "<p>\xff\xfe</p>\xe2\x80<br>", "<h3>Заголовок</h3>\n<ul><li>Один<li>Два</ul>",
	"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "<title>T</title><div style=\"display:none\">pre</div>Body",
	"<br", "</", "</d", "</di", "</div", "</h", "<b", "<bR", "<br /", "\n", "\n\n", "x\n \ny",
}

func TestHTMLSearchText_AsTheRegularExpressions(t *testing.T) {
	for _, s := range htmlSearchSamples {
		if got, want := htmlSearchText(s), htmlSearchTextRE(s); got != want {
			t.Errorf("htmlSearchText(%q) = %q, the expressions give %q", s, got, want)
		}
	}
}

func FuzzHTMLSearchText(f *testing.F) {
	for _, s := range htmlSearchSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := htmlSearchText(s), htmlSearchTextRE(s); got != want {
			t.Errorf("htmlSearchText(%q) = %q, the expressions give %q", s, got, want)
		}
	})
}

func TestPageInMessage_AsTheRegularExpression(t *testing.T) {
	re := regexp.MustCompile(`(?i)page(?: expected to be:)? (\d+)`)
	for _, msg := range []string{
		"", "page", "page ", "page 12", "Page 12 already freed", "invalid page type: 7: 10",
		"page expected to be: 42, but got 43", "PAGE EXPECTED TO BE: 5", "page expected to be:x page 9",
		"page expected to be: ", "pagepage 3", "p 1 page 2 page 3", "page 99999999999999999999999",
		"pages 4", "page\t5", "страница page 6", "page expected to be:7",
	} {
		var want uint64
		m := re.FindStringSubmatch(msg)
		if m != nil {
			want = parseUintLikeBefore(m[1])
		}
		got, ok := pageInMessage(msg)
		if ok != (m != nil) || got != want {
			t.Errorf("pageInMessage(%q) = %d, %v; the expression gives %d, %v", msg, got, ok, want, m != nil)
		}
	}
}

// parseUintLikeBefore reads digits as the damage report did before:
// strconv.ParseUint with its error dropped.
func parseUintLikeBefore(s string) uint64 {
	var n uint64
	for _, c := range s {
		d := uint64(c - '0')
		if n > (1<<64-1-d)/10 {
			return 1<<64 - 1
		}
		n = n*10 + d
	}
	return n
}
