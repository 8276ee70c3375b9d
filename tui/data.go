package tui

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/sentence"
)

// allDocs is the document index that means "every document".
const allDocs = -1

// index answers, cheaply and once, which items a document mentions and
// where to find an item by id. The briefing itself is never modified,
// so one index can serve many sessions.
type index struct {
	b *briefing.Briefing

	docPos               map[string]int
	actorsIn, assetsIn   [][]int // by document: items with a mention there
	questionsIn          [][]int
	actorByID, assetByID map[string]int
	questionsAbout       map[string][]int // actor or asset id → questions
	childrenOf           map[string][]int // asset id → assets with it as parent
	warningsByPath       map[string][]briefing.Warning
}

func newIndex(b *briefing.Briefing) *index {
	ix := &index{
		b: b, docPos: map[string]int{}, actorByID: map[string]int{}, assetByID: map[string]int{},
		questionsAbout: map[string][]int{}, childrenOf: map[string][]int{}, warningsByPath: map[string][]briefing.Warning{},
	}
	for i, d := range b.Documents {
		ix.docPos[d.ID] = i
	}
	n := len(b.Documents)
	ix.actorsIn, ix.assetsIn, ix.questionsIn = make([][]int, n), make([][]int, n), make([][]int, n)
	add := func(lists [][]int, item int, spans []briefing.Span) {
		seen := -1
		for _, s := range spans {
			if d, ok := ix.docPos[s.Doc]; ok && d != seen {
				if k := len(lists[d]); k == 0 || lists[d][k-1] != item {
					lists[d] = append(lists[d], item)
				}
				seen = d
			}
		}
	}
	for i, a := range b.Actors {
		ix.actorByID[a.ID] = i
		add(ix.actorsIn, i, a.Mentions)
	}
	for i, a := range b.Assets {
		ix.assetByID[a.ID] = i
		add(ix.assetsIn, i, a.Mentions)
		if a.Parent != "" {
			ix.childrenOf[a.Parent] = append(ix.childrenOf[a.Parent], i)
		}
	}
	for i, q := range b.Questions {
		add(ix.questionsIn, i, q.Evidence)
		for _, id := range append(slices.Clone(q.Actors), q.Assets...) {
			ix.questionsAbout[id] = append(ix.questionsAbout[id], i)
		}
	}
	for _, w := range b.Warnings {
		ix.warningsByPath[w.Path] = append(ix.warningsByPath[w.Path], w)
	}
	return ix
}

// items returns the item indexes a pane shows for a document.
func (ix *index) items(kind paneKind, doc int) []int {
	if doc == allDocs || doc >= len(ix.b.Documents) {
		var n int
		switch kind {
		case paneActors:
			n = len(ix.b.Actors)
		case paneAssets:
			n = len(ix.b.Assets)
		case paneQuestions:
			n = len(ix.b.Questions)
		}
		all := make([]int, n)
		for i := range all {
			all[i] = i
		}
		return all
	}
	switch kind {
	case paneActors:
		return ix.actorsIn[doc]
	case paneAssets:
		return ix.assetsIn[doc]
	case paneQuestions:
		return ix.questionsIn[doc]
	}
	return nil
}

// spans returns the mentions (or evidence) of an item.
func (ix *index) spans(kind paneKind, item int) []briefing.Span {
	switch kind {
	case paneActors:
		return ix.b.Actors[item].Mentions
	case paneAssets:
		return ix.b.Assets[item].Mentions
	case paneQuestions:
		return ix.b.Questions[item].Evidence
	}
	return nil
}

// itemName is a one-line name for an item.
func (ix *index) itemName(kind paneKind, item int) string {
	switch kind {
	case paneActors:
		return ix.b.Actors[item].Name
	case paneAssets:
		return ix.b.Assets[item].Name
	case paneQuestions:
		return ix.b.Questions[item].Text
	}
	return ""
}

// sentenceAround returns the sentence holding a span, on one line.
func sentenceAround(doc *briefing.Document, s briefing.Span) string {
	r := sentence.Around(doc, s.Start, s.End)
	return strings.Join(strings.Fields(doc.Text[r.Start:r.End]), " ")
}
