package demo_test

import (
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// msk is the zone of the Russian tests; the English ones run in UTC.
var msk = time.FixedZone("MSK", 3*3600)

// testNow is "today" of the tests: a Wednesday afternoon.
var testNow = time.Date(2025, time.June, 18, 14, 35, 0, 0, msk)

// generate makes a dataset or stops the test.
func generate(t testing.TB, size int, lang string) (*data.Dataset, demo.Options) {
	t.Helper()
	o := demo.Options{Size: size, Seed: 42, Lang: lang, Now: testNow}
	if lang == "en" {
		o.Now = testNow.In(time.UTC)
	}
	ds, err := demo.Generate(o)
	if err != nil {
		t.Fatalf("Generate(%+v): %v", o, err)
	}
	return ds, o
}

func TestGenerate_Deterministic(t *testing.T) {
	for _, lang := range []string{"ru", "en"} {
		t.Run(lang, func(t *testing.T) {
			a, _ := generate(t, 2000, lang)
			b, _ := generate(t, 2000, lang)
			if !reflect.DeepEqual(a, b) {
				t.Fatal("two datasets from the same options differ")
			}
			o := demo.Options{Size: 2000, Seed: 43, Lang: lang, Now: testNow}
			c, err := demo.Generate(o)
			if err != nil {
				t.Fatal(err)
			}
			if reflect.DeepEqual(a.Interactions, c.Interactions) {
				t.Error("another seed gave the same interactions")
			}
		})
	}
}

func TestGenerate_Sizes(t *testing.T) {
	for _, size := range []int{0, 1, 100, 5000} {
		t.Run(strconv.Itoa(size), func(t *testing.T) {
			ds, _ := generate(t, size, "ru")
			if len(ds.Interactions) != size {
				t.Errorf("%d interactions, want %d", len(ds.Interactions), size)
			}
			if len(ds.Employees) < 8 || len(ds.Partners) < 20 || len(ds.Persons) < len(ds.Partners) {
				t.Errorf("a thin world: %d employees, %d partners, %d persons",
					len(ds.Employees), len(ds.Partners), len(ds.Persons))
			}
			if len(ds.Deals) == 0 || len(ds.Claims) == 0 || len(ds.Events) < 10 || len(ds.Orders) == 0 {
				t.Errorf("subjects missing: %d deals, %d claims, %d events, %d orders",
					len(ds.Deals), len(ds.Claims), len(ds.Events), len(ds.Orders))
			}
			if len(ds.Attrs) != 3 || len(ds.Roles) == 0 || len(ds.Groups) == 0 {
				t.Errorf("%d attributes, %d roles, %d groups", len(ds.Attrs), len(ds.Roles), len(ds.Groups))
			}
		})
	}
}

func TestGenerate_BadOptions(t *testing.T) {
	for _, o := range []demo.Options{
		{Size: -1},
		{Size: 10, Lang: "de"},
		{Size: demo.MaxSize + 1},
	} {
		if _, err := demo.Generate(o); !errors.Is(err, demo.ErrOptions) {
			t.Errorf("Generate(%+v) = %v, want ErrOptions", o, err)
		}
	}
}

func TestGenerate_ZeroNowIsToday(t *testing.T) {
	ds, err := demo.Generate(demo.Options{Size: 50})
	if err != nil {
		t.Fatal(err)
	}
	last := ds.Interactions[len(ds.Interactions)-1].Date
	if d := time.Until(last); d < -60*24*time.Hour || d > 100*24*time.Hour {
		t.Errorf("the last interaction is at %v, far from now", last)
	}
}

func TestGenerate_Russian(t *testing.T) {
	ds, _ := generate(t, 3000, "ru")
	if ds.Settings.Language != data.LangRussian {
		t.Errorf("settings language %q", ds.Settings.Language)
	}
	var text strings.Builder
	for _, p := range ds.Partners {
		text.WriteString(p.Name + "\n")
	}
	for _, p := range ds.Persons {
		text.WriteString(p.Name + "\n")
	}
	all := text.String()
	for _, want := range []string{"ООО «", "ИП ", "ё", "ович", "овна"} {
		if !strings.Contains(all, want) {
			t.Errorf("no %q among partner and person names", want)
		}
	}
	if !strings.HasPrefix(ds.Persons[0].ContactInfo[0].Value, "+7 (9") {
		t.Errorf("mobile %q is not Russian", ds.Persons[0].ContactInfo[0].Value)
	}
	if !strings.HasPrefix(ds.Orders[0].Number, "ЗК-") {
		t.Errorf("order number %q", ds.Orders[0].Number)
	}
	if ds.Attrs[0].Name != "Канал" {
		t.Errorf("first attribute %q", ds.Attrs[0].Name)
	}
	if !hasCyrillic(ds.Interactions[0].Topic) {
		t.Errorf("topic %q is not Russian", ds.Interactions[0].Topic)
	}
}

func TestGenerate_English(t *testing.T) {
	ds, _ := generate(t, 3000, "en")
	if ds.Settings.Language != data.LangEnglish {
		t.Errorf("settings language %q", ds.Settings.Language)
	}
	var all strings.Builder
	for _, p := range ds.Partners {
		all.WriteString(p.Name + "\n")
	}
	for _, want := range []string{" Ltd\n", " LLC\n"} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("no %q among partner names", strings.TrimSpace(want))
		}
	}
	for _, it := range ds.Interactions {
		if hasCyrillic(it.Topic) || hasCyrillic(it.Description) {
			t.Fatalf("interaction %d is not English: %q / %q", it.ID, it.Topic, it.Description)
		}
	}
	phone := ds.Persons[0].ContactInfo[0].Value
	if !strings.HasPrefix(phone, "+44 ") && !strings.HasPrefix(phone, "+1 ") {
		t.Errorf("mobile %q is neither British nor American", phone)
	}
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= 'А' && r <= 'я' || r == 'ё' || r == 'Ё' {
			return true
		}
	}
	return false
}

// benchSize is the number of interactions of BenchmarkGenerate;
// INTERACTIONS_BENCH_SIZE overrides it.
func benchSize(b *testing.B) int {
	if s := os.Getenv("INTERACTIONS_BENCH_SIZE"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatalf("INTERACTIONS_BENCH_SIZE=%q: %v", s, err)
		}
		return n
	}
	return 100_000
}

func BenchmarkGenerate(b *testing.B) {
	size := benchSize(b)
	b.ReportAllocs()
	for b.Loop() {
		ds, err := demo.Generate(demo.Options{Size: size, Seed: 1, Now: testNow})
		if err != nil {
			b.Fatal(err)
		}
		if len(ds.Interactions) != size {
			b.Fatalf("%d interactions", len(ds.Interactions))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(max(size, 1)), "ns/interaction")
}
