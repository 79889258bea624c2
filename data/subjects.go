package data

import (
	"strings"
	"time"
)

// SubjectState is the state of a deal, claim or marketing event.
type SubjectState uint8

// Subject states. Deals: open, won, lost. Claims: open, resolved, rejected.
// Marketing events: planned, running, finished, cancelled.
const (
	StateOpen SubjectState = iota
	StateWon
	StateLost
	StateResolved
	StateRejected
	StatePlanned
	StateRunning
	StateFinished
	StateCancelled
)

var subjectStateNames = [...]string{"open", "won", "lost", "resolved", "rejected", "planned", "running", "finished", "cancelled"}

// String returns the stable English name of the state.
func (s SubjectState) String() string {
	if int(s) < len(subjectStateNames) {
		return subjectStateNames[s]
	}
	return "unknown"
}

// Money is an amount in kopecks (hundredths of the currency unit).
type Money int64

// Deal is a deal with a client (Сделка с клиентом).
type Deal struct {
	ID        ID           `json:"id"`
	Partner   ID           `json:"partner"`
	Name      string       `json:"name"`
	Stage     string       `json:"stage,omitempty"`
	Amount    Money        `json:"amount,omitempty"`
	CloseDate time.Time    `json:"closeDate,omitzero"`
	State     SubjectState `json:"state"`
	Active    bool         `json:"active"`
	Deleted   bool         `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver       uint64       `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the deal's fields.
func (d *Deal) Validate() error {
	if d.Partner == 0 {
		return problemAt("partner", ProblemNotSet)
	}
	if strings.TrimSpace(d.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if d.Amount < 0 {
		return problemAt("amount", ProblemNegative)
	}
	if d.State != StateOpen && d.State != StateWon && d.State != StateLost {
		return problemWith("state", ProblemNotState, Args{Kind: "deal", Value: d.State.String()})
	}
	return nil
}

// Claim is a client claim (Претензия клиента).
type Claim struct {
	ID         ID           `json:"id"`
	Partner    ID           `json:"partner"`
	Text       string       `json:"text"`
	Received   time.Time    `json:"received"`
	State      SubjectState `json:"state"`
	Resolution string       `json:"resolution,omitempty"`
	Active     bool         `json:"active"`
	Deleted    bool         `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver        uint64       `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the claim's fields.
func (c *Claim) Validate() error {
	if c.Partner == 0 {
		return problemAt("partner", ProblemNotSet)
	}
	if strings.TrimSpace(c.Text) == "" {
		return problemAt("text", ProblemEmpty)
	}
	if c.Received.IsZero() {
		return problemAt("received", ProblemNotSet)
	}
	if c.State != StateOpen && c.State != StateResolved && c.State != StateRejected {
		return problemWith("state", ProblemNotState, Args{Kind: "claim", Value: c.State.String()})
	}
	return nil
}

// Event is a marketing event (Маркетинговое мероприятие).
type Event struct {
	ID      ID           `json:"id"`
	Name    string       `json:"name"`
	Start   time.Time    `json:"start"`
	End     time.Time    `json:"end"`
	Budget  Money        `json:"budget,omitempty"`
	State   SubjectState `json:"state"`
	Active  bool         `json:"active"`
	Deleted bool         `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver     uint64       `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the event's fields.
func (e *Event) Validate() error {
	if strings.TrimSpace(e.Name) == "" {
		return problemAt("name", ProblemEmpty)
	}
	if e.Start.IsZero() {
		return problemAt("start", ProblemNotSet)
	}
	if !e.End.IsZero() && e.End.Before(e.Start) {
		return problemAt("end", ProblemBeforeStart)
	}
	if e.Budget < 0 {
		return problemAt("budget", ProblemNegative)
	}
	if e.State < StatePlanned || e.State > StateCancelled {
		return problemWith("state", ProblemNotState, Args{Kind: "event", Value: e.State.String()})
	}
	return nil
}

// Order is a customer order (Заказ клиента).
type Order struct {
	ID         ID        `json:"id"`
	Number     string    `json:"number"`
	Date       time.Time `json:"date"`
	Partner    ID        `json:"partner"`
	Amount     Money     `json:"amount,omitempty"`
	PaymentDue time.Time `json:"paymentDue,omitzero"`
	Shipment   time.Time `json:"shipment,omitzero"`
	Paid       bool      `json:"paid,omitempty"`
	Shipped    bool      `json:"shipped,omitempty"`
	Active     bool      `json:"active"`
	Deleted    bool      `json:"deleted,omitempty"` // marked for deletion; purged on an explicit command
	Ver        uint64    `json:"ver,omitempty"`     // counts the saves: an editor saves only over the version it read
}

// Validate checks the order's fields.
func (o *Order) Validate() error {
	if strings.TrimSpace(o.Number) == "" {
		return problemAt("number", ProblemEmpty)
	}
	if o.Date.IsZero() {
		return problemAt("date", ProblemNotSet)
	}
	if o.Partner == 0 {
		return problemAt("partner", ProblemNotSet)
	}
	if o.Amount < 0 {
		return problemAt("amount", ProblemNegative)
	}
	return nil
}
