package data

import "strings"

// QuotedReply is the text a reply to mail m starts with, as mail
// programs write it: an empty line to write in, the attribution line
// header ("On …, … wrote:", in the user's language), then m's text — its
// plain body, else its HTML body as HTMLText shows it — with "> " before
// each line (">" alone before an empty one). Empty when m has no text.
func QuotedReply(header string, m *Email) string {
	text := m.Body
	if strings.TrimSpace(text) == "" && m.HTMLBody != "" {
		text = HTMLText(m.HTMLBody)
	}
	text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), " \t\r\n")
	if strings.TrimSpace(text) == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(header) + len(text) + 2*strings.Count(text, "\n") + 8)
	b.WriteString("\n\n")
	b.WriteString(header)
	for line := range strings.SplitSeq(text, "\n") {
		b.WriteString("\n>")
		if line != "" {
			if !strings.HasPrefix(line, ">") {
				b.WriteByte(' ')
			}
			b.WriteString(line)
		}
	}
	b.WriteByte('\n')
	return b.String()
}
