package widgets

import (
	"fyne.io/fyne/v2/widget"
)

// NewHeading returns the title line of a screen.
func NewHeading(title string) *widget.RichText {
	return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: title})
}
