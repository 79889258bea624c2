package demo_test

import (
	"testing"
	"time"

	"interactions/data"
)

func TestGenerate_Chains(t *testing.T) {
	ds, _ := generate(t, 20000, "ru")
	its := ds.Interactions
	members := map[data.ID]int{}
	real, followUps := 0, 0
	for i := range its {
		it := &its[i]
		switch it.Subject.Kind {
		case data.RefInteraction:
			root := &its[it.Subject.ID-1]
			if !root.IsChainRoot() {
				t.Fatalf("interaction %d: subject %v is not a chain root", it.ID, it.Subject)
			}
			if root.ID > it.ID {
				t.Fatalf("interaction %d: its chain root %d comes later", it.ID, root.ID)
			}
			members[root.ID]++
		default:
			real++
		}
		if it.BasedOn == 0 {
			if it.Subject.Kind == data.RefInteraction && !it.IsChainRoot() {
				t.Fatalf("interaction %d: in chain %v but based on nothing", it.ID, it.Subject)
			}
			continue
		}
		followUps++
		if it.BasedOn >= it.ID {
			t.Fatalf("interaction %d: based on the later %d", it.ID, it.BasedOn)
		}
		base := &its[it.BasedOn-1]
		if base.Subject != it.Subject {
			t.Fatalf("interaction %d: subject %v, its base %d has %v", it.ID, it.Subject, base.ID, base.Subject)
		}
		if base.Date.After(it.Date) {
			t.Fatalf("interaction %d: dated before its base %d", it.ID, base.ID)
		}
		if base.Deleted {
			t.Fatalf("interaction %d: based on the deleted %d", it.ID, base.ID)
		}
	}
	longest, chained := 0, 0
	for _, n := range members {
		longest = max(longest, n)
		if n > 1 {
			chained++
		}
	}
	if longest > 6 {
		t.Errorf("a chain of %d interactions, want at most 6", longest)
	}
	if chained < len(members)/5 {
		t.Errorf("only %d of %d chains have follow-ups", chained, len(members))
	}
	if share := float64(real) / float64(len(its)); share < 0.3 || share > 0.55 {
		t.Errorf("%.0f%% of interactions have a real subject, want about 40%%", share*100)
	}
	if followUps < len(its)/4 {
		t.Errorf("only %d follow-ups", followUps)
	}
}

func TestGenerate_TypeMix(t *testing.T) {
	ds, o := generate(t, 20000, "ru")
	count := map[data.InteractionType]int{}
	future, plans := 0, 0
	for _, it := range ds.Interactions {
		count[it.Type]++
		if it.Date.After(o.Now) {
			future++
			if it.Type == data.TypeMeeting || it.Type == data.TypePlanned {
				plans++
			}
		}
	}
	for _, typ := range data.AllTypes {
		if count[typ] == 0 {
			t.Errorf("no %s", typ)
		}
	}
	for _, common := range []data.InteractionType{data.TypeCall, data.TypeEmail} {
		for _, rarer := range []data.InteractionType{data.TypeMeeting, data.TypePlanned, data.TypeSMS} {
			if count[common] <= count[rarer] {
				t.Errorf("%d %ss, not more than %d %ss", count[common], common, count[rarer], rarer)
			}
		}
	}
	if future == 0 || plans < future*3/4 {
		t.Errorf("%d of %d future interactions are meetings or plans", plans, future)
	}
}

func TestGenerate_Review(t *testing.T) {
	ds, o := generate(t, 20000, "en")
	now := o.Now
	var reviewed, toReview, deferred, due, old, oldReviewed int
	importance := map[data.Importance]int{}
	for _, it := range ds.Interactions {
		importance[it.Importance]++
		if now.Sub(it.Date) > 40*24*time.Hour {
			old++
			if it.Reviewed {
				oldReviewed++
			}
		}
		switch {
		case it.Reviewed:
			reviewed++
		case it.Deferred(now):
			deferred++
		case it.ToReview(now) && !it.ReviewAfter.IsZero():
			due++
		case it.ToReview(now):
			toReview++
		}
	}
	if reviewed == 0 || toReview == 0 || deferred == 0 || due == 0 {
		t.Errorf("reviewed %d, to review %d, deferred %d, due %d: want some of each", reviewed, toReview, deferred, due)
	}
	if oldReviewed < old*9/10 {
		t.Errorf("%d of %d old interactions reviewed", oldReviewed, old)
	}
	if importance[data.ImportanceNormal] < len(ds.Interactions)/2 ||
		importance[data.ImportanceHigh] == 0 || importance[data.ImportanceLow] == 0 {
		t.Errorf("importance mix %v", importance)
	}
}

func TestGenerate_Mail(t *testing.T) {
	ds, o := generate(t, 20000, "ru")
	ids := map[string]data.ID{}
	folders := map[string]int{}
	replies, html, attachments := 0, 0, 0
	for i := range ds.Interactions {
		it := &ds.Interactions[i]
		e := it.Email
		if e == nil {
			continue
		}
		folders[e.Folder]++
		switch {
		case it.Direction == data.DirIncoming && e.State != data.MailNone,
			e.State == data.MailDraft && e.Folder != data.FolderDrafts,
			e.State == data.MailOutbox && e.Folder != data.FolderOutbox,
			e.State == data.MailSent && e.Folder != data.FolderSent,
			it.Direction == data.DirIncoming && (e.Folder == data.FolderSent || e.Folder == data.FolderDrafts):
			t.Fatalf("e-mail %d: %v in %q, state %d", it.ID, it.Direction, e.Folder, e.State)
		}
		if it.Date.After(o.Now) && e.State != data.MailDraft {
			t.Fatalf("e-mail %d: dated in the future but not a draft", it.ID)
		}
		if e.Subject != it.Topic || (e.Body == "") == (e.HTMLBody == "") {
			t.Fatalf("e-mail %d: subject %q, topic %q, body %d, html %d bytes", it.ID, e.Subject, it.Topic, len(e.Body), len(e.HTMLBody))
		}
		if e.MessageID != "" {
			if other, dup := ids[e.MessageID]; dup {
				t.Fatalf("e-mails %d and %d share the id %s", other, it.ID, e.MessageID)
			}
			ids[e.MessageID] = it.ID
		}
		if e.InReplyTo != "" {
			replies++
			base := &ds.Interactions[it.BasedOn-1]
			if it.BasedOn == 0 || base.Email == nil || base.Email.MessageID != e.InReplyTo {
				t.Fatalf("e-mail %d: in reply to %s, based on %d", it.ID, e.InReplyTo, it.BasedOn)
			}
		}
		if e.HTMLBody != "" {
			html++
		}
		for _, a := range e.Attachments {
			attachments++
			if a.Blob != 0 || a.Size <= 0 {
				t.Fatalf("e-mail %d: attachment %+v", it.ID, a)
			}
		}
	}
	for _, f := range []string{data.FolderInbox, data.FolderSent, data.FolderDrafts} {
		if folders[f] == 0 {
			t.Errorf("no e-mail in %s: %v", f, folders)
		}
	}
	if replies == 0 || html == 0 || attachments == 0 {
		t.Errorf("%d replies, %d HTML letters, %d attachments", replies, html, attachments)
	}
}
