package data

import (
	"fmt"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// NewInteraction returns a new, unsaved interaction of type t with the
// defaults of the settings: now, the current user responsible, normal
// importance, reviewed when outgoing and the option says so.
func (s *Store) NewInteraction(t InteractionType, dir Direction) *Interaction {
	st := s.Settings()
	now := s.Now().Truncate(time.Minute)
	it := &Interaction{Type: t, Direction: dir, Date: now, Responsible: st.CurrentUser, Author: st.CurrentUser,
		Importance: ImportanceNormal}
	it.Reviewed = dir == DirOutgoing && st.OutgoingReviewed
	switch t {
	case TypeMeeting:
		it.Meeting = &Meeting{Start: now, End: now.Add(st.MeetingLength)}
	case TypePlanned:
		it.Planned = &Planned{}
	case TypeCall:
		it.Call = &Call{}
	case TypeSMS:
		it.Direction = DirOutgoing
		it.Reviewed = st.OutgoingReviewed
		it.SMS = &SMS{State: SMSDraft}
	case TypeEmail:
		it.Email = &Email{Folder: FolderInbox}
		if dir == DirOutgoing {
			it.Email.Folder, it.Email.State = FolderDrafts, MailDraft
		}
	}
	return it
}

// SaveInteraction validates and stores it: a new one (ID 0) gets an id, a
// number and the creation time. Without a subject it joins the chain of
// the interaction it is based on, or roots its own chain. A subject set on
// a member of a chain moves the whole chain. Indexes and counters change
// in the same transaction.
func (s *Store) SaveInteraction(it *Interaction) error {
	if it.Importance == 0 {
		it.Importance = ImportanceNormal
	}
	if err := it.Validate(); err != nil {
		return fmt.Errorf("data: save interaction: %w", err)
	}
	before := *it
	err := s.update(func(w *writer) error {
		var old *Interaction
		now := s.Now()
		if it.ID == 0 {
			seq, err := w.b(bucketInteractions).NextSequence()
			if err != nil {
				return err
			}
			it.ID, it.Created = ID(seq), now
			if it.Number == "" {
				it.Number = fmt.Sprintf("%08d", seq)
			}
		} else {
			var err error
			if old, err = w.get(it.ID); err != nil {
				return err
			}
			it.Created, it.Deleted = old.Created, old.Deleted
		}
		it.Modified = now
		return w.save(old, it)
	})
	if err != nil {
		*it = before // the id, number and times of a refused save are not kept
		return fmt.Errorf("data: save interaction: %w", err)
	}
	return nil
}

// save resolves the subject, checks references and stores it, moving the
// chain of old when its subject changes.
func (w *writer) save(old, it *Interaction) error {
	if err := w.resolveSubject(it); err != nil {
		return err
	}
	if err := w.checkRefs(old, it); err != nil {
		return err
	}
	if err := w.put(old, it); err != nil {
		return err
	}
	if old == nil || old.Subject == it.Subject || old.Subject.Kind != RefInteraction || it.IsChainRoot() {
		return nil
	}
	return w.moveChain(old.Subject, it.Subject, it.ID)
}

// resolveSubject applies the chain rules: no subject means the chain of
// the base interaction or a chain of its own; an interaction as subject
// means that interaction's chain root or real subject.
func (w *writer) resolveSubject(it *Interaction) error {
	switch {
	case it.Subject.IsZero() && it.BasedOn != 0:
		base, err := w.get(it.BasedOn)
		if err != nil {
			return problemWith("basedOn", ProblemUnknownRef, Args{Kind: "interaction", ID: it.BasedOn})
		}
		it.Subject = base.Subject
	case it.Subject.IsZero():
		it.Subject = Ref{RefInteraction, it.ID}
	case it.Subject.Kind == RefInteraction && it.Subject.ID != it.ID:
		target, err := w.get(it.Subject.ID)
		if err != nil {
			return problemWith("subject", ProblemUnknownRef, Args{Kind: "interaction", ID: it.Subject.ID})
		}
		it.Subject = target.Subject
		if target.IsChainRoot() {
			it.Subject = Ref{RefInteraction, target.ID}
		}
	}
	return nil
}

// moveChain moves every other interaction of chain `from` to subject
// `to`, the ones marked for deletion too.
func (w *writer) moveChain(from, to Ref, except ID) error {
	ids, err := w.idsOf(ixSubject, from.appendKey(nil))
	if err != nil {
		return err
	}
	ids = append(ids, w.markedWhere(func(s summary) bool { return s.subject() == from })...)
	for _, id := range ids {
		if id == except {
			continue
		}
		m, err := w.get(id)
		if err != nil {
			return err
		}
		cp := *m
		cp.Subject = to
		if err := w.put(m, &cp); err != nil {
			return err
		}
	}
	return nil
}

// idsOf lists the ids of one packed list of an index, newest first.
func (w *writer) idsOf(bucket, prefix []byte) ([]ID, error) {
	if err := w.flushLists(); err != nil {
		return nil, err
	}
	var ids []ID
	lc := newListCursor(w.b(bucket), prefix)
	for dk, ok := lc.First(); ok; dk, ok = lc.Next() {
		ids = append(ids, dk.ID())
	}
	return ids, nil
}

// markedWhere lists the interactions marked for deletion whose summary
// passes test: they are in no index but the date index and the marks.
func (w *writer) markedWhere(test func(summary) bool) []ID {
	var ids []ID
	dates := w.b(ixDate)
	c := w.b(ixDeleted).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if v := dates.Get(k); v != nil && test(summary(v)) {
			ids = append(ids, cursorFrom(k).ID())
		}
	}
	return ids
}

