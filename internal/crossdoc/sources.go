package crossdoc

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/timeline"
)

// Annotate adds what only several documents together show to a merged
// briefing: the timeline, the sources of every item, and a conflict
// question wherever documents disagree about one item. Documents are
// read for dates on up to workers goroutines.
func Annotate(b *briefing.Briefing, workers int) {
	timeline.Build(b, workers)
	dropDerived(b)
	b.Questions = append(b.Questions, conflicts(b)...)
	corroborate(b)
}

// RulePrefix starts the rule of every question this package raises.
const RulePrefix = "conflict/"

// dropDerived removes conflict questions a loaded export brought: they
// are raised again from what is loaded now, so a reload neither doubles
// them nor keeps one the documents no longer support.
func dropDerived(b *briefing.Briefing) {
	kept := b.Questions[:0]
	for _, q := range b.Questions {
		if !strings.HasPrefix(q.Why.Rule, RulePrefix) {
			kept = append(kept, q)
		}
	}
	if len(kept) == len(b.Questions) {
		return
	}
	clear(b.Questions[len(kept):])
	b.Questions = kept
	for i := range b.Questions {
		b.Questions[i].ID = "q" + strconv.Itoa(i+1)
	}
}

// SourceOf names who stands behind a document: its publisher, else its
// author, else the document itself.
func SourceOf(d *briefing.Document) string {
	switch {
	case strings.TrimSpace(d.Source) != "":
		return strings.TrimSpace(d.Source)
	case strings.TrimSpace(d.Author) != "":
		return strings.TrimSpace(d.Author)
	}
	return d.Name()
}

// corroborate sets the sources of every actor, asset and question.
func corroborate(b *briefing.Briefing) {
	docs := map[string]*briefing.Document{}
	for i := range b.Documents {
		docs[b.Documents[i].ID] = &b.Documents[i]
	}
	// one source name per document, worked out once
	sourceOf := make(map[string]string, len(docs))
	for id, d := range docs {
		sourceOf[id] = SourceOf(d)
	}
	// each item's lists are gathered in these buffers and copied at
	// their length: grown by appends, they would keep up to twice it
	var refs []briefing.DocRef
	var distinct []string
	of := func(spans []briefing.Span) *briefing.Sources {
		s := &briefing.Sources{Documents: refs[:0], Distinct: distinct[:0]}
		// spans come grouped by document: the last one seen answers most
		// look-ups; a set takes over once an item is in many documents
		last := ""
		var seen map[string]bool
		for _, sp := range spans {
			if sp.Doc == last {
				continue
			}
			last = sp.Doc
			if seen == nil && len(s.Documents) > 8 {
				seen = map[string]bool{}
				for _, r := range s.Documents {
					seen[r.ID] = true
				}
			}
			if seen != nil && seen[sp.Doc] || seen == nil && slices.ContainsFunc(s.Documents, func(r briefing.DocRef) bool { return r.ID == sp.Doc }) {
				continue
			}
			if seen != nil {
				seen[sp.Doc] = true
			}
			d := docs[sp.Doc]
			if d == nil {
				s.Documents = append(s.Documents, briefing.DocRef{ID: sp.Doc, Name: sp.Doc})
				continue
			}
			s.Documents = append(s.Documents, briefing.DocRef{ID: d.ID, Name: d.Name()})
			if src := sourceOf[d.ID]; !slices.ContainsFunc(s.Distinct, func(x string) bool { return strings.EqualFold(x, src) }) {
				s.Distinct = append(s.Distinct, src)
			}
		}
		refs, distinct = s.Documents, s.Distinct
		s.Documents = append(make([]briefing.DocRef, 0, len(refs)), refs...)
		s.Distinct = append(make([]string, 0, len(distinct)), distinct...)
		s.DocumentCount, s.SourceCount = len(s.Documents), len(s.Distinct)
		return s
	}
	for i := range b.Actors {
		b.Actors[i].Sources = of(b.Actors[i].Mentions)
	}
	for i := range b.Assets {
		b.Assets[i].Sources = of(b.Assets[i].Mentions)
	}
	for i := range b.Questions {
		b.Questions[i].Sources = of(b.Questions[i].Evidence)
	}
}
