package ui

import "fyne.io/fyne/v2/lang"

// partnersView is the catalog of Partners (Партнеры) with their groups and
// contact information.
// A later issue builds it; until then it shows its title and says so.
type partnersView struct {
	*placeholderView
}

func newPartnersView() *partnersView {
	return &partnersView{newPlaceholderView(lang.X("screen.partners", "Partners"))}
}
