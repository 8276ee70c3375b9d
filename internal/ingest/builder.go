package ingest

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// textBuilder assembles a document's Text from structural blocks, each
// sanitised on the way in, and records where every block lies. Blocks
// are separated by a blank line so the text reads well on its own.
type textBuilder struct {
	text    strings.Builder
	blocks  []briefing.Block
	curated []briefing.CuratedItem
	// inList keeps consecutive items of one list on adjacent lines.
	inList bool
}

// add appends one block and returns its span in the text (zero when the
// block was empty after sanitising).
func (tb *textBuilder) add(kind briefing.BlockKind, level int, raw string) (start, end int) {
	s := Sanitize(raw)
	if kind != briefing.Paragraph || !strings.Contains(s, "\n") {
		s = strings.Join(strings.Fields(s), " ")
	} else {
		s = strings.TrimSpace(s)
	}
	if s == "" {
		return 0, 0
	}
	tb.separate(false)
	start = tb.text.Len()
	tb.text.WriteString(s)
	end = tb.text.Len()
	tb.blocks = append(tb.blocks, briefing.Block{Kind: kind, Start: start, End: end, Level: level})
	return start, end
}

// addItem appends a list item or table row, written with prefix (such as
// "- ") in the text, and returns the span of the item's own words.
func (tb *textBuilder) addItem(prefix, raw string) (start, end int, text string) {
	s := strings.Join(strings.Fields(Sanitize(raw)), " ")
	if s == "" {
		return 0, 0, ""
	}
	tb.separate(true)
	blockStart := tb.text.Len()
	tb.text.WriteString(prefix)
	start = tb.text.Len()
	tb.text.WriteString(s)
	end = tb.text.Len()
	tb.blocks = append(tb.blocks, briefing.Block{Kind: briefing.ListItem, Start: blockStart, End: end})
	return start, end, s
}

// separate writes the break before a new block: a blank line, or a
// single newline between items of the same list.
func (tb *textBuilder) separate(item bool) {
	if tb.text.Len() > 0 {
		if item && tb.inList {
			tb.text.WriteString("\n")
		} else {
			tb.text.WriteString("\n\n")
		}
	}
	tb.inList = item
}

// endList makes the next block start after a blank line.
func (tb *textBuilder) endList() { tb.inList = false }

// finish stores the text, blocks and curated items in doc.
func (tb *textBuilder) finish(doc *briefing.Document) {
	doc.Text = tb.text.String()
	doc.Blocks = tb.blocks
	doc.Curated = tb.curated
}
