package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// statusNear reads the status cue nearest the mention: in its own clause
// first, then before it in the sentence, then after it.
func (as *attributeStage) statusNear(m wordRange, sFirst, sLast int) (briefing.Status, bool) {
	cFirst, cLast := m.first, m.last
	for cFirst > sFirst && !as.gapHas(cFirst, gapClause) {
		cFirst--
	}
	for cLast < sLast && !as.gapHas(cLast+1, gapClause) {
		cLast++
	}
	look := func(from, to, step int) (briefing.Status, bool) {
		for j := from; j != to+step && j >= 0 && j < len(as.words); j += step {
			if st, ok := as.cueAt(j); ok {
				if step > 0 {
					return as.asSubject(st, j), true // "…, destroyed both boats"
				}
				return as.asAgent(st, j, m.first), true
			}
		}
		return "", false
	}
	// nearest in the clause, either side
	for dist := 1; dist <= cLast-cFirst; dist++ {
		if j := m.last + dist; j <= cLast {
			if st, ok := as.cueAt(j); ok {
				return as.asSubject(st, j), true
			}
		}
		if j := m.first - dist; j >= cFirst {
			if st, ok := as.cueAt(j); ok {
				return as.asAgent(st, j, m.first), true
			}
		}
	}
	if st, ok := look(cFirst-1, sFirst, -1); ok {
		return st, true
	}
	st, ok := look(cLast+1, sLast, 1)
	return st, ok
}

// asSubject corrects a cue that follows the asset: "Iron Dome
// intercepted the rockets" says Iron Dome was in action, not destroyed;
// "the frigate was hit" keeps its sense.
func (as *attributeStage) asSubject(st briefing.Status, cue int) briefing.Status {
	if st != briefing.Destroyed && st != briefing.Damaged || as.lowerWord(cue) == "damage" {
		return st
	}
	for j := cue - 1; j >= 0 && j >= cue-3; j-- {
		if as.lexicon.PassiveMarkers[as.lowerWord(j)] {
			return st
		}
	}
	return briefing.Deployed
}

// asAgent corrects a cue before an asset that is the agent of a passive,
// or the platform it happened from: "the ship was sunk by Magura V5
// drones" says the drones were in action, not sunk; "a jet was lost
// overboard from the USS Truman" says the carrier was at sea.
func (as *attributeStage) asAgent(st briefing.Status, cue, mention int) briefing.Status {
	if st != briefing.Destroyed && st != briefing.Damaged {
		return st
	}
	for j := cue + 1; j < mention && j <= cue+3; j++ {
		if w := as.lowerWord(j); w == "by" || w == "from" || w == "aboard" {
			return briefing.Deployed
		}
	}
	// "the loss of the fighter jet … an attack on the carrier": the noun
	// names whose loss it was, further off is another asset
	if cue+1 < mention && as.lowerWord(cue+1) == "of" && mention > cue+5 {
		return ""
	}
	return st
}

// cueAt reads a status cue at word j, with the few two-word cues that
// change its sense ("en route", "shot down", "will include").
// wordStatus remembers cueAt's answer for a word in a byte: 0 not
// asked yet, 1 no cue, else 2 + the rank (statusOrder) of its status.
type wordStatus uint8

func (as *attributeStage) cueAt(j int) (briefing.Status, bool) {
	c := &as.cues.wordStatus[j]
	if *c == 0 {
		*c = 1
		if st, ok := as.statusCueAt(j); ok {
			*c = wordStatus(2 + statusOrder[st])
		}
	}
	if *c == 1 {
		return "", false
	}
	return statusByRank[*c-2], true
}

// statusByRank is statusOrder the other way round.
var statusByRank = func() (t [10]briefing.Status) {
	for st, rank := range statusOrder {
		t[rank] = st
	}
	return t
}()

