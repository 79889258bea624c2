package reminders

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
	"interactions/ui/format"
	"interactions/ui/icons"
	"interactions/ui/widgets"
)

// snoozes are the presets of "remind later", as for review after.
var snoozes = []time.Duration{15 * time.Minute, 30 * time.Minute, time.Hour, 3 * time.Hour}

// Panel is the window's reminders: a button that says how many are due
// and opens their list.
type Panel struct {
	svc        *Service
	win        fyne.Window
	workday    func() int // the hour the working day starts, for "tomorrow"
	Button     *widget.Button
	List       *widget.List
	Empty      *widget.Label
	dialog     dialog.Dialog
	dialogOpen bool

	// OnOpen, when set, opens a reminder's interaction (its editor).
	OnOpen func(data.ID)
}

// NewPanel returns the reminders' button over svc; its list opens over win.
func NewPanel(svc *Service, win fyne.Window, workdayStart func() int) *Panel {
	p := &Panel{svc: svc, win: win, workday: workdayStart}
	p.Button = widget.NewButtonWithIcon("", theme.MailComposeIcon(), p.Open)
	p.Button.Importance = widget.LowImportance
	p.Empty = widget.NewLabel(lang.X("reminders.none", "No reminders."))
	p.List = widget.NewList(func() int { return len(p.svc.Due()) }, p.newRow, p.updateRow)
	svc.OnChanged = p.refresh
	p.refresh()
	return p
}

// refresh shows the count on the button and the rows of an open list.
func (p *Panel) refresh() {
	n := len(p.svc.Due())
	p.Button.SetText(lang.X("reminders.button", "Reminders: {{.Count}}", map[string]any{"Count": n}))
	p.Button.Importance = widget.LowImportance
	if n > 0 {
		p.Button.Importance = widget.WarningImportance
	}
	p.Button.Refresh()
	widgets.ShowIf(p.Empty, n == 0)
	p.List.Refresh()
}

// Open shows the list of due reminders.
func (p *Panel) Open() {
	if p.dialog == nil {
		body := container.NewStack(p.List, container.NewCenter(p.Empty))
		p.dialog = dialog.NewCustom(lang.X("reminders.title", "Reminders"), lang.X("reminders.close", "Close"), body, p.win)
		p.dialog.SetOnClosed(func() { p.dialogOpen = false })
	}
	p.dialog.Resize(fyne.NewSize(620, 420))
	p.dialogOpen = true
	p.refresh()
	p.dialog.Show()
}

// reminderRow is one row of the list: the type icon, what and when,
// the topic, and the Later and Dismiss buttons.
type reminderRow struct {
	widget.BaseWidget
	icon    *widget.Icon
	title   *widget.Label
	topic   *widget.Label
	snooze  *widget.Button
	dismiss *widget.Button
	open    *widget.Button
}

func (p *Panel) newRow() fyne.CanvasObject {
	r := &reminderRow{icon: widget.NewIcon(nil), title: widget.NewLabel(""), topic: widget.NewLabel("")}
	r.title.TextStyle.Bold = true
	r.topic.Truncation = fyne.TextTruncateEllipsis
	r.snooze = widget.NewButtonWithIcon(lang.X("reminders.snooze", "Later"), theme.HistoryIcon(), nil)
	r.dismiss = widget.NewButtonWithIcon(lang.X("reminders.dismiss", "Dismiss"), theme.ConfirmIcon(), nil)
	r.open = widget.NewButtonWithIcon("", theme.DocumentIcon(), nil)
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer lays the row out.
func (r *reminderRow) CreateRenderer() fyne.WidgetRenderer {
	text := container.NewVBox(r.title, r.topic)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, r.icon, container.NewHBox(r.open, r.snooze, r.dismiss), text))
}

func (p *Panel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	due := p.svc.Due()
	if i >= len(due) {
		return
	}
	rem := due[i]
	r := o.(*reminderRow)
	r.icon.SetResource(icons.Type(rem.Type))
	r.title.SetText(Title(rem))
	r.topic.SetText(rem.Topic)
	r.dismiss.OnTapped = func() { p.svc.Dismiss(rem) }
	r.snooze.OnTapped = func() { p.showSnooze(rem, r.snooze) }
	r.open.OnTapped = func() {
		if p.OnOpen != nil {
			p.OnOpen(rem.Interaction)
		}
	}
	widgets.ShowIf(r.open, p.OnOpen != nil)
}

// showSnooze offers the snooze presets and "tomorrow" under button b.
func (p *Panel) showSnooze(rem data.Reminder, b *widget.Button) {
	now := p.svc.now()
	var items []*fyne.MenuItem
	for _, d := range snoozes {
		d := d
		items = append(items, fyne.NewMenuItem(snoozeName(d), func() { p.svc.Snooze(rem, now.Add(d)) }))
	}
	items = append(items, fyne.NewMenuItem(lang.X("reminders.tomorrow", "Tomorrow"), func() {
		p.svc.Snooze(rem, format.NextWorkday(now, p.workday()))
	}))
	c := fyne.CurrentApp().Driver().CanvasForObject(b)
	if c == nil {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).Add(fyne.NewPos(0, b.Size().Height))
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), c, pos)
}

// snoozeName writes a snooze preset: "In 15 minutes".
func snoozeName(d time.Duration) string {
	if d < time.Hour {
		return lang.X("reminders.inMinutes", "In {{.N}} min", map[string]any{"N": int(d / time.Minute)})
	}
	return lang.X("reminders.inHours", "In {{.N}} h", map[string]any{"N": int(d / time.Hour)})
}
