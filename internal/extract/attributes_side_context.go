package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Sides from beyond the asset's own words: the party the sentences
// before name, the one body of the document a noun stands for, and the
// operator of a platform that the document names.

// contextSide picks the party named last before the mention in the two
// sentences before its own, when its own names none: a document about
// "the United States" listing "four destroyers" in the next sentence.
func (as *attributeStage) contextSide(d *assetDraft, m wordRange) (string, bool) {
	s := int(as.sentenceAt[m.first])
	if s == 0 {
		return "", false
	}
	first, _ := as.wordsOfSentence(max(0, s-2))
	own, _ := as.wordsOfSentence(s)
	for k := len(as.states) - 1; k >= 0; k-- {
		st := as.states[k]
		if st.first >= m.first {
			continue
		}
		if st.first < first {
			break
		}
		if st.first >= own {
			return "", false // its own sentence names a party: sentenceSide's say
		}
		if !as.targetMention(st.first) && !as.madeIn(st.last) && as.mayOwn(d, st.state) {
			return st.state, true
		}
	}
	return "", false
}

// mayOwn reports a party a guess from the context may make asset d's
// owner: not one seen acting on it, and no armed group for a warship
// or a jet.
func (as *attributeStage) mayOwn(d *assetDraft, side string) bool {
	if slices.Contains(d.foes, side) {
		return false
	}
	if as.lexicon.StateOnlyCategories[d.category] {
		for _, ac := range as.actors {
			if ac.kind == briefing.Group && ac.name == side {
				return false
			}
		}
	}
	return true
}

// soleBodyNamed finds the country of the one organisation of the
// document whose name ends with word ("army" → "Philippine Army").
func (as *attributeStage) soleBodyNamed(word string) (string, bool) {
	side := ""
	endsWith := func(name string) bool { return strings.HasSuffix(strings.ToLower(name), " "+word) }
	for _, d := range as.actors {
		if d.kind != briefing.Organization || d.affiliation == "" || len(d.mentions) == 0 ||
			!endsWith(d.name) && !slices.ContainsFunc(d.surfaces.list, func(f surface) bool { return endsWith(f.form) }) {
			continue
		}
		if side != "" && side != d.affiliation {
			return "", false
		}
		side = d.affiliation
	}
	return side, side != ""
}

// widelyExported is how many operators make a platform one whose maker
// says little about who flies it in a given report.
const widelyExported = 4

// documentSide picks the first of a platform's operators that the
// document names at all.
func (as *attributeStage) documentSide(d *assetDraft) (string, bool) {
	for _, op := range d.operators {
		if as.statesSeen[op] {
			return op, true
		}
	}
	return "", false
}
