package data

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"interactions/internal/thirdparty/sha256"
)

// messageIDHashLen is how many bytes of a Message-ID's SHA-256 the
// Message-ID index keeps: ids of any length make keys of one size. Two
// Message-IDs may share a hash: a lookup compares the record's own.
const messageIDHashLen = 8

// NormalMessageID returns a Message-ID without its angle brackets and the
// spaces around it, the form the store compares.
func NormalMessageID(id string) string {
	id = strings.TrimSpace(id)
	id = strings.TrimPrefix(id, "<")
	id = strings.TrimSuffix(id, ">")
	return strings.TrimSpace(id)
}

// MessageIDOf returns the Message-ID an e-mail interaction is known by,
// without angle brackets: its own, or, for one that has none (written in
// the editor and never sent), one made of its id and creation time, so
// that the .eml an export writes of it is found again when it comes back.
// It is "" for other types and for an e-mail not saved yet.
func MessageIDOf(it *Interaction) string {
	if it.Email == nil {
		return ""
	}
	if id := NormalMessageID(it.Email.MessageID); id != "" {
		return id
	}
	if it.ID == 0 {
		return ""
	}
	return "interaction." + strconv.FormatUint(uint64(it.ID), 10) + "." +
		strconv.FormatInt(it.Created.Unix(), 36) + "@interactions.invalid"
}

// The two kinds of keys of the Message-ID index: an e-mail's own
// Message-ID, and the Message-ID it answers (In-Reply-To).
const (
	keyMessageID byte = iota
	keyInReplyTo
)

// messageIDPrefix is the index prefix of a Message-ID of one kind.
func messageIDPrefix(kind byte, id string) []byte {
	sum := sha256.Sum256([]byte(NormalMessageID(id)))
	return append([]byte{kind}, sum[:messageIDHashLen]...)
}

// appendMessageID adds the Message-ID index entries of an e-mail: the
// hash of its Message-ID and of its In-Reply-To, each with its id (uvarint).
func appendMessageID(entries []entry, it *Interaction, dk Cursor) []entry {
	id := MessageIDOf(it)
	if id == "" {
		return entries
	}
	entries = append(entries, entry{string(ixMessageID), string(binary.AppendUvarint(messageIDPrefix(keyMessageID, id), uint64(dk.ID()))), ""})
	if r := NormalMessageID(it.Email.InReplyTo); r != "" {
		entries = append(entries, entry{string(ixMessageID), string(binary.AppendUvarint(messageIDPrefix(keyInReplyTo, r), uint64(dk.ID()))), ""})
	}
	return entries
}

// messageIDMatches lists the e-mails of the Message-ID index whose
// Message-ID (kind keyMessageID) or In-Reply-To (keyInReplyTo) is id, newest
// first (the order of the date index): the keys of the hash, each checked
// against its record, so that a shared hash never gives a wrong e-mail.
func messageIDMatches(tx *bolt.Tx, kind byte, id string) []ID {
	want := NormalMessageID(id)
	if want == "" {
		return nil
	}
	p := messageIDPrefix(kind, want)
	var found []ID
	var dks []Cursor
	recs := tx.Bucket(bucketInteractions)
	c := tx.Bucket(ixMessageID).Cursor()
	for k, _ := c.Seek(p); k != nil && hasPrefix(k, p); k, _ = c.Next() {
		u, m := binary.Uvarint(k[len(p):])
		if m <= 0 || len(k) != len(p)+m {
			continue
		}
		n := ID(u)
		v := recs.Get(n.key())
		if v == nil {
			continue
		}
		it, err := decodeInteraction(n, v)
		if err != nil || it.Email == nil {
			continue
		}
		got := MessageIDOf(it)
		if kind == keyInReplyTo {
			got = NormalMessageID(it.Email.InReplyTo)
		}
		if got != want {
			continue
		}
		found, dks = append(found, n), append(dks, dateKey(it.Date, n))
	}
	if len(found) > 1 {
		order := make([]int, len(found))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, func(a, b int) int { return bytes.Compare(dks[a][:], dks[b][:]) })
		sorted := make([]ID, len(found))
		for i, j := range order {
			sorted[i] = found[j]
		}
		found = sorted
	}
	return found
}

// emailByMessageID finds the e-mail interaction with the Message-ID id:
// 0 when there is none (the newest when several hold it).
func emailByMessageID(tx *bolt.Tx, id string) ID {
	if ids := messageIDMatches(tx, keyMessageID, id); len(ids) > 0 {
		return ids[0]
	}
	return 0
}

// answersTo lists the e-mails whose In-Reply-To is id, newest first.
func answersTo(tx *bolt.Tx, id string) []ID {
	return messageIDMatches(tx, keyInReplyTo, id)
}

