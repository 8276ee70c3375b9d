package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkAppend measures marks written per second, each its own
// committed transaction (events/s = 1e9 / ns/op).
func BenchmarkAppend(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s := be.open(b, 0)
			defer s.Close()
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Append(ctx, Event{Who: "ana", Key: fmt.Sprintf("q/%d", i%500), Target: QuestionTarget, Field: StatusField, After: "watching"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

// BenchmarkLoad10000 reads 10,000 marks and derives their state, what
// opening the dashboard on a busy store costs (budget: 100 ms).
func BenchmarkLoad10000(b *testing.B) {
	for _, be := range backends() {
		b.Run(be.name, func(b *testing.B) {
			s := be.open(b, 0)
			defer s.Close()
			ctx := context.Background()
			fields := []Field{StatusField, PriorityField, NoteField}
			for i := range 10000 {
				if _, err := s.Append(ctx, Event{Who: "ana", Key: fmt.Sprintf("q/%d", i%2000), Target: QuestionTarget, Field: fields[i%3], After: "high", Label: "a label"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				events, err := s.Events(ctx, 0)
				if err != nil || len(events) != 10000 {
					b.Fatal(len(events), err)
				}
				if st := Derive(events); st.Count != 10000 {
					b.Fatal(st.Count)
				}
			}
		})
	}
}
