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
	full  bool                 // the current word reached maxTokenLen bytes
	runes int                  // runes of the current word kept in buf
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

// words adds the words of one text.
func (z *tokenizer) words(t string) {
	start := -1 // where the current word starts in buf; -1 between words
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			if f := asciiFold[c]; f != 0 {
				if start < 0 {
					start, z.full, z.runes = len(z.buf), false, 0
				}
				if !z.full && len(z.buf)-start < maxTokenLen {
					z.buf = append(z.buf, f)
					z.runes++
				} else {
					z.full = true
				}
				continue
			}
			if start >= 0 {
				z.end(start)
				start = -1
			}
			continue
		}
		var r rune
		size := 2
		if (c == 0xd0 || c == 0xd1 && i+1 < len(t) && t[i+1] < 0xa0) && i+1 < len(t) && t[i+1]&0xc0 == 0x80 {
			// U+0400..U+045F: Cyrillic letters, the Russian ones among them.
			r = foldCyrillic(rune(c&0x1f)<<6 | rune(t[i+1]&0x3f))
		} else {
			r, size = utf8.DecodeRuneInString(t[i:])
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
		}
		i += size
		if r < 0 {
			if start >= 0 {
				z.end(start)
				start = -1
			}
			continue
		}
		if start < 0 {
			start, z.full, z.runes = len(z.buf), false, 0
		}
		if n := utf8.RuneLen(r); !z.full && len(z.buf)-start+n <= maxTokenLen {
			z.buf = utf8.AppendRune(z.buf, r)
			z.runes++
		} else {
			z.full = true
		}
	}
	if start >= 0 {
		z.end(start)
	}
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
	z.buf = append(z.buf, w...)
	z.runes = len(w)
	z.end(start)
}

// end keeps the word that buf holds from start, unless it is short, a
// stop word, a repeat, or one too many.
func (z *tokenizer) end(start int) {
	w := z.buf[start:]
	if z.runes < minTokenRunes || len(z.ends) >= maxTokens || z.runes <= stopWordRunes && stopWords[string(w)] {
		z.buf = z.buf[:start]
		return
	}
	h := uint32(2166136261) // FNV-1a
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	for j := h & (tokenSlots - 1); ; j = (j + 1) & (tokenSlots - 1) {
		n := z.slots[j]
		if n == 0 {
			z.slots[j] = int16(len(z.ends) + 1)
			z.ends = append(z.ends, int32(len(z.buf)))
			return
		}
		from := int32(0)
		if n > 1 {
			from = z.ends[n-2]
		}
		if string(z.buf[from:z.ends[n-1]]) == string(w) {
			z.buf = z.buf[:start]
			return
		}
	}
}
