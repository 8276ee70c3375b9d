package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Headings and headlines, where title case makes every word look like a
// name.

// inHeading reports a word inside a heading, where title case makes
// every word look like a name.
func (a *analysis) inHeading(i int) bool {
	b, ok := a.doc.BlockAt(int(a.words[i].start))
	return ok && b.Kind == briefing.Heading
}

// headline reports a plain text's first paragraph written as a
// headline: one line with no closing punctuation.
func (a *analysis) headline(b briefing.Block) bool {
	text := strings.TrimSpace(a.text[b.Start:b.End])
	return a.firstLine(b) && !strings.ContainsAny(text[len(text)-1:], ".!?:;\"”")
}

// firstLine reports a text's first paragraph written on one line.
func (a *analysis) firstLine(b briefing.Block) bool {
	text := strings.TrimSpace(a.text[b.Start:b.End])
	return b.Start == 0 && text != "" && !strings.Contains(text, "\n")
}

// titleCaseHeading reports a word inside a heading written in title case
// ("Authorities Find Anchor Believed To Be Linked …"), where a capital
// tells nothing: nearly every longer word of it has one.
func (a *analysis) titleCaseHeading(i int) bool {
	b, ok := a.doc.BlockAt(int(a.words[i].start))
	// (a first line in title case is a headline even with a full stop)
	if !ok || b.Kind != briefing.Heading && !a.headline(b) && !a.firstLine(b) {
		return false
	}
	// the heading's words, found from word i both ways
	first, last := i, i
	for first > 0 && int(a.words[first-1].start) >= b.Start {
		first--
	}
	for last+1 < len(a.words) && int(a.words[last+1].end) <= b.End {
		last++
	}
	long, capped := 0, 0
	for k := first; k <= last; k++ {
		if a.words[k].end-a.words[k].start < 4 || a.words[k].digit {
			continue
		}
		long++
		if a.words[k].cap {
			capped++
		}
	}
	return long >= 4 && capped*5 >= long*4
}
