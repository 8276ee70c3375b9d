package extract

import (
	"strings"
)

// sentenceKeys returns the rules whose key words sentence s holds (bit
// i: rule i; figureKey: a casualty word), with every rule's bit when it
// asks a question itself; 0 for a heading or a fragment.
func (a *questionStage) sentenceKeys(s int) uint32 {
	c := &a.sentenceKeyCache[s]
	if !c.known {
		c.keys, c.known = a.findSentenceKeys(s), true
	}
	return c.keys
}

// sentenceKeyMemo remembers sentenceKeys' answer.
type sentenceKeyMemo struct {
	keys  uint32
	known bool
}

func (a *questionStage) findSentenceKeys(s int) uint32 {
	sen := a.sentences[s]
	if a.isHeadingSentence(sen.Start, sen.End) || sen.End-sen.Start < 12 {
		return 0
	}
	var keys uint32
	first, last := a.wordsOfSentence(s)
	last = min(last, len(a.words)-1)
	for j := first; j <= last; j++ {
		w := &a.words[j]
		if w.lex&lexCue == 0 {
			continue
		}
		rules := a.ix.words.cueRules(w.id)
		keys |= rules & (figureKey | combatKey)
		if rules&^(figureKey|combatKey|cueStartBit) == 0 {
			continue
		}
		// the key word of a cue: does the cue stand around it?
		for _, kc := range a.g.questions.keyedOf(a.subOf(j)) {
			if keys&(1<<kc.rule) == 0 && a.cueAtWords(kc, j, first, last) {
				keys |= 1 << kc.rule
			}
		}
	}
	if strings.IndexByte(a.text[sen.Start:sen.End], '?') >= 0 {
		keys |= 1 << a.g.questions.explicitRule
	}
	return keys
}

// cueAtWords reports cue kc.cue around word j, its key, within the
// words first..last, comparing the tokenizer's words: a cheap test that
// finds every cue the rules will see (and, past commas, a few more).
func (a *questionStage) cueAtWords(kc keyedCue, j, first, last int) bool {
	// most keys stand alone: the words either side tell at once
	if kc.oneWord && kc.next != nil {
		if j+1 > last || !a.startsAlternative(kc.next, j+1) {
			return false
		}
	}
	if kc.prev != nil {
		if j-1 < first || !a.endsAlternative(kc.prev, j-1) {
			return false
		}
	}
	pat := kc.cue.pat
	// forwards from the key
	at := j
	for p := kc.pos; p < len(pat); p++ {
		if pat[p].gap {
			found := false
			for g := at; g <= last && g <= at+2*maxCueGap; g++ {
				if !a.startsAlternative(&pat[p+1], g) {
					continue
				}
				if end, ok := a.wordsMatch(&pat[p+1], g, last); ok {
					at, p, found = end+1, p+1, true
					break
				}
			}
			if !found {
				return false
			}
			continue
		}
		end, ok := a.wordsMatch(&pat[p], at, last)
		if !ok {
			return false
		}
		at = end + 1
	}
	// backwards from the key
	at = j - 1
	for p := kc.pos - 1; p >= 0; p-- {
		if pat[p].gap {
			found := false
			for g := at; g >= first && g >= at-2*maxCueGap; g-- {
				if !a.endsAlternative(&pat[p-1], g) {
					continue
				}
				if start, ok := a.wordsMatchBack(&pat[p-1], g, first); ok {
					at, p, found = start-1, p-1, true
					break
				}
			}
			if !found {
				return false
			}
			continue
		}
		start, ok := a.wordsMatchBack(&pat[p], at, first)
		if !ok {
			return false
		}
		at = start - 1
	}
	return true
}

// wordsMatch matches a pattern position at word i; it returns the last
// word matched.
func (a *questionStage) wordsMatch(pt *ptok, i, last int) (int, bool) {
	if pt.oneWord {
		// one word: a set of numbers tells
		if i <= last && i >= 0 && i < len(a.words) && inSet(pt.firstSubs, a.subOf(i)) {
			return i, true
		}
		return 0, false
	}
	for _, ws := range pt.words {
		if i+len(ws)-1 > last || len(ws) == 0 {
			continue
		}
		ok := true
		for k, w := range ws {
			if !a.wordIs(i+k, w) {
				ok = false
				break
			}
		}
		if ok {
			return i + len(ws) - 1, true
		}
	}
	return 0, false
}

// startsAlternative reports word i as the first word of one of pt's
// alternatives: wordsMatch at i can succeed only then.
func (a *questionStage) startsAlternative(pt *ptok, i int) bool {
	return i >= 0 && i < len(a.words) && inSet(pt.firstSubs, a.subOf(i))
}

// endsAlternative reports word i as the last word of one of pt's
// alternatives: wordsMatchBack ending at i can succeed only then.
func (a *questionStage) endsAlternative(pt *ptok, i int) bool {
	return i >= 0 && i < len(a.words) && inSet(pt.lastSubs, a.subOf(i))
}

// subOf returns the number of word i, lower-cased, among the words of
// the cues (see qword.sub), 0 for none: through the slot the tokenizer
// found (word.qslot), not looked up again.
func (a *questionStage) subOf(i int) int32 { return a.g.questions.words.ofSlot(a.words[i].qslot).sub }

// wordIs reports word i, lower-cased, to be w.
func (t *textView) wordIs(i int, w string) bool {
	if i < 0 || i >= len(t.words) {
		return w == ""
	}
	wd := &t.words[i]
	return int(wd.end-wd.start) == len(w) && t.lower[wd.start:wd.end] == w
}

// wordsMatchBack matches a pattern position ending at word i; it returns
// the first word matched.
func (a *questionStage) wordsMatchBack(pt *ptok, i, first int) (int, bool) {
	var tried uint64 // the lengths whose start was tried: it fails again
	for _, ws := range pt.words {
		start := i - len(ws) + 1
		if start < first || len(ws) == 0 {
			continue
		}
		if n := len(ws); n < 64 {
			if tried&(1<<n) != 0 {
				continue
			}
			tried |= 1 << n
		}
		if end, ok := a.wordsMatch(pt, start, i); ok && end == i {
			return start, true
		}
	}
	return 0, false
}
