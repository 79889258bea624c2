package pdf_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"interactions/reports"
	"interactions/reports/pdf"
)

var printed = time.Date(2026, 3, 10, 12, 30, 0, 0, time.Local)

// tool finds a PDF tool of poppler-utils or qpdf; the setup installs them.
func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Fatalf("%s is not installed (scripts/setup.sh installs poppler-utils and qpdf): %v", name, err)
	}
	return p
}

// write prints r to a file and checks it with qpdf.
func write(t *testing.T, r *reports.Report) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := pdf.Write(&buf, r, pdf.Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF")) {
		t.Fatalf("the output starts %q, not %%PDF", buf.Bytes()[:min(8, buf.Len())])
	}
	path := filepath.Join(t.TempDir(), "r.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(tool(t, "qpdf"), "--check", path).CombinedOutput(); err != nil {
		t.Fatalf("qpdf --check: %v\n%s", err, out)
	}
	return path, buf.Bytes()
}

// text extracts the text of pages first to last (0: to the end).
func text(t *testing.T, path string, first, last int) string {
	t.Helper()
	args := []string{"-layout", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	out, err := exec.Command(tool(t, "pdftotext"), append(args, path, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func pages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command(tool(t, "pdfinfo"), path).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(l, "Pages:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(v))
			return n
		}
	}
	t.Fatal("pdfinfo gave no page count")
	return 0
}

func sample(l reports.Lang, rows int) *reports.Report {
	r := &reports.Report{Title: l.T("title.partners"), Lang: l, Printed: printed, Landscape: true,
		Params: []reports.Param{{Name: l.T("param.kind"), Value: l.T("kind.client")}},
		Columns: []reports.Column{{Title: l.T("col.partner"), Width: 40}, {Title: l.T("col.infoKind"), Width: 30},
			{Title: l.T("col.value"), Width: 60}, {Title: l.T("col.comment"), Width: 40}}}
	for i := range rows {
		r.Rows = append(r.Rows, reports.Row{Cells: []string{fmt.Sprintf("ООО «Ромашка-%d»", i+1), l.T("ci.legal"),
			"115114, г. Москва, Дербеневская набережная, дом 7, строение 2, офис 415 — вход со двора, третий этаж",
			"Ёлки, №5: «кавычки» and Latin text"}})
	}
	return r
}

func TestWrite_RussianTextAndCheck(t *testing.T) {
	path, _ := write(t, sample(reports.Russian, 3))
	got := text(t, path, 1, 0)
	for _, want := range []string{"Контактная информация партнеров", "Вид: клиент", "Дата печати: 10.03.2026 12:30",
		"Партнер", "Вид контактной", "Комментарий", "ООО «Ромашка-1»", "Юридический адрес", "Ёлки, №5: «кавычки» and Latin text",
		"Страница 1 из 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("the PDF's text lacks %q:\n%s", want, got)
		}
	}
	// The long address wraps inside its column: its end is on a line of its own.
	if !strings.Contains(got, "третий этаж") || strings.Contains(got, "дом 7, строение 2") {
		t.Errorf("the long value was not wrapped:\n%s", got)
	}
}

func TestWrite_LongReportRepeatsTheHeaderOnEveryPage(t *testing.T) {
	path, _ := write(t, sample(reports.Russian, 120))
	n := pages(t, path)
	if n < 3 {
		t.Fatalf("120 wrapped rows fill %d pages, want several", n)
	}
	rowsSeen := 0
	for p := 1; p <= n; p++ {
		page := text(t, path, p, p)
		if !strings.Contains(page, "Комментарий") || !strings.Contains(page, "Вид контактной") {
			t.Errorf("page %d has no table header", p)
		}
		if want := fmt.Sprintf("Страница %d из %d", p, n); !strings.Contains(page, want) {
			t.Errorf("page %d lacks %q", p, want)
		}
		rowsSeen += strings.Count(page, "третий этаж")
	}
	if rowsSeen != 120 {
		t.Errorf("the pages hold the ends of %d rows, want 120: a row was split or lost", rowsSeen)
	}
}

func TestWrite_SameBytesEveryTime(t *testing.T) {
	_, a := write(t, sample(reports.English, 30))
	_, b := write(t, sample(reports.English, 30))
	if !bytes.Equal(a, b) {
		t.Error("two prints of the same report differ")
	}
}

func TestWrite_NoticeAndChart(t *testing.T) {
	r := &reports.Report{Title: "Activity", Lang: reports.English, Printed: printed, Notice: reports.English.T("notice.contactRoles")}
	path, _ := write(t, r)
	if got := text(t, path, 1, 0); !strings.Contains(got, "Contact person roles") {
		t.Errorf("the notice is not printed:\n%s", got)
	}
	r = &reports.Report{Title: "Активность", Lang: reports.Russian, Printed: printed,
		Columns: []reports.Column{{Title: "Период", Width: 1}, {Title: "Всего", Width: 1, Align: reports.Right}},
		Rows:    []reports.Row{{Cells: []string{"Январь 2026", "12"}}, {Cells: []string{"Итого", "12"}, Strong: true}},
		Chart: &reports.Chart{Title: "Взаимодействия по периодам и типам", Labels: []string{"Январь 2026", "Февраль 2026"},
			Series: []reports.Series{{Name: "Звонки", Values: []int{7, 3}}, {Name: "Письма", Values: []int{5, 0}}}}}
	path, _ = write(t, r)
	got := text(t, path, 1, 0)
	for _, want := range []string{"Взаимодействия по периодам и типам", "Звонки", "Письма", "Февраль 2026"} {
		if !strings.Contains(got, want) {
			t.Errorf("the chart lacks %q:\n%s", want, got)
		}
	}
}

// BenchmarkWrite_ContactReport10000 prints a 10 000-row contact report.
func BenchmarkWrite_ContactReport10000(b *testing.B) {
	r := sample(reports.Russian, 10000)
	for i := range r.Rows {
		r.Rows[i].Cells[2] = "+7 495 123-45-67"
	}
	b.ResetTimer()
	start := cpuTime()
	defer func() {
		b.ReportMetric(float64(cpuTime()-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}()
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := pdf.Write(&buf, r, pdf.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
