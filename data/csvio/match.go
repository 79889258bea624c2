package csvio

import (
	"strings"

	"interactions/data"
	"interactions/data/phone"
)

// contactKey is the form an e-mail address or phone number is compared
// in: "e:" and the address in lower case, "t:" and the number normalised
// ("8 (495) 123-45-67" and "+74951234567" are both "+74951234567");
// "" for other kinds and empty values.
func contactKey(c data.ContactInfo) string {
	switch c.Kind {
	case data.CIEmail:
		if v := strings.ToLower(strings.TrimSpace(c.Value)); v != "" {
			return "e:" + v
		}
	case data.CIPhone:
		if v := phone.Normalize(c.Value); v != "" {
			return "t:" + v
		}
	}
	return ""
}

// sameContact reports whether two entries are the same: e-mail addresses
// and phone numbers compared in their normal forms, others as written.
func sameContact(a, b data.ContactInfo) bool {
	if a.Kind != b.Kind {
		return false
	}
	if k := contactKey(a); k != "" {
		return k == contactKey(b)
	}
	return a.Value == b.Value
}

// contactIndex finds a stored record by one of its e-mail addresses or
// phone numbers; a key two records share finds neither.
type contactIndex map[string]data.ID

// add indexes record id under the keys of its contact information.
func (x contactIndex) add(id data.ID, ci []data.ContactInfo) {
	for _, c := range ci {
		k := contactKey(c)
		if k == "" {
			continue
		}
		if prev, taken := x[k]; taken && prev != id {
			x[k] = 0
		} else {
			x[k] = id
		}
	}
}

// find returns the record one of the entries names, 0 for none.
func (x contactIndex) find(ci []data.ContactInfo) data.ID {
	for _, c := range ci {
		if id := x[contactKey(c)]; id != 0 {
			return id
		}
	}
	return 0
}
