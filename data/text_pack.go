package data

import (
	"encoding/binary"
	"unicode/utf8"
)

// Packed text keeps the texts of schema 7's records and row summaries in
// about half the bytes of UTF-8 when they are Russian: an ASCII byte is
// itself; the Cyrillic letters А–я, Ё, ё and a few common signs are one
// byte each (0x80–0xC8, packedRunes); any other rune is packedRune and its
// UTF-8 bytes; a byte that is not UTF-8 (a string may hold any bytes) is
// packedByte and the byte, so that every string comes back as it was.
const (
	packedRune = 0xFE
	packedByte = 0xFF
)

// packedRunes are the runes of the one-byte codes from 0x80 on: А … я
// (U+0410–U+044F, packedCyrillic of them), then Ё ё « » — – № NBSP ….
// A literal, so that no process start builds it.
var packedRunes = [...]rune{
	'А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'З', 'И', 'Й', 'К', 'Л', 'М', 'Н', 'О', 'П',
	'Р', 'С', 'Т', 'У', 'Ф', 'Х', 'Ц', 'Ч', 'Ш', 'Щ', 'Ъ', 'Ы', 'Ь', 'Э', 'Ю', 'Я',
	'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'й', 'к', 'л', 'м', 'н', 'о', 'п',
	'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'ъ', 'ы', 'ь', 'э', 'ю', 'я',
	'Ё', 'ё', '«', '»', '—', '–', '№', '\u00a0', '…',
}

// packedCyrillic is the number of letters А … я among packedRunes.
const packedCyrillic = 0x44F - 0x410 + 1

// packedCode returns the one-byte code of r, 0 when it has none.
func packedCode(r rune) byte {
	if r >= 0x410 && r <= 0x44F {
		return byte(0x80 + r - 0x410)
	}
	for i, e := range packedRunes[packedCyrillic:] {
		if e == r {
			return byte(0x80 + packedCyrillic + i)
		}
	}
	return 0
}

// packedUTF8 holds the UTF-8 bytes of each one-byte code: the length (2
// or 3; 0 for a byte that is no code) and the bytes.
var packedUTF8 = func() (t [256][4]byte) {
	for i, r := range packedRunes {
		n := utf8.EncodeRune(t[0x80+i][1:], r)
		t[0x80+i][0] = byte(n)
	}
	return t
}()

// appendPacked appends the packed form of s.
func appendPacked(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		if c == 0xD0 || c == 0xD1 { // the Cyrillic letters: the common case
			if i+1 < len(s) {
				r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
				if s[i+1]&0xC0 == 0x80 && r >= 0x410 && r <= 0x44F {
					b = append(b, byte(0x80+r-0x410))
					i += 2
					continue
				}
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, packedByte, c)
		case packedCode(r) != 0:
			b = append(b, packedCode(r))
		default:
			b = append(b, packedRune)
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return b
}

// appendUnpacked appends the text of packed bytes p; false when p is not
// packed text.
func appendUnpacked[T ~string | ~[]byte](b []byte, p T) ([]byte, bool) {
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		case packedUTF8[c][0] != 0:
			u := &packedUTF8[c]
			b = append(b, u[1:1+u[0]]...)
			i++
		case c == packedRune:
			_, n := utf8.DecodeRuneInString(string(p[i+1 : min(i+1+utf8.UTFMax, len(p))]))
			if n < 2 {
				return b, false
			}
			b = append(b, p[i+1:i+1+n]...)
			i += 1 + n
		case c == packedByte && i+1 < len(p):
			b = append(b, p[i+1])
			i += 2
		default:
			return b, false
		}
	}
	return b, true
}

// unpackInto writes the text of packed bytes p into dst, which must have
// room for 3 bytes a packed byte, and returns its length; false when p is
// not packed text. It is appendUnpacked without a check of room per byte,
// for the decoder.
func unpackInto[T ~string | ~[]byte](dst []byte, p T) (int, bool) {
	dst = dst[:3*len(p)]
	j := 0
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			dst[j] = c
			i++
			j++
			continue
		}
		if u := &packedUTF8[c]; u[0] != 0 {
			dst[j], dst[j+1], dst[j+2] = u[1], u[2], u[3]
			i++
			j += int(u[0])
			continue
		}
		switch {
		case c == packedRune:
			_, n := utf8.DecodeRuneInString(string(p[i+1 : min(i+1+utf8.UTFMax, len(p))]))
			if n < 2 {
				return 0, false
			}
			j += copy(dst[j:], string(p[i+1:i+1+n]))
			i += 1 + n
		case c == packedByte && i+1 < len(p):
			dst[j] = p[i+1]
			i += 2
			j++
		default:
			return 0, false
		}
	}
	return j, true
}

// unpackTo unpacks p into buf, reusing its bytes; false when p is not
// packed text.
func unpackTo(buf, p []byte) ([]byte, bool) {
	if cap(buf) < 3*len(p) {
		buf = make([]byte, 3*len(p))
	}
	n, ok := unpackInto(buf[:cap(buf)], p)
	return buf[:n], ok
}

// appendPackedStr appends s packed, after the length of its packed form.
func appendPackedStr(b []byte, s string) []byte {
	n := len(b)
	b = appendPacked(b, s)
	size := len(b) - n
	var l [binary.MaxVarintLen64]byte
	ln := binary.PutUvarint(l[:], uint64(size))
	b = append(b, l[:ln]...)
	copy(b[n+ln:], b[n:n+size])
	copy(b[n:], l[:ln])
	return b
}
