package editor

import (
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
)

// standardFolders are the e-mail folders every mailbox has.
var standardFolders = []string{data.FolderInbox, data.FolderDrafts, data.FolderOutbox, data.FolderSent, data.FolderTrash}

// buildEmail adds the rows of an e-mail: from, to, cc, bcc, the mail
// subject, the text, the attachments, the folder and, for outgoing mail,
// its state; the message id and the one it replies to are shown as read.
func (e *Editor) buildEmail() {
	addrHint := lang.X("create.hint.to", "addresses, separated by commas")
	e.From = e.entry("")
	e.Form.Add(lang.X("create.field.from", "From"), e.From, "from")
	e.To = e.entry(addrHint)
	e.Form.Add(lang.X("create.field.to", "To"), e.To, "to")
	e.Cc = e.entry(addrHint)
	e.Form.Add(lang.X("editor.field.cc", "Cc"), e.Cc, "cc")
	e.Bcc = e.entry(addrHint)
	e.Form.Add(lang.X("editor.field.bcc", "Bcc"), e.Bcc, "bcc")
	e.MailSubject = e.entry("")
	e.Form.Add(lang.X("create.field.mailSubject", "Mail subject"), e.MailSubject, "email", "mailSubject")
	e.Body = e.multiLine(8)
	e.Form.Add(lang.X("create.field.body", "Message text"), e.Body, "body")
	e.Attachments = newAttachmentList(e)
	e.Form.Watch(e.Attachments.state)
	e.Form.Add(lang.X("editor.field.attachments", "Attachments"), e.Attachments.Content, "attachments")
	var titles []string
	for _, f := range standardFolders {
		titles = append(titles, format.FolderTitle(f))
	}
	e.Folder = widget.NewSelectEntry(titles)
	e.Form.Watch(func() string { return e.Folder.Text })
	e.Form.Add(lang.X("create.field.folder", "Folder"), e.Folder, "folder")
	e.mailStates = []data.MailState{data.MailDraft, data.MailOutbox, data.MailSent}
	var states []string
	for _, s := range e.mailStates {
		states = append(states, format.MailStateTitle(s))
	}
	e.MailState = e.selectOf(states)
	e.Form.Add(lang.X("editor.field.mailState", "Sending state"), e.MailState, "state")
	e.Direction.OnChanged = func(string) { e.directionShown() }
	if m := e.it.Email; m.MessageID != "" || m.InReplyTo != "" {
		ids := widget.NewLabel(strings.TrimSpace(m.MessageID + "\n" + lang.X("editor.inReplyTo", "in reply to {{.ID}}", map[string]any{"ID": m.InReplyTo})))
		if m.InReplyTo == "" {
			ids.SetText(m.MessageID)
		}
		ids.Wrapping = 2
		e.Form.Add(lang.X("editor.field.messageID", "Message id"), ids)
	}
}

// directionShown shows the sending state for outgoing mail only.
func (e *Editor) directionShown() {
	if e.MailState == nil {
		return
	}
	if e.Direction.Selected == e.Direction.Options[0] {
		e.MailState.Hide()
	} else {
		e.MailState.Show()
		if e.MailState.Selected == "" {
			e.MailState.SetSelectedIndex(0)
		}
	}
}

func (e *Editor) fillEmail() {
	m := e.it.Email
	e.From.SetText(m.From)
	e.To.SetText(strings.Join(m.To, ", "))
	e.Cc.SetText(strings.Join(m.Cc, ", "))
	e.Bcc.SetText(strings.Join(m.Bcc, ", "))
	e.MailSubject.SetText(m.Subject)
	body := m.Body
	if body == "" && m.HTMLBody != "" {
		body = data.HTMLText(m.HTMLBody) // the HTML body is kept, and shown as text
	}
	e.Body.SetText(body)
	e.Attachments.set(m.Attachments)
	e.Folder.SetText(format.FolderTitle(m.Folder))
	if m.State != data.MailNone {
		e.MailState.SetSelectedIndex(indexOf(e.mailStates, m.State))
	}
	e.directionShown()
}

func (e *Editor) collectEmail(it *data.Interaction, _ func(string, string)) {
	m := it.Email
	m.From = strings.TrimSpace(e.From.Text)
	m.To, m.Cc, m.Bcc = splitAddresses(e.To.Text), splitAddresses(e.Cc.Text), splitAddresses(e.Bcc.Text)
	m.Subject = strings.TrimSpace(e.MailSubject.Text)
	if orig := e.it.Email; !(orig.Body == "" && orig.HTMLBody != "" && e.Body.Text == data.HTMLText(orig.HTMLBody)) {
		m.Body = e.Body.Text
	}
	m.Attachments = e.Attachments.attachments()
	m.Folder = folderName(e.Folder.Text)
	m.State = data.MailNone
	if it.Direction == data.DirOutgoing {
		if i := e.MailState.SelectedIndex(); i >= 0 {
			m.State = e.mailStates[i]
		}
	}
	if it.Topic == "" {
		it.Topic = m.Subject
	}
}

// folderName returns the stored name of a folder shown as title: a
// standard folder's name, or the user's folder as typed.
func folderName(title string) string {
	title = strings.TrimSpace(title)
	for _, f := range standardFolders {
		if format.FolderTitle(f) == title {
			return f
		}
	}
	return title
}
