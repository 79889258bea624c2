package filterbar

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/data"
)

// The choices of the period select, in its order.
const (
	periodAny = iota
	periodToday
	periodWeek
	periodMonth
	periodCustom
)

// periodWidgets are the period select and the pop-up of a custom period.
type periodWidgets struct {
	period       *widget.Select
	periodFrom   *widget.Entry
	periodTo     *widget.Entry
	periodErr    *widget.Label // names the field with a bad date
	periodApply  *widget.Button
	periodCancel *widget.Button
	periodForm   fyne.CanvasObject
	periodPop    *widget.PopUp
}

// buildPeriod makes the period select and the custom period's form.
func (b *Bar) buildPeriod() {
	b.period = b.newSelect(lang.X("filter.period", "Period"), b.periodChanged)
	hint := lang.X("filter.date.hint", "yyyy-mm-dd")
	b.periodFrom = widget.NewEntry()
	b.periodFrom.SetPlaceHolder(hint)
	b.periodTo = widget.NewEntry()
	b.periodTo.SetPlaceHolder(hint)
	submit := func(string) { b.applyCustomPeriod() }
	b.periodFrom.OnSubmitted, b.periodTo.OnSubmitted = submit, submit
	b.periodErr = widget.NewLabel("")
	b.periodErr.Importance = widget.DangerImportance
	b.periodErr.Wrapping = fyne.TextWrapWord
	b.periodErr.Hide()
	b.periodApply = widget.NewButtonWithIcon(lang.X("filter.apply", "Apply"), theme.ConfirmIcon(), b.applyCustomPeriod)
	b.periodApply.Importance = widget.HighImportance
	b.periodCancel = widget.NewButton(lang.X("filter.cancel", "Cancel"), func() {
		if b.periodPop != nil {
			b.periodPop.Hide()
		}
	})
	form := widget.NewForm(
		widget.NewFormItem(lang.X("filter.period.from", "From"), b.periodFrom),
		widget.NewFormItem(lang.X("filter.period.to", "To"), b.periodTo))
	b.periodForm = container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle(lang.X("filter.period.custom.title", "Custom period"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, b.periodErr,
		container.NewHBox(layout.NewSpacer(), b.periodCancel, b.periodApply)))
}

// periodOptions returns the labels of the period select; the last one
// shows the custom range when one is chosen.
func (b *Bar) periodOptions() []string {
	custom := lang.X("filter.period.custom", "Custom…")
	if b.customPeriod {
		custom = periodLabel(b.filter.From, b.filter.To)
	}
	return []string{
		lang.X("filter.period.any", "Any period"),
		lang.X("filter.period.today", "Today"),
		lang.X("filter.period.week", "This week"),
		lang.X("filter.period.month", "This month"),
		custom,
	}
}

// showPeriod selects the choice that gives the filter's period.
func (b *Bar) showPeriod() {
	choice := b.periodChoice(b.filter.From, b.filter.To)
	b.customPeriod = choice == periodCustom
	b.quietly(func() {
		b.setOptions(b.period, b.periodOptions(), b.row1, 240)
		b.period.SetSelectedIndex(choice)
	})
}

// periodChoice returns the choice whose range is [from, to) now.
func (b *Bar) periodChoice(from, to time.Time) int {
	if from.IsZero() && to.IsZero() {
		return periodAny
	}
	now := b.Now()
	for _, c := range []int{periodToday, periodWeek, periodMonth} {
		if f, t := relativePeriod(c).Range(now, b.weekStart); f.Equal(from) && t.Equal(to) {
			return c
		}
	}
	return periodCustom
}

func (b *Bar) periodChanged() {
	choice := b.period.SelectedIndex()
	if choice == periodCustom {
		b.showPeriod() // until a range is applied, the select keeps the old period
		b.openCustomPeriod()
		return
	}
	from, to := relativePeriod(choice).Range(b.Now(), b.weekStart)
	b.edit(func(f *data.Filter) { f.From, f.To, f.Period = from, to, relativePeriod(choice) })
}

