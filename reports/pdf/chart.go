package pdf

import (
	"strconv"

	"interactions/reports"
)

// seriesColors are the bar colours of the chart's series, in order.
var seriesColors = [][3]int{{30, 136, 229}, {67, 160, 71}, {251, 140, 0}, {142, 36, 170}, {229, 57, 53}, {0, 137, 123}}

// chartHeight is the height of the chart's plot, in millimetres.
const chartHeight = 70.0

// chart draws the stacked bar chart: a bar per label, a segment per
// series, the scale on the left and a legend below; on a page of its own
// when the rest of this one is too short.
func (p *printer) chart(c *reports.Chart) {
	f := p.f
	pageW, pageH := f.GetPageSize()
	need := chartHeight + 40
	if f.GetY()+need > pageH-margin {
		f.AddPage()
	}
	f.Ln(4)
	f.SetFont(family, "B", fontSize+2)
	f.CellFormat(0, 6, c.Title, "", 1, "L", false, 0, "")
	f.Ln(2)

	peak := 1
	for i := range c.Labels {
		sum := 0
		for _, s := range c.Series {
			sum += s.Values[i]
		}
		peak = max(peak, sum)
	}
	step := niceStep(peak)
	top := (peak + step - 1) / step * step

	left := margin + 14
	width := pageW - margin - left
	y0 := f.GetY()
	base := y0 + chartHeight
	f.SetFont(family, "", fontSize-2)
	f.SetDrawColor(200, 200, 200)
	for v := 0; v <= top; v += step {
		y := base - chartHeight*float64(v)/float64(top)
		f.Line(left, y, left+width, y)
		f.SetXY(margin, y-2)
		f.CellFormat(12, 4, strconv.Itoa(v), "", 0, "R", false, 0, "")
	}
	slot := width / float64(max(len(c.Labels), 1))
	bar := slot * 0.7
	for i, label := range c.Labels {
		x := left + slot*float64(i) + (slot-bar)/2
		y := base
		for si, s := range c.Series {
			h := chartHeight * float64(s.Values[i]) / float64(top)
			col := seriesColors[si%len(seriesColors)]
			f.SetFillColor(col[0], col[1], col[2])
			f.Rect(x, y-h, bar, h, "F")
			y -= h
		}
		f.SetXY(left+slot*float64(i), base+1)
		lines := f.SplitText(label, slot)
		for j, l := range lines {
			f.SetXY(left+slot*float64(i), base+1+float64(j)*3.5)
			f.CellFormat(slot, 3.5, l, "", 0, "C", false, 0, "")
		}
	}
	f.SetDrawColor(120, 120, 120)
	f.Line(left, base, left+width, base)
	f.SetY(base + 10)
	f.SetFont(family, "", fontSize)
	x := left
	for si, s := range c.Series {
		col := seriesColors[si%len(seriesColors)]
		f.SetFillColor(col[0], col[1], col[2])
		f.Rect(x, f.GetY()+1, 4, 3, "F")
		w := f.GetStringWidth(s.Name) + 4
		f.SetX(x + 5)
		f.CellFormat(w, lineHeight, s.Name, "", 0, "L", false, 0, "")
		x += w + 8
	}
	f.Ln(lineHeight)
}

// niceStep is a round step for a scale up to peak: 1, 2 or 5 times a
// power of ten, about five steps.
func niceStep(peak int) int {
	step := 1
	for {
		for _, m := range []int{1, 2, 5} {
			if peak/(step*m) <= 5 {
				return step * m
			}
		}
		step *= 10
	}
}
