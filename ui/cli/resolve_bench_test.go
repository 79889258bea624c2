//go:build unix

package cli

import (
	"syscall"
	"testing"
	"time"

	"interactions/data"
	"interactions/data/demo/benchdata"
)

// BenchmarkResolveResponsible resolves --responsible as the list command
// does, by the name of the employee with the most interactions, in the
// benchmark database (INTERACTIONS_BENCH_SIZE, 100 000 unless set); it
// reports the processor time too.
func BenchmarkResolveResponsible(b *testing.B) {
	s := benchdata.Open(b)
	gs, err := s.Groups(data.Filter{}, data.GroupBy{Kind: data.GroupResponsible})
	if err != nil || len(gs) == 0 {
		b.Fatal("no responsible groups", err)
	}
	want := gs[0].Key.Ref.ID
	name := s.Name(gs[0].Key.Ref)
	start := processorTime()
	for b.Loop() {
		if id, err := resolveResponsible(s, name); err != nil || id != want {
			b.Fatalf("resolve %q = %d, %v; want %d", name, id, err, want)
		}
	}
	b.ReportMetric(float64(processorTime()-start)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op")
}

// BenchmarkResolveSubjectAndContact resolves --subject by the number of
// the last customer order (every deal, claim, event and order a
// candidate: 54 000 at a million interactions; found by its name alone,
// Store.NamedAs), --contact by the name of the last contact person with
// the name of its partner (a label: every contact listed) and by the
// last partner's name, as the list command does; it reports the
// processor time too.
func BenchmarkResolveSubjectAndContact(b *testing.B) {
	s := benchdata.Open(b)
	orders, err := s.NamesOfKind(data.RefOrder)
	if err != nil || len(orders) == 0 {
		b.Fatal("no orders", err)
	}
	persons, err := s.NamesWithPartners(data.RefPerson)
	if err != nil || len(persons) == 0 {
		b.Fatal("no persons", err)
	}
	order, person := orders[len(orders)-1], persons[len(persons)-1]
	label := person.Name + " (" + s.Name(data.Ref{Kind: data.RefPartner, ID: person.Partner}) + ")"
	partners, err := s.NamesOfKind(data.RefPartner)
	if err != nil || len(partners) == 0 {
		b.Fatal("no partners", err)
	}
	partner := partners[len(partners)-1]
	for _, c := range []struct {
		name, query string
		resolve     func(*data.Store, string) (data.Ref, error)
		want        data.Ref
	}{
		{"subject", order.Name, resolveSubject, order.Ref},
		{"partner", partner.Name, resolveContact, partner.Ref},
		{"person-label", label, resolveContact, person.Ref},
	} {
		b.Run(c.name, func(b *testing.B) {
			start := processorTime()
			for b.Loop() {
				if r, err := c.resolve(s, c.query); err != nil || r != c.want {
					b.Fatalf("resolve %q = %v, %v; want %v", c.query, r, err, c.want)
				}
			}
			b.ReportMetric(float64(processorTime()-start)/float64(time.Microsecond)/float64(b.N), "cpu-µs/op")
		})
	}
}

// processorTime is the processor time the process has used.
func processorTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
