// Package extract turns document text into the actors, order of battle
// and open questions of a briefing, each tied to the words it came from.
// It is deterministic, offline and pure Go.
package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// Run analyses the documents and returns the briefing: the documents as
// given and the merged items of all of them. Items a document states
// itself (curated sections, a loaded export) are merged in and win on
// attributes. The same documents always give the same briefing.
func Run(docs []briefing.Document) briefing.Briefing {
	var perDoc []briefing.Items
	for i := range docs {
		doc := &docs[i]
		if doc.Imported != nil {
			perDoc = append(perDoc, *doc.Imported)
			continue
		}
		perDoc = append(perDoc, curatedItems(doc))
	}
	b := merge(docs, perDoc)
	b.Documents = docs
	return b
}
