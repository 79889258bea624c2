// Copyright 2020 The Inet.Af AUTHORS. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package netmail

// validIP reports whether s is an IP address as net.ParseIP reads one: an
// IPv4 address in dotted decimal, or an IPv6 address without a zone. It is
// net/netip's ParseAddr (Go 1.26) reduced to its verdict; importing
// net/netip would initialise its unique zone handles at every start.
func validIP(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			return validIPv4Fields(s)
		case ':':
			return validIPv6(s)
		case '%':
			return false
		}
	}
	return false
}

// validIPv4Fields reports whether s is four decimal fields of 0–255 with
// no leading zeros, separated by dots.
func validIPv4Fields(s string) bool {
	var val, pos int
	var digLen int // number of digits in current octet
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if digLen == 1 && val == 0 {
				return false // leading zero
			}
			val = val*10 + int(s[i]) - '0'
			digLen++
			if val > 255 {
				return false
			}
		} else if s[i] == '.' {
			if i == 0 || i == len(s)-1 || s[i-1] == '.' {
				return false // a field without a digit
			}
			if pos == 3 {
				return false // too long
			}
			pos++
			val = 0
			digLen = 0
		} else {
			return false
		}
	}
	return pos == 3
}

// validIPv6 reports whether in is an IPv6 address ("2001:db8::68", an
// embedded IPv4 address at its end allowed) without a zone, which
// net.ParseIP refuses.
func validIPv6(in string) bool {
	s := in
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			return false
		}
	}
	ellipsis := -1 // position of ellipsis in ip

	// Might have leading ellipsis
	if len(s) >= 2 && s[0] == ':' && s[1] == ':' {
		ellipsis = 0
		s = s[2:]
		// Might be only ellipsis
		if len(s) == 0 {
			return true
		}
	}

	// Loop, parsing hex numbers followed by colon.
	i := 0
	for i < 16 {
		off := 0
		acc := uint32(0)
		for ; off < len(s); off++ {
			c := s[off]
			if c >= '0' && c <= '9' {
				acc = (acc << 4) + uint32(c-'0')
			} else if c >= 'a' && c <= 'f' {
				acc = (acc << 4) + uint32(c-'a'+10)
			} else if c >= 'A' && c <= 'F' {
				acc = (acc << 4) + uint32(c-'A'+10)
			} else {
				break
			}
			if off > 3 || acc > 0xffff {
				return false // more than 4 digits in a group
			}
		}
		if off == 0 {
			return false // no digits
		}

		// If followed by dot, might be in trailing IPv4.
		if off < len(s) && s[off] == '.' {
			if ellipsis < 0 && i != 12 {
				return false // not the right place
			}
			if i+4 > 16 {
				return false // not enough room
			}
			if !validIPv4Fields(s) {
				return false
			}
			s = ""
			i += 4
			break
		}
		i += 2

		// Stop at end of string.
		s = s[off:]
		if len(s) == 0 {
			break
		}

		// Otherwise must be followed by colon and more.
		if s[0] != ':' || len(s) == 1 {
			return false
		}
		s = s[1:]

		// Look for ellipsis.
		if s[0] == ':' {
			if ellipsis >= 0 { // already have one
				return false
			}
			ellipsis = i
			s = s[1:]
			if len(s) == 0 { // can be at end
				break
			}
		}
	}

	// Must have used entire string.
	if len(s) != 0 {
		return false
	}
	if i < 16 {
		return ellipsis >= 0 // too short unless the ellipsis fills it
	}
	// Ellipsis must represent at least one 0 group.
	return ellipsis < 0
}
