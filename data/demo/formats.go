package demo

import (
	"strconv"
	"strings"
	"unicode"
)

// translitTable spells Russian letters in Latin ones, the way people
// write their names in e-mail addresses (ё as e, й as y, х as kh).
var translitTable = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu",
	'я': "ya", 'é': "e", 'ë': "e", 'è': "e", 'ö': "o", 'ü': "u", 'ä': "a",
}

// slug transliterates s into lower-case ASCII letters and digits, with
// sep between words; anything else (quotes, apostrophes) is dropped.
func slug(s, sep string) string {
	var b strings.Builder
	pending := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if pending && b.Len() > 0 {
				b.WriteString(sep)
			}
			pending = false
			b.WriteRune(r)
		case translitTable[r] != "" || r == 'ъ' || r == 'ь':
			if pending && b.Len() > 0 {
				b.WriteString(sep)
			}
			pending = false
			b.WriteString(translitTable[r])
		case unicode.IsSpace(r) || r == '-' || r == '.':
			pending = true
		}
	}
	return b.String()
}

// digits returns n random decimal digits.
func (g *generator) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.intn(10))
	}
	return string(b)
}

// mobile returns a mobile number of the city's country:
// +7 (9xx) xxx-xx-xx, +44 7xxx xxxxxx or +1 (xxx) xxx-xxxx.
func (g *generator) mobile(c *city) string {
	switch c.country {
	case britain:
		return "+44 7" + g.digits(3) + " " + g.digits(6)
	case america:
		return "+1 (" + pick(g, c.codes) + ") " + strconv.Itoa(g.between(200, 999)) + "-" + g.digits(4)
	}
	return "+7 (9" + g.digits(2) + ") " + g.digits(3) + "-" + g.digits(2) + "-" + g.digits(2)
}

// office returns a landline number in the city.
func (g *generator) office(c *city) string {
	code := pick(g, c.codes)
	switch c.country {
	case britain:
		if len(code) == 2 {
			return "+44 " + code + " " + strconv.Itoa(g.between(3000, 8999)) + " " + g.digits(4)
		}
		return "+44 " + code + " " + strconv.Itoa(g.between(200, 899)) + " " + g.digits(4)
	case america:
		return "+1 (" + code + ") " + strconv.Itoa(g.between(200, 999)) + "-" + g.digits(4)
	}
	return "+7 (" + code + ") " + strconv.Itoa(g.between(200, 999)) + "-" + g.digits(2) + "-" + g.digits(2)
}

// address returns a postal address in the city, written the local way.
func (g *generator) address(c *city) string {
	switch c.country {
	case britain:
		letters := "ABDEFGHJLNPQRSTUWXYZ"
		in := strconv.Itoa(g.between(1, 9)) + string(letters[g.intn(len(letters))]) + string(letters[g.intn(len(letters))])
		return strconv.Itoa(g.between(1, 240)) + " " + pick(g, g.lx.streets) + ", " + c.name + " " +
			pick(g, c.zips) + " " + in + ", United Kingdom"
	case america:
		a := strconv.Itoa(g.between(10, 2999)) + " " + pick(g, g.lx.streetsUS)
		if g.chance(0.6) {
			a += ", Suite " + strconv.Itoa(g.between(1, 30)*100+g.between(0, 20))
		}
		return a + ", " + c.name + ", " + c.state + " " + pick(g, c.zips) + g.digits(2) + ", USA"
	}
	a := pick(g, c.zips) + g.digits(3) + ", г. " + c.name + ", " + pick(g, g.lx.streets) +
		", д. " + strconv.Itoa(g.between(1, 150))
	switch g.intn(5) {
	case 0:
		a += ", стр. " + strconv.Itoa(g.between(1, 9))
	case 1:
		a += ", корп. " + strconv.Itoa(g.between(1, 5))
	}
	if g.chance(0.6) {
		a += ", офис " + strconv.Itoa(g.between(1, 40)*10+g.between(0, 9))
	}
	return a
}

// localPart makes the part of a person's e-mail address before the @:
// ivanov, a.ivanov, aleksey.ivanov or ivanov.a, transliterated.
func (g *generator) localPart(first, last string) string {
	f, l := slug(first, ""), slug(last, "")
	switch g.intn(6) {
	case 0, 1:
		return l
	case 2:
		return f[:1] + "." + l
	case 3:
		return f + "." + l
	case 4:
		return l + "." + f[:1]
	}
	return f[:1] + l
}

// fullName writes a full name: "Семёнов Артём Викторович" in Russian,
// "John Smith" in English.
func fullName(first, middle, last string) string {
	if middle == "" {
		return first + " " + last
	}
	return last + " " + first + " " + middle
}

// initials writes a short name: "Семёнов А. В." or "J. Smith".
func initials(first, middle, last string) string {
	fr := []rune(first)
	if middle == "" {
		return string(fr[0]) + ". " + last
	}
	return last + " " + string(fr[0]) + ". " + string([]rune(middle)[0]) + "."
}