// checkRefs verifies that every reference exists, fills contact names from
// the catalogs and brings attribute values to their canonical form. A
// "based on" link kept from old may point at a purged interaction.
func (w *writer) checkRefs(old, it *Interaction) error {
	if w.b(bucketEmployees).Get(it.Responsible.key()) == nil {
		return problemWith("responsible", ProblemUnknownRef, Args{Kind: "employee", ID: it.Responsible})
	}
	if it.Author != 0 && w.b(bucketEmployees).Get(it.Author.key()) == nil {
		return problemWith("author", ProblemUnknownRef, Args{Kind: "employee", ID: it.Author})
	}
	fill := func(field string, c *Contact) error {
		switch c.Ref.Kind {
		case RefPartner, RefPerson:
			name, err := w.refName(c.Ref)
			if err != nil {
				return problemWith(field, ProblemUnknownRef, Args{Kind: c.Ref.Kind.String(), ID: c.Ref.ID})
			}
			if strings.TrimSpace(c.Name) == "" {
				c.Name = name
			}
		case RefFree:
			c.Ref = FreeContactRef(c.Name)
		}
		return nil
	}
	for i := range it.Contacts {
		if err := fill("contacts["+itoa(i)+"]", &it.Contacts[i]); err != nil {
			return err
		}
	}
	if it.Call != nil && it.Call.Contact.Ref.Kind != RefNone {
		if err := fill("contact", &it.Call.Contact); err != nil {
			return err
		}
	}
	if it.SMS != nil {
		for i := range it.SMS.Recipients {
			if it.SMS.Recipients[i].Contact.Ref.Kind != RefNone {
				if err := fill("recipients["+itoa(i)+"].contact", &it.SMS.Recipients[i].Contact); err != nil {
					return err
				}
			}
		}
	}
	if it.Subject.Kind != RefInteraction || it.Subject.ID != it.ID {
		if _, err := w.refName(it.Subject); err != nil {
			return problemWith("subject", ProblemUnknownRef, Args{Kind: it.Subject.Kind.String(), ID: it.Subject.ID})
		}
	}
	if it.BasedOn != 0 && (old == nil || old.BasedOn != it.BasedOn) && w.b(bucketInteractions).Get(it.BasedOn.key()) == nil {
		return problemWith("basedOn", ProblemUnknownRef, Args{Kind: "interaction", ID: it.BasedOn})
	}
	for i := range it.Attrs {
		def := w.attrDef(it.Attrs[i].Attr)
		if def == nil {
			return problemWith("attrs["+itoa(i)+"]", ProblemUnknownRef, Args{Kind: "attribute", ID: it.Attrs[i].Attr})
		}
		if !def.AppliesTo(it.Type) {
			return problemWith("attrs["+itoa(i)+"]", ProblemNotApplicable, Args{Attr: def.Name, Kind: it.Type.String()})
		}
		v, err := def.CheckValue(it.Attrs[i].Value)
		if err != nil {
			fe, _ := AsFieldError(err)
			a := fe.Args
			a.Attr = def.Name
			return problemWith("attrs["+itoa(i)+"]", fe.Code, a)
		}
		it.Attrs[i].Value = v
	}
	return nil
}

