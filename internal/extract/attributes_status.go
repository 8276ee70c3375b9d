package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// statusNear reads the status cue nearest the mention: in its own clause
// first, then before it in the sentence, then after it.
func (a *analysis) statusNear(m wordRange, sFirst, sLast int) (briefing.Status, bool) {
	cFirst, cLast := m.first, m.last
	for cFirst > sFirst && !a.gapHas(cFirst, gapClause) {
		cFirst--
	}
	for cLast < sLast && !a.gapHas(cLast+1, gapClause) {
		cLast++
	}
	look := func(from, to, step int) (briefing.Status, bool) {
		for j := from; j != to+step && j >= 0 && j < len(a.words); j += step {
			if st, ok := a.cueAt(j); ok {
				if step > 0 {
					return a.asSubject(st, j), true // "…, destroyed both boats"
				}
				return a.asAgent(st, j, m.first), true
			}
		}
		return "", false
	}
	// nearest in the clause, either side
	for dist := 1; dist <= cLast-cFirst; dist++ {
		if j := m.last + dist; j <= cLast {
			if st, ok := a.cueAt(j); ok {
				return a.asSubject(st, j), true
			}
		}
		if j := m.first - dist; j >= cFirst {
			if st, ok := a.cueAt(j); ok {
				return a.asAgent(st, j, m.first), true
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
func (a *analysis) asSubject(st briefing.Status, cue int) briefing.Status {
	if st != briefing.Destroyed && st != briefing.Damaged || a.lowerWord(cue) == "damage" {
		return st
	}
	for j := cue - 1; j >= 0 && j >= cue-3; j-- {
		if a.lexicon.PassiveMarkers[a.lowerWord(j)] {
			return st
		}
	}
	return briefing.Deployed
}

// asAgent corrects a cue before an asset that is the agent of a passive,
// or the platform it happened from: "the ship was sunk by Magura V5
// drones" says the drones were in action, not sunk; "a jet was lost
// overboard from the USS Truman" says the carrier was at sea.
func (a *analysis) asAgent(st briefing.Status, cue, mention int) briefing.Status {
	if st != briefing.Destroyed && st != briefing.Damaged {
		return st
	}
	for j := cue + 1; j < mention && j <= cue+3; j++ {
		if w := a.lowerWord(j); w == "by" || w == "from" || w == "aboard" {
			return briefing.Deployed
		}
	}
	// "the loss of the fighter jet … an attack on the carrier": the noun
	// names whose loss it was, further off is another asset
	if cue+1 < mention && a.lowerWord(cue+1) == "of" && mention > cue+5 {
		return ""
	}
	return st
}

// cueAt reads a status cue at word j, with the few two-word cues that
// change its sense ("en route", "shot down", "will include").
// wordStatus remembers cueAt's answer for a word in a byte: 0 not
// asked yet, 1 no cue, else 2 + the rank (statusOrder) of its status.
type wordStatus uint8

func (a *analysis) cueAt(j int) (briefing.Status, bool) {
	c := &a.wordStatus[j]
	if *c == 0 {
		*c = 1
		if st, ok := a.statusCueAt(j); ok {
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
func (a *analysis) statusCueAt(j int) (briefing.Status, bool) {
	w := a.lowerWord(j)
	switch w {
	case "en":
		if a.lowerWord(j+1) == "route" {
			return briefing.EnRoute, true
		}
	case "on":
		if a.lowerWord(j+1) == "station" {
			return briefing.Deployed, true
		}
	case "will", "would":
		if next := a.lowerWord(j + 1); next == "arrive" || next == "reach" {
			return briefing.EnRoute, true
		}
		return briefing.Planned, true
	case "could", "may", "might":
		if next := a.lowerWord(j + 1); next == "arrive" || next == "reach" {
			return briefing.EnRoute, true
		}
	case "hit":
		// "X hit the ship" is an attack by X; "was hit" is damage
		if prev := a.lowerWord(j - 1); prev != "was" && prev != "were" && prev != "been" && prev != "be" {
			return briefing.Deployed, true
		}
	}
	if !a.is(j, lexStatus) {
		return "", false // most words: no map look-up
	}
	st, ok := a.lexicon.statusOf[w]
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
func (a *analysis) quantityBefore(m wordRange, sFirst int) string {
	for j := m.first - 1; j >= sFirst && j >= m.first-4; j-- {
		if a.gapHas(j+1, gapClause|gapBracket) {
			return ""
		}
		w := a.lowerWord(j)
		if a.taken[j] && !a.isDemonym(j) && !a.isGenericWord(j) {
			return "" // "24 J-16 and J-10C": the 16 of J-16 counts nothing
		}
		if !a.isNumber(j, w) || a.lexicon.Months[a.lowerWord(j+1)] || a.lexicon.Months[a.lowerWord(j-1)] {
			if a.taken[j] && !a.isDemonym(j) {
				return ""
			}
			continue
		}
		first := j
		// "1,000": the groups of a number written with commas
		for first-1 >= sFirst && a.words[first-1].digit && a.words[first].digit && a.gapText(first) == "," {
			first--
		}
		for first-1 >= sFirst && a.is(first-1, lexQualifier) && !a.gapHas(first, gapClause) {
			first--
		}
		for first < j && (a.lowerWord(first) == "to" || a.lowerWord(first) == "than") {
			first++
		}
		last := j
		if j+1 < m.first && (a.is(j+1, lexUnit) || a.lowerWord(j+1) == "more") {
			last = j + 1
		}
		if first > j && last == j {
			return ""
		}
		return oneLine(a.spanText(first, last))
	}
	return ""
}

// isNumber reports a number at word j, whose lower-case form is lower.
func (c *mentionCtx) isNumber(j int, lower string) bool {
	if c.words[j].digit {
		// a year is no quantity
		return !(len(lower) == 4 && (strings.HasPrefix(lower, "19") || strings.HasPrefix(lower, "20")))
	}
	return c.lexicon.NumberWords[lower]
}

// locationAfter reads "in the Gulf of Oman", "to Israel" after a mention,
// within its clause.
func (a *analysis) locationAfter(m wordRange, sLast int) string {
	for j := m.last + 1; j <= sLast && j <= m.last+8; j++ {
		if a.gapHas(j, gapClause) {
			return ""
		}
		if !a.is(j, lexLocation) {
			continue
		}
		k := j + 1
		if a.lowerWord(k) == "the" {
			k++
		}
		first := k
		if a.is(k, lexDirection) {
			k++
		}
		if i, ok := a.placeStart.get(k); ok {
			return oneLine(a.spanText(first, a.places[i].last))
		}
		if i, ok := a.stateStart.get(k); ok && a.states[i].form != formDemonym {
			return oneLine(a.spanText(first, a.states[i].last))
		}
	}
	return ""
}

// madeIn reports a demonym used for the maker: "Chinese-built".
func (a *analysis) madeIn(i int) bool {
	if i+1 >= len(a.words) || a.gapText(i+1) != "-" {
		return false
	}
	return a.lexicon.MakerWords[a.lowerWord(i+1)]
}
