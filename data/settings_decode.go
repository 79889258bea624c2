package data

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/valyala/fastjson"
)

// The settings and the attribute definitions are read at every open. Their
// records are JSON; json.Unmarshal into a struct builds, on its first use in
// a process, the field tables of the struct and of every type under it by
// reflection, which at the command line's start costs more than listing the
// first page of rows. So these records are read with fastjson, a parser
// without reflection, when they are in the plain shape json.Marshal writes
// (the keys of the struct tags, no nulls, no escapes json.Marshal does not
// write); anything else is left to json.Unmarshal, whose result and error
// are then the ones returned.

// errNotPlain says a record is not in that plain shape.
var errNotPlain = errors.New("data: not in the shape json.Marshal writes")

// decodeSettings decodes stored settings over st, with the result and the
// error of json.Unmarshal(v, st).
func decodeSettings(v []byte, st *Settings) error {
	out := *st
	if plainSettings(v, &out) == nil {
		*st = out
		return nil
	}
	return json.Unmarshal(v, st)
}

// decodeAttrDef decodes a stored attribute definition, with the result
// and the error of json.Unmarshal into a new AttrDef.
func decodeAttrDef(v []byte) (*AttrDef, error) {
	d := new(AttrDef)
	if plainAttrDef(v, d) == nil {
		return d, nil
	}
	d = new(AttrDef)
	return d, json.Unmarshal(v, d)
}

// plainObject parses v as one JSON object in the plain shape and calls
// member with each of its members in order; member returns errNotPlain
// for a key or a value it does not take.
func plainObject(v []byte, member func(key string, v *fastjson.Value) error) error {
	if !plainText(v) {
		return errNotPlain
	}
	plainParser.Lock()
	defer plainParser.Unlock()
	root, err := plainParser.ParseBytes(v)
	if err != nil {
		return errNotPlain
	}
	return visit(root, member)
}

// plainParser keeps its buffers from one record to the next: the open
// reads every attribute definition, and a parser of its own for each
// allocated its value cache anew. What the members keep of a record is
// copied out of the parse, before the lock is let go. One parser under a
// lock, not a sync.Pool of them: these records are read one at a time,
// and a pool's first use (its per-P arrays) costs a command's open more
// than the parse of its settings.
var plainParser struct {
	sync.Mutex
	fastjson.Parser
}

