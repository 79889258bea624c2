package preview

import (
	"interactions/ui/internal/uitest"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"interactions/data"

	"interactions/ui/format"
)

// showPreview shows interaction id in a pane in a window and returns the
// texts the pane shows.
func showPreview(t *testing.T, st *data.Store, id data.ID) (*Pane, []string) {
	t.Helper()
	p := New(st)
	w := test.NewTempWindow(t, p.Content)
	w.Resize(fyne.NewSize(420, 2000))
	p.Show(id)
	uitest.Pump(t, "the preview", func() bool { return !p.Busy() })
	return p, uitest.VisibleTexts(w.Content())
}

func TestPreview_FieldsOfEachType(t *testing.T) {
	test.NewTempApp(t)
	fx := uitest.NewTypesFixture(t)
	dt := func(tm time.Time) string { return format.DateTime(tm) }
	tests := []struct {
		name string
		it   *data.Interaction
		want []string
	}{
		{"meeting", fx.Meeting, []string{"Встреча по проекту", "Meeting", dt(fx.Meeting.Meeting.Start), dt(fx.Meeting.Meeting.End),
			"Переговорная 2", "Own chain", "High", "Yes", "Канал", "Выставка", "Петрова Анна", "Смирнов Олег", "Семёнов Пётр (+7 916 123-45-67)"}},
		{"planned", fx.Planned, []string{"Planned interaction", "Planned for", dt(fx.Planned.Planned.At), "Проект договора на поставку", "Normal", "No"}},
		{"call", fx.Call, []string{"Phone call", "Incoming", "Contact called", "Семёнов Пётр", "+7 916 123-45-67", "4 min 5 s",
			"Based on", "Встреча по проекту", dt(fx.Call.ReviewAfter)}},
		{"sms", fx.SMS, []string{"SMS message", "Recipients", "Семёнов Пётр (+7 916 123-45-67)", "Delivered", "Напоминаем о встрече"}},
		{"e-mail", fx.Mail, []string{"E-mail", "petr@romashka.example", "anna@firm.example", "boss@firm.example", "Счет 15",
			"Inbox", "реквизиты.pdf (20 KB)", "Добрый день!", "Пришлите счет."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, texts := showPreview(t, fx.St, tt.it.ID)
			for _, w := range tt.want {
				if !slices.Contains(texts, w) {
					t.Errorf("%q is not shown; shown: %q", w, texts)
				}
			}
		})
	}
}

func TestPreview_ChainPosition(t *testing.T) {
	test.NewTempApp(t)
	fx := uitest.NewTypesFixture(t)
	for _, tt := range []struct {
		it   *data.Interaction
		want string
	}{
		{fx.Meeting, "1 of 3 in the chain"},
		{fx.Call, "2 of 3 in the chain"},
		{fx.Mail, "3 of 3 in the chain"},
		{fx.SMS, "1 of 1 in the chain"},
	} {
		p, texts := showPreview(t, fx.St, tt.it.ID)
		if !slices.Contains(texts, tt.want) {
			t.Errorf("%q: %q is not shown; shown: %q", tt.it.Topic, tt.want, texts)
		}
		if tt.it == fx.Call {
			// The chain in time order, the unreviewed marked.
			d := p.shown
			var got []data.ID
			for _, r := range d.chain {
				got = append(got, r.Interaction.ID)
			}
			if want := []data.ID{fx.Meeting.ID, fx.Call.ID, fx.Mail.ID}; !slices.Equal(got, want) {
				t.Errorf("chain %v, want %v", got, want)
			}
			marked := 0
			for _, s := range texts {
				if strings.HasPrefix(s, "● ") {
					marked++
				}
			}
			if marked != 2 { // the call and the e-mail are unreviewed
				t.Errorf("%d chain lines marked unreviewed, want 2", marked)
			}
		}
	}
}
