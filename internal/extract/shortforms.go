package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/fold"
)

// shortForms holds the shorter ways a text names again what it has already
// named in full: the full name and its last word ("Carney", "Hegseth").
// A last word two names share names neither. Forms are folded as the
// analysis folds the text, so the text is looked up without copying.
// The maps are kept and cleared for each document.
type shortForms[D comparable] struct {
	named  map[string]D
	firsts map[string]bool // folded words a form can begin with
}

func (f *shortForms[D]) reset() {
	if f.named == nil {
		f.named, f.firsts = map[string]D{}, map[string]bool{}
	}
	clear(f.named)
	clear(f.firsts)
}

// add records the forms of a name of one or more words.
func (f shortForms[D]) add(words []string, d D) {
	if len(words) == 0 {
		return
	}
	first, last := fold.Lower(words[0]), fold.Lower(words[len(words)-1])
	f.named[fold.Lower(strings.Join(words, " "))] = d
	f.firsts[first], f.firsts[last] = true, true
	if len(words) > 1 {
		if prev, ok := f.named[last]; ok && prev != d {
			var ambiguous D
			f.named[last] = ambiguous
		} else {
			f.named[last] = d
		}
	}
}

// linkShortForms finds the forms in the free, capitalised words of the
// text, the longest (up to four words) first, and hands each to link,
// which reports whether it took the words.
func linkShortForms[D comparable](t *textView, m *mentionState, f shortForms[D], link func(d D, first, last int) bool) {
	if len(f.named) == 0 {
		return
	}
	var none D
	for _, c := range t.capitals {
		i := int(c)
		if m.taken[i] || !t.words[i].cap || !f.firsts[t.lowerWord(i)] {
			continue
		}
		for last := min(i+3, len(t.words)-1); last >= i; last-- {
			if !m.free(i, last) {
				continue
			}
			form := oneLine(t.lower[t.words[i].start:t.words[last].end])
			if d := f.named[form]; d != none && link(d, i, last) {
				break
			}
		}
	}
}