// plainText reports whether v is valid JSON text in valid UTF-8 without
// escaped surrogates: where fastjson's strings are json.Unmarshal's.
func plainText(v []byte) bool {
	if !utf8.Valid(v) || fastjson.ValidateBytes(v) != nil {
		return false
	}
	for i := bytes.Index(v, []byte(`\u`)); i >= 0; {
		if i+3 < len(v) && (v[i+2] == 'd' || v[i+2] == 'D') && bytes.IndexByte([]byte("89abcdefABCDEF"), v[i+3]) >= 0 {
			return false
		}
		next := bytes.Index(v[i+2:], []byte(`\u`))
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return true
}

// visit calls member with each member of the object o, in order.
func visit(o *fastjson.Value, member func(key string, v *fastjson.Value) error) error {
	obj, err := o.Object()
	if err != nil {
		return errNotPlain
	}
	obj.Visit(func(key []byte, v *fastjson.Value) {
		if err == nil {
			err = member(string(key), v)
		}
	})
	return err
}

func plainSettings(v []byte, st *Settings) error {
	return plainObject(v, func(key string, v *fastjson.Value) error {
		var err error
		switch key {
		case "options":
			err = visit(v, func(key string, v *fastjson.Value) error { return plainOption(&st.Options, key, v) })
		case "currentUser":
			var u uint64
			u, err = plainUint(v, 64)
			st.CurrentUser = ID(u)
		case "reviewAfterDelay":
			st.ReviewAfterDelay, err = plainDuration(v)
		case "meetingLength":
			st.MeetingLength, err = plainDuration(v)
		case "workdayStart":
			st.WorkdayStart, err = plainInt(v)
		case "workdayEnd":
			st.WorkdayEnd, err = plainInt(v)
		case "firstWeekday":
			var d int
			d, err = plainInt(v)
			st.FirstWeekday = time.Weekday(d)
		case "outgoingReviewed":
			st.OutgoingReviewed, err = plainBool(v)
		case "language":
			st.Language, err = plainString(v)
		case "reminders":
			st.Reminders, err = plainBool(v)
		case "reminderLead":
			st.ReminderLead, err = plainDuration(v)
		case "dailyBackups":
			st.DailyBackups, err = plainInt(v)
		default:
			err = errNotPlain
		}
		return err
	})
}

func plainOption(o *Options, key string, v *fastjson.Value) error {
	var f *bool
	switch key {
	case "useEmail":
		f = &o.UseEmail
	case "useOther":
		f = &o.UseOtherInteractions
	case "useSMS":
		f = &o.UseSMS
	case "useReview":
		f = &o.UseReview
	case "useSubjects":
		f = &o.UseSubjects
	case "useAttributes":
		f = &o.UseAttributes
	case "useContactRoles":
		f = &o.UseContactRoles
	default:
		return errNotPlain
	}
	var err error
	*f, err = plainBool(v)
	return err
}

func plainAttrDef(v []byte, d *AttrDef) error {
	return plainObject(v, func(key string, v *fastjson.Value) error {
		var err error
		switch key {
		case "id":
			var u uint64
			u, err = plainUint(v, 64)
			d.ID = ID(u)
		case "name":
			d.Name, err = plainString(v)
		case "type":
			var u uint64
			u, err = plainUint(v, 8)
			d.Type = AttrType(u)
		case "types":
			d.Types, err = plainTypes(v)
		case "options":
			d.Options, err = plainAttrOptions(v)
		case "deleted":
			d.Deleted, err = plainBool(v)
		case "ver":
			d.Ver, err = plainUint(v, 64)
		default:
			err = errNotPlain
		}
		return err
	})
}

// plainTypes reads the interaction types as json.Marshal writes a slice of
// bytes: one base64 string.
func plainTypes(v *fastjson.Value) ([]InteractionType, error) {
	s, err := plainString(v)
	if err != nil {
		return nil, err
	}
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return nil, errNotPlain
	}
	types := make([]InteractionType, len(b))
	for i, c := range b {
		types[i] = InteractionType(c)
	}
	return types, nil
}

func plainAttrOptions(v *fastjson.Value) ([]AttrOption, error) {
	items, err := v.Array()
	if err != nil {
		return nil, errNotPlain
	}
	opts := make([]AttrOption, len(items))
	for i, item := range items {
		o := &opts[i]
		err := visit(item, func(key string, v *fastjson.Value) error {
			var err error
			switch key {
			case "id":
				var u uint64
				u, err = plainUint(v, 64)
				o.ID = ID(u)
			case "name":
				o.Name, err = plainString(v)
			default:
				err = errNotPlain
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return opts, nil
}

func plainBool(v *fastjson.Value) (bool, error) {
	switch v.Type() {
	case fastjson.TypeTrue:
		return true, nil
	case fastjson.TypeFalse:
		return false, nil
	}
	return false, errNotPlain
}

func plainString(v *fastjson.Value) (string, error) {
	b, err := v.StringBytes()
	if err != nil {
		return "", errNotPlain
	}
	return string(b), nil
}

// plainNumber returns a number's text as it stands in the record.
func plainNumber(v *fastjson.Value) (string, error) {
	if v.Type() != fastjson.TypeNumber {
		return "", errNotPlain
	}
	return string(v.MarshalTo(nil)), nil
}

// plainInteger reads a whole number of bits bits as json.Unmarshal reads
// it into a signed integer.
func plainInteger(v *fastjson.Value, bits int) (int64, error) {
	s, err := plainNumber(v)
	if err != nil {
		return 0, err
	}
	i, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		return 0, errNotPlain
	}
	return i, nil
}

// plainUint reads a whole number of bits bits as json.Unmarshal reads it
// into an unsigned integer.
func plainUint(v *fastjson.Value, bits int) (uint64, error) {
	s, err := plainNumber(v)
	if err != nil {
		return 0, err
	}
	u, err := strconv.ParseUint(s, 10, bits)
	if err != nil {
		return 0, errNotPlain
	}
	return u, nil
}

func plainDuration(v *fastjson.Value) (time.Duration, error) {
	i, err := plainInteger(v, 64)
	return time.Duration(i), err
}

func plainInt(v *fastjson.Value) (int, error) {
	i, err := plainInteger(v, strconv.IntSize)
	return int(i), err
}
