package phone

import (
	"bytes"
	"os"
	"regexp"
	"testing"

	"github.com/nyaruka/phonenumbers"

	"interactions/data/phone/internal/metagen"
)

// TestMetadata_UpToDate regenerates the table from the phonenumbers
// module in go.mod and compares it with metadata_gen.go, so that an
// upgrade of the module cannot leave the table behind.
func TestMetadata_UpToDate(t *testing.T) {
	want, err := metagen.Generate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("metadata_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal(`metadata_gen.go is out of date: run "go generate" in data/phone`)
	}
	if DefaultRegion != metagen.DefaultRegion {
		t.Fatalf("DefaultRegion %s, table made for %s", DefaultRegion, metagen.DefaultRegion)
	}
	if got := phonenumbers.GetCountryCodeForRegion(DefaultRegion); got != defaultCode || lookup(defaultCode) == nil {
		t.Fatalf("default code %d, libphonenumber %d", defaultCode, got)
	}
}

// TestPatterns_SameAsLibrary holds the expressions this package reads
// numbers with to the library's own.
func TestPatterns_SameAsLibrary(t *testing.T) {
	for _, tc := range []struct {
		name   string
		ours   *lazyRE
		theirs *regexp.Regexp
	}{
		{"valid number", &validNumberRE, phonenumbers.VALID_PHONE_NUMBER_PATTERN},
		{"extension", &extensionRE, phonenumbers.EXTN_PATTERN},
		{"unwanted end", &unwantedEndRE, phonenumbers.UNWANTED_END_CHAR_PATTERN},
		{"global context", &globalContextRE, phonenumbers.RFC3966_GLOBAL_NUMBER_DIGITS_PATTERN},
		{"domain context", &domainContextRE, phonenumbers.RFC3966_DOMAINNAME_PATTERN},
	} {
		if got, want := tc.ours.get().String(), tc.theirs.String(); got != want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, want)
		}
	}
	for r, d := range phonenumbers.ALPHA_MAPPINGS {
		if got := keypad[r-'A']; rune(got) != d {
			t.Errorf("keypad %c = %c, want %c", r, got, d)
		}
	}
}
