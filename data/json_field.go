package data

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// jsonStringField reads the string member key of the JSON object v as
// encoding/json decodes it into a string field tagged key: the last member
// whose name matches key without regard to case, "" when there is none.
// It reads v once without decoding the other members. ok is false when it
// cannot answer with certainty — v is not one well-formed object, a member
// name holds an escape, the member is not a string — and the caller then
// decodes the record whole.
func jsonStringField(v []byte, key string) (string, bool) {
	raw, found, ok := jsonMember(v, key, (*jsonScan).str)
	if !ok || !found {
		return "", ok
	}
	body := raw[1 : len(raw)-1]
	if bytes.IndexByte(body, '\\') < 0 && utf8.Valid(body) {
		return string(body), true
	}
	var out string
	if json.Unmarshal(raw, &out) != nil {
		return "", false
	}
	return out, true
}

// jsonUintField reads the number member key of the JSON object v as
// encoding/json decodes it into a uint64 field tagged key, as
// jsonStringField does a string: 0 when there is none; ok is false when
// it cannot answer with certainty (a member that is no whole number
// among them).
func jsonUintField(v []byte, key string) (uint64, bool) {
	raw, found, ok := jsonMember(v, key, (*jsonScan).number)
	if !ok || !found {
		return 0, ok
	}
	n, err := strconv.ParseUint(string(raw), 10, 64)
	return n, err == nil
}

// jsonMember finds the last member key of the JSON object v (names
// matched without regard to case) and returns its value as it stands in
// v; found is false when there is none. Each member of that name must be
// a value that step steps over, else ok is false, as it is when v is not
// one well-formed object or a member name holds an escape.
func jsonMember(v []byte, key string, step func(*jsonScan) bool) (raw []byte, found, ok bool) {
	s := jsonScan{b: v}
	s.space()
	if !s.eat('{') {
		return nil, false, false
	}
	s.space()
	if !s.eat('}') {
		for {
			s.space()
			start := s.p
			if !s.str() {
				return nil, false, false
			}
			name := v[start+1 : s.p-1]
			if bytes.IndexByte(name, '\\') >= 0 {
				return nil, false, false
			}
			s.space()
			if !s.eat(':') {
				return nil, false, false
			}
			s.space()
			vstart := s.p
			if bytes.EqualFold(name, []byte(key)) {
				if !step(&s) {
					return nil, false, false
				}
				raw, found = v[vstart:s.p], true
			} else if !s.value(0) {
				return nil, false, false
			}
			s.space()
			if s.eat('}') {
				break
			}
			if !s.eat(',') {
				return nil, false, false
			}
		}
	}
	s.space()
	if s.p != len(v) {
		return nil, false, false
	}
	return raw, found, true
}

// jsonScan steps over JSON text, checking its syntax as it goes.
type jsonScan struct {
	b []byte
	p int
}

func (s *jsonScan) space() {
	for s.p < len(s.b) {
		switch s.b[s.p] {
		case ' ', '\t', '\n', '\r':
			s.p++
		default:
			return
		}
	}
}

func (s *jsonScan) eat(c byte) bool {
	if s.p < len(s.b) && s.b[s.p] == c {
		s.p++
		return true
	}
	return false
}

// str steps over a string, escapes checked.
func (s *jsonScan) str() bool {
	if !s.eat('"') {
		return false
	}
	for s.p < len(s.b) {
		c := s.b[s.p]
		s.p++
		switch {
		case c == '"':
			return true
		case c < 0x20:
			return false
		case c == '\\':
			if s.p >= len(s.b) {
				return false
			}
			e := s.b[s.p]
			s.p++
			switch e {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if s.p+4 > len(s.b) {
					return false
				}
				for _, h := range s.b[s.p : s.p+4] {
					if !isHex(h) {
						return false
					}
				}
				s.p += 4
			default:
				return false
			}
		}
	}
	return false
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// jsonMaxDepth is how deep value nests before giving up (encoding/json
// allows 10 000; catalog records nest two or three levels).
const jsonMaxDepth = 64

// value steps over any value.
func (s *jsonScan) value(depth int) bool {
	if s.p >= len(s.b) || depth > jsonMaxDepth {
		return false
	}
	switch c := s.b[s.p]; {
	case c == '"':
		return s.str()
	case c == '{':
		s.p++
		s.space()
		if s.eat('}') {
			return true
		}
		for {
			s.space()
			if !s.str() {
				return false
			}
			s.space()
			if !s.eat(':') {
				return false
			}
			s.space()
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if s.eat('}') {
				return true
			}
			if !s.eat(',') {
				return false
			}
		}
	case c == '[':
		s.p++
		s.space()
		if s.eat(']') {
			return true
		}
		for {
			s.space()
			if !s.value(depth + 1) {
				return false
			}
			s.space()
			if s.eat(']') {
				return true
			}
			if !s.eat(',') {
				return false
			}
		}
	case c == 't':
		return s.word("true")
	case c == 'f':
		return s.word("false")
	case c == 'n':
		return s.word("null")
	}
	return s.number()
}

func (s *jsonScan) word(w string) bool {
	if bytes.HasPrefix(s.b[s.p:], []byte(w)) {
		s.p += len(w)
		return true
	}
	return false
}

// number steps over -?int(.digits)?([eE][+-]?digits)?, int without
// leading zeros.
func (s *jsonScan) number() bool {
	s.eat('-')
	switch {
	case s.eat('0'):
	case s.digits() == 0:
		return false
	}
	if s.eat('.') && s.digits() == 0 {
		return false
	}
	if s.eat('e') || s.eat('E') {
		if !s.eat('+') {
			s.eat('-')
		}
		if s.digits() == 0 {
			return false
		}
	}
	return true
}

func (s *jsonScan) digits() int {
	n := 0
	for s.p < len(s.b) && '0' <= s.b[s.p] && s.b[s.p] <= '9' {
		s.p++
		n++
	}
	return n
}
