package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
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

// findCounted finds units a count or a demonym names in lower case:
// "three battalions of its army", "the UN force's Indonesian battalion".
func (us *unitStage) findCounted() {
	for j := 0; j+1 < len(us.words); j++ {
		next := j + 1
		if us.words[next].cap || !us.unitWord(next, unitHeadWord) || !us.words[next].soft || us.gapText(next) != " " || us.taken[next] {
			continue
		}
		h, ok := us.g.units.plainHead(us.lowerWord(next))
		if !ok {
			continue
		}
		// "several mechanised brigades": up to two words that qualify a
		// unit may stand between the count and the head
		c := j
		for k := 0; k < 2 && c > 0 && us.inSet(c, setUnitModifier) && !us.words[c].cap && !us.taken[c] &&
			us.words[c].soft && us.gapText(c) == " "; k++ {
			c--
		}
		if c < j && !us.isNumber(c, us.lowerWord(c)) {
			c = j // no count before them: "the mechanised brigades"
		}
		// "jets drawn from two squadrons", "nine squadrons of aircraft":
		// how many of another asset
		counted := us.isNumber(c, us.lowerWord(c)) && !us.taken[c] && us.pluralWord(next) &&
			!(c > 0 && (us.lowerWord(c-1) == "from" || us.lowerWord(c-1) == "of")) && !us.countsAssetAfter(next)
		first, state := c, ""
		if k, ok := us.stateWord.get(j); ok && us.isDemonym(j) && us.states[k].last == j {
			first, state = us.states[k].first, us.states[k].state
		}
		// ("French groups": a head of no domain, "group", says too little
		// after a demonym alone; companies and factions are groups too)
		if !counted && state == "" || us.inHeading(j) || state != "" && us.namesUnitWithHead(us.lowerWord(next)) ||
			!counted && h.domain == briefing.UnknownDomain {
			continue
		}
		name := oneLine(us.spanText(first, next))
		d := us.addAsset("unit:"+us.normName(name), first, next, name, func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "unit", "military unit", h.domain
			d.why.Rule = "counted-unit"
			if state != "" {
				d.side, d.sideRank = state, sideAdjacent
				d.why.Rule = "demonym-and-unit"
			}
		})
		if counted {
			d.quantity = us.wordText(c)
		}
	}
}

// countsAssetAfter reports "of" and a bare noun after word i: "squadrons
// of aircraft", "battalions of infantry" count those; "battalions of its
// army" names an owner instead.
func (us *unitStage) countsAssetAfter(i int) bool {
	if i+2 >= len(us.words) || us.lowerWord(i+1) != "of" || us.words[i+2].cap || us.words[i+2].digit {
		return false
	}
	return !us.is(i+2, lexNotName) // "of the", "of its": an owner
}

// namesUnitWithHead reports a unit named in the document whose name ends
// in head: "Ukrainian brigade" then stands for that brigade.
func (us *unitStage) namesUnitWithHead(head string) bool {
	for _, d := range us.assets {
		if d.kind == "unit" && strings.EqualFold(lastWord(d.name), head) {
			return true
		}
	}
	return false
}
