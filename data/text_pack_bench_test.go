package data

import "testing"

// BenchmarkUnpackInto unpacks the packed texts of a typical list row:
// a Russian topic, contact names and a subject.
func BenchmarkUnpackInto(b *testing.B) {
	texts := []string{
		"Обсуждение условий договора: комплексное снабжение офиса",
		"Орлова Юлия Геннадьевна, ООО «Профимпорт-М»",
		"Комплексное снабжение офиса (ООО «Профимпорт-М»)",
		"Назаров Артём Юрьевич", "ЗК-009927", "Re: счёт № 17 от 30.11.2026",
	}
	var packed [][]byte
	n := 0
	for _, s := range texts {
		packed = append(packed, appendPacked(nil, s))
		n += len(s)
	}
	dst := make([]byte, 1024)
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, p := range packed {
			if _, ok := unpackInto(dst, p); !ok {
				b.Fatal("not packed text")
			}
		}
	}
}
