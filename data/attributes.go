package data

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// AttrType is the value type of an additional attribute.
type AttrType uint8

// Value types of additional attributes.
const (
	AttrText AttrType = iota + 1
	AttrNumber
	AttrDate
	AttrBool
	AttrList
)

var attrTypeNames = [...]string{"", "text", "number", "date", "bool", "list"}

// String returns the stable English name of the type.
func (t AttrType) String() string {
	if int(t) < len(attrTypeNames) {
		return attrTypeNames[t]
	}
	return "unknown"
}

// AttrOption is one value of a list-valued attribute.
type AttrOption struct {
	ID   ID     `json:"id"`
	Name string `json:"name"`
}

// AttrDef defines an additional attribute (Дополнительный реквизит).
type AttrDef struct {
	ID      ID                `json:"id"`
	Name    string            `json:"name"`
	Type    AttrType          `json:"type"`
	Types   []InteractionType `json:"types,omitempty"` // the interaction types it applies to; empty = all
	Options []AttrOption      `json:"options,omitempty"`
	Deleted bool              `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver     uint64            `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the definition.
func (d *AttrDef) Validate() error {
	if strings.TrimSpace(d.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if d.Type < AttrText || d.Type > AttrList {
		return problemWith("type", ProblemUnknownValue, Args{Kind: "type", Value: fmt.Sprintf("%d", d.Type)})
	}
	for i, t := range d.Types {
		if t < TypeMeeting || t > TypeEmail {
			return problemWith("types["+itoa(i)+"]", ProblemUnknownValue, Args{Kind: "interaction type", Value: fmt.Sprintf("%d", t)})
		}
	}
	seen := map[ID]bool{}
	for i, o := range d.Options {
		if strings.TrimSpace(o.Name) == "" {
			return problemAt("options["+itoa(i)+"].name", ProblemEmpty)
		}
		if o.ID == 0 || seen[o.ID] {
			return problemAt("options["+itoa(i)+"].id", ProblemRepeated)
		}
		seen[o.ID] = true
	}
	if d.Type == AttrList && len(d.Options) == 0 {
		return problemAt("options", ProblemNoOptions)
	}
	return nil
}

// AppliesTo reports whether the attribute applies to interactions of type t.
func (d *AttrDef) AppliesTo(t InteractionType) bool {
	return len(d.Types) == 0 || slices.Contains(d.Types, t)
}

// Option returns the list value with the given id.
func (d *AttrDef) Option(id ID) (AttrOption, bool) {
	for _, o := range d.Options {
		if o.ID == id {
			return o, true
		}
	}
	return AttrOption{}, false
}

// AttrValue is the value of one additional attribute on an interaction.
// Value holds the canonical text form: text as is, a number in Go's
// shortest decimal form, a date as YYYY-MM-DD, "true"/"false", or the
// decimal id of a list option.
type AttrValue struct {
	Attr  ID     `json:"a"`
	Value string `json:"v"`
}

// CheckValue validates v against the definition and returns its canonical form.
func (d *AttrDef) CheckValue(v string) (string, error) {
	v = strings.TrimSpace(v)
	switch d.Type {
	case AttrText:
		if v == "" {
			return "", problemAt("value", ProblemEmpty)
		}
		return v, nil
	case AttrNumber:
		f, err := strconv.ParseFloat(strings.ReplaceAll(strings.ReplaceAll(v, " ", ""), ",", "."), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return "", problemWith("value", ProblemNotNumber, Args{Value: v})
		}
		return strconv.FormatFloat(f, 'f', -1, 64), nil
	case AttrDate:
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return "", problemWith("value", ProblemNotDate, Args{Value: v})
		}
		return t.Format(time.DateOnly), nil
	case AttrBool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return "", problemWith("value", ProblemNotYesNo, Args{Value: v})
		}
		return strconv.FormatBool(b), nil
	case AttrList:
		id, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return "", problemWith("value", ProblemNotListID, Args{Value: v})
		}
		if _, ok := d.Option(ID(id)); !ok {
			return "", problemWith("value", ProblemNotInList, Args{Value: v})
		}
		return v, nil
	}
	return "", problemWith("type", ProblemUnknownValue, Args{Kind: "type", Value: fmt.Sprintf("%d", d.Type)})
}

// attrValueKey encodes a canonical value so that keys sort the way values do.
func attrValueKey(t AttrType, v string) []byte {
	switch t {
	case AttrNumber:
		f, _ := strconv.ParseFloat(v, 64)
		bits := math.Float64bits(f)
		if f >= 0 {
			bits |= 1 << 63
		} else {
			bits = ^bits
		}
		return binary.BigEndian.AppendUint64(nil, bits)
	case AttrList:
		id, _ := strconv.ParseUint(v, 10, 64)
		return binary.BigEndian.AppendUint64(nil, id)
	case AttrBool:
		if v == "true" {
			return []byte{1}
		}
		return []byte{0}
	}
	if len(v) > 64 {
		v = v[:64]
		for len(v) > 0 && !utf8.ValidString(v) {
			v = v[:len(v)-1]
		}
	}
	return []byte(v)
}

// attrValueFromKey is the inverse of attrValueKey (text cut to 64 bytes).
func attrValueFromKey(t AttrType, k []byte) string {
	switch t {
	case AttrNumber:
		bits := binary.BigEndian.Uint64(k)
		if bits&(1<<63) != 0 {
			bits &^= 1 << 63
		} else {
			bits = ^bits
		}
		return strconv.FormatFloat(math.Float64frombits(bits), 'f', -1, 64)
	case AttrList:
		return strconv.FormatUint(binary.BigEndian.Uint64(k), 10)
	case AttrBool:
		if len(k) > 0 && k[0] == 1 {
			return "true"
		}
		return "false"
	}
	return string(k)
}
