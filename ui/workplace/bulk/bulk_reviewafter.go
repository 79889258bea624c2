package bulk

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"interactions/data"

	"interactions/ui/format"

	"interactions/ui/widgets"
)

// reviewPreset is one entry of the review-after menu: how far it defers.
type reviewPreset struct {
	Label func() string
	at    func(now time.Time, st data.Settings) time.Time
}

// deferBy returns a preset that defers by d from now, to the minute.
func deferBy(d time.Duration) func(time.Time, data.Settings) time.Time {
	return func(now time.Time, _ data.Settings) time.Time { return now.Add(d).Truncate(time.Minute) }
}

// reviewPresets are the presets of SPEC 2: 15 min, 30 min, 1 h, 3 h, and
// the start of the next working day.
func (b *Bar) reviewPresets() []reviewPreset {
	return []reviewPreset{
		{func() string { return lang.X("bulk.reviewAfter.15m", "In 15 minutes") }, deferBy(15 * time.Minute)},
		{func() string { return lang.X("bulk.reviewAfter.30m", "In 30 minutes") }, deferBy(30 * time.Minute)},
		{func() string { return lang.X("bulk.reviewAfter.1h", "In 1 hour") }, deferBy(time.Hour)},
		{func() string { return lang.X("bulk.reviewAfter.3h", "In 3 hours") }, deferBy(3 * time.Hour)},
		{
			func() string {
				t := format.NextWorkday(b.Now(), b.store.Settings().WorkdayStart)
				return lang.X("bulk.reviewAfter.workday", "Next working day, {{.When}}", map[string]any{"When": format.DateTime(t)})
			},
			func(now time.Time, st data.Settings) time.Time { return format.NextWorkday(now, st.WorkdayStart) },
		},
	}
}

// newReviewMenu builds the review-after menu: the presets and "Date and
// time…" (the bar adds "Mark unreviewed" under them). The label of the next working day is brought up to date each
// time the menu opens.
func (b *Bar) newReviewMenu() *fyne.Menu {
	m := fyne.NewMenu("")
	for _, p := range b.reviewPresets() {
		item := fyne.NewMenuItem(p.Label(), nil)
		item.Action = func() { b.deferTo(p.at(b.Now(), b.store.Settings())) }
		m.Items = append(m.Items, item)
	}
	m.Items = append(m.Items, fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.X("bulk.reviewAfter.custom", "Date and time…"), b.openReviewAfter))
	return m
}

// refreshReviewMenu renews the labels that depend on the clock.
func (b *Bar) refreshReviewMenu() {
	for i, p := range b.reviewPresets() {
		b.ReviewMenu.Items[i].Label = p.Label()
	}
}

// deferTo sets review after t on the selection.
func (b *Bar) deferTo(t time.Time) {
	ids := b.ids()
	if len(ids) == 0 || !b.opts.Shows(data.PartReviewActions) {
		return
	}
	st := b.store
	b.run(lang.X("bulk.reviewAfter", "Review after"), func() error { return st.SetReviewAfter(ids, t) })
}

// reviewAfterDialog asks for the date and time to review the selection
// after. A date or time that cannot be read, or a moment already past,
// shows an error under its field and changes nothing.
type reviewAfterDialog struct {
	Date, Time       *widgets.EscEntry
	DateErr, TimeErr *widget.Label
	Cancel, OK       *widget.Button
	Dialog           *dialog.CustomDialog
}

// openReviewAfter opens the dialog, filled with now plus the default delay.
func (b *Bar) openReviewAfter() {
	if b.n == 0 || b.running > 0 {
		return
	}
	b.refreshReviewMenu()
	d := &reviewAfterDialog{Date: widgets.NewEscEntry(), Time: widgets.NewEscEntry(), DateErr: widgets.NewErrorLabel(), TimeErr: widgets.NewErrorLabel()}
	start := b.Now().Add(b.store.Settings().ReviewAfterDelay)
	d.Date.SetText(format.Date(start))
	d.Date.SetPlaceHolder(lang.X("format.date.hint", "YYYY-MM-DD"))
	d.Time.SetText(format.Clock(start))
	d.Time.SetPlaceHolder(lang.X("format.time.hint", "HH:MM"))
	d.Cancel, d.OK = widgets.DialogButtons(lang.X("bulk.apply", "Set"), func() { b.confirmReviewAfter(d) })

	form := widget.NewForm(
		widget.NewFormItem(lang.X("bulk.date", "Date"), container.NewVBox(d.Date, d.DateErr)),
		widget.NewFormItem(lang.X("bulk.time", "Time"), container.NewVBox(d.Time, d.TimeErr)))
	d.Dialog = dialog.NewCustomWithoutButtons(lang.X("bulk.reviewAfter", "Review after"), form, b.win)
	d.Dialog.SetButtons([]fyne.CanvasObject{d.Cancel, d.OK})
	d.Cancel.OnTapped = d.Dialog.Hide
	for _, e := range []*widgets.EscEntry{d.Date, d.Time} {
		e.OnEscape = d.Dialog.Hide
		e.OnSubmitted = func(string) { b.confirmReviewAfter(d) }
	}
	d.relayout()
	b.custom = d
	d.Dialog.Show()
}

// confirmReviewAfter checks the dialog's date and time and defers the
// selection to them, or shows what is wrong.
func (b *Bar) confirmReviewAfter(d *reviewAfterDialog) {
	now := b.Now()
	day, okDate := format.ParseDate(d.Date.Text)
	h, m, okTime := format.ParseClock(d.Time.Text)
	widgets.ShowError(d.DateErr, "")
	widgets.ShowError(d.TimeErr, "")
	if !okDate {
		widgets.ShowError(d.DateErr, widgets.FieldMessage(lang.X("bulk.date", "Date"), widgets.FormatProblem(format.DateExample(now))))
	}
	if !okTime {
		widgets.ShowError(d.TimeErr, widgets.FieldMessage(lang.X("bulk.time", "Time"), widgets.FormatProblem(format.Clock(now))))
	}
	if !okDate || !okTime {
		d.relayout()
		return
	}
	t := format.AtClock(day, h, m)
	if !t.After(now) {
		widgets.ShowError(d.DateErr, widgets.FieldMessage(lang.X("bulk.date", "Date"),
			lang.X("create.problem.past", "{{.When}} has already passed", map[string]any{"When": format.DateTime(t)})))
		d.relayout()
		return
	}
	d.Dialog.Hide()
	b.deferTo(t)
}

// relayout sizes the dialog to its content, which grows with error lines.
func (d *reviewAfterDialog) relayout() { d.Dialog.Resize(fyne.NewSize(360, 0)) }
