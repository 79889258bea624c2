package data

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ReminderKind says what a reminder is of.
type ReminderKind uint8

// The kinds of reminders.
const (
	ReminderReview  ReminderKind = iota + 1 // an interaction's review-after time came
	ReminderMeeting                         // a meeting starts soon
)

// Reminder is one thing the program reminds of: a review-after time that
// came, or a meeting that starts within the lead time.
type Reminder struct {
	Kind        ReminderKind
	Interaction ID
	Type        InteractionType
	Topic       string
	At          time.Time // the review-after time, or the meeting's start
}

// Key identifies the reminder: its kind, interaction and time. A new
// review-after time or a moved meeting is a new reminder.
func (r Reminder) Key() string {
	return strconv.Itoa(int(r.Kind)) + "|" + strconv.FormatUint(uint64(r.Interaction), 10) + "|" + strconv.FormatInt(r.At.Unix(), 10)
}

// reminderState is what the user did with a reminder: dismissed it, or
// snoozed it until a time.
type reminderState struct {
	Dismissed bool      `json:"dismissed,omitempty"`
	Until     time.Time `json:"until,omitzero"`
	At        time.Time `json:"at"` // the reminder's time, to forget old states
}

// keyReminders is the meta key of the reminder states: reminder key → state.
var keyReminders = []byte("reminders")

// Limits of the reminders read at once.
const (
	// MaxReminders is the most due reminders DueReminders returns, the
	// newest first; the rest wait for those to be handled.
	MaxReminders = 200
	// meetingWindow is how long after its start a meeting's reminder
	// stays due (one missed while the program was closed included).
	meetingWindow = 24 * time.Hour
	// stateKeep is how long the state of a reminder is kept after its time.
	stateKeep = 60 * 24 * time.Hour
)

// DueReminders returns the reminders due at now under the settings: the
// review-after times that came (review option on), and the meetings that
// start within the lead time or started within the last day (meetings
// on); not the dismissed ones, nor those snoozed past now, nor any of a
// switched-off type; none while reminders are off. It reads the
// review-after index and the meetings of a day by date, never every
// interaction; at most MaxReminders, the latest first.
func (s *Store) DueReminders(now time.Time) ([]Reminder, error) {
	set := s.Settings()
	if !set.Reminders {
		return nil, nil
	}
	o := set.Options
	var out []Reminder
	err := s.db.View(func(tx *bolt.Tx) error {
		states, err := readReminderStates(tx)
		if err != nil {
			return err
		}
		due := func(r Reminder) bool {
			st, ok := states[r.Key()]
			return !ok || (!st.Dismissed && !now.Before(st.Until))
		}
		var ids []ID
		var found []Reminder
		if o.Shows(PartReviewReminder) {
			// The keys are time | id, oldest first: walk back from now.
			c := tx.Bucket(ixReviewAfter).Cursor()
			k, _ := c.Seek(binary.BigEndian.AppendUint64(nil, timeKey(now)+1))
			if k == nil {
				k, _ = c.Last()
			} else {
				k, _ = c.Prev()
			}
			for ; k != nil && len(found) < MaxReminders; k, _ = c.Prev() {
				if len(k) < 16 {
					return fmt.Errorf("data: reminders: a review-after key of %d bytes", len(k))
				}
				r := Reminder{Kind: ReminderReview, Interaction: ID(binary.BigEndian.Uint64(k[8:16])), At: timeFromKey(binary.BigEndian.Uint64(k[:8]))}
				if due(r) {
					found = append(found, r)
					ids = append(ids, r.Interaction)
				}
			}
		}
		if o.TypeEnabled(TypeMeeting) {
			meetings, err := meetingsBetween(tx, now.Add(-meetingWindow), now.Add(set.ReminderLead))
			if err != nil {
				return err
			}
			for _, it := range meetings {
				start := it.Meeting.Start
				if start.IsZero() {
					start = it.Date
				}
				r := Reminder{Kind: ReminderMeeting, Interaction: it.ID, Type: it.Type, Topic: it.Topic, At: start}
				if !start.Add(-set.ReminderLead).After(now) && start.After(now.Add(-meetingWindow)) && due(r) {
					out = append(out, r)
				}
			}
		}
		b := tx.Bucket(bucketInteractions)
		for i, r := range found {
			v := b.Get(ids[i].key())
			if v == nil {
				continue
			}
			it, err := decodeInteraction(ids[i], v)
			if err != nil {
				return fmt.Errorf("data: reminders: interaction %d: %w", ids[i], err)
			}
			if !o.TypeEnabled(it.Type) || it.Reviewed {
				continue
			}
			r.Type, r.Topic = it.Type, it.Topic
			out = append(out, r)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(out, func(a, b Reminder) int { return b.At.Compare(a.At) })
	if len(out) > MaxReminders {
		out = out[:MaxReminders]
	}
	return out, nil
}

// meetingsBetween reads the meetings dated within [from, to].
func meetingsBetween(tx *bolt.Tx, from, to time.Time) ([]*Interaction, error) {
	lc := newListCursor(tx.Bucket(ixType), []byte{byte(TypeMeeting)})
	hi, lo := dateKey(to, 0), dateKey(from, ^ID(0)) // newest first: to's keys come before from's
	b := tx.Bucket(bucketInteractions)
	var out []*Interaction
	for dk, ok := lc.Seek(hi); ok && cmpCursor(dk, lo) <= 0; dk, ok = lc.Next() {
		id := dk.ID()
		v := b.Get(id.key())
		if v == nil {
			continue
		}
		it, err := decodeInteraction(id, v)
		if err != nil {
			return nil, fmt.Errorf("data: reminders: meeting %d: %w", id, err)
		}
		out = append(out, it)
	}
	return out, nil
}

// DismissReminder stops reminder r for good.
func (s *Store) DismissReminder(r Reminder) error {
	return s.setReminderState(r, reminderState{Dismissed: true, At: r.At})
}

// SnoozeReminder puts reminder r off until the time until.
func (s *Store) SnoozeReminder(r Reminder, until time.Time) error {
	return s.setReminderState(r, reminderState{Until: until, At: r.At})
}

func (s *Store) setReminderState(r Reminder, st reminderState) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		states, err := readReminderStates(tx)
		if err != nil {
			return err
		}
		states[r.Key()] = st
		cutoff := s.Now().Add(-stateKeep)
		for k, v := range states {
			if v.At.Before(cutoff) && v.Until.Before(cutoff) {
				delete(states, k)
			}
		}
		b, err := json.Marshal(states)
		if err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keyReminders, b)
	})
	if err != nil {
		return fmt.Errorf("data: reminder %s: %w", r.Key(), err)
	}
	return nil
}

func readReminderStates(tx *bolt.Tx) (map[string]reminderState, error) {
	states := map[string]reminderState{}
	if v := tx.Bucket(bucketMeta).Get(keyReminders); v != nil {
		if err := json.Unmarshal(v, &states); err != nil {
			return nil, fmt.Errorf("data: reminder states: %w", err)
		}
	}
	return states, nil
}
