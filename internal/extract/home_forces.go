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

// findHomeForces adds the window's bare force words (the lexicon's
// home_forces after "the") to the forces of the state of a person or
// body before them in their sentence, else of the home state; and its
// ruler words (home_rulers) to the home state.
func (a *analysis) findHomeForces() {
	for i := 0; i < len(a.words); i++ {
		if a.words[i].cap || a.taken[i] {
			continue
		}
		if a.unitWord(i, homeRulerWord) {
			if k := a.home(); k >= 0 {
				a.addHomeState(k, i)
			}
			continue
		}
		if i == 0 || a.lowerWord(i-1) != "the" {
			continue
		}
		last := i
		if i+1 < len(a.words) && !a.words[i].possessive && a.lexicon.HomeForces[a.lowerWord(i)+" "+a.lowerWord(i+1)] {
			last = i + 1
		} else if !a.lexicon.HomeForces[a.lowerWord(i)] {
			continue
		}
		if !a.free(i, last) || !a.standsAlone(last) {
			continue
		}
		word := a.spanText(i, last)
		k := a.speakersState(i)
		if k < 0 {
			k = a.home()
		}
		if k >= 0 {
			s := &a.g.States[k]
			name := s.Name + " " + word
			if len(s.Demonyms) > 0 {
				name = s.Demonyms[0] + " " + word // "Nigerian military"
			}
			a.stateForces(s.Name, word, word, name, i, last, "home-forces")
		}
	}
}

// speakersState is the state of a person or body just before word i in
// its sentence ("Zamir has ordered the military", "ISPR, the military's
// media wing"): whose forces a bare force word there means. It returns
// the state's index, or -1.
func (a *analysis) speakersState(i int) int {
	for j := i - 1; j >= 0 && j >= i-6 && a.sentenceAt[j] == a.sentenceAt[i]; j-- {
		d := a.actorOf(j)
		if d == nil || d.affiliation == "" || d.kind != briefing.Person && d.kind != briefing.Organization {
			continue
		}
		if k, ok := a.ix.states[normalizeKey(d.affiliation)]; ok {
			return k
		}
	}
	return -1
}

// homeForcesSide is the side a bare force word j at the head of an asset
// names ("army trucks", "a military patrol"): the state of a person or
// body just before it, else the home state.
func (a *analysis) homeForcesSide(j int) (string, bool) {
	if a.words[j].cap || !a.lexicon.HomeForces[a.lowerWord(j)] {
		return "", false
	}
	k := a.speakersState(j)
	if k < 0 {
		k = a.home()
	}
	if k < 0 {
		return "", false
	}
	return a.g.States[k].Name, true
}

// addHomeState adds word i, a ruler word, as a mention of state k.
func (a *analysis) addHomeState(k, i int) {
	s := &a.g.States[k]
	a.addState(stateMention{i, i, s.Name, formForce})
	a.addActor(a.ix.stateKeys[k], i, i, a.wordText(i), func(d *actorDraft) {
		d.name, d.kind = s.Name, briefing.State
		d.why.Rule = "home-ruler"
	})
}

// standsAlone reports the force word at last as a noun of its own, not
// one that describes the next ("the military operation"): a possessive,
// punctuation or the end after it, or a verb form or one of the
// lexicon's followers.
func (a *analysis) standsAlone(last int) bool {
	next := last + 1
	if a.words[last].possessive || next >= len(a.words) || a.gapHas(next, gapClause|gapPeriod|gapBracket) {
		return true
	}
	if a.words[next].cap {
		return false
	}
	w := a.lowerWord(next)
	if a.lexicon.HomeForceFollowers[w] {
		return true
	}
	if _, ok := a.g.verbs.thirdBase(w); ok {
		return true
	}
	_, ok := a.g.verbs.pastBase(w)
	return ok
}

// home finds the window's home state once: the state the window names
// most, with its people and bodies (a mention of the Sudanese Armed
// Forces counts for Sudan), half as often again as any other, and at
// least twice unless it is the only one. It returns the state's index,
// or -1.
func (a *analysis) home() int {
	h := &a.homeState
	if h.found {
		return h.index
	}
	h.found = true
	counts := map[int]int{}
	for _, s := range a.states {
		if k, ok := a.ix.states[normalizeKey(s.state)]; ok {
			counts[k]++
		}
	}
	for _, d := range a.actors {
		if d.kind != briefing.State && d.affiliation != "" {
			if k, ok := a.ix.states[normalizeKey(d.affiliation)]; ok {
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
