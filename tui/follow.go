package tui

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
)

// follower is "Source follows the selection": which mention of the
// active item Source shows, or the text searched in it.
type follower struct {
	mention int    // index of the current mention of the active item
	search  string // text searched in Source
}

// spans are what Source highlights: the search hits when searching,
// else the mentions of item (of kind) in document doc, or in all.
func (f follower) spans(ix *index, doc int, kind paneKind, item int, src *SourcePane) []briefing.Span {
	if f.search != "" && src.Document() != nil {
		return findAll(src.Document(), src.LowerText(), f.search)
	}
	if item < 0 {
		return nil
	}
	spans := ix.spans(kind, item)
	if doc == allDocs {
		return spans
	}
	var in []briefing.Span
	id := ix.b.Documents[doc].ID
	for _, s := range spans {
		if s.Doc == id {
			in = append(in, s)
		}
	}
	return in
}

// show highlights spans in Source and, when scroll is set, brings the
// current one into view (switching documents in the all-documents view).
func (f *follower) show(spans []briefing.Span, ix *index, src *SourcePane, scroll bool) {
	if len(spans) == 0 {
		src.SetMarks(nil, briefing.Span{})
		return
	}
	f.mention = (f.mention%len(spans) + len(spans)) % len(spans)
	cur := spans[f.mention]
	if d, ok := ix.docPos[cur.Doc]; ok && (src.Document() == nil || src.Document().ID != cur.Doc) {
		src.SetDocument(&ix.b.Documents[d])
	}
	src.SetMarks(spans, cur)
	if scroll {
		src.ScrollTo(cur.Start)
	}
}

// marks returns the spans Source highlights for the active pane.
func (m *Model) marks() []briefing.Span {
	return m.follow.spans(m.ix, m.doc, m.active, m.lists[m.active].SelectedItem(), &m.source)
}

// syncSource shows the active item's mentions (or the search hits) in
// Source, scrolling to the current one when scroll is set.
func (m *Model) syncSource(scroll bool) { m.follow.show(m.marks(), m.ix, &m.source, scroll) }

func (m *Model) stepMention(dir int) {
	spans := m.marks()
	if len(spans) == 0 {
		m.status = "no mention to step through"
		return
	}
	m.follow.mention += dir
	m.syncSource(true)
	m.status = mentionStatus(m.follow.mention, len(spans))
	if c := m.findCount(); c != "" {
		m.status = c
	}
}

func mentionStatus(i, n int) string {
	i = (i%n + n) % n
	return "mention " + itoa(i+1) + "/" + itoa(n)
}

// findAll returns the case-insensitive occurrences of q in a document.
func findAll(doc *briefing.Document, lower, q string) []briefing.Span {
	q = fold.Lower(strings.TrimSpace(q))
	if q == "" {
		return nil
	}
	var out []briefing.Span
	for from := 0; len(out) < 10000; {
		i := strings.Index(lower[from:], q)
		if i < 0 {
			break
		}
		out = append(out, briefing.Span{Doc: doc.ID, Start: from + i, End: from + i + len(q)})
		from += i + len(q)
	}
	return out
}
