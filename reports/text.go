package reports

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"interactions/data"
)

// Lang is a language of the reports.
type Lang string

// The languages.
const (
	Russian Lang = "ru"
	English Lang = "en"
)

// ParseLang reads "ru" or "en"; anything else is English.
func ParseLang(s string) Lang {
	if strings.HasPrefix(strings.ToLower(s), "ru") {
		return Russian
	}
	return English
}

// words are the reports' texts: English, Russian. The map is built on
// first use, not at every start of the program.
var words = sync.OnceValue(func() map[string][2]string {
	return map[string][2]string{
		"title.partners":      {"Partner contact information", "Контактная информация партнеров"},
		"title.contacts":      {"Contact information by contact persons", "Контактная информация по контактным лицам"},
		"title.activity":      {"Activity", "Активность"},
		"title.calendar":      {"Event calendar", "Календарь событий"},
		"col.partner":         {"Partner", "Партнер"},
		"col.kinds":           {"Kinds", "Виды"},
		"col.manager":         {"Manager", "Менеджер"},
		"col.infoKind":        {"Contact information", "Вид контактной информации"},
		"col.value":           {"Value", "Значение"},
		"col.comment":         {"Comment", "Комментарий"},
		"col.person":          {"Contact person", "Контактное лицо"},
		"col.roles":           {"Roles", "Роли"},
		"col.position":        {"Position", "Должность"},
		"col.phones":          {"Phones", "Телефоны"},
		"col.emails":          {"E-mail", "Электронная почта"},
		"col.period":          {"Period", "Период"},
		"col.responsible":     {"Responsible", "Ответственный"},
		"col.total":           {"Total", "Всего"},
		"col.date":            {"Date", "Дата"},
		"col.time":            {"Time", "Время"},
		"col.event":           {"Event", "Событие"},
		"col.title":           {"Title", "Наименование"},
		"col.state":           {"State", "Состояние"},
		"param.period":        {"Period", "Период"},
		"param.partners":      {"Partners", "Партнеры"},
		"param.group":         {"Group", "Группа"},
		"param.kind":          {"Kind", "Вид"},
		"param.role":          {"Role", "Роль"},
		"param.responsible":   {"Responsible", "Ответственный"},
		"param.by":            {"By", "Периодичность"},
		"param.only":          {"Only", "Только"},
		"value.all":           {"all", "все"},
		"value.week":          {"week", "неделя"},
		"value.month":         {"month", "месяц"},
		"value.unprocessed":   {"unprocessed interactions", "необработанные взаимодействия"},
		"kind.client":         {"client", "клиент"},
		"kind.supplier":       {"supplier", "поставщик"},
		"kind.competitor":     {"competitor", "конкурент"},
		"kind.other":          {"other", "прочее"},
		"ci.phone":            {"Phone", "Телефон"},
		"ci.email":            {"E-mail", "Электронная почта"},
		"ci.postal":           {"Postal address", "Почтовый адрес"},
		"ci.legal":            {"Legal address", "Юридический адрес"},
		"ci.website":          {"Website", "Веб-сайт"},
		"ci.other":            {"Other", "Другое"},
		"type.meeting":        {"Meetings", "Встречи"},
		"type.planned":        {"Planned", "Запланированные"},
		"type.call":           {"Calls", "Звонки"},
		"type.sms":            {"SMS", "SMS"},
		"type.email":          {"E-mails", "Письма"},
		"event.meeting":       {"Meeting", "Встреча"},
		"event.planned":       {"Planned interaction", "Запланированное взаимодействие"},
		"event.unprocessed":   {"Unprocessed interaction", "Необработанное взаимодействие"},
		"event.payment":       {"Order payment due", "Оплата заказа"},
		"event.shipment":      {"Order shipment", "Отгрузка заказа"},
		"event.deal":          {"Deal closes", "Закрытие сделки"},
		"event.marketing":     {"Marketing event", "Маркетинговое мероприятие"},
		"state.done":          {"done", "выполнено"},
		"state.unreviewed":    {"not reviewed", "не рассмотрено"},
		"total":               {"Total", "Итого"},
		"chart.activity":      {"Interactions by period and type", "Взаимодействия по периодам и типам"},
		"printed":             {"Printed", "Дата печати"},
		"page":                {"Page {n} of {m}", "Страница {n} из {m}"},
		"empty":               {"Nothing matches the parameters.", "Нет данных, подходящих под параметры."},
		"notice.contactRoles": {"This report needs the option “Contact person roles”. Turn it on in Settings (CRM: Contact person roles) to build it.", "Для этого отчета нужна функциональная опция «Роли контактных лиц». Включите ее в настройках (CRM: Роли контактных лиц), чтобы построить отчет."},
	}
})

// T returns the text of key in language l.
func (l Lang) T(key string) string {
	w, ok := words()[key]
	if !ok {
		return key
	}
	if l == Russian {
		return w[1]
	}
	return w[0]
}

// Date writes a date as the language writes it: 02.01.2006 or 2006-01-02.
func (l Lang) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if l == Russian {
		return t.Local().Format("02.01.2006")
	}
	return t.Local().Format("2006-01-02")
}

// DateTime writes a date and time of day.
func (l Lang) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return l.Date(t) + " " + t.Local().Format("15:04")
}

// Period writes the period [from, to) by its first and last days.
func (l Lang) Period(from, to time.Time) string {
	return l.Date(from) + " – " + l.Date(to.AddDate(0, 0, -1))
}

// Page is the footer "Page n of m"; m may be an alias filled in later.
func (l Lang) Page(n int, m string) string {
	return strings.NewReplacer("{n}", strconv.Itoa(n), "{m}", m).Replace(l.T("page"))
}

// PartnerKinds names the kinds of a partner, comma-separated.
func (l Lang) PartnerKinds(k data.PartnerKind) string {
	var out []string
	for _, kk := range []struct {
		bit data.PartnerKind
		key string
	}{{data.PartnerClient, "kind.client"}, {data.PartnerSupplier, "kind.supplier"},
		{data.PartnerCompetitor, "kind.competitor"}, {data.PartnerOther, "kind.other"}} {
		if k&kk.bit != 0 {
			out = append(out, l.T(kk.key))
		}
	}
	return strings.Join(out, ", ")
}

// ContactKind names a kind of contact information.
func (l Lang) ContactKind(k data.ContactKind) string { return l.T("ci." + k.String()) }

// TypeName names an interaction type, plural, as a column title.
func (l Lang) TypeName(t data.InteractionType) string { return l.T("type." + t.String()) }

// EventName names a kind of calendar event.
func (l Lang) EventName(k data.EventKind) string { return l.T("event." + k.String()) }

// Months are the nominative month names, for the activity report's periods.
var months = [2][12]string{
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	{"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"},
}

// Month writes t's month and year: "March 2026", «Март 2026».
func (l Lang) Month(t time.Time) string {
	i := 0
	if l == Russian {
		i = 1
	}
	return months[i][t.Month()-1] + " " + strconv.Itoa(t.Year())
}
