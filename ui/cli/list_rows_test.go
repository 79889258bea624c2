package cli

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo"
)

// oldPrintRows is the list as the command line printed it before the rows
// came from ListRows: every row decoded through List, the CSV through
// encoding/csv. The new output must equal it byte for byte.
func oldPrintRows(w io.Writer, s *data.Store, q listQuery) error {
	var t *table
	var c *csv.Writer
	now := s.Now()
	if q.csv {
		c = csv.NewWriter(w)
		c.Write(csvHeader)
	} else {
		t = newTable(w, "Date", "Type", "Dir", "Topic", "Contacts", "Subject", "Responsible", "Reviewed")
	}
	query := data.Query{Filter: q.filter, Order: data.NewestFirst}
	shown, more := 0, false
	for {
		query.Limit = listPageSize
		if q.limit > 0 {
			query.Limit = min(listPageSize, q.limit-shown)
		}
		page, err := s.List(query)
		if err != nil {
			return err
		}
		for i := range page.Rows {
			r := &page.Rows[i]
			it := r.Interaction
			subject := ""
			if !it.IsChainRoot() && r.Subject != "" {
				subject = r.Subject
				if it.Subject.Kind == data.RefInteraction {
					subject = "chain: " + r.Subject
				}
			}
			if c != nil {
				reviewed, after := "no", ""
				if it.Reviewed {
					reviewed = "yes"
				}
				if !it.ReviewAfter.IsZero() {
					after = it.ReviewAfter.In(time.Local).Format(time.RFC3339)
				}
				c.Write([]string{it.Date.In(time.Local).Format(time.RFC3339), it.Number, it.Type.String(),
					direction(it.Direction, ""), it.Topic, r.Contacts, subject, r.Responsible, reviewed, after})
				continue
			}
			reviewed := "no"
			switch {
			case it.Reviewed:
				reviewed = "yes"
			case it.Deferred(now):
				reviewed = "after " + it.ReviewAfter.In(time.Local).Format(tableTime)
			}
			t.add(it.Date.In(time.Local).Format(tableTime), it.Type.String(), direction(it.Direction, "-"),
				cell(it.Topic, topicWidth), cell(r.Contacts, nameWidth), cell(subject, nameWidth),
				cell(r.Responsible, nameWidth), reviewed)
		}
		shown += len(page.Rows)
		if !page.More || len(page.Rows) == 0 {
			break
		}
		if q.limit > 0 && shown >= q.limit {
			more = true
			break
		}
		query.After = page.Next
	}
	if c != nil {
		c.Flush()
		return c.Error()
	}
	if err := t.flush(); err != nil {
		return err
	}
	switch {
	case shown == 0:
		fmt.Fprintln(w, "(no interactions match)")
	case more:
		fmt.Fprintf(w, "(first %d shown; more match: raise --limit, or --limit 0 for all)\n", shown)
	}
	return nil
}

// trickyRowsStore is a demo store with interactions whose texts CSV must
// quote, a chain, and rows deferred for review.
func trickyRowsStore(t *testing.T) *data.Store {
	t.Helper()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, time.Local)
	s, err := data.Open(filepath.Join(t.TempDir(), "tricky.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	s.Now = func() time.Time { return now }
	ds, err := demo.Generate(demo.Options{Size: 2500, Seed: 1, Lang: "ru", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Load(ds); err != nil {
		t.Fatal(err)
	}
	emps, err := s.Employees()
	if err != nil || len(emps) == 0 {
		t.Fatal(err)
	}
	var root data.ID
	for i, text := range csvTricky {
		typ := []data.InteractionType{data.TypeMeeting, data.TypeCall, data.TypePlanned}[i%3]
		it := s.NewInteraction(typ, map[data.InteractionType]data.Direction{data.TypeCall: data.DirOutgoing}[typ])
		it.Date = now.Add(-time.Duration(i+1) * 37 * time.Minute)
		it.Responsible = emps[i%len(emps)].ID
		it.Topic = "Тема " + text
		name := text
		if strings.TrimSpace(name) == "" {
			name = "—" + name
		}
		if typ == data.TypeCall {
			it.Call.Contact = data.Contact{Ref: data.Ref{Kind: data.RefFree}, Name: name}
			it.Call.Phone = "+7 916 000-00-01"
		} else {
			it.Contacts = []data.Contact{{Ref: data.Ref{Kind: data.RefFree}, Name: name}, {Ref: data.Ref{Kind: data.RefFree}, Name: "Второй, " + text}}
		}
		if i%4 == 1 {
			it.Reviewed, it.ReviewAfter = false, now.Add(time.Duration(i)*time.Hour)
		}
		if root != 0 && i%2 == 0 {
			it.BasedOn = root
			it.Subject = data.Ref{Kind: data.RefInteraction, ID: root}
		}
		if err := s.SaveInteraction(it); err != nil {
			t.Fatalf("interaction %d (%q): %v", i, text, err)
		}
		if root == 0 {
			root = it.ID
		}
	}
	return s
}

func TestPrintRows_AsBefore(t *testing.T) {
	s := trickyRowsStore(t)
	defer func(size int) { listPageSize = size }(listPageSize)
	month := time.Date(2026, 11, 1, 0, 0, 0, 0, time.Local)
	for _, q := range []listQuery{
		{csv: true},
		{},
		{csv: true, limit: 50},
		{limit: 50},
		{csv: true, limit: 2500},
		{limit: 2100},
		{csv: true, filter: data.Filter{From: month, To: month.AddDate(0, 1, 0)}},
		{filter: data.Filter{From: month, To: month.AddDate(0, 1, 0)}},
		{csv: true, filter: data.Filter{Text: "нет такого слова"}},
		{filter: data.Filter{Text: "нет такого слова"}},
	} {
		for _, size := range []int{10_000, 700} {
			listPageSize = size
			comparePrintRows(t, s, q)
		}
	}
}

// comparePrintRows checks that printRows prints what oldPrintRows does.
func comparePrintRows(t *testing.T, s *data.Store, q listQuery) {
	t.Helper()
	var got, want bytes.Buffer
	if err := printRows(&got, s, q); err != nil {
		t.Fatal(err)
	}
	if err := oldPrintRows(&want, s, q); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, w := got.Bytes(), want.Bytes()
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		t.Errorf("query %+v: output differs at byte %d of %d/%d:\n got …%q\nwant …%q",
			q, i, len(g), len(w), g[max(0, i-80):min(len(g), i+80)], w[max(0, i-80):min(len(w), i+80)])
	}
	if q.csv && q.limit == 0 && q.filter.Text == "" {
		for _, part := range []string{`,"Тема say ""hi""",`, `,chain: Тема ,`, "\"Тема line\nbreak\"", `,Тема \.,`} {
			if !strings.Contains(got.String(), part) {
				t.Errorf("query %+v: no %q in the CSV", q, part)
			}
		}
	}
	if got.Len() < 40 {
		t.Errorf("query %+v: output too short: %q", q, got.String())
	}
}
