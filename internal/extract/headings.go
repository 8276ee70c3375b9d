package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Headings and headlines, where title case makes every word look like a
// name.

// inHeading reports a word inside a heading, where title case makes
// every word look like a name.
func (t *textView) inHeading(i int) bool {
	b, ok := t.doc.BlockAt(int(t.words[i].start))
	return ok && b.Kind == briefing.Heading
}

// headline reports a plain text's first paragraph written as a
// headline: one line with no closing punctuation.
func (t *textView) headline(b briefing.Block) bool {
	text := strings.TrimSpace(t.text[b.Start:b.End])
	return t.firstLine(b) && !strings.ContainsAny(text[len(text)-1:], ".!?:;\"”")
}

// firstLine reports a text's first paragraph written on one line.
func (t *textView) firstLine(b briefing.Block) bool {
	text := strings.TrimSpace(t.text[b.Start:b.End])
	return b.Start == 0 && text != "" && !strings.Contains(text, "\n")
}

// titleCaseHeading reports a word inside a heading written in title case
// ("Authorities Find Anchor Believed To Be Linked …"), where a capital
// tells nothing: nearly every longer word of it has one.
func (t *textView) titleCaseHeading(i int) bool {
	b, ok := t.doc.BlockAt(int(t.words[i].start))
	// (a first line in title case is a headline even with a full stop)
	if !ok || b.Kind != briefing.Heading && !t.headline(b) && !t.firstLine(b) {
		return false
	}
	// the heading's words, found from word i both ways
	first, last := i, i
	for first > 0 && int(t.words[first-1].start) >= b.Start {
		first--
	}
	for last+1 < len(t.words) && int(t.words[last+1].end) <= b.End {
		last++
	}
	long, capped := 0, 0
	for k := first; k <= last; k++ {
		if t.words[k].end-t.words[k].start < 4 || t.words[k].digit {
			continue
		}
		long++
		if t.words[k].cap {
			capped++
		}
	}
	return long >= 4 && capped*5 >= long*4
}
