package data

import (
	"fmt"
	"strings"
	"time"
)

// Employee is someone who can be responsible for interactions (Сотрудник).
type Employee struct {
	ID       ID     `json:"id"`
	Name     string `json:"name"`
	Position string `json:"position,omitempty"`
	Email    string `json:"email,omitempty"`
	Phone    string `json:"phone,omitempty"`
	Inactive bool   `json:"inactive,omitempty"`
	Deleted  bool   `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver      uint64 `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the employee's fields.
func (e *Employee) Validate() error {
	if strings.TrimSpace(e.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if e.Email != "" && !ValidEmail(e.Email) {
		return problemWith("email", ProblemNotEmail, Args{Value: e.Email})
	}
	if e.Phone != "" && !ValidPhone(e.Phone) {
		return problemWith("phone", ProblemNotPhone, Args{Value: e.Phone})
	}
	return nil
}

// ContactKind is the kind of a contact-information entry.
type ContactKind uint8

// Kinds of contact information.
const (
	CIPhone ContactKind = iota + 1
	CIEmail
	CIPostal
	CILegal
	CIWebsite
	CIOther
)

var contactKindNames = [...]string{"", "phone", "email", "postal", "legal", "website", "other"}

// String returns the stable English name of the kind.
func (k ContactKind) String() string {
	if int(k) < len(contactKindNames) {
		return contactKindNames[k]
	}
	return "unknown"
}

// ContactInfo is one entry of contact information (phone, e-mail, address …).
type ContactInfo struct {
	Kind    ContactKind `json:"kind"`
	Value   string      `json:"value"`
	Comment string      `json:"comment,omitempty"`
}

// Validate checks the entry: a known kind, a value, and the value's form
// for phones and e-mail addresses.
func (c *ContactInfo) Validate() error {
	if c.Kind < CIPhone || c.Kind > CIOther {
		return problemWith("kind", ProblemUnknownValue, Args{Kind: "kind", Value: fmt.Sprintf("%d", c.Kind)})
	}
	v := strings.TrimSpace(c.Value)
	if v == "" {
		return problemAt("value", ProblemEmpty)
	}
	switch c.Kind {
	case CIPhone:
		if !ValidPhone(v) {
			return problemWith("value", ProblemNotPhone, Args{Value: v})
		}
	case CIEmail:
		if !ValidEmail(v) {
			return problemWith("value", ProblemNotEmail, Args{Value: v})
		}
	}
	return nil
}

func validateContactInfo(list []ContactInfo) error {
	for i := range list {
		if err := list[i].Validate(); err != nil {
			fe, _ := AsFieldError(err)
			return fe.under("contactInfo[" + itoa(i) + "]")
		}
	}
	return nil
}

// PartnerKind is one of the roles a partner plays; several may hold.
type PartnerKind uint8

// Partner kinds, as bit flags.
const (
	PartnerClient PartnerKind = 1 << iota
	PartnerSupplier
	PartnerCompetitor
	PartnerOther
)

// Partner is a company or person the company works with (Партнер).
type Partner struct {
	ID          ID            `json:"id"`
	Name        string        `json:"name"`
	FullName    string        `json:"fullName,omitempty"`
	Kinds       PartnerKind   `json:"kinds,omitempty"`
	Manager     ID            `json:"manager,omitempty"`
	Group       ID            `json:"group,omitempty"`
	Comment     string        `json:"comment,omitempty"`
	ContactInfo []ContactInfo `json:"ci,omitempty"`
	Deleted     bool          `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver         uint64        `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the partner's own fields; references are checked by the store.
func (p *Partner) Validate() error {
	if strings.TrimSpace(p.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if p.Kinds&^(PartnerClient|PartnerSupplier|PartnerCompetitor|PartnerOther) != 0 {
		return problemWith("kinds", ProblemUnknownValue, Args{Kind: "kind bits", Value: fmt.Sprintf("%b", p.Kinds)})
	}
	return validateContactInfo(p.ContactInfo)
}

// PartnerGroup is a folder of the partner tree.
type PartnerGroup struct {
	ID     ID     `json:"id"`
	Name   string `json:"name"`
	Parent ID     `json:"parent,omitempty"`
}

// Validate checks the group's fields.
func (g *PartnerGroup) Validate() error {
	if strings.TrimSpace(g.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if g.Parent != 0 && g.Parent == g.ID {
		return problemAt("parent", ProblemLoop)
	}
	return nil
}

// Role is a contact person role (Роль контактного лица).
type Role struct {
	ID      ID     `json:"id"`
	Name    string `json:"name"`
	Deleted bool   `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver     uint64 `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the role's fields.
func (r *Role) Validate() error {
	if strings.TrimSpace(r.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	return nil
}

// Person is a contact person of a partner (Контактное лицо партнера).
type Person struct {
	ID          ID            `json:"id"`
	Partner     ID            `json:"partner"`
	Name        string        `json:"name"`
	Position    string        `json:"position,omitempty"`
	Roles       []ID          `json:"roles,omitempty"`
	ContactInfo []ContactInfo `json:"ci,omitempty"`
	Birthday    time.Time     `json:"birthday,omitzero"`
	Comment     string        `json:"comment,omitempty"`
	Inactive    bool          `json:"inactive,omitempty"`
	Deleted     bool          `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver         uint64        `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the person's own fields; references are checked by the store.
func (p *Person) Validate() error {
	if strings.TrimSpace(p.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if p.Partner == 0 {
		return problemAt("partner", ProblemNotSet)
	}
	if !p.Birthday.IsZero() && p.Birthday.After(time.Now()) {
		return problemAt("birthday", ProblemInFuture)
	}
	return validateContactInfo(p.ContactInfo)
}

// itoa avoids strconv in hot validation paths of small indexes.
func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
