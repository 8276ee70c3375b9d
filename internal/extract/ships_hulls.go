package extract

import (
	"strings"
	"unicode"
)

// findHullNamedShips finds ships named with their hull or pennant number
// in brackets and no prefix: "Hateruma (PL-61)", "Motobu (PL-12)". The
// number's letters must denote a kind of ship; a single letter with a
// dash ("S-400" after a missile's name) only after a ship noun.
func (a *analysis) findHullNamedShips() {
	for _, c := range a.capitals {
		i := int(c)
		if a.taken[i] || !a.words[i].cap || !a.bracketBefore(i+1, i+3) {
			continue
		}
		last := a.nameRun(i, 3)
		if last < i || !a.free(i, last) {
			continue
		}
		hf, hl, hull := a.hullAfter(last)
		if hull == "" || !a.shipNameWords(i, last) {
			continue
		}
		category := a.hullCategory(hull)
		noun := a.shipNounBefore(i)
		if category == "" || hullLetterCount(hull) == 1 && strings.Contains(hull, "-") && noun == nil {
			continue
		}
		name := a.spanText(i, last)
		d := a.shipDraft(name, name, "hull-number")
		if d.hull == "" {
			d.hull = hull
		}
		if noun != nil {
			// "the cutter Yilan (CG-129)": the noun says what it is better
			// than letters that differ from navy to navy
			if d.category == "" {
				d.category = a.g.Generic[bestRef(noun.refs).index].Category
			}
			a.take(noun.first, noun.last)
		}
		if d.category == "" {
			d.category = category
		}
		a.addShipMention(d, i, last, name)
		a.addShipMention(d, hf, hl, hull)
	}
}

// bracketBefore reports a bracket in the gap before one of the words
// from..to: a cheap test that a hull number may follow a name run.
func (a *analysis) bracketBefore(from, to int) bool {
	for k := from; k <= to && k < len(a.words); k++ {
		if a.words[k].gap&gapBracket != 0 {
			return true
		}
	}
	return false
}

// shipNameWords reports words first..last that may name a ship: none of
// them begins a known name other than a place's or a person's (ships are
// named after both), so "Iskander (SS-26)" stays a missile.
func (a *analysis) shipNameWords(first, last int) bool {
	for k := first; k <= last; k++ {
		if m := a.at[k]; m >= 0 {
			if kind := bestRef(a.matches[m].refs).kind; kind != kindPlace && kind != kindPerson {
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
