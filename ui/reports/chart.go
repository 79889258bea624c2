package reports

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"interactions/reports"
)

// seriesColors are the bar colours of the chart's series, as in the PDF.
var seriesColors = []color.NRGBA{{30, 136, 229, 255}, {67, 160, 71, 255}, {251, 140, 0, 255}, {142, 36, 170, 255},
	{229, 57, 53, 255}, {0, 137, 123, 255}}

// newChart draws a report's stacked bar chart with its legend.
func newChart(c *reports.Chart) fyne.CanvasObject {
	bars := &barLayout{chart: c}
	var objs []fyne.CanvasObject
	for range c.Labels {
		for si := range c.Series {
			objs = append(objs, canvas.NewRectangle(seriesColors[si%len(seriesColors)]))
		}
	}
	for _, l := range c.Labels {
		t := canvas.NewText(l, theme.Color(theme.ColorNameForeground))
		t.TextSize = 10
		t.Alignment = fyne.TextAlignCenter
		objs = append(objs, t)
	}
	legend := container.NewHBox()
	for si, s := range c.Series {
		sw := canvas.NewRectangle(seriesColors[si%len(seriesColors)])
		sw.SetMinSize(fyne.NewSize(12, 12))
		legend.Add(container.NewCenter(sw))
		legend.Add(widget.NewLabel(s.Name))
	}
	title := widget.NewLabel(c.Title)
	title.TextStyle.Bold = true
	return container.NewBorder(title, legend, nil, nil, container.New(bars, objs...))
}

// barLayout places the bars (series segments per label, stacked) and the
// labels under them.
type barLayout struct{ chart *reports.Chart }

func (b *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	c := b.chart
	n := len(c.Labels)
	if n == 0 {
		return
	}
	peak := 1
	for i := range c.Labels {
		sum := 0
		for _, s := range c.Series {
			sum += s.Values[i]
		}
		peak = max(peak, sum)
	}
	labelH := float32(16)
	plotH := size.Height - labelH
	slot := size.Width / float32(n)
	bar := slot * 0.7
	k := 0
	for i := range c.Labels {
		y := plotH
		for _, s := range c.Series {
			h := plotH * float32(s.Values[i]) / float32(peak)
			objs[k].Move(fyne.NewPos(slot*float32(i)+(slot-bar)/2, y-h))
			objs[k].Resize(fyne.NewSize(bar, h))
			y -= h
			k++
		}
	}
	// Labels wider than their slot show every second, third … one.
	step := 1
	for _, o := range objs[k:] {
		step = max(step, int(o.MinSize().Width/slot)+1)
	}
	for i := range c.Labels {
		o := objs[k+i]
		if i%step != 0 {
			o.Hide()
		} else {
			o.Show()
		}
		o.Move(fyne.NewPos(slot*float32(i)-slot, plotH+2))
		o.Resize(fyne.NewSize(3*slot, labelH))
	}
}

func (b *barLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(200, 180) }
