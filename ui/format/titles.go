package format

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// DirectionTitle is the name of a direction, "" for none.
func DirectionTitle(d data.Direction) string {
	switch d {
	case data.DirIncoming:
		return lang.X("direction.incoming", "Incoming")
	case data.DirOutgoing:
		return lang.X("direction.outgoing", "Outgoing")
	}
	return ""
}

// ImportanceTitle is the name of an importance level.
func ImportanceTitle(i data.Importance) string {
	switch i {
	case data.ImportanceLow:
		return lang.X("preview.importance.low", "Low")
	case data.ImportanceHigh:
		return lang.X("preview.importance.high", "High")
	}
	return lang.X("preview.importance.normal", "Normal")
}

// SMSStateTitle is the name of an SMS delivery state.
func SMSStateTitle(s data.SMSState) string {
	switch s {
	case data.SMSDraft:
		return lang.X("preview.sms.draft", "Draft")
	case data.SMSQueued:
		return lang.X("preview.sms.queued", "Queued")
	case data.SMSSent:
		return lang.X("preview.sms.sent", "Sent")
	case data.SMSDelivered:
		return lang.X("preview.sms.delivered", "Delivered")
	case data.SMSNotDelivered:
		return lang.X("preview.sms.notDelivered", "Not delivered")
	}
	return ""
}

// MailStateTitle is the name of an outgoing e-mail's state, "" for incoming mail.
func MailStateTitle(s data.MailState) string {
	switch s {
	case data.MailDraft:
		return lang.X("preview.mail.draft", "Draft")
	case data.MailOutbox:
		return lang.X("preview.mail.outbox", "In the outbox")
	case data.MailSent:
		return lang.X("preview.mail.sent", "Sent")
	}
	return ""
}

// FolderTitle is the name of an e-mail folder: the standard ones
// translated, user folders as named.
func FolderTitle(f string) string {
	switch f {
	case data.FolderInbox:
		return lang.X("preview.folder.inbox", "Inbox")
	case data.FolderDrafts:
		return lang.X("preview.folder.drafts", "Drafts")
	case data.FolderOutbox:
		return lang.X("preview.folder.outbox", "Outbox")
	case data.FolderSent:
		return lang.X("preview.folder.sent", "Sent")
	case data.FolderTrash:
		return lang.X("preview.folder.trash", "Trash")
	}
	return f
}

// Size writes a file size in bytes, KB or MB (one decimal, with the
// decimal sign of the interface language).
func Size(n int64) string {
	switch {
	case n < 1024:
		return lang.X("preview.sizeBytes", "{{.N}} B", map[string]any{"N": n})
	case n < 1024*1024:
		return lang.X("preview.sizeKB", "{{.N}} KB", map[string]any{"N": (n + 512) / 1024})
	}
	mb := Decimal(fmt.Sprintf("%.1f", float64(n)/(1024*1024)))
	return lang.X("preview.sizeMB", "{{.N}} MB", map[string]any{"N": mb})
}

// Duration writes a call's length in words of the interface language:
// "45 s", "5 min", "5 min 30 s", "1 h 05 min" (a bare "5:00" reads as
// five hours).
func Duration(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	h, m, sec := s/3600, s/60%60, s%60
	args := map[string]any{"H": h, "M": m, "S": sec, "MM": fmt.Sprintf("%02d", m)}
	switch {
	case h > 0:
		return lang.X("format.duration.hm", "{{.H}} h {{.MM}} min", args)
	case m > 0 && sec > 0:
		return lang.X("format.duration.ms", "{{.M}} min {{.S}} s", args)
	case m > 0:
		return lang.X("format.duration.m", "{{.M}} min", args)
	}
	return lang.X("format.duration.s", "{{.S}} s", args)
}

// KindTitle returns the name of a value of the type filter.
func KindTitle(k data.Kind) string {
	switch k {
	case data.KindMeeting:
		return lang.X("filter.kind.meeting", "Meetings")
	case data.KindPlanned:
		return lang.X("filter.kind.planned", "Planned")
	case data.KindCallIn:
		return lang.X("filter.kind.callIn", "Incoming calls")
	case data.KindCallOut:
		return lang.X("filter.kind.callOut", "Outgoing calls")
	case data.KindSMS:
		return lang.X("filter.kind.sms", "SMS")
	case data.KindEmailIn:
		return lang.X("filter.kind.emailIn", "Incoming e-mail")
	case data.KindEmailOut:
		return lang.X("filter.kind.emailOut", "Outgoing e-mail")
	case data.KindEmailDraft:
		return lang.X("filter.kind.emailDraft", "E-mail drafts")
	case data.KindEmailSent:
		return lang.X("filter.kind.emailSent", "Sent e-mail")
	}
	return k.String()
}
