package widgets_test

import (
	"slices"
	"testing"

	"interactions/ui/widgets"
)

// TestFieldKeys: a store field name, its list indexes left out, then each
// shorter name.
func TestFieldKeys(t *testing.T) {
	tests := map[string][]string{
		"topic":                      {"topic"},
		"contacts[0].name":           {"contacts.name", "contacts"},
		"recipients[12].contact.ref": {"recipients.contact.ref", "recipients.contact", "recipients"},
		"to[1]":                      {"to"},
		"attrs[3]":                   {"attrs"},
	}
	for in, want := range tests {
		if got := widgets.FieldKeys(in); !slices.Equal(got, want) {
			t.Errorf("widgets.FieldKeys(%q) = %q, want %q", in, got, want)
		}
	}
}
