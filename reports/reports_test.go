package reports_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/reports"
)

func table(r *reports.Report) string {
	var b strings.Builder
	for _, row := range r.Texts() {
		b.WriteString(strings.ReplaceAll(strings.Join(row, " | "), "\n", " / "))
		b.WriteString("\n")
	}
	return b.String()
}

func TestPartnerContacts_Rows(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name string
		q    reports.PartnerQuery
		want string
	}{
		{"every partner", reports.PartnerQuery{}, `АО «Вектор» | клиент, поставщик | Сидоров Олег | Телефон | +7 812 555-00-11 | 
ИП Лотос | поставщик |  |  |  | 
ООО «Ромашка» | клиент | Смирнова Анна | Телефон | +7 495 123-45-67 | секретарь
 |  |  | Электронная почта | info@romashka.example | 
 |  |  | Юридический адрес | 115114, г. Москва, Дербеневская наб., д. 7, стр. 2, офис 415 | 
 |  |  | Веб-сайт | romashka.example | 
`},
		{"a group", reports.PartnerQuery{Group: f.spb.ID}, "АО «Вектор» | клиент, поставщик | Сидоров Олег | Телефон | +7 812 555-00-11 | \n"},
		{"suppliers", reports.PartnerQuery{Kind: data.PartnerSupplier}, "АО «Вектор» | клиент, поставщик | Сидоров Олег | Телефон | +7 812 555-00-11 | \nИП Лотос | поставщик |  |  |  | \n"},
		{"chosen", reports.PartnerQuery{IDs: []data.ID{f.lotos.ID}}, "ИП Лотос | поставщик |  |  |  | \n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := reports.PartnerContacts(f.st, tt.q, reports.Russian, printed)
			if err != nil {
				t.Fatal(err)
			}
			if got := table(r); got != tt.want {
				t.Errorf("rows =\n%s\nwant\n%s", got, tt.want)
			}
			if r.Title != "Контактная информация партнеров" || r.Columns[0].Title != "Партнер" {
				t.Errorf("title %q, first column %q", r.Title, r.Columns[0].Title)
			}
		})
	}
}

func TestPersonContacts_RowsAndRoleFilter(t *testing.T) {
	f := newFixture(t)
	f.setRoles(t, true)
	r, err := reports.PersonContacts(f.st, reports.ContactQuery{}, reports.Russian, printed)
	if err != nil {
		t.Fatal(err)
	}
	want := `АО «Вектор» | Козлов Андрей | Директор, Главный бухгалтер |  |  | 
ООО «Ромашка» | Иванова Мария | Главный бухгалтер | Главный бухгалтер |  | buh@romashka.example
 | Семёнов Пётр | Директор | Генеральный директор | +7 916 123-45-67 / +7 495 123-45-68 | petr@romashka.example
`
	if got := table(r); got != want {
		t.Errorf("rows =\n%s\nwant\n%s", got, want)
	}
	r, err = reports.PersonContacts(f.st, reports.ContactQuery{Role: f.director.ID, Partners: reports.PartnerQuery{Group: f.moscow.ID}}, reports.English, printed)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := table(r), "ООО «Ромашка» | Семёнов Пётр | Директор | Генеральный директор | +7 916 123-45-67 / +7 495 123-45-68 | petr@romashka.example\n"; got != want {
		t.Errorf("directors in Moscow =\n%s\nwant\n%s", got, want)
	}
	if fmt.Sprint(r.Params) != "[{Group Москва} {Role Директор}]" {
		t.Errorf("params = %v", r.Params)
	}
}

func TestPersonContacts_OptionOffNamesTheSetting(t *testing.T) {
	f := newFixture(t)
	for _, l := range []reports.Lang{reports.Russian, reports.English} {
		r, err := reports.PersonContacts(f.st, reports.ContactQuery{}, l, printed)
		if err != nil {
			t.Fatal(err)
		}
		want := map[reports.Lang]string{reports.Russian: "«Роли контактных лиц»", reports.English: "“Contact person roles”"}[l]
		if len(r.Rows) != 0 || !strings.Contains(r.Notice, want) {
			t.Errorf("%s: %d rows, notice %q; want no rows and a notice naming %s", l, len(r.Rows), r.Notice, want)
		}
	}
}

func TestActivity_ByMonthFromCounters(t *testing.T) {
	f := newFixture(t)
	at := func(month, day, hour int) time.Time {
		return time.Date(2026, time.Month(month), day, hour, 0, 0, 0, time.Local)
	}
	save := func(typ data.InteractionType, emp *data.Employee, when time.Time) {
		t.Helper()
		dir := data.DirNone
		if typ == data.TypeCall || typ == data.TypeEmail {
			dir = data.DirIncoming
		}
		it := f.st.NewInteraction(typ, dir)
		it.Date, it.Responsible, it.Topic = when, emp.ID, "Тема"
		if it.Meeting != nil {
			it.Meeting.Start, it.Meeting.End = when, when.Add(time.Hour)
		}
		if it.Email != nil {
			it.Email.From = "a@b.example"
		}
		if err := f.st.SaveInteraction(it); err != nil {
			t.Fatal(err)
		}
	}
	save(data.TypeMeeting, f.anna, at(1, 12, 10))
	save(data.TypeCall, f.anna, at(1, 13, 10))
	save(data.TypeCall, f.anna, at(1, 20, 10))
	save(data.TypeEmail, f.oleg, at(1, 31, 23))
	save(data.TypeCall, f.oleg, at(2, 2, 9))
	save(data.TypeCall, f.oleg, at(4, 2, 9)) // after the period
	r, err := reports.Activity(f.st, reports.ActivityQuery{From: at(1, 1, 0), To: at(3, 1, 0), By: data.GroupMonth}, reports.Russian, printed)
	if err != nil {
		t.Fatal(err)
	}
	want := `Январь 2026 | Сидоров Олег | 0 | 0 | 0 | 1 | 1
 | Смирнова Анна | 1 | 0 | 2 | 0 | 3
Февраль 2026 | Сидоров Олег | 0 | 0 | 1 | 0 | 1
Итого |  | 1 | 0 | 3 | 1 | 5
`
	if got := table(r); got != want {
		t.Errorf("rows =\n%s\nwant\n%s", got, want)
	}
	var cols []string
	for _, c := range r.Columns {
		cols = append(cols, c.Title)
	}
	if got := strings.Join(cols, ", "); got != "Период, Ответственный, Встречи, Запланированные, Звонки, Письма, Всего" {
		t.Errorf("columns = %s (SMS is off)", got)
	}
	if r.Chart == nil || fmt.Sprint(r.Chart.Labels) != "[Январь 2026 Февраль 2026]" || fmt.Sprint(r.Chart.Series[2].Values) != "[2 1]" {
		t.Errorf("chart = %+v", r.Chart)
	}
	r, err = reports.Activity(f.st, reports.ActivityQuery{From: at(1, 1, 0), To: at(3, 1, 0), By: data.GroupWeek, Responsible: f.anna.ID}, reports.English, printed)
	if err != nil {
		t.Fatal(err)
	}
	want = "2026-01-12 | Смирнова Анна | 1 | 0 | 1 | 0 | 2\n2026-01-19 | Смирнова Анна | 0 | 0 | 1 | 0 | 1\nTotal |  | 1 | 0 | 2 | 0 | 3\n"
	if got := table(r); got != want {
		t.Errorf("Anna by week =\n%s\nwant\n%s", got, want)
	}
}
