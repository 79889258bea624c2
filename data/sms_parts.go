package data

import "unicode/utf8"

// gsmBasic is the GSM 03.38 basic character set, the one a 7-bit SMS
// carries; gsmExtended are the characters that take two septets.
const (
	gsmBasic    = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
	gsmExtended = "^{}\\[~]|€\f"
)

// SMSParts returns how many characters an SMS text has and into how many
// messages (parts) it is split: 160 characters in one message of the
// GSM 7-bit alphabet, 153 in each of several; 70 and 67 for a text with
// any other character (Cyrillic, for one), sent as UCS-2.
func SMSParts(text string) (chars, parts int) {
	chars = utf8.RuneCountInString(text)
	if chars == 0 {
		return 0, 0
	}
	septets, gsm := 0, true
	for _, r := range text {
		switch {
		case containsRune(gsmBasic, r):
			septets++
		case containsRune(gsmExtended, r):
			septets += 2
		default:
			gsm = false
		}
	}
	single, multi, n := 160, 153, septets
	if !gsm {
		single, multi, n = 70, 67, 0
		for _, r := range text {
			n++
			if r > 0xFFFF {
				n++ // a surrogate pair
			}
		}
	}
	if n <= single {
		return chars, 1
	}
	return chars, (n + multi - 1) / multi
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
