package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// Bare "the army", "the military", "the junta" in a report on one state:
// "The military has designated the groups as terrorists" in a report on
// Myanmar is Myanmar's military, an actor apart from the state (see
// stateForces); "the junta" is the state itself.

// homeState is the state a window is about, found when first needed.
type homeState struct {
	found bool
	index int // in the gazetteer's states; -1 when none stands out
}

// homeForcesStage finds the bare force and ruler words: it reads the
// words, the lexicon's home_forces and home_rulers, the states and
// actors found so far, and adds the forces' and the state's mentions.
type homeForcesStage struct{ mentionCtx }

// find adds the window's bare force words (the lexicon's
// home_forces after "the") to the forces of the state of a person or
// body before them in their sentence, else of the home state; and its
// ruler words (home_rulers) to the home state.
func (hf *homeForcesStage) find() {
	for i := 0; i < len(hf.words); i++ {
		// (the words' bits first: most words are neither)
		if !hf.unitWord(i, homeRulerWord|homeForceWord) || hf.words[i].cap || hf.taken[i] {
			continue
		}
		if hf.unitWord(i, homeRulerWord) {
			if k := hf.home(); k >= 0 {
				hf.addHomeState(k, i)
			}
			continue
		}
		if i == 0 || hf.lowerWord(i-1) != "the" {
			continue
		}
		last := i
		if i+1 < len(hf.words) && !hf.words[i].possessive && hf.lexicon.HomeForces[hf.lowerWord(i)+" "+hf.lowerWord(i+1)] {
			last = i + 1
		} else if !hf.lexicon.HomeForces[hf.lowerWord(i)] {
			continue
		}
		if !hf.free(i, last) || !hf.standsAlone(last) {
			continue
		}
		word := hf.spanText(i, last)
		k := hf.speakersState(i)
		if k < 0 {
			k = hf.home()
		}
		if k >= 0 {
			s := &hf.g.States[k]
			name := s.Name + " " + word
			if len(s.Demonyms) > 0 {
				name = s.Demonyms[0] + " " + word // "Nigerian military"
			}
			hf.stateForces(s.Name, word, word, name, i, last, "home-forces")
		}
	}
}

// speakersState is the state of a person or body just before word i in
// its sentence ("Zamir has ordered the military", "ISPR, the military's
// media wing"): whose forces a bare force word there means. It returns
// the state's index, or -1.
func (c *mentionCtx) speakersState(i int) int {
	for j := i - 1; j >= 0 && j >= i-6 && c.sentenceAt[j] == c.sentenceAt[i]; j-- {
		d := c.actorOf(j)
		if d == nil || d.affiliation == "" || d.kind != briefing.Person && d.kind != briefing.Organization {
			continue
		}
		if k, ok := c.ix.states[normalizeKey(d.affiliation)]; ok {
			return k
		}
	}
	return -1
}

// homeForcesSide is the side a bare force word j at the head of an asset
// names ("army trucks", "a military patrol"): the state of a person or
// body just before it, else the home state.
func (c *mentionCtx) homeForcesSide(j int) (string, bool) {
	if c.words[j].cap || !c.lexicon.HomeForces[c.lowerWord(j)] {
		return "", false
	}
	k := c.speakersState(j)
	if k < 0 {
		k = c.home()
	}
	if k < 0 {
		return "", false
	}
	return c.g.States[k].Name, true
}

// addHomeState adds word i, a ruler word, as a mention of state k.
func (hf *homeForcesStage) addHomeState(k, i int) {
	s := &hf.g.States[k]
	hf.addState(stateMention{i, i, s.Name, formForce})
	hf.addActor(hf.ix.stateKeys[k], i, i, hf.wordText(i), func(d *actorDraft) {
		d.name, d.kind = s.Name, briefing.State
		d.why.Rule = "home-ruler"
	})
}

// standsAlone reports the force word at last as a noun of its own, not
// one that describes the next ("the military operation"): a possessive,
// punctuation or the end after it, or a verb form or one of the
// lexicon's followers.
func (hf *homeForcesStage) standsAlone(last int) bool {
	next := last + 1
	if hf.words[last].possessive || next >= len(hf.words) || hf.gapHas(next, gapClause|gapPeriod|gapBracket) {
		return true
	}
	if hf.words[next].cap {
		return false
	}
	w := hf.lowerWord(next)
	if hf.lexicon.HomeForceFollowers[w] {
		return true
	}
	if _, ok := hf.g.verbs.thirdBase(w); ok {
		return true
	}
	_, ok := hf.g.verbs.pastBase(w)
	return ok
}

// home finds the window's home state once: the state the window names
// most, with its people and bodies (a mention of the Sudanese Armed
// Forces counts for Sudan), half as often again as any other, and at
// least twice unless it is the only one. It returns the state's index,
// or -1.
func (c *mentionCtx) home() int {
	h := &c.homeState
	if h.found {
		return h.index
	}
	h.found, h.index = true, -1
	counts := map[int]int{}
	for _, s := range c.states {
		if k, ok := c.ix.states[normalizeKey(s.state)]; ok {
			counts[k]++
		}
	}
	for _, d := range c.actors {
		if d.kind != briefing.State && d.affiliation != "" {
			if k, ok := c.ix.states[normalizeKey(d.affiliation)]; ok {
				counts[k] += len(d.mentions)
			}
		}
	}
	top, second := 0, 0
	for k, n := range counts {
		if n > top {
			h.index, top, second = k, n, top
		} else if n > second {
			second = n
		}
	}
	if 2*top < 3*second || top < 2 && len(counts) > 1 {
		h.index = -1
	}
	return h.index
}
