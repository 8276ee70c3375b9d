package marks

import (
	"time"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/ingest"
	"github.com/briefing-tools/briefing/internal/store"
)

// Export lists the marks and notes for the export: the briefing's items
// in its order (documents, actors, assets, questions), then the
// orphans. Text typed by analysts is sanitised like document text.
func (m *Marks) Export() ([]briefing.Mark, []briefing.Note) {
	var marks []briefing.Mark
	var notes []briefing.Note
	add := func(id string, it *store.ItemState) {
		label := ingest.Sanitize(it.Label)
		for _, f := range []struct {
			field store.Field
			mark  store.Mark
		}{{store.StatusField, it.Status}, {store.PriorityField, it.Priority}, {store.FlagField, it.Flag}} {
			if f.mark.Value != "" {
				marks = append(marks, briefing.Mark{Item: id, Key: it.Key, Label: label, Field: string(f.field),
					Value: ingest.Sanitize(f.mark.Value), Who: ingest.Sanitize(f.mark.Who), At: stamp(f.mark.At)})
			}
		}
		for _, n := range it.Notes {
			notes = append(notes, briefing.Note{Item: id, Key: it.Key, Label: label,
				Text: ingest.Sanitize(n.Text), Who: ingest.Sanitize(n.Who), At: stamp(n.At)})
		}
	}
	b := m.ix.b
	for _, target := range []struct {
		t store.Target
		n int
	}{{store.DocumentTarget, len(b.Documents)}, {store.ActorTarget, len(b.Actors)}, {store.AssetTarget, len(b.Assets)}, {store.QuestionTarget, len(b.Questions)}} {
		for i := range target.n {
			ref := Ref{target.t, i}
			if it := m.items[ref]; it != nil {
				add(m.ix.ID(ref), it)
			}
		}
	}
	for _, it := range m.orphans {
		add("", it)
	}
	return marks, notes
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }
