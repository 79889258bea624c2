package cli

import (
	"regexp"
	"testing"
)

// TestRefForm holds refForm to the regular expression it replaces, on
// forms that match and forms that nearly do.
func TestRefForm(t *testing.T) {
	pattern := regexp.MustCompile(`^(?i)(employee|partner|person|deal|claim|event|order|interaction):([0-9]+)$`)
	inputs := []string{
		"employee:1", "Employee:12", "EMPLOYEE:007", "partner:3", "person:4", "deal:5", "claim:6",
		"event:7", "order:8", "interaction:9", "Interaction:123456789012345678901234567890",
		"perſon:1", "ſ:1", "deal:", ":1", "deal", "deal:1a", "deal:-1", "deal:+1", "deal: 1",
		" deal:1", "deal:1 ", "deal:1\n", "deal::1", "deals:1", "dea:1", "deal:١", "deal:1:2",
		"employee:1:", "", ":", "contact:1", "Иванов", "deal:12345678901234567890",
		"ЕMPLOYEE:1", "emplOyee:0", "order:0000",
	}
	for _, in := range inputs {
		kind, digits, ok := refForm(in)
		m := pattern.FindStringSubmatch(in)
		if ok != (m != nil) {
			t.Errorf("refForm(%q) ok = %v, the pattern matches: %v", in, ok, m != nil)
			continue
		}
		if ok && (kind != m[1] || digits != m[2]) {
			t.Errorf("refForm(%q) = %q, %q; the pattern: %q, %q", in, kind, digits, m[1], m[2])
		}
	}
}