// update runs fn in a write transaction with a writer.
func (s *Store) update(fn func(w *writer) error) error {
	s.mu.RLock()
	defs := s.attrDefs // read at the open: a store that writes is not read-only
	s.mu.RUnlock()
	return s.updateTx(func(tx *bolt.Tx) error {
		w, err := newWriter(tx, defs)
		if err != nil {
			return err
		}
		if err := fn(w); err != nil {
			return err
		}
		return w.settle()
	})
}

// Interaction reads one interaction.
func (s *Store) Interaction(id ID) (*Interaction, error) {
	var it *Interaction
	err := s.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketInteractions).Get(id.key())
		if v == nil {
			return fmt.Errorf("data: interaction %d: %w", id, ErrNotFound)
		}
		var err error
		it, err = decodeInteraction(id, v)
		return err
	})
	return it, err
}

// Interactions reads several interactions in one transaction; ids that
// do not exist are left out.
func (s *Store) Interactions(ids []ID) ([]*Interaction, error) {
	out := make([]*Interaction, 0, len(ids))
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketInteractions)
		for _, id := range ids {
			v := b.Get(id.key())
			if v == nil {
				continue
			}
			it, err := decodeInteraction(id, v)
			if err != nil {
				return err
			}
			out = append(out, it)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("data: read interactions: %w", err)
	}
	return out, nil
}

// Clock returns the store's idea of now (Now), for callers that reach the
// store through an interface.
func (s *Store) Clock() time.Time { return s.Now() }

// changeChunk is how many interactions one transaction of a bulk change
// edits: a selection of a million would otherwise hold most of the file's
// pages dirty in memory at once (300 000 rows of the 1 M file: 1.4 GB).
var changeChunk = 20000

// change applies edit to each interaction of ids, changeChunk of them a
// transaction. A failure undoes its transaction's part only; its error
// says how many were changed before.
func (s *Store) change(what string, ids []ID, edit func(w *writer, it *Interaction) error) error {
	now := s.Now()
	for done := 0; done < len(ids); done += changeChunk {
		part := ids[done:min(len(ids), done+changeChunk)]
		err := s.update(func(w *writer) error {
			for _, id := range part {
				old, err := w.get(id)
				if err != nil {
					return err
				}
				it, _ := w.get(id) // a second copy: save may fill slices in place
				if err := edit(w, it); err != nil {
					return fmt.Errorf("interaction %d: %w", id, err)
				}
				it.Modified = now
				if err := it.Validate(); err != nil {
					return fmt.Errorf("interaction %d: %w", id, err)
				}
				if err := w.save(old, it); err != nil {
					return fmt.Errorf("interaction %d: %w", id, err)
				}
			}
			return nil
		})
		switch {
		case err != nil && done > 0:
			return fmt.Errorf("data: %s: %w; the first %d of %d were changed", what, err, done, len(ids))
		case err != nil:
			return fmt.Errorf("data: %s: %w", what, err)
		}
		if p := s.bulkProgress.Load(); p != nil && len(ids) > changeChunk {
			(*p)(done+len(part), len(ids))
		}
	}
	return nil
}

// OnBulkProgress has fn told, from the goroutine of a bulk change
// (SetReviewed, SetReviewAfter, SetResponsible, SetSubject, MarkDeleted)
// of more interactions than one transaction takes, how many are done
// after each of its transactions; nil stops it. A million rows take
// minutes.
func (s *Store) OnBulkProgress(fn func(done, total int)) {
	if fn == nil {
		s.bulkProgress.Store(nil)
		return
	}
	s.bulkProgress.Store(&fn)
}

