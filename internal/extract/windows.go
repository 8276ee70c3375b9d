package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// DefaultWindowBytes bounds the text analysed at once. A longer document
// is cut into windows of at most this many bytes, at paragraph or
// sentence ends, and each window is analysed on its own: the per-word
// working arrays then hold one window, however long the document, and
// the windows of one document may be analysed on several cores. Real
// reports are far shorter (a news article is 2–20 KB), so they are
// analysed whole.
const DefaultWindowBytes = 64 << 10

// window is a byte range [start, end) of a document's text.
type window struct{ start, end int }

// unit is one piece of work: a window of a document.
type unit struct {
	doc  int
	span window
	// last is the document's last window, after which its curated items
	// are merged (extracted first, curated second, as for a whole one)
	last bool
}

// planUnits lists the windows of every document in order.
func planUnits(docs []briefing.Document, size int) []unit {
	units := make([]unit, 0, len(docs))
	for i := range docs {
		if docs[i].Imported != nil {
			// an export's items are merged as they are, once
			units = append(units, unit{doc: i, span: window{0, len(docs[i].Text)}, last: true})
			continue
		}
		ws := windows(docs[i].Text, size)
		for k, w := range ws {
			units = append(units, unit{doc: i, span: w, last: k == len(ws)-1})
		}
	}
	return units
}

// windows cuts text into consecutive windows of at most size bytes each
// (one window when it fits, or size is not positive). A cut falls after
// the last paragraph break of the second half of the window, else the
// last line break, sentence end or space there, else on a character
// boundary.
func windows(text string, size int) []window {
	if size <= 0 || len(text) <= size {
		return []window{{0, len(text)}}
	}
	var out []window
	for start := 0; start < len(text); {
		end := len(text)
		if end-start > size {
			end = cutPoint(text, start, start+size)
		}
		out = append(out, window{start, end})
		start = end
	}
	return out
}

// cutPoint picks where a window from start may end, at limit at most.
func cutPoint(text string, start, limit int) int {
	half := text[start+(limit-start)/2 : limit]
	offset := limit - len(half)
	for _, sep := range []string{"\n\n", "\n", ". ", "? ", "! ", " "} {
		if i := strings.LastIndex(half, sep); i >= 0 {
			return offset + i + len(sep)
		}
	}
	end := limit
	for end > start+1 && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// windowDocument returns the part of doc in w as a document of its own,
// its blocks cut to the window and counted from its start. Spans found
// in it are moved back by shiftItems.
func windowDocument(doc *briefing.Document, w window) briefing.Document {
	sub := *doc
	sub.Text = doc.Text[w.start:w.end]
	sub.Curated, sub.Imported = nil, nil
	sub.Blocks = nil
	first := sort.Search(len(doc.Blocks), func(i int) bool { return doc.Blocks[i].End > w.start })
	for _, b := range doc.Blocks[first:] {
		if b.Start >= w.end {
			break
		}
		b.Start, b.End = max(b.Start, w.start)-w.start, min(b.End, w.end)-w.start
		sub.Blocks = append(sub.Blocks, b)
	}
	return sub
}

// shiftItems moves the spans of items found in a window by the window's
// start, so that they count from the start of the whole document.
func shiftItems(items briefing.Items, by int) {
	if by == 0 {
		return
	}
	shift := func(spans []briefing.Span) {
		for i := range spans {
			spans[i].Start += by
			spans[i].End += by
		}
	}
	for i := range items.Actors {
		shift(items.Actors[i].Mentions)
	}
	for i := range items.Assets {
		shift(items.Assets[i].Mentions)
	}
	for i := range items.Questions {
		shift(items.Questions[i].Evidence)
	}
}