// EmailByMessageID returns the e-mail interaction known by the
// Message-ID id (see MessageIDOf), or 0.
func (s *Store) EmailByMessageID(id string) (ID, error) {
	var found ID
	err := s.view(func(tx *bolt.Tx) error {
		found = emailByMessageID(tx, id)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("data: find message %q: %w", id, err)
	}
	return found, nil
}

// NewEmail is one message for SaveEmails: a new e-mail interaction, the
// bytes of its attachments (one for each of Interaction.Email.Attachments,
// in order) and the Message-IDs of the mail it answers, nearest first.
type NewEmail struct {
	Interaction *Interaction
	Files       [][]byte
	Answers     []string
}

// EmailSaved tells what SaveEmails did with one message: the interaction
// it made, or the one that holds the message already (Existed).
type EmailSaved struct {
	ID      ID
	Existed bool
}

// SaveEmails stores a batch of new e-mail interactions with their
// attachments in one transaction: all of them or, on an error or a
// cancelled ctx, none. A message whose Message-ID (MessageIDOf) the store
// knows already (an interaction marked for deletion too), or that came
// earlier in the batch, is not stored again.
// A message without a subject of its own and not based on another joins
// the chain of the first mail of Answers the store holds; stored mail
// that answers a new message, and is in no chain yet, joins its chain.
// progress, when set, is told how many messages are done.
func (s *Store) SaveEmails(ctx context.Context, batch []NewEmail, progress func(done int)) ([]EmailSaved, error) {
	out := make([]EmailSaved, len(batch))
	type kept struct {
		it    Interaction
		files []Attachment
	}
	saved := make([]kept, len(batch))
	for i, n := range batch {
		if n.Interaction == nil || n.Interaction.Email == nil || n.Interaction.ID != 0 {
			return nil, fmt.Errorf("data: save e-mails: message %d is not a new e-mail", i+1)
		}
		if len(n.Files) != len(n.Interaction.Email.Attachments) {
			return nil, fmt.Errorf("data: save e-mails: message %d: %d files for %d attachments", i+1, len(n.Files), len(n.Interaction.Email.Attachments))
		}
		saved[i] = kept{*n.Interaction, append([]Attachment(nil), n.Interaction.Email.Attachments...)}
	}
	err := s.update(func(w *writer) error {
		now := s.Now()
		for i, n := range batch {
			if i%64 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			it := n.Interaction
			if id := emailByMessageID(w.tx, it.Email.MessageID); id != 0 {
				out[i] = EmailSaved{ID: id, Existed: true}
				continue
			}
			if err := w.saveEmail(it, n, now); err != nil {
				return fmt.Errorf("message %d: %w", i+1, err)
			}
			out[i] = EmailSaved{ID: it.ID}
			if progress != nil {
				progress(i + 1)
			}
		}
		return nil
	})
	if err != nil {
		for i, n := range batch { // nothing was stored: give back the ids
			*n.Interaction = saved[i].it
			n.Interaction.Email.Attachments = saved[i].files
		}
		return nil, fmt.Errorf("data: save e-mails: %w", err)
	}
	return out, nil
}

// saveEmail stores one new e-mail of SaveEmails with its attachments.
func (w *writer) saveEmail(it *Interaction, n NewEmail, now time.Time) error {
	if it.Subject.IsZero() && it.BasedOn == 0 {
		for _, a := range n.Answers {
			if id := emailByMessageID(w.tx, a); id != 0 {
				it.BasedOn = id
				break
			}
		}
	}
	if it.Importance == 0 {
		it.Importance = ImportanceNormal
	}
	if err := it.Validate(); err != nil {
		return err
	}
	e := *it.Email
	e.Attachments = append([]Attachment(nil), e.Attachments...)
	blobs := w.b(bucketBlobs)
	for j, f := range n.Files {
		seq, err := blobs.NextSequence()
		if err != nil {
			return err
		}
		if err := blobs.Put(ID(seq).key(), f); err != nil {
			return err
		}
		e.Attachments[j].Blob, e.Attachments[j].Size = ID(seq), int64(len(f))
	}
	it.Email = &e
	seq, err := w.b(bucketInteractions).NextSequence()
	if err != nil {
		return err
	}
	it.ID, it.Created, it.Modified = ID(seq), now, now
	if it.Number == "" {
		it.Number = fmt.Sprintf("%08d", seq)
	}
	if err := w.save(nil, it); err != nil {
		return err
	}
	return w.adoptAnswers(it)
}

// adoptAnswers brings into the chain of it the stored e-mails that answer
// it and were imported before it: each based on nothing and the root of
// its own chain; the mail based on them comes along.
func (w *writer) adoptAnswers(it *Interaction) error {
	for _, id := range answersTo(w.tx, MessageIDOf(it)) {
		old, err := w.get(id)
		if err != nil {
			return err
		}
		if id == it.ID || old.Deleted || old.BasedOn != 0 || !old.IsChainRoot() {
			continue
		}
		answer, err := w.get(id) // a second copy: save may fill slices in place
		if err != nil {
			return err
		}
		answer.BasedOn, answer.Subject = it.ID, Ref{}
		if err := w.save(old, answer); err != nil {
			return fmt.Errorf("answer %d: %w", id, err)
		}
	}
	return nil
}