// openCustomPeriod shows the form of a custom period under the select,
// filled with the current period.
func (b *Bar) openCustomPeriod() {
	if b.periodPop != nil {
		b.periodPop.Hide()
	}
	from, to := b.filter.From, b.filter.To
	b.periodFrom.SetText(formatFilterDate(from))
	if !to.IsZero() {
		to = to.Add(-time.Nanosecond) // the last day inside [from, to)
	}
	b.periodTo.SetText(formatFilterDate(to))
	b.periodErr.Hide()
	b.periodPop = showBelow(b.win.Canvas(), b.periodForm, b.period, fyne.NewSize(320, 0))
	b.win.Canvas().Focus(b.periodFrom)
}

// applyCustomPeriod sets the period typed in the form: from the start of
// the first day to the end of the last; either may be empty. A bad date
// shows an error that names the field, and the filter stays as it was.
func (b *Bar) applyCustomPeriod() {
	from, errFrom := parseFilterDate(b.periodFrom.Text)
	to, errTo := parseFilterDate(b.periodTo.Text)
	var msg string
	switch {
	case errFrom != nil:
		msg = badDateMessage(lang.X("filter.period.from", "From"), b.periodFrom.Text)
	case errTo != nil:
		msg = badDateMessage(lang.X("filter.period.to", "To"), b.periodTo.Text)
	case !from.IsZero() && !to.IsZero() && to.Before(from):
		msg = lang.X("filter.period.reversed", "The period ends before it starts: “To” is earlier than “From”.")
	}
	if msg != "" {
		b.periodErr.SetText(msg)
		b.periodErr.Show()
		refitPopUp(b.periodPop)
		return
	}
	b.periodErr.Hide()
	if b.periodPop != nil {
		b.periodPop.Hide()
	}
	if !to.IsZero() {
		to = to.AddDate(0, 0, 1)
	}
	b.edit(func(f *data.Filter) { f.From, f.To, f.Period = from, to, data.PeriodFixed })
}

// badDateMessage says that the text of a date field is not a date.
func badDateMessage(field, text string) string {
	return lang.X("filter.date.bad", "{{.Field}}: “{{.Text}}” is not a date; type it as {{.hint}}.",
		map[string]any{"Field": field, "Text": strings.TrimSpace(text), "Hint": lang.X("filter.date.hint", "yyyy-mm-dd")})
}

// periodLabel writes a custom range [from, to) as its first and last days.
func periodLabel(from, to time.Time) string {
	last := ""
	if !to.IsZero() {
		last = formatFilterDate(to.Add(-time.Nanosecond))
	}
	switch {
	case to.IsZero():
		return lang.X("filter.period.since", "Since {{.From}}", map[string]any{"From": formatFilterDate(from)})
	case from.IsZero():
		return lang.X("filter.period.until", "Until {{.To}}", map[string]any{"To": last})
	}
	return lang.X("filter.period.range", "{{.From}} – {{.To}}", map[string]any{"From": formatFilterDate(from), "To": last})
}

// formatFilterDate writes the local date of t in the format of the
// interface language (ru 02.01.2006, en 2006-01-02); "" for zero.
func formatFilterDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(time.Local).Format(lang.X("filter.date.format", "2006-01-02"))
}

// errNotDate is returned by parseFilterDate for text that is not a date.
var errNotDate = errors.New("not a date")

// parseFilterDate reads a date in the format of the interface language,
// leading zeros optional, as local midnight; "" gives the zero time.
func parseFilterDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{lang.X("filter.date.format", "2006-01-02"), lang.X("filter.date.formatShort", "2006-1-2")} {
		if t, err := time.ParseInLocation(layout, s, time.Local); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errNotDate
}

// relativePeriod is the data.Period a period choice keeps in a saved filter.
func relativePeriod(choice int) data.Period {
	switch choice {
	case periodToday:
		return data.PeriodToday
	case periodWeek:
		return data.PeriodThisWeek
	case periodMonth:
		return data.PeriodThisMonth
	}
	return data.PeriodFixed
}
