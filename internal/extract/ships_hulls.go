package extract

import (
	"strings"
	"unicode"
)

// findHullNamedShips finds ships named with their hull or pennant number
// in brackets and no prefix: "Hateruma (PL-61)", "Motobu (PL-12)". The
// number's letters must denote a kind of ship; a single letter with a
// dash ("S-400" after a missile's name) only after a ship noun.
func (sh *shipStage) findHullNamedShips() {
	for _, c := range sh.capitals {
		i := int(c)
		if sh.taken[i] || !sh.words[i].cap || !sh.bracketBefore(i+1, i+3) {
			continue
		}
		last := sh.nameRun(i, 3)
		if last < i || !sh.free(i, last) {
			continue
		}
		hf, hl, hull := sh.hullAfter(last)
		if hull == "" || !sh.shipNameWords(i, last) {
			continue
		}
		category := sh.hullCategory(hull)
		noun := sh.shipNounBefore(i)
		if category == "" || hullLetterCount(hull) == 1 && strings.Contains(hull, "-") && noun == nil {
			continue
		}
		name := sh.spanText(i, last)
		d := sh.shipDraft(name, name, "hull-number")
		if d.hull == "" {
			d.hull = hull
		}
		if noun != nil {
			// "the cutter Yilan (CG-129)": the noun says what it is better
			// than letters that differ from navy to navy
			if d.category == "" {
				d.category = sh.g.Generic[bestRef(noun.refs).index].Category
			}
			sh.take(noun.first, noun.last)
		}
		if d.category == "" {
			d.category = category
		}
		sh.addShipMention(d, i, last, name)
		sh.addShipMention(d, hf, hl, hull)
	}
}

// bracketBefore reports a bracket in the gap before one of the words
// from..to: a cheap test that a hull number may follow a name run.
func (sh *shipStage) bracketBefore(from, to int) bool {
	for k := from; k <= to && k < len(sh.words); k++ {
		if sh.words[k].gap&gapBracket != 0 {
			return true
		}
	}
	return false
}

// shipNameWords reports words first..last that may name a ship: none of
// them begins a known name other than a place's or a person's (ships are
// named after both), so "Iskander (SS-26)" stays a missile.
func (sh *shipStage) shipNameWords(first, last int) bool {
	for k := first; k <= last; k++ {
		if m := sh.at[k]; m >= 0 {
			if kind := bestRef(sh.matches[m].refs).kind; kind != kindPlace && kind != kindPerson {
				return false
			}
		}
	}
	return true
}

// hullLetterCount counts the letters of a hull number.
func hullLetterCount(hull string) int {
	n := 0
	for _, r := range hull {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
