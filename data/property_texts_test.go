package data_test

import (
	"reflect"
	"testing"

	"interactions/data"
)

// textRule says whether the text search reads a string field.
type textRule uint8

const (
	textSkip textRule = iota + 1 // the search does not read it
	textRead                     // the search reads it
	textHTML                     // read as plain text when the e-mail has no plain body
)

// textRules decide, from the SPEC, which texts of an interaction the
// search reads: "topic, description, contact names, addresses, numbers,
// e-mail text". Every string field the oracle meets while walking an
// interaction must be named here, so a new field makes the oracle ask
// instead of silently leaving it out. The key is "Type.Field".
var textRules = map[string]textRule{
	"Interaction.Topic":       textRead,
	"Interaction.Description": textRead,
	"Interaction.Number":      textSkip, // the document number; the SPEC's numbers are phone numbers
	"Contact.Name":            textRead, // contact names, wherever a contact appears
	"Contact.Address":         textRead, // addresses
	"Meeting.Place":           textRead, // the address of a meeting
	"Call.Phone":              textRead, // numbers
	"SMS.Text":                textRead, // the message itself
	"SMSRecipient.Number":     textRead, // numbers
	"Email.From":              textRead, // e-mail text: the letter as its recipients see it
	"Email.To":                textRead,
	"Email.Cc":                textRead,
	"Email.Subject":           textRead,
	"Email.Body":              textRead,
	"Email.HTMLBody":          textHTML,
	"Email.Bcc":               textSkip, // hidden from the letter's recipients
	"Email.MessageID":         textSkip, // mail bookkeeping
	"Email.InReplyTo":         textSkip,
	"Email.Folder":            textSkip,
	"Attachment.Name":         textSkip, // files, not text
	"Attachment.ContentType":  textSkip,
	"AttrValue.Value":         textSkip, // attributes have filters of their own
}

// dataPkg is the package whose structs the walk enters.
var dataPkg = reflect.TypeFor[data.Interaction]().PkgPath()

// itemParts are what the oracle reads of one interaction: the texts the
// search reads and every contact it names.
type itemParts struct {
	texts    []string
	contacts []data.Contact
}

// partsOf walks every field of it, whatever the type, collecting the
// searchable texts by textRules and each contact found anywhere (a
// contact without a reference, as a call to no one, aside).
func partsOf(t *testing.T, it *data.Interaction) itemParts {
	t.Helper()
	var p itemParts
	contactType := reflect.TypeFor[data.Contact]()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			typ := v.Type()
			if typ.PkgPath() != dataPkg {
				return // time.Time and the like hold no text
			}
			if typ == contactType {
				if c := v.Interface().(data.Contact); !c.Ref.IsZero() {
					p.contacts = append(p.contacts, c)
				}
			}
			for i := range typ.NumField() {
				f := typ.Field(i)
				if !f.IsExported() {
					continue
				}
				if !holdsText(f.Type) {
					walk(v.Field(i))
					continue
				}
				key := typ.Name() + "." + f.Name
				switch textRules[key] {
				case textRead:
					p.texts = append(p.texts, textsOf(v.Field(i))...)
				case textHTML:
					if v.FieldByName("Body").String() == "" {
						p.texts = append(p.texts, data.HTMLText(v.Field(i).String()))
					}
				case textSkip:
				default:
					t.Fatalf("oracle: %s is a text the SPEC's search rules do not cover; add it to textRules", key)
				}
			}
		}
	}
	walk(reflect.ValueOf(it).Elem())
	return p
}

// holdsText reports whether a field of type typ is a string or strings.
func holdsText(typ reflect.Type) bool {
	return typ.Kind() == reflect.String || typ.Kind() == reflect.Slice && typ.Elem().Kind() == reflect.String
}

// textsOf returns the string, or the strings, of v.
func textsOf(v reflect.Value) []string {
	if v.Kind() == reflect.String {
		return []string{v.String()}
	}
	out := make([]string, v.Len())
	for i := range out {
		out[i] = v.Index(i).String()
	}
	return out
}
