package calendar

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"interactions/data"
)

// MonthName is the nominative name of month m in the interface language,
// as a title says it: "November", «Ноябрь».
func MonthName(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("calendar.month.1", "January")
	case time.February:
		return lang.X("calendar.month.2", "February")
	case time.March:
		return lang.X("calendar.month.3", "March")
	case time.April:
		return lang.X("calendar.month.4", "April")
	case time.May:
		return lang.X("calendar.month.5", "May")
	case time.June:
		return lang.X("calendar.month.6", "June")
	case time.July:
		return lang.X("calendar.month.7", "July")
	case time.August:
		return lang.X("calendar.month.8", "August")
	case time.September:
		return lang.X("calendar.month.9", "September")
	case time.October:
		return lang.X("calendar.month.10", "October")
	case time.November:
		return lang.X("calendar.month.11", "November")
	case time.December:
		return lang.X("calendar.month.12", "December")
	}
	return m.String()
}

// monthOf is the name of month m as a date says it: "November" in
// English, the genitive «ноября» in Russian.
func monthOf(m time.Month) string {
	switch m {
	case time.January:
		return lang.X("calendar.monthOf.1", "January")
	case time.February:
		return lang.X("calendar.monthOf.2", "February")
	case time.March:
		return lang.X("calendar.monthOf.3", "March")
	case time.April:
		return lang.X("calendar.monthOf.4", "April")
	case time.May:
		return lang.X("calendar.monthOf.5", "May")
	case time.June:
		return lang.X("calendar.monthOf.6", "June")
	case time.July:
		return lang.X("calendar.monthOf.7", "July")
	case time.August:
		return lang.X("calendar.monthOf.8", "August")
	case time.September:
		return lang.X("calendar.monthOf.9", "September")
	case time.October:
		return lang.X("calendar.monthOf.10", "October")
	case time.November:
		return lang.X("calendar.monthOf.11", "November")
	case time.December:
		return lang.X("calendar.monthOf.12", "December")
	}
	return m.String()
}

// WeekdayName is the full name of weekday d in the interface language.
func WeekdayName(d time.Weekday) string {
	switch d {
	case time.Monday:
		return lang.X("calendar.weekday.1", "Monday")
	case time.Tuesday:
		return lang.X("calendar.weekday.2", "Tuesday")
	case time.Wednesday:
		return lang.X("calendar.weekday.3", "Wednesday")
	case time.Thursday:
		return lang.X("calendar.weekday.4", "Thursday")
	case time.Friday:
		return lang.X("calendar.weekday.5", "Friday")
	case time.Saturday:
		return lang.X("calendar.weekday.6", "Saturday")
	}
	return lang.X("calendar.weekday.0", "Sunday")
}

// WeekdayShort is the short name of weekday d: "Tue", «Вт».
func WeekdayShort(d time.Weekday) string {
	switch d {
	case time.Monday:
		return lang.X("calendar.weekdayShort.1", "Mon")
	case time.Tuesday:
		return lang.X("calendar.weekdayShort.2", "Tue")
	case time.Wednesday:
		return lang.X("calendar.weekdayShort.3", "Wed")
	case time.Thursday:
		return lang.X("calendar.weekdayShort.4", "Thu")
	case time.Friday:
		return lang.X("calendar.weekdayShort.5", "Fri")
	case time.Saturday:
		return lang.X("calendar.weekdayShort.6", "Sat")
	}
	return lang.X("calendar.weekdayShort.0", "Sun")
}

// Weekdays lists the seven weekdays in calendar order from first.
func Weekdays(first time.Weekday) []time.Weekday {
	out := make([]time.Weekday, 7)
	for i := range out {
		out[i] = (first + time.Weekday(i)) % 7
	}
	return out
}

// MonthTitle is the title of t's month: "November 2026", «Ноябрь 2026».
func MonthTitle(t time.Time) string {
	return MonthName(t.Month()) + " " + strconv.Itoa(t.Year())
}

// DayTitle is the title of t's day: "Tuesday, 10 March 2026",
// «Вторник, 10 марта 2026».
func DayTitle(t time.Time) string {
	return WeekdayName(t.Weekday()) + ", " + strconv.Itoa(t.Day()) + " " + monthOf(t.Month()) + " " + strconv.Itoa(t.Year())
}

// WeekTitle is the title of the seven days from start: "9 – 15 March
// 2026", or across months "30 March – 5 April 2026".
func WeekTitle(start time.Time) string {
	end := start.AddDate(0, 0, 6)
	switch {
	case start.Year() != end.Year():
		return strconv.Itoa(start.Day()) + " " + monthOf(start.Month()) + " " + strconv.Itoa(start.Year()) +
			" – " + strconv.Itoa(end.Day()) + " " + monthOf(end.Month()) + " " + strconv.Itoa(end.Year())
	case start.Month() != end.Month():
		return strconv.Itoa(start.Day()) + " " + monthOf(start.Month()) + " – " + strconv.Itoa(end.Day()) + " " +
			monthOf(end.Month()) + " " + strconv.Itoa(end.Year())
	}
	return strconv.Itoa(start.Day()) + " – " + strconv.Itoa(end.Day()) + " " + monthOf(end.Month()) + " " + strconv.Itoa(end.Year())
}

// KindTitle is the name of a kind of calendar event.
func KindTitle(k data.EventKind) string {
	switch k {
	case data.EventMeeting:
		return lang.X("calendar.kind.meeting", "Meetings")
	case data.EventPlanned:
		return lang.X("calendar.kind.planned", "Planned interactions")
	case data.EventUnprocessed:
		return lang.X("calendar.kind.unprocessed", "Unprocessed interactions")
	case data.EventPayment:
		return lang.X("calendar.kind.payment", "Order payment due")
	case data.EventShipment:
		return lang.X("calendar.kind.shipment", "Order shipment")
	case data.EventDealClose:
		return lang.X("calendar.kind.deal", "Deal close dates")
	case data.EventMarketing:
		return lang.X("calendar.kind.marketing", "Marketing events")
	}
	return k.String()
}

// KindTitleOne is the name of one event of kind k, before its title.
func KindTitleOne(k data.EventKind) string {
	switch k {
	case data.EventPayment:
		return lang.X("calendar.one.payment", "Payment due")
	case data.EventShipment:
		return lang.X("calendar.one.shipment", "Shipment")
	case data.EventDealClose:
		return lang.X("calendar.one.deal", "Deal closes")
	case data.EventMarketing:
		return lang.X("calendar.one.marketing", "Event")
	}
	return KindTitle(k)
}
