package tui

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// openTimeline shows the events of every document by date.
func (m *Model) openTimeline() {
	m.pushBack(m.here())
	m.timeline = newTimelineView(m.ix, newTimelineKeyMap(m.keys))
	m.overlay = timelineOverlay
	m.resize()
}

// showEvidence shows an event's sentence in Source, in its document;
// esc goes back to the timeline where it was.
func (m *Model) showEvidence(span briefing.Span) {
	d, ok := m.ix.docPos[span.Doc]
	if !ok {
		return
	}
	m.pushBack(m.here())
	m.overlay = noOverlay
	if m.doc != allDocs && m.doc != d {
		m.showDoc(d)
	}
	doc := &m.ix.b.Documents[d]
	if m.source.Document() != doc {
		m.source.SetDocument(doc)
	}
	m.setFocus(paneSource)
	m.source.SetMarks([]briefing.Span{span}, span)
	m.source.ScrollTo(span.Start)
	m.status = "event in " + doc.Name()
}

// backToTimeline returns from an event's sentence to the timeline it
// was chosen in; it reports false when Source was not reached that way.
func (m *Model) backToTimeline() bool {
	if n := len(m.back); n == 0 || m.back[n-1].overlay != timelineOverlay {
		return false
	}
	return m.goBack()
}

// scopeItems is the items of a list in the current document, only
// those a single source reports when that filter is on.
func (m *Model) scopeItems(kind paneKind) []int {
	items := m.ix.items(kind, m.doc)
	if !m.singleSource {
		return items
	}
	var out []int
	for _, i := range items {
		if n := m.ix.sourceCount(kind, i); n <= 1 {
			out = append(out, i)
		}
	}
	return out
}

// toggleSingleSource shows only the items one source reports, or all.
func (m *Model) toggleSingleSource() {
	m.singleSource = !m.singleSource
	m.loadScope()
	if m.singleSource {
		m.status = "single-source items only (S shows all)"
	} else {
		m.status = "all items, however many sources"
	}
}

// sourceCount is how many distinct sources report an item; an item
// without counts (a briefing built elsewhere) counts its documents.
func (ix *index) sourceCount(kind paneKind, item int) int {
	var s *briefing.Sources
	switch kind {
	case paneActors:
		s = ix.b.Actors[item].Sources
	case paneAssets:
		s = ix.b.Assets[item].Sources
	case paneQuestions:
		s = ix.b.Questions[item].Sources
	}
	if s != nil {
		return s.SourceCount
	}
	seen := map[string]bool{}
	for _, sp := range ix.spans(kind, item) {
		seen[sp.Doc] = true
	}
	return len(seen)
}

// sourcesLine says who reports an item: "3 documents, 2 sources: A, B".
func sourcesLine(s *briefing.Sources) string {
	if s == nil || s.DocumentCount == 0 {
		return ""
	}
	return plural(s.DocumentCount, "document") + ", " + plural(s.SourceCount, "source") + ": " + strings.Join(s.Distinct, ", ")
}

// reportLines says, document by document, what each said of an asset
// when the documents do not all say the same.
func reportLines(ix *index, a briefing.Asset) []string {
	var out []string
	distinct := map[string]bool{}
	for _, r := range a.Reports {
		d, ok := ix.docPos[r.Doc]
		if !ok {
			continue
		}
		said := joinNonEmpty(", ", r.Side, r.Quantity, string(r.Status), r.Location)
		distinct[said] = true
		out = append(out, ix.b.Documents[d].Name()+": "+said)
	}
	if len(distinct) < 2 {
		return nil
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return itoa(n) + " " + word + "s"
}

// srcColumn shows how many distinct sources report each item; it is the
// first column a narrow pane drops.
var srcColumn = column{"Src", 3, false}

func srcCell(ix *index, kind paneKind, item int) string { return itoa(ix.sourceCount(kind, item)) }
