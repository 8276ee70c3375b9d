package extract

import (
	"strings"
)

// Units named in lower case by a count or a demonym: "three battalions
// of its army", "the Indonesian battalion".

// plainHead returns the one-word head a unit noun in lower case is, or
// the plural of ("battalion", "brigades"), when it may stand without a
// number.
func (u *unitGrammar) plainHead(w string) (unitHead, bool) {
	h, ok := u.plain[w]
	return h, ok
}

// findCountedUnits finds units a count or a demonym names in lower case:
// "three battalions of its army", "the UN force's Indonesian battalion".
func (a *analysis) findCountedUnits() {
	for j := 0; j+1 < len(a.words); j++ {
		next := j + 1
		if a.words[next].cap || !a.unitWord(next, unitHeadWord) || !a.words[next].soft || a.gapText(next) != " " || a.taken[next] {
			continue
		}
		h, ok := a.g.units.plainHead(a.lowerWord(next))
		if !ok {
			continue
		}
		// "several mechanised brigades": up to two words that qualify a
		// unit may stand between the count and the head
		c := j
		for k := 0; k < 2 && c > 0 && a.g.units.modifier[a.lowerWord(c)] && !a.words[c].cap && !a.taken[c] &&
			a.words[c].soft && a.gapText(c) == " "; k++ {
			c--
		}
		if c < j && !a.isNumber(c, a.lowerWord(c)) {
			c = j // no count before them: "the mechanised brigades"
		}
		// "jets drawn from two squadrons", "nine squadrons of aircraft":
		// how many of another asset
		counted := a.isNumber(c, a.lowerWord(c)) && !a.taken[c] && a.pluralWord(next) &&
			!(c > 0 && (a.lowerWord(c-1) == "from" || a.lowerWord(c-1) == "of")) && !a.countsAssetAfter(next)
		first, state := c, ""
		if k, ok := a.stateWord.get(j); ok && a.isDemonym(j) && a.states[k].last == j {
			first, state = a.states[k].first, a.states[k].state
		}
		if !counted && state == "" || a.inHeading(j) || state != "" && a.namesUnitWithHead(a.lowerWord(next)) {
			continue
		}
		name := oneLine(a.spanText(first, next))
		d := a.addAsset("unit:"+a.normName(name), first, next, name, func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "unit", "military unit", h.domain
			d.why.Rule = "counted-unit"
			if state != "" {
				d.side, d.sideRank = state, sideAdjacent
				d.why.Rule = "demonym-and-unit"
			}
		})
		if counted {
			d.quantity = a.wordText(c)
		}
	}
}

// countsAssetAfter reports "of" and a bare noun after word i: "squadrons
// of aircraft", "battalions of infantry" count those; "battalions of its
// army" names an owner instead.
func (a *analysis) countsAssetAfter(i int) bool {
	if i+2 >= len(a.words) || a.lowerWord(i+1) != "of" || a.words[i+2].cap || a.words[i+2].digit {
		return false
	}
	return !a.is(i+2, lexNotName) // "of the", "of its": an owner
}

// namesUnitWithHead reports a unit named in the document whose name ends
// in head: "Ukrainian brigade" then stands for that brigade.
func (a *analysis) namesUnitWithHead(head string) bool {
	for _, d := range a.assets {
		if d.kind == "unit" && strings.EqualFold(lastWord(d.name), head) {
			return true
		}
	}
	return false
}