// statusCueAt reads the status word j states, if any.
func (as *attributeStage) statusCueAt(j int) (briefing.Status, bool) {
	w := as.lowerWord(j)
	switch w {
	case "en":
		if as.lowerWord(j+1) == "route" {
			return briefing.EnRoute, true
		}
	case "on":
		if as.lowerWord(j+1) == "station" {
			return briefing.Deployed, true
		}
	case "will", "would":
		if next := as.lowerWord(j + 1); next == "arrive" || next == "reach" {
			return briefing.EnRoute, true
		}
		return briefing.Planned, true
	case "could", "may", "might":
		if next := as.lowerWord(j + 1); next == "arrive" || next == "reach" {
			return briefing.EnRoute, true
		}
	case "hit":
		// "X hit the ship" is an attack by X; "was hit" is damage
		if prev := as.lowerWord(j - 1); prev != "was" && prev != "were" && prev != "been" && prev != "be" {
			return briefing.Deployed, true
		}
	}
	if !as.is(j, lexStatus) {
		return "", false // most words: no map look-up
	}
	st, ok := as.lexicon.statusOf[w]
	return st, ok
}

// statusOrder ranks statuses: what happened to an asset outranks where
// it is, and a fact outranks an intention.
var statusOrder = map[briefing.Status]int{
	briefing.Destroyed: 9, briefing.Damaged: 8, briefing.Withdrawn: 7, briefing.Deployed: 6, briefing.EnRoute: 5,
	briefing.Ordered: 4, briefing.Planned: 3, briefing.Reported: 2, briefing.UnknownStatus: 1, "": 0,
}

func statusOutranks(s, than briefing.Status) bool { return statusOrder[s] > statusOrder[than] }

// quantityBefore reads how many: "at least two", "about 400", "nine
// squadrons of", "two more" — within four words before the mention.
func (as *attributeStage) quantityBefore(m wordRange, sFirst int) string {
	for j := m.first - 1; j >= sFirst && j >= m.first-4; j-- {
		if as.gapHas(j+1, gapClause|gapBracket) {
			return ""
		}
		w := as.lowerWord(j)
		if as.taken[j] && !as.isDemonym(j) && !as.isGenericWord(j) {
			return "" // "24 J-16 and J-10C": the 16 of J-16 counts nothing
		}
		if !as.isNumber(j, w) || as.lexicon.Months[as.lowerWord(j+1)] || as.lexicon.Months[as.lowerWord(j-1)] {
			if as.taken[j] && !as.isDemonym(j) {
				return ""
			}
			continue
		}
		first := j
		// "1,000": the groups of a number written with commas
		for first-1 >= sFirst && as.words[first-1].digit && as.words[first].digit && as.gapText(first) == "," {
			first--
		}
		for first-1 >= sFirst && as.is(first-1, lexQualifier) && !as.gapHas(first, gapClause) {
			first--
		}
		for first < j && (as.lowerWord(first) == "to" || as.lowerWord(first) == "than") {
			first++
		}
		last := j
		if j+1 < m.first && (as.is(j+1, lexUnit) || as.lowerWord(j+1) == "more") {
			last = j + 1
		}
		if first > j && last == j {
			return ""
		}
		return oneLine(as.spanText(first, last))
	}
	return ""
}

// isNumber reports a number at word j, whose lower-case form is lower.
func (c *mentionCtx) isNumber(j int, lower string) bool {
	if c.words[j].digit {
		// a year is no quantity
		return !(len(lower) == 4 && (strings.HasPrefix(lower, "19") || strings.HasPrefix(lower, "20")))
	}
	return c.inSet(j, setNumberWord) // lower is word j's
}

// locationAfter reads "in the Gulf of Oman", "to Israel" after a mention,
// within its clause.
func (as *attributeStage) locationAfter(m wordRange, sLast int) string {
	for j := m.last + 1; j <= sLast && j <= m.last+8; j++ {
		if as.gapHas(j, gapClause) {
			return ""
		}
		if !as.is(j, lexLocation) {
			continue
		}
		k := j + 1
		if as.lowerWord(k) == "the" {
			k++
		}
		first := k
		if as.is(k, lexDirection) {
			k++
		}
		if i, ok := as.placeStart.get(k); ok {
			return oneLine(as.spanText(first, as.places[i].last))
		}
		if i, ok := as.stateStart.get(k); ok && as.states[i].form != formDemonym {
			return oneLine(as.spanText(first, as.states[i].last))
		}
	}
	return ""
}

// madeIn reports a demonym used for the maker: "Chinese-built".
func (as *attributeStage) madeIn(i int) bool {
	if i+1 >= len(as.words) || as.gapText(i+1) != "-" {
		return false
	}
	return as.lexicon.MakerWords[as.lowerWord(i+1)]
}
