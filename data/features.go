package data

// Option names one functional option of the Organizer and CRM settings.
type Option uint8

// The functional options, in the order the Settings screen shows them.
const (
	OptionEmail        Option = iota + 1 // use e-mail
	OptionOther                          // use other interactions: meetings, planned interactions, calls
	OptionSMS                            // use SMS
	OptionReview                         // use the reviewed flag and review after
	OptionSubjects                       // use subjects: deals, claims, marketing events, orders
	OptionAttributes                     // use additional attributes
	OptionContactRoles                   // CRM: contact person roles
)

// AllOptions lists every functional option, Organizer first, then CRM.
var AllOptions = []Option{OptionEmail, OptionOther, OptionSMS, OptionReview, OptionSubjects, OptionAttributes, OptionContactRoles}

// Name is the option's stable name, as the command line and saved
// settings spell it ("use-email").
func (o Option) Name() string {
	switch o {
	case OptionEmail:
		return "use-email"
	case OptionOther:
		return "use-other"
	case OptionSMS:
		return "use-sms"
	case OptionReview:
		return "use-review"
	case OptionSubjects:
		return "use-subjects"
	case OptionAttributes:
		return "use-attributes"
	case OptionContactRoles:
		return "use-contact-roles"
	}
	return ""
}

// CRM reports whether the option belongs to the CRM settings rather than
// to the Organizer.
func (o Option) CRM() bool { return o == OptionContactRoles }

// On reports whether option opt is switched on.
func (o Options) On(opt Option) bool {
	if f := o.field(opt); f != nil {
		return *f
	}
	return false
}

// Set switches option opt on or off.
func (o *Options) Set(opt Option, on bool) {
	if f := o.field(opt); f != nil {
		*f = on
	}
}

func (o *Options) field(opt Option) *bool {
	switch opt {
	case OptionEmail:
		return &o.UseEmail
	case OptionOther:
		return &o.UseOtherInteractions
	case OptionSMS:
		return &o.UseSMS
	case OptionReview:
		return &o.UseReview
	case OptionSubjects:
		return &o.UseSubjects
	case OptionAttributes:
		return &o.UseAttributes
	case OptionContactRoles:
		return &o.UseContactRoles
	}
	return nil
}
