package data

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// tokenizer splits texts into search words over their bytes: the kept
// words are folded into one buffer and told apart from repeats by a
// small hash table of their places, so that a record's words cost one
// string and one slice, not a string and a map entry each. Letters of
// ASCII and the Russian alphabet are folded without decoding a rune;
// anything else goes through unicode as Fold does.
type tokenizer struct {
	buf   []byte               // the kept words, folded, one after another
	ends  []int32              // where each kept word ends in buf
	slots [tokenSlots]int16    // 1 + the number of a kept word, by hash; 0 is free
	phone [maxPhoneDigits]byte // the digits of a phone number
}

// tokenSlots is the size of the hash table: a power of two, more than
// twice maxTokens so that probes stay short.
const tokenSlots = 1024

// maxPhoneDigits is the most digits ValidPhone lets a phone number have.
const maxPhoneDigits = 15

// asciiFold is the folded form of each ASCII letter and digit, 0 for a
// separator.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	return t
}()

// stopWordRunes is the length of the longest stop word, in runes: a
// longer word need not be looked up.
var stopWordRunes = func() (n int) {
	for w := range stopWords {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}()

var tokenizers = sync.Pool{New: func() any { return new(tokenizer) }}

// Tokens splits text into folded search words (letters and digits, three
// or more characters, stop words aside), without repeats, in the order
// they first come. A word longer than maxTokenLen bytes keeps its first
// whole characters that fit. A phone number yields its national digits
// and its last seven digits instead of its parts, so that any of its
// usual spellings finds it.
func Tokens(texts ...string) []string {
	z := tokenizers.Get().(*tokenizer)
	defer tokenizers.Put(z)
	z.buf, z.ends, z.slots = z.buf[:0], z.ends[:0], [tokenSlots]int16{}
	for _, t := range texts {
		if t == "" || len(z.ends) >= maxTokens {
			continue
		}
		if ValidPhone(t) {
			z.phoneWords(t)
			continue
		}
		z.words(t)
	}
	if len(z.ends) == 0 {
		return nil
	}
	all := string(z.buf)
	out := make([]string, len(z.ends))
	start := int32(0)
	for i, end := range z.ends {
		out[i] = all[start:end]
		start = end
	}
	return out
}

// words adds the words of one text. It works on a copy of buf held in a
// local variable (a write to the tokenizer's field on every byte would
// cost a write barrier while the collector runs).
func (z *tokenizer) words(t string) {
	buf := z.buf
	start := -1 // where the current word starts in buf; -1 between words
	full := false
	runes := 0
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			if f := asciiFold[c]; f != 0 {
				if start < 0 {
					start, full, runes = len(buf), false, 0
				}
				if !full && len(buf)-start < maxTokenLen {
					buf = append(buf, f)
					runes++
				} else {
					full = true
				}
				continue
			}
			if start >= 0 {
				buf = z.end(buf, start, runes)
				start = -1
			}
			continue
		}
		if (c == 0xd0 || c == 0xd1 && i+1 < len(t) && t[i+1] < 0xa0) && i+1 < len(t) && t[i+1]&0xc0 == 0x80 {
			// U+0400..U+045F: Cyrillic letters, the Russian ones among
			// them, folded to two bytes again.
			r := foldCyrillic(rune(c&0x1f)<<6 | rune(t[i+1]&0x3f))
			i += 2
			if start < 0 {
				start, full, runes = len(buf), false, 0
			}
			if !full && len(buf)-start+2 <= maxTokenLen {
				buf = append(buf, 0xc0|byte(r>>6), 0x80|byte(r&0x3f))
				runes++
			} else {
				full = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == utf8.RuneError && size == 1 {
			r = -1 // a byte that is not UTF-8 parts words, as U+FFFD would
		} else {
			r = unicode.ToLower(r)
			if r == 'ё' {
				r = 'е'
			}
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				r = -1
			}
		}
		i += size
		if r < 0 {
			if start >= 0 {
				buf = z.end(buf, start, runes)
				start = -1
			}
			continue
		}
		if start < 0 {
			start, full, runes = len(buf), false, 0
		}
		if n := utf8.RuneLen(r); !full && len(buf)-start+n <= maxTokenLen {
			buf = utf8.AppendRune(buf, r)
			runes++
		} else {
			full = true
		}
	}
	if start >= 0 {
		buf = z.end(buf, start, runes)
	}
	z.buf = buf
}

// foldCyrillic folds a rune of U+0400..U+045F: capitals to small
// letters, ё and Ё to е.
func foldCyrillic(r rune) rune {
	switch {
	case r == 'Ё' || r == 'ё':
		return 'е'
	case r < 0x410:
		return r + 0x50
	case r < 0x430:
		return r + 0x20
	}
	return r
}

// phoneWords adds the national digits of a phone number and their last
// seven.
func (z *tokenizer) phoneWords(t string) {
	d := z.phone[:0]
	for i := 0; i < len(t); i++ {
		if c := t[i]; c >= '0' && c <= '9' {
			d = append(d, c)
		}
	}
	if len(d) == 11 && (d[0] == '7' || d[0] == '8') {
		d = d[1:]
	}
	z.add(d)
	if len(d) > 7 {
		z.add(d[len(d)-7:])
	}
}

// add adds a word of digits.
func (z *tokenizer) add(w []byte) {
	start := len(z.buf)
	z.buf = z.end(append(z.buf, w...), start, len(w))
}

// end keeps the word of runes runes that buf holds from start, unless it
// is short, a stop word, a repeat, or one too many, and returns buf
// without it if not.
func (z *tokenizer) end(buf []byte, start, runes int) []byte {
	w := buf[start:]
	if runes < minTokenRunes || len(z.ends) >= maxTokens || runes <= stopWordRunes && stopWords[string(w)] {
		return buf[:start]
	}
	h := uint32(2166136261) // FNV-1a
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	for j := h & (tokenSlots - 1); ; j = (j + 1) & (tokenSlots - 1) {
		n := z.slots[j]
		if n == 0 {
			z.slots[j] = int16(len(z.ends) + 1)
			z.ends = append(z.ends, int32(len(buf)))
			return buf
		}
		from := int32(0)
		if n > 1 {
			from = z.ends[n-2]
		}
		if string(buf[from:z.ends[n-1]]) == string(w) {
			return buf[:start]
		}
	}
}
