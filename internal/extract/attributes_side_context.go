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
func (a *analysis) contextSide(d *assetDraft, m wordRange) (string, bool) {
	s := int(a.sentenceAt[m.first])
	if s == 0 {
		return "", false
	}
	first, _ := a.wordsOfSentence(max(0, s-2))
	own, _ := a.wordsOfSentence(s)
	for k := len(a.states) - 1; k >= 0; k-- {
		st := a.states[k]
		if st.first >= m.first {
			continue
		}
		if st.first < first {
			break
		}
		if st.first >= own {
			return "", false // its own sentence names a party: sentenceSide's say
		}
		if !a.targetMention(st.first) && !a.madeIn(st.last) && a.mayOwn(d, st.state) {
			return st.state, true
		}
	}
	return "", false
}

// mayOwn reports a party a guess from the context may make asset d's
// owner: not one seen acting on it, and no armed group for a warship
// or a jet.
func (a *analysis) mayOwn(d *assetDraft, side string) bool {
	if slices.Contains(d.foes, side) {
		return false
	}
	if a.lexicon.StateOnlyCategories[d.category] {
		for _, ac := range a.actors {
			if ac.kind == briefing.Group && ac.name == side {
				return false
			}
		}
	}
	return true
}

// soleBodyNamed finds the country of the one organisation of the
// document whose name ends with word ("army" → "Philippine Army").
func (a *analysis) soleBodyNamed(word string) (string, bool) {
	side := ""
	endsWith := func(name string) bool { return strings.HasSuffix(strings.ToLower(name), " "+word) }
	for _, d := range a.actors {
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
func (a *analysis) documentSide(d *assetDraft) (string, bool) {
	for _, op := range d.operators {
		if a.statesSeen[op] {
			return op, true
		}
	}
	return "", false
}
