package extract

import (
	"strings"
)

// The cues' words by number: each word a cue is written with gets one,
// and sets of those numbers, as bits, say what a cue position takes and
// what a rule's cues can begin with.

// numberCueWords numbers the words the cues are written with, into
// words, and gives each cue position the numbers of its alternatives.
func (lx *qlexicon) numberCueWords(words map[string]qword) {
	var byNumber []string // 1 + index: the word of each number
	number := func(w string) int32 {
		qw := words[w]
		if qw.cue == 0 {
			byNumber = append(byNumber, w)
			qw.cue = int32(len(byNumber))
			words[w] = qw
		}
		return qw.cue
	}
	subs := 0
	sub := func(w string) int32 {
		qw := words[w]
		if qw.sub == 0 {
			subs++
			qw.sub = int32(subs)
			words[w] = qw
		}
		return qw.sub
	}
	// A position's sets are made at their size, from its numbers
	// gathered first, and cut from shared blocks: growing each set a
	// word at a time made a third of the compile's allocations.
	var free []uint64
	bitsOf := func(ns []int32) []uint64 {
		n := 0
		for _, x := range ns {
			n = max(n, int(x>>6)+1)
		}
		if n == 0 {
			return nil
		}
		if n > len(free) {
			free = make([]uint64, max(n, 4096))
		}
		set := free[:n:n]
		free = free[n:]
		for _, x := range ns {
			set[x>>6] |= 1 << (x & 63)
		}
		return set
	}
	var firsts, lasts, numbers []int32
	for _, r := range lx.rules {
		for _, c := range r.cues {
			for i := range c.pat {
				p := &c.pat[i]
				p.oneWord = len(p.words) > 0
				firsts, lasts, numbers = firsts[:0], lasts[:0], numbers[:0]
				for _, ws := range p.words {
					if len(ws) != 1 {
						p.oneWord = false
					}
					if len(ws) > 0 {
						firsts = append(firsts, sub(ws[0]))
						lasts = append(lasts, sub(ws[len(ws)-1]))
					}
				}
				for _, a := range p.alts {
					if prefix, ok := strings.CutSuffix(a, "*"); ok {
						p.prefixes = append(p.prefixes, prefix)
					} else if a != "" {
						numbers = append(numbers, number(a))
					}
				}
				p.firstSubs, p.lastSubs, p.cueSet = bitsOf(firsts), bitsOf(lasts), bitsOf(numbers)
			}
		}
	}
	// the cues a word can begin: those of byFirst, in its order, whose
	// first position takes that word
	lx.byFirstCue = make([][]*qcue, len(byNumber)+1)
	lx.byFirstLoose = make([][]*qcue, len(byNumber)+1)
	lx.secondWords = make([][]uint64, len(byNumber)+1)
	for i, w := range byNumber {
		for _, c := range lx.byFirst[firstTokenWord(w)] {
			if !c.pat[0].matches(w) {
				continue
			}
			lx.byFirstCue[i+1] = append(lx.byFirstCue[i+1], c)
			if !c.secondDecides() {
				lx.byFirstLoose[i+1] = append(lx.byFirstLoose[i+1], c)
				continue
			}
			set := widen(lx.secondWords[i+1], len(c.pat[1].cueSet))
			for k, b := range c.pat[1].cueSet {
				set[k] |= b
			}
			lx.secondWords[i+1] = set
		}
	}
	// the words each rule's cues can begin with
	lx.ruleFirsts = make([]ruleFirsts, len(lx.rules))
	for i, r := range lx.rules {
		f := &lx.ruleFirsts[i]
		for _, c := range r.cues {
			if len(c.pat[0].prefixes) > 0 {
				f.any = true
			}
			f.set = widen(f.set, len(c.pat[0].cueSet))
			for k, b := range c.pat[0].cueSet {
				f.set[k] |= b
			}
		}
	}
}

// widen extends a set of bits to at least n words, in one allocation
// rather than one per word.
func widen(set []uint64, n int) []uint64 {
	if n > len(set) {
		set = append(set, make([]uint64, n-len(set))...)
	}
	return set
}

// secondDecides reports a cue whose second position is a word written
// out: a word that is none of its alternatives stops the cue there.
func (c *qcue) secondDecides() bool {
	return len(c.pat) > 1 && !c.pat[1].gap && len(c.pat[1].prefixes) == 0
}

// ruleFirsts is the set of the numbers (see cueNumber) of the words a
// rule's cues can begin with; any: a cue's first position takes a prefix,
// which any word may have.
type ruleFirsts struct {
	set []uint64
	any bool
}

// mayBegin reports whether a cue of rule r can begin with the word
// numbered cue; false means no cue of r matches there.
func (lx *qlexicon) mayBegin(r int, cue int32) bool {
	f := &lx.ruleFirsts[r]
	return f.any || inSet(f.set, cue)
}

// inSet reports number n in a set of bits.
func inSet(set []uint64, n int32) bool {
	i := int(n >> 6)
	return i < len(set) && set[i]&(1<<(n&63)) != 0
}

// matchesNumber is matches of a word by its number among the cues'
// words (see cueNumber), which differ where the words do.
func (p *ptok) matchesNumber(cue int32, w string) bool {
	if inSet(p.cueSet, cue) {
		return true
	}
	for _, prefix := range p.prefixes {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}
