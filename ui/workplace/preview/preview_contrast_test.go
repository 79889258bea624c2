package preview

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/ui/internal/uitest"
)

// luminance is the relative luminance of c (WCAG 2).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestPreview_FieldNamesReadable draws the preview of a meeting in the
// dark and the light theme and checks that the names of its fields
// (small bold type) are drawn in a colour of at least 4.5:1 contrast to
// the background, as WCAG asks of text.
func TestPreview_FieldNamesReadable(t *testing.T) {
	a := test.NewTempApp(t)
	fx := uitest.NewTypesFixture(t)
	for _, variant := range []struct {
		name string
		th   fyne.Theme
	}{{"dark", variantTheme{theme.DefaultTheme(), theme.VariantDark}}, {"light", variantTheme{theme.DefaultTheme(), theme.VariantLight}}} {
		t.Run(variant.name, func(t *testing.T) {
			a.Settings().SetTheme(variant.th)
			p, _ := showPreview(t, fx.St, fx.Meeting.ID)
			back := variant.th.Color(theme.ColorNameBackground, a.Settings().ThemeVariant())
			names := 0
			uitest.Walk(p.Content, func(o fyne.CanvasObject) bool {
				l, ok := o.(*widget.Label)
				if !ok || l.SizeName != theme.SizeNameCaptionText || !l.TextStyle.Bold {
					return true
				}
				names++
				for _, r := range test.WidgetRenderer(l).Objects() {
					uitest.Walk(r, func(o fyne.CanvasObject) bool {
						if txt, ok := o.(*canvas.Text); ok && txt.Text != "" {
							if c := contrast(txt.Color, back); c < 4.5 {
								t.Errorf("field name %q is drawn at %.1f:1 contrast to the background, want 4.5:1", txt.Text, c)
							}
						}
						return true
					})
				}
				return false
			})
			if names == 0 {
				t.Fatal("no field names found in the preview")
			}
		})
	}
}

// variantTheme is the default theme held to one variant, whatever the
// settings say.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (v variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return v.Theme.Color(n, v.variant)
}
