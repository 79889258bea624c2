package ui

import "fyne.io/fyne/v2/lang"

// reportsView lists the Reports (Отчеты) that show on screen and print to PDF.
// A later issue builds it; until then it shows its title and says so.
type reportsView struct {
	*placeholderView
}

func newReportsView() *reportsView {
	return &reportsView{newPlaceholderView(lang.X("screen.reports", "Reports"))}
}
