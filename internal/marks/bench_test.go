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

// BenchmarkNewIndex keys a briefing of 2,000 documents whose actors
// and assets are each mentioned in hundreds of them, as a folder of
// reports on one theatre is: every extract with a store pays for it.
func BenchmarkNewIndex(b *testing.B) {
	br := &briefing.Briefing{}
	for i := range 2000 {
		br.Documents = append(br.Documents, briefing.Document{ID: fmt.Sprintf("d%d", i+1), Text: fmt.Sprintf("Report %d: the frigate sailed. Will it return?", i)})
	}
	for i := range 200 {
		var spans []briefing.Span
		for d := i % 3; d < len(br.Documents); d += 3 {
			spans = append(spans, briefing.Span{Doc: br.Documents[d].ID, Start: 0, End: 6}, briefing.Span{Doc: br.Documents[d].ID, Start: 11, End: 18})
		}
		br.Actors = append(br.Actors, briefing.Actor{ID: fmt.Sprintf("act%d", i), Name: fmt.Sprintf("Person %d", i), Aliases: []string{fmt.Sprintf("PERSON %d", i), fmt.Sprintf("P. %d", i)}, Mentions: spans})
		br.Assets = append(br.Assets, briefing.Asset{ID: fmt.Sprintf("ast%d", i), Name: fmt.Sprintf("Ship %d", i), Mentions: spans})
	}
	for i, d := range br.Documents {
		br.Questions = append(br.Questions, briefing.Question{ID: fmt.Sprintf("q%d", i+1), Text: "Will the frigate return?", Evidence: []briefing.Span{{Doc: d.ID, Start: 31, End: 47}}})
	}
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(br)
	}
}
