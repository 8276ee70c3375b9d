package ingest

import (
	"fmt"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Renumber gives documents the ids d1, d2, … in order, as Load does,
// after documents were added to or taken from a loaded set. The spans
// that carry the id (curated items, an export's items) are copied
// first, so a document shared with an earlier briefing keeps its own.
func Renumber(docs []briefing.Document) []briefing.Document {
	for i := range docs {
		d := &docs[i]
		d.Curated = append([]briefing.CuratedItem(nil), d.Curated...)
		if d.Imported != nil {
			d.Imported = cloneSpans(*d.Imported)
		}
		assignID(d, fmt.Sprintf("d%d", i+1))
	}
	return docs
}

// cloneSpans copies items with their own span slices.
func cloneSpans(items briefing.Items) *briefing.Items {
	out := briefing.Items{
		Actors:    append([]briefing.Actor(nil), items.Actors...),
		Assets:    append([]briefing.Asset(nil), items.Assets...),
		Questions: append([]briefing.Question(nil), items.Questions...),
	}
	for i := range out.Actors {
		out.Actors[i].Mentions = append([]briefing.Span(nil), out.Actors[i].Mentions...)
	}
	for i := range out.Assets {
		out.Assets[i].Mentions = append([]briefing.Span(nil), out.Assets[i].Mentions...)
	}
	for i := range out.Questions {
		out.Questions[i].Evidence = append([]briefing.Span(nil), out.Questions[i].Evidence...)
	}
	return &out
}