// SetReviewed marks the interactions reviewed (clearing review after) or unreviewed.
func (s *Store) SetReviewed(ids []ID, reviewed bool) error {
	return s.change("set reviewed", ids, func(_ *writer, it *Interaction) error {
		it.Reviewed = reviewed
		it.ReviewAfter = time.Time{}
		return nil
	})
}

// SetReviewAfter defers the interactions: unreviewed, to be reviewed after t.
func (s *Store) SetReviewAfter(ids []ID, t time.Time) error {
	if t.IsZero() {
		return fmt.Errorf("data: review after: %w", problemAt("reviewAfter", ProblemNotSet))
	}
	return s.change("review after", ids, func(_ *writer, it *Interaction) error {
		it.Reviewed = false
		it.ReviewAfter = t
		return nil
	})
}

// SetResponsible makes emp responsible for the interactions.
func (s *Store) SetResponsible(ids []ID, emp ID) error {
	return s.change("set responsible", ids, func(_ *writer, it *Interaction) error {
		it.Responsible = emp
		return nil
	})
}

// SetSubject sets the subject of the interactions; on a chain member it
// moves the whole chain. A zero subject makes each its own chain.
func (s *Store) SetSubject(ids []ID, subject Ref) error {
	return s.change("set subject", ids, func(_ *writer, it *Interaction) error {
		if subject.IsZero() {
			it.Subject = Ref{RefInteraction, it.ID}
		} else {
			it.Subject = subject
		}
		return nil
	})
}

// MarkDeleted sets or clears the deletion mark of the interactions.
// Marked interactions leave every index but the date index and the
// counters until the mark is cleared or they are purged.
func (s *Store) MarkDeleted(ids []ID, deleted bool) error {
	return s.change("mark for deletion", ids, func(_ *writer, it *Interaction) error {
		it.Deleted = deleted
		return nil
	})
}

// Purge removes every interaction marked for deletion and returns how many.
// The members of a purged chain root's chain get the oldest of them as
// their new root. It runs changeChunk interactions a transaction, telling
// OnBulkProgress after each when there are more; a failure keeps what the
// transactions before purged and says how many.
func (s *Store) Purge() (int, error) {
	total := 0
	s.view(func(tx *bolt.Tx) error {
		total = tx.Bucket(ixDeleted).Stats().KeyN
		return nil
	})
	n := 0
	for {
		done := 0
		err := s.update(func(w *writer) error {
			var ids []ID
			c := w.b(ixDeleted).Cursor()
			for k, _ := c.First(); k != nil && len(ids) < changeChunk; k, _ = c.Next() {
				ids = append(ids, cursorFrom(k).ID())
			}
			for _, id := range ids {
				if err := w.purge(id); err != nil {
					return err
				}
				done++
			}
			return nil
		})
		switch {
		case err != nil && n > 0:
			return n, fmt.Errorf("data: purge: %w; %d were purged before", err, n)
		case err != nil:
			return 0, fmt.Errorf("data: purge: %w", err)
		}
		n += done
		if done < changeChunk {
			return n, nil
		}
		if p := s.bulkProgress.Load(); p != nil {
			(*p)(n, max(n, total))
		}
	}
}

// purge removes the marked interaction id, its attachments' blobs, and
// gives the members of its chain, when it is a chain's root, the oldest of
// them as their new root.
func (w *writer) purge(id ID) error {
	it, err := w.get(id)
	if err != nil {
		return err
	}
	if err := w.remove(it); err != nil {
		return err
	}
	if email := it.Email; email != nil {
		for _, a := range email.Attachments {
			if a.Blob != 0 {
				if err := w.b(bucketBlobs).Delete(a.Blob.key()); err != nil {
					return err
				}
			}
		}
	}
	if it.IsChainRoot() {
		members, err := w.idsOf(ixSubject, it.Subject.appendKey(nil))
		if err != nil {
			return err
		}
		if len(members) > 0 {
			root := Ref{RefInteraction, members[len(members)-1]}
			if err := w.moveChain(it.Subject, root, 0); err != nil {
				return err
			}
		}
	}
	return nil
}
