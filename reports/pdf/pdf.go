// Package pdf prints a report to PDF with gofpdf: A4 (on its side when
// the report asks), the title, the parameters and the date printed, the
// table with its header repeated on every page, long values wrapped in
// their column and no row split across pages, the bar chart drawn with
// gofpdf's own lines and rectangles, and "Page N of M" at the foot. The
// text is set in the Go fonts, embedded in the program, which cover
// Cyrillic and Latin alike.
package pdf

import (
	"fmt"
	"io"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"

	"interactions/reports"
)

// Page geometry and type, in millimetres and points.
const (
	margin     = 12.0
	fontSize   = 9.0
	lineHeight = 4.6
	cellPad    = 1.2
	family     = "go"
)

// Options are how a report is printed.
type Options struct {
	// Created is the document's creation date written in the file; a fixed
	// value makes the output the same byte for byte. Zero means the
	// report's Printed time.
	Created time.Time
}

// printer draws one report.
type printer struct {
	f       *gofpdf.Fpdf
	r       *reports.Report
	widths  []float64
	inTable bool
}

// Write prints r as PDF to w.
func Write(w io.Writer, r *reports.Report, o Options) error {
	orientation := "P"
	if r.Landscape {
		orientation = "L"
	}
	f := gofpdf.New(orientation, "mm", "A4", "")
	created := o.Created
	if created.IsZero() {
		created = r.Printed
	}
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetCatalogSort(true)
	f.SetTitle(r.Title, true)
	f.SetProducer("Interactions", true)
	f.AddUTF8FontFromBytes(family, "", goregular.TTF)
	f.AddUTF8FontFromBytes(family, "B", gobold.TTF)
	f.SetMargins(margin, margin, margin)
	f.SetAutoPageBreak(false, margin)
	f.AliasNbPages("{nb}")

	p := &printer{f: f, r: r}
	f.SetHeaderFuncMode(p.header, true)
	f.SetFooterFunc(p.footer)
	f.AddPage()
	p.heading()
	if r.Notice != "" {
		f.SetFont(family, "B", fontSize+1)
		f.MultiCell(0, lineHeight+1, r.Notice, "", "L", false)
	} else {
		p.table()
	}
	if r.Chart != nil && r.Notice == "" {
		p.chart(r.Chart)
	}
	if err := f.Error(); err != nil {
		return fmt.Errorf("pdf: %s: %w", r.Title, err)
	}
	if err := f.Output(w); err != nil {
		return fmt.Errorf("pdf: %s: %w", r.Title, err)
	}
	return nil
}

// heading draws the title, the parameters and the date printed.
func (p *printer) heading() {
	f, r := p.f, p.r
	f.SetFont(family, "B", 15)
	f.MultiCell(0, 7, r.Title, "", "L", false)
	f.Ln(1)
	f.SetFont(family, "", fontSize)
	line := func(name, value string) {
		f.SetFont(family, "B", fontSize)
		w := f.GetStringWidth(name+": ") + 1
		f.CellFormat(w, lineHeight, name+":", "", 0, "L", false, 0, "")
		f.SetFont(family, "", fontSize)
		f.MultiCell(0, lineHeight, value, "", "L", false)
	}
	for _, prm := range r.Params {
		line(prm.Name, prm.Value)
	}
	line(r.Lang.T("printed"), r.Lang.DateTime(r.Printed))
	f.Ln(3)
}

// header repeats the report's name and the table's header on every page
// after the first.
func (p *printer) header() {
	if p.f.PageNo() > 1 {
		p.f.SetFont(family, "", fontSize-1)
		p.f.SetTextColor(110, 110, 110)
		p.f.CellFormat(0, lineHeight, p.r.Title, "", 1, "L", false, 0, "")
		p.f.SetTextColor(0, 0, 0)
		p.f.Ln(1)
	}
	if p.inTable {
		p.columnHeader()
	}
}

// footer writes "Page N of M".
func (p *printer) footer() {
	_, h := p.f.GetPageSize()
	p.f.SetY(h - margin + 2)
	p.f.SetFont(family, "", fontSize-1)
	p.f.SetTextColor(110, 110, 110)
	p.f.CellFormat(0, lineHeight, p.r.Lang.Page(p.f.PageNo(), "{nb}"), "", 0, "R", false, 0, "")
	p.f.SetTextColor(0, 0, 0)
}

// table draws the rows, breaking the page before a row that does not fit.
func (p *printer) table() {
	f := p.f
	pageW, pageH := f.GetPageSize()
	usable := pageW - 2*margin
	total := 0.0
	for _, c := range p.r.Columns {
		total += c.Width
	}
	p.widths = make([]float64, len(p.r.Columns))
	for i, c := range p.r.Columns {
		p.widths[i] = usable * c.Width / total
	}
	p.inTable = true
	p.columnHeader()
	bottom := pageH - margin - lineHeight
	for i, row := range p.r.Rows {
		style := ""
		if row.Strong {
			style = "B"
		}
		f.SetFont(family, style, fontSize)
		lines := p.split(row.Cells)
		n := 1
		for _, l := range lines {
			n = max(n, len(l))
		}
		h := float64(n)*lineHeight + 2*cellPad
		if f.GetY()+h > bottom {
			f.AddPage()
			f.SetFont(family, style, fontSize)
		}
		p.drawRow(lines, h, i%2 == 1, row.Strong)
	}
	p.inTable = false
}

// split wraps every cell's text into lines that fit its column.
func (p *printer) split(cells []string) [][]string {
	out := make([][]string, len(p.widths))
	for i := range p.widths {
		text := ""
		if i < len(cells) {
			text = cells[i]
		}
		if text == "" {
			continue
		}
		out[i] = p.f.SplitText(text, p.widths[i]-2*cellPad)
	}
	return out
}

// columnHeader draws the table's header row in bold on a grey band.
func (p *printer) columnHeader() {
	f := p.f
	f.SetFont(family, "B", fontSize)
	titles := make([]string, len(p.r.Columns))
	for i, c := range p.r.Columns {
		titles[i] = c.Title
	}
	lines := p.split(titles)
	n := 1
	for _, l := range lines {
		n = max(n, len(l))
	}
	f.SetFillColor(225, 230, 238)
	p.drawRow(lines, float64(n)*lineHeight+2*cellPad, true, true)
	f.SetFont(family, "", fontSize)
}

// drawRow draws one row of wrapped cells, h high, with a light band on
// every other row.
func (p *printer) drawRow(lines [][]string, h float64, band, strong bool) {
	f := p.f
	x0, y0 := f.GetX(), f.GetY()
	if band && !strong {
		f.SetFillColor(245, 246, 248)
	}
	x := x0
	for i, w := range p.widths {
		style := "D"
		if band {
			style = "FD"
		}
		f.SetDrawColor(190, 195, 205)
		f.Rect(x, y0, w, h, style)
		align := "L"
		if i < len(p.r.Columns) && p.r.Columns[i].Align == reports.Right {
			align = "R"
		}
		for j, l := range lines[i] {
			f.SetXY(x+cellPad, y0+cellPad+float64(j)*lineHeight)
			f.CellFormat(w-2*cellPad, lineHeight, l, "", 0, align, false, 0, "")
		}
		x += w
	}
	f.SetFillColor(225, 230, 238)
	f.SetXY(x0, y0+h)
}
