package demo

import "interactions/data"

// enLexicon returns the English lexicon: British and American names,
// companies and places, and texts (see texts_en.go).
func enLexicon() *lexicon {
	lx := &lexicon{
		lang: data.LangEnglish,
		maleFirst: []string{
			"James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
			"Charles", "Daniel", "Matthew", "Anthony", "Mark", "Paul", "Steven", "Andrew", "Joshua",
			"Kevin", "Brian", "George", "Edward", "Oliver", "Harry", "Jack", "Samuel", "Benjamin",
			"Henry", "Peter", "Simon", "Lucas", "Ethan", "Nathan", "Adam", "Ryan", "Graham",
		},
		femaleFirst: []string{
			"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
			"Sarah", "Karen", "Emily", "Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace",
			"Hannah", "Laura", "Rachel", "Rebecca", "Megan", "Lucy", "Chloe", "Anna", "Helen",
			"Claire", "Victoria", "Natalie", "Alice", "Zoë",
		},
		lastNames: []string{
			"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor",
			"Anderson", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
			"Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
			"Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
			"Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook",
			"Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ward",
			"Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price",
			"Sanders", "Patel", "Shaw", "Hunt", "Palmer", "Holmes", "Fletcher", "O'Brien", "Fitzgerald",
			"Knight", "Lloyd", "Harrison", "Dixon", "Marshall", "Owen", "Ellis", "Chapman", "Webb",
			"Hudson", "Fox", "Grant", "Sutton", "Barnes", "Hayes", "Murray", "Lawson", "Spencer",
		},
		femaleLast: func(s string) string { return s },

		ourDomain: "harbourline.co.uk",
		companyHeads: []string{
			"North", "Blue", "Bright", "Silver", "Red", "Green", "Oak", "Stone", "River", "Summit",
			"Iron", "Golden", "West", "East", "High", "Clear", "Swift", "Cedar", "Maple", "Crown",
			"Star", "Sun", "Lake", "Fair", "Kings", "Elm", "Ash", "Copper",
		},
		companyTails: []string{
			"water", "field", "bridge", "stone", "gate", "wood", "line", "point", "peak", "brook",
			"ford", "haven", "view", "way", "dale", "ridge", "port", "well",
		},
		companyWords: []string{
			"Atlas", "Pioneer", "Meridian", "Vertex", "Keystone", "Apex", "Horizon", "Beacon", "Sterling",
			"Pinnacle", "Zenith", "Orion", "Vanguard", "Nova", "Evergreen", "Harbour", "Crescent",
		},
		industries: []string{
			"Logistics", "Engineering", "Supplies", "Foods", "Systems", "Trading", "Packaging",
			"Solutions", "Manufacturing", "Consulting", "Retail", "Healthcare", "Construction",
			"Electronics", "Textiles", "Software", "Energy", "Interiors", "Components", "Distribution",
		},
		legalForms: []legalForm{
			{"Ltd", "Limited", 50, false, britain},
			{"plc", "Public Limited Company", 4, false, britain},
			{"LLC", "Limited Liability Company", 26, false, america},
			{"Inc.", "Incorporated", 10, false, america},
			{"sole trader", "sole trader", 10, true, anyCountry},
		},
		freeMailDomains: []string{"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk"},
		mailboxes:       []string{"info", "info", "hello", "office", "sales", "contact"},
		cities: []city{
			{name: "London", zips: []string{"EC1A", "EC2V", "SW1A", "W1D", "N1", "SE1", "E14", "WC2N"}, codes: []string{"20"}, country: britain, group: 2, weight: 20},
			{name: "Manchester", zips: []string{"M1", "M2", "M4"}, codes: []string{"161"}, country: britain, group: 2, weight: 6},
			{name: "Birmingham", zips: []string{"B1", "B2", "B3"}, codes: []string{"121"}, country: britain, group: 2, weight: 5},
			{name: "Leeds", zips: []string{"LS1", "LS2"}, codes: []string{"113"}, country: britain, group: 2, weight: 3},
			{name: "Bristol", zips: []string{"BS1", "BS2"}, codes: []string{"117"}, country: britain, group: 2, weight: 3},
			{name: "Edinburgh", zips: []string{"EH1", "EH2"}, codes: []string{"131"}, country: britain, group: 2, weight: 3},
			{name: "Glasgow", zips: []string{"G1", "G2"}, codes: []string{"141"}, country: britain, group: 2, weight: 2},
			{name: "New York", zips: []string{"100", "101"}, codes: []string{"212", "646"}, state: "NY", country: america, group: 3, weight: 12},
			{name: "Chicago", zips: []string{"606"}, codes: []string{"312"}, state: "IL", country: america, group: 3, weight: 5},
			{name: "San Francisco", zips: []string{"941"}, codes: []string{"415"}, state: "CA", country: america, group: 3, weight: 5},
			{name: "Boston", zips: []string{"021"}, codes: []string{"617"}, state: "MA", country: america, group: 3, weight: 4},
			{name: "Austin", zips: []string{"787"}, codes: []string{"512"}, state: "TX", country: america, group: 3, weight: 3},
			{name: "Seattle", zips: []string{"981"}, codes: []string{"206"}, state: "WA", country: america, group: 3, weight: 3},
			{name: "Denver", zips: []string{"802"}, codes: []string{"303"}, state: "CO", country: america, group: 3, weight: 2},
		},
		streets: []string{
			"High Street", "Station Road", "Church Lane", "Victoria Road", "King Street", "Queen Street",
			"Market Street", "Park Road", "Mill Lane", "Bridge Street", "London Road", "Chapel Street",
			"Albert Road", "Castle Street", "Oxford Road", "Princes Street", "George Street",
		},
		streetsUS: []string{
			"Main Street", "Market Street", "Broadway", "5th Avenue", "Oak Street", "Maple Avenue",
			"Pine Street", "Cedar Avenue", "Washington Street", "Lake Street", "Elm Street",
			"Madison Avenue", "Mission Street", "Congress Avenue", "State Street",
		},
		extension: "ext.",
		groups: []groupDef{
			{"Clients", 0}, {"United Kingdom", 1}, {"United States", 1},
			{"Suppliers", 0}, {"Competitors", 0}, {"Other", 0},
		},
		supplierGroup: 4, competitorGroup: 5, otherGroup: 6,

		roles: []string{
			"Director", "Chief accountant", "Purchasing manager", "Decision maker",
			"Technical specialist", "Lawyer", "Assistant",
		},
		director: position{"Managing director", []int{1, 4}},
		sole:     position{"Owner", []int{1, 4}},
		positions: []position{
			{"Commercial director", []int{4}}, {"Deputy director", []int{4}},
			{"Chief accountant", []int{2}}, {"Accountant", nil}, {"Purchasing manager", []int{3}},
			{"Buyer", []int{3}}, {"Head of procurement", []int{3, 4}},
			{"Chief engineer", []int{5, 4}}, {"Engineer", []int{5}}, {"Legal counsel", []int{6}},
			{"Office manager", []int{7}}, {"Logistics coordinator", nil}, {"Warehouse supervisor", nil},
		},
		headPosition: "Head of sales",
		employeePositions: []string{
			"Sales manager", "Sales manager", "Sales manager", "Senior sales manager",
			"Key account manager", "Purchasing manager", "Marketing specialist",
			"Support engineer", "Logistics manager",
		},
		partnerComments: []string{
			"Key account", "Pays in advance", "30 days payment terms", "Contracts go through their legal team",
			"E-invoicing only", "5% discount on the whole range", "Deliveries accepted until 4 pm only",
		},
		personComments: []string{
			"Prefers e-mail", "Call after 11 am", "Decisions go through the director",
			"On holiday in August", "Answers faster on the mobile", "Asked not to be called on Fridays",
		},
	}
	enTexts(lx)
	return lx
}
