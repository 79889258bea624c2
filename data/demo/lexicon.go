package demo

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"interactions/data"
)

// Masks of interaction types, for templates that suit only some of them.
const (
	mMeeting uint8 = 1 << data.TypeMeeting
	mPlanned uint8 = 1 << data.TypePlanned
	mCall    uint8 = 1 << data.TypeCall
	mSMS     uint8 = 1 << data.TypeSMS
	mEmail   uint8 = 1 << data.TypeEmail

	mTalk  = mMeeting | mPlanned
	mVoice = mTalk | mCall
	mText  = mSMS | mEmail
	mAll   = mVoice | mText
)

// Text categories: what an interaction is about.
const (
	catGeneral = iota // no real subject: a chain of its own
	catDeal
	catClaim
	catEvent
	catOrder
	numCats
)

// tpl is a text template and the interaction types it suits. Templates
// hold placeholders in braces, filled by expand.
type tpl struct {
	mask uint8
	text string
}

// Countries of the cities, for address and phone formats and legal forms.
const (
	anyCountry = iota - 1
	russia
	britain
	america
)

// city is a place partners are in.
type city struct {
	name    string
	zips    []string // postal code prefixes (ru, us) or outward codes (uk)
	codes   []string // phone area codes
	state   string   // a US state's code
	country int
	group   int // the id of the client group of the city
	weight  int
}

// legalForm is a company's legal form in a country; a sole trader is a person.
type legalForm struct {
	short, full string
	weight      int
	sole        bool
	country     int
}

// position is a contact person's job and the role ids that go with it.
type position struct {
	name  string
	roles []int
}

// groupDef is a partner group; parent is a 1-based index or 0.
type groupDef struct {
	name   string
	parent int
}

// attachDef is a kind of file sent by mail.
type attachDef struct {
	name, contentType string
}

// lexicon is everything language-specific: the names, places, words and
// text templates the generator draws from.
type lexicon struct {
	lang string

	maleFirst, femaleFirst []string
	patronymics            [][2]string // male and female forms; empty where none are used
	lastNames              []string    // male forms
	femaleLast             func(string) string

	ourDomain                                string
	companyWords, companyHeads, companyTails []string
	companyMods, industries                  []string
	legalForms                               []legalForm
	freeMailDomains, mailboxes               []string
	cities                                   []city
	streets, streetsUS                       []string
	extension                                string

	groups                                     []groupDef
	supplierGroup, competitorGroup, otherGroup int

	roles             []string
	director, sole    position
	positions         []position
	headPosition      string
	employeePositions []string
	partnerComments   []string
	personComments    []string

	dealProducts                                       []string
	stagesOpen                                         []string
	stageWon, stageLost                                string
	claimTitles, claimDetails, resolutions, rejections []string
	eventNames                                         []string
	orderPrefix                                        string
	months                                             []string
	dateLayout                                         string

	topics       [numCats][]tpl
	followUps    []tpl
	notes        [data.TypeEmail + 1][]string // description sentences by type
	greetings    []string
	closings     []string
	bodyLines    [numCats][]string
	sms          map[string]string // the SMS message for a topic template, by the template
	attachments  []attachDef
	places       []string
	freeContacts []string
	replyPrefix  string
	trash, other string // the trash folder stays standard; other is a user folder

	attrNames      [3]string
	channelOptions []string
}

// lexiconFor returns the lexicon of a language code.
func lexiconFor(lang string) (*lexicon, error) {
	switch strings.ToLower(strings.TrimSpace(lang)) {
	case "", data.LangRussian:
		return ruLexicon(), nil
	case data.LangEnglish:
		return enLexicon(), nil
	}
	return nil, fmt.Errorf("%w: unknown language %q (want ru or en)", ErrOptions, lang)
}

// expand replaces each {key} of s with value(key).
func expand(s string, value func(key string) string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(value(s[i+1 : i+j]))
		s = s[i+j+1:]
	}
}

// fillText expands the common placeholders of a template with random
// values that make sense for a text written at ref.
func (g *generator) fillText(s string, ref time.Time) string { return g.filler(ref)(s) }

// filler returns a function that expands templates written at ref, each
// placeholder with one random value however many templates name it:
// {contract}, {inv}, {date} (some days before ref), {month} (of ref or
// the next one), {q} and {year} (the quarter before ref), {k}, {time}, {n}.
func (g *generator) filler(ref time.Time) func(string) string {
	values := map[string]string{}
	return func(s string) string {
		return expand(s, func(key string) string {
			v, ok := values[key]
			if !ok {
				v = g.placeholder(key, ref)
				values[key] = v
			}
			return v
		})
	}
}

// placeholder draws the value of one placeholder for a text written at ref.
func (g *generator) placeholder(key string, ref time.Time) string {
	lastQuarter := ref.AddDate(0, -3, 0)
	switch key {
	case "contract":
		return strconv.Itoa(g.between(1, 99)) + "/" + pad2((ref.Year()-g.intn(2))%100) + "-" + strconv.Itoa(g.between(100, 999))
	case "inv":
		return strconv.Itoa(g.between(100, 9999))
	case "date":
		return ref.AddDate(0, 0, -g.between(1, 60)).Format(g.lx.dateLayout)
	case "month":
		return g.lx.months[(int(ref.Month())-1+g.intn(2))%12]
	case "year":
		return strconv.Itoa(lastQuarter.Year())
	case "q":
		return strconv.Itoa((int(lastQuarter.Month())-1)/3 + 1)
	case "k":
		return strconv.Itoa(g.between(2, 40))
	case "time":
		return strconv.Itoa(g.between(9, 17)) + ":" + pick(g, []string{"00", "30"})
	case "n":
		return strconv.Itoa(g.between(10000, 99999))
	}
	return "{" + key + "}"
}

// lowerFirst lower-cases the first letter of s unless the first word is
// an abbreviation such as "ООО" or "CRM".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// pad2 writes n with two digits.
func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
