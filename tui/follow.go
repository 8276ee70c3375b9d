package tui

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
)

// marks returns the spans Source highlights: the search hits when
// searching, else the active item's mentions in scope.
func (m *Model) marks() []briefing.Span {
	if m.search != "" && m.source.Document() != nil {
		return findAll(m.source.Document(), m.source.LowerText(), m.search)
	}
	item := m.lists[m.active].SelectedItem()
	if item < 0 {
		return nil
	}
	spans := m.ix.spans(m.active, item)
	if m.doc == allDocs {
		return spans
	}
	var in []briefing.Span
	id := m.ix.b.Documents[m.doc].ID
	for _, s := range spans {
		if s.Doc == id {
			in = append(in, s)
		}
	}
	return in
}

// syncSource highlights the active item's mentions and, when scroll is
// set, brings the current one into view (switching documents in the
// all-documents view).
func (m *Model) syncSource(scroll bool) {
	spans := m.marks()
	if len(spans) == 0 {
		m.source.SetMarks(nil, briefing.Span{})
		return
	}
	m.mention = (m.mention%len(spans) + len(spans)) % len(spans)
	cur := spans[m.mention]
	if d, ok := m.ix.docPos[cur.Doc]; ok && (m.source.Document() == nil || m.source.Document().ID != cur.Doc) {
		m.source.SetDocument(&m.ix.b.Documents[d])
	}
	m.source.SetMarks(spans, cur)
	if scroll {
		m.source.ScrollTo(cur.Start)
	}
}

func (m *Model) stepMention(dir int) {
	spans := m.marks()
	if len(spans) == 0 {
		m.status = "no mention to step through"
		return
	}
	m.mention += dir
	m.syncSource(true)
	m.status = mentionStatus(m.mention, len(spans))
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
