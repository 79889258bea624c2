package data_test

import (
	"encoding/json"
	"testing"

	"interactions/data"
)

// BenchmarkCodec encodes and decodes the records of a demo dataset in the
// binary form of schema 5 and in the JSON of schemas 1–4; ns/op is per
// record, and B/record the mean record size.
func BenchmarkCodec(b *testing.B) {
	list := demoInteractions(b, 5000, 1, "ru")
	bin := make([][]byte, len(list))
	js := make([][]byte, len(list))
	var binSize, jsSize int
	for i := range list {
		bin[i] = data.EncodeRecord(&list[i])
		js[i], _ = json.Marshal(&list[i])
		binSize += len(bin[i])
		jsSize += len(js[i])
	}
	b.Run("decode/binary", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, err := data.DecodeRecord(1, bin[i%len(bin)]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(binSize)/float64(len(list)), "B/record")
	})
	b.Run("decode/json", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, err := data.DecodeRecord(1, js[i%len(js)]); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(jsSize)/float64(len(list)), "B/record")
	})
	b.Run("encode/binary", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			data.EncodeRecord(&list[i%len(list)])
		}
	})
	b.Run("encode/json", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			if _, err := json.Marshal(&list[i%len(list)]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
