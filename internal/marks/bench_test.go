package marks

import (
	"fmt"
	"testing"
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/store"
)

// BenchmarkAttach10000 attaches 10,000 marks to a briefing of 3,000
// items: the work after the store's events are read (budget with the
// read: 100 ms).
func BenchmarkAttach10000(b *testing.B) {
	text := ""
	for i := range 1000 {
		text += fmt.Sprintf("Ship %d sailed. Will ship %d return? ", i, i)
	}
	br := &briefing.Briefing{Documents: []briefing.Document{{ID: "d1", Text: text}}}
	for i := range 1000 {
		span := []briefing.Span{{Doc: "d1", Start: 0, End: 4}}
		br.Actors = append(br.Actors, briefing.Actor{ID: fmt.Sprintf("act%d", i), Name: fmt.Sprintf("Person %d", i), Mentions: span})
		br.Assets = append(br.Assets, briefing.Asset{ID: fmt.Sprintf("ast%d", i), Name: fmt.Sprintf("Ship %d", i), Mentions: span})
		br.Questions = append(br.Questions, briefing.Question{ID: fmt.Sprintf("q%d", i), Text: fmt.Sprintf("Will ship %d return?", i), Evidence: []briefing.Span{{Doc: "d1", Start: i * 10, End: i*10 + 9}}})
	}
	ix := NewIndex(br)
	m := ix.Attach(store.NewState())
	var events []store.Event
	for i := range 10000 {
		ref := Ref{[]store.Target{store.ActorTarget, store.AssetTarget, store.QuestionTarget}[i%3], i % 1000}
		field, value := store.FlagField, "disputed"
		if ref.Target == store.QuestionTarget {
			field, value = store.StatusField, "watching"
		}
		e, err := m.Event(ref, field, value, "ana")
		if err != nil {
			b.Fatal(err)
		}
		e.ID, e.At = int64(i+1), time.Unix(int64(i), 0)
		events = append(events, e)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got := ix.Attach(store.Derive(events)); len(got.Orphans()) != 0 {
			b.Fatal("orphans")
		}
	}
}
