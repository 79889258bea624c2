package data

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkRowFromSummary reads list rows from row summaries alone, as a
// long listing does once its pages are in memory: the CPU a row costs
// beside the pages it touches. Summaries of 1 024 interactions with two
// contacts, a deal, an attribute value and a program-given number.
func BenchmarkRowFromSummary(b *testing.B) {
	const n = 1024
	sums := make([]summary, n)
	keys := make([]Cursor, n)
	at := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	for i := range sums {
		id := ID(900000 + i)
		it := &Interaction{ID: id, Type: TypeCall, Direction: DirOutgoing, Date: at.Add(time.Duration(i) * time.Minute),
			Number: fmt.Sprintf("%08d", id), Topic: fmt.Sprintf("Обсуждение условий поставки %d", i), Responsible: 17,
			Subject: Ref{Kind: RefDeal, ID: ID(12000 + i%500)}, Importance: ImportanceNormal,
			Contacts: []Contact{{Ref: Ref{Kind: RefPerson, ID: ID(3000 + i%900)}, Name: "Иванова Любовь Геннадьевна"},
				{Ref: Ref{Kind: RefPartner, ID: ID(100 + i%300)}, Name: "ИП Иванова Л. Г."}}}
		refs := []Ref{it.Contacts[0].Ref, it.Contacts[1].Ref}
		sums[i] = makeSummary(it, refs, []attrKey{{attr: 3, value: []byte{1, 2, 3, 4, 5}}})
		keys[i] = dateKey(it.Date, id)
	}
	var row RowText
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if !rowFromSummary(keys[i%n], sums[i%n], &row) {
			b.Fatal("no row")
		}
	}
}
