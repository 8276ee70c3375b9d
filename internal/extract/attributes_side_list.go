package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Sides read from the rest of an asset's sentence: the assets listed
// with it, a state's forces, and the party it opens with.

// listedSide is the side of the nearest other asset of the mention's
// sentence whose side is known, from its words or the gazetteer: "the
// Jiangkai-class frigate the Hengyang, the Renhai-class cruiser the
// Zunyi and …" are one navy's ships, whatever the sentence before named.
func (as *attributeStage) listedSide(ordered []orderedMention, k int) (string, bool) {
	s := as.sentenceAt[ordered[k].words.first]
	inSentence := func(j int) bool { return j >= 0 && j < len(ordered) && as.sentenceAt[ordered[j].words.first] == s }
	// the mentions are in order: the sentence's are those around k
	for step := 1; inSentence(k-step) || inSentence(k+step); step++ {
		for _, j := range [2]int{k - step, k + step} {
			if !inSentence(j) || ordered[j].asset == ordered[k].asset {
				continue
			}
			if side, ok := as.knownSide(ordered[j].asset); ok {
				return side, true
			}
		}
	}
	return "", false
}

// knownSide is an asset's side when its words or the gazetteer settle it.
func (as *attributeStage) knownSide(d *assetDraft) (string, bool) {
	switch {
	case d.sideRank <= sideInSentence:
		return d.side, true
	case len(d.operators) > 0:
		if side, ok := as.documentSide(d); ok {
			return side, true
		}
		return d.operators[0], true
	}
	return "", false
}

// forcesOfStates adds to the sentence's state mentions (in order, from
// sFirst) the state of each military body it names: "The Israeli
// military said the operations … involved the 98th division" names
// Israel's forces, though not Israel. The list is worked out once per
// sentence, in a buffer of a's, and valid until the next sentence's.
func (as *attributeStage) forcesOfStates(states []stateMention, sFirst, sLast int) []stateMention {
	sc := &as.sideScratch
	if sc.valid && sc.first == sFirst {
		if sc.none {
			return states
		}
		return sc.list
	}
	sc.valid, sc.first, sc.none = true, sFirst, true
	sc.list = sc.list[:0]
	for j := sFirst; j <= sLast; j++ {
		d, ok := as.actorStart.get(j)
		if !ok || d == nil || d.kind != briefing.Organization || d.affiliation == "" {
			continue
		}
		if i, known := as.ix.organizations.get(as.normKey(d.name)); !known || !as.lexicon.OperatorCategories[as.g.Organizations[i].Category] {
			continue
		}
		last := j
		for _, m := range d.mentions {
			if m.first == j {
				last = m.last
			}
		}
		sc.list = append(sc.list, stateMention{first: j, last: last, state: d.affiliation, form: formForce})
	}
	if len(sc.list) == 0 {
		return states
	}
	sc.none = false
	// the sentence's own states, then the forces, in word order
	for _, st := range states {
		if st.first > sLast {
			break
		}
		sc.list = append(sc.list, st)
	}
	slices.SortStableFunc(sc.list, func(x, y stateMention) int { return x.first - y.first })
	return sc.list
}

// sideScratch holds forcesOfStates' list for one sentence.
type sideScratch struct {
	valid, none bool
	first       int
	list        []stateMention
}

// placeAfterPreposition reports a name at word i written as a place: "in
// Lebanon", "into southern Lebanon".
func (as *attributeStage) placeAfterPreposition(i, sFirst int) bool {
	if i > sFirst+1 && as.is(i-1, lexDirection) {
		i--
	}
	return i > sFirst && as.is(i-1, lexLocation)
}

// openingParty is the state or force a sentence opens with ("Israel said
// …", "The Israeli military said …"), named before word limit.
func (as *attributeStage) openingParty(sFirst, limit int) (string, bool) {
	for j := sFirst; j < limit && j <= sFirst+2; j++ {
		if side, ok := as.stateAt(j); ok && !as.words[j].possessive {
			return side, true
		}
		if d, _ := as.actorStart.get(j); d != nil && d.kind == briefing.Organization && d.affiliation != "" {
			return d.affiliation, true
		}
	}
	return "", false
}
