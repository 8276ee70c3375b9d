package tui

import (
	"encoding/base64"

	"github.com/charmbracelet/x/ansi"

	"github.com/briefing-tools/briefing/internal/ingest"
)

// maxYank bounds what y copies: terminals drop longer OSC 52 writes.
const maxYank = 8 << 10

// yank copies, on the y key only, the selected item's name, or in the
// details (and in Source) the sentence of its current mention, to the
// clipboard of the terminal the dashboard is drawn on, through OSC 52:
// it works over SSH too. The text is sanitised and base64-encoded, so
// nothing in it reaches the terminal as a sequence; the write rides on
// the next frame only (see Model.clip).
func (m *Model) yank() {
	text, what := m.yankText()
	text = ingest.SanitizeLine(text)
	if text == "" {
		m.status = "nothing to copy here"
		return
	}
	if len(text) > maxYank {
		text = text[:maxYank]
	}
	m.clip = "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte(text)) + "\x07"
	m.status = "copied " + what + ": " + ansi.Truncate(text, 60, "…")
}

// yankText is what y copies where the user is, and what it is.
func (m *Model) yankText() (text, what string) {
	kind, item, mention := m.focus, -1, m.follow.mention
	switch {
	case m.overlay == detailOverlay:
		of := m.detail.Of()
		kind, item, mention = of.kind, of.item, of.mention
	case m.focus == paneSource:
		kind = m.active
		item = m.lists[m.active].SelectedItem()
	default:
		item = m.lists[m.focus].SelectedItem()
		if item >= 0 {
			return m.ix.itemName(kind, item), "name"
		}
	}
	if item < 0 {
		return "", ""
	}
	spans := m.ix.spans(kind, item)
	if len(spans) == 0 {
		return m.ix.itemName(kind, item), "name"
	}
	s := spans[min(max(mention, 0), len(spans)-1)]
	doc := m.ix.b.Document(s.Doc)
	if doc == nil {
		return "", ""
	}
	return sentenceAround(doc, s), "sentence"
}
