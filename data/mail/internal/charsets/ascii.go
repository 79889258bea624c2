package charsets

import (
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// ascii is US-ASCII as golang.org/x/text's IANA index has it (its
// encoding is internal to that package): in decoding, bytes above 0x7F
// become U+FFFD; in encoding, a rune above 0x7F is an error.
var ascii encoding.Encoding = asciiEncoding{}

type asciiEncoding struct{}

func (asciiEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: asciiDecoder{}}
}

func (asciiEncoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: asciiEncoder{}}
}

func (asciiEncoding) String() string { return "US-ASCII" }

type asciiDecoder struct{ transform.NopResetter }

func (asciiDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for _, c := range src {
		if c >= utf8.RuneSelf {
			if nDst+3 > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], utf8.RuneError)
			nSrc++
			continue
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = c
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

type asciiEncoder struct{ transform.NopResetter }

func (asciiEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for _, c := range src {
		if c >= utf8.RuneSelf {
			return nDst, nSrc, errUnsupportedRune
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = c
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

// repertoireError is the error of a rune ASCII lacks; Replacement gives
// the byte encoding.ReplaceUnsupported puts in its place.
type repertoireError byte

var errUnsupportedRune = repertoireError(encoding.ASCIISub)

func (repertoireError) Error() string { return "encoding: rune not supported by encoding." }

// Replacement returns the byte that stands for an unsupported rune.
func (r repertoireError) Replacement() byte { return byte(r) }
