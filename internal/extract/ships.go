package extract

import (
	"strings"
)

// findShips finds named ships written with a navy prefix ("USS Carney
// (DDG-64)", "HMS Diamond") and ships named after a category noun ("the
// corvette Vasily Bykov"), then every later short mention ("the Lincoln").
func (a *analysis) findShips() {
	for _, c := range a.capitals {
		i := int(c)
		if i+1 >= len(a.words) {
			break
		}
		if !a.words[i].cap || a.taken[i] {
			continue
		}
		if w := a.words[i]; int(w.end-w.start) > a.ix.shipPrefixLen || !a.ix.shipPrefixFirst[a.text[w.start]] {
			continue
		}
		states, ok := a.ix.shipPrefixes[a.wordText(i)]
		gap := a.gapText(i + 1)
		// "HMS “Cornwall”": a name in quotation marks, as Hansard writes it
		quoted := openQuoteGap(gap) && a.words[i+1].cap
		if !ok || !quoted && (!a.words[i+1].soft || gap != " " && gap != "-") {
			continue
		}
		last := -1
		switch {
		case quoted:
			last = a.nameRun(i+1, 5)
			if last < i+1 || !closesQuote(a.text[a.words[last].end:]) {
				continue
			}
		case a.words[i+1].cap && gap == " ":
			last = a.nameRun(i+1, 5)
			// "USS Truman Evades Suspected Houthi Strike", "HMS Trent Near
			// Guyana": in a title-case heading the name ends before the
			// headline's verb or preposition
			if last > i+1 && a.titleCaseHeading(i+1) {
				for k := i + 2; k <= last; k++ {
					_, verb := a.g.verbs.thirdBase(a.lowerWord(k))
					if verb || a.lexicon.LocationPrepositions[a.lowerWord(k)] || a.is(k, lexNotName) {
						last = k - 1
						break
					}
				}
			}
		case a.words[i+1].digit && !a.isOrdinal(i+1) && a.words[i+1].end-a.words[i+1].start >= 3 &&
			(gap == " " || allDigits(a.wordText(i+1))):
			// a coast guard's hull number: "CCG 5901", "CCG-3105" (not the
			// missile "KN-23s")
			last = i + 1
		}
		if last < i+1 || a.lowerWord(last) == "class" {
			continue
		}
		name := a.spanText(i, last)
		if quoted {
			name = a.wordText(i) + " " + a.spanText(i+1, last)
		}
		d := a.shipDraft(name, a.spanText(i+1, last), "ship-prefix")
		if m := a.shipNounBefore(i); m != nil {
			if d.category == "" {
				d.category = a.g.Generic[bestRef(m.refs).index].Category
			}
			a.take(m.first, m.last)
		}
		if d.side == "" {
			// "INS" is India's and Israel's: the one the document names
			if st, ok := a.prefixState(states); ok {
				d.side, d.sideRank = st, sideFromPrefix
			}
		}
		a.addShipMention(d, i, last, name)
		if m := a.shipNounAfter(last); m != nil {
			if d.category == "" {
				d.category = a.g.Generic[bestRef(m.refs).index].Category
			}
			a.take(m.first, m.last)
		}
		if hf, hl, hull := a.hullAfter(last); hull != "" {
			if d.hull == "" {
				d.hull = hull
			}
			if d.category == "" {
				d.category = a.hullCategory(hull)
			}
			a.addShipMention(d, hf, hl, hull)
		}
		i = last
	}
	// "the corvette Vasily Bykov": a category noun, then a capitalised name
	for _, m := range a.matches {
		// the next word first: most matches have no capital after them,
		// and their refs need not be read
		next := m.last + 1
		if next >= len(a.words) || !a.words[next].cap || a.gapText(next) != " " || a.taken[next] {
			continue
		}
		r := bestRef(m.refs)
		if r.kind != kindGeneric || !a.free(m.first, m.last) {
			continue
		}
		// "… Sending Naval Ship Near ExxonMobil Oil Facility": in a
		// title-case headline every word has a capital
		if a.titleCaseHeading(next) {
			continue
		}
		if a.at[next] >= 0 && bestRef(a.matches[a.at[next]].refs).kind != kindPlatform {
			// "the patrol vessel Essequibo (P-01)": a place's name, a ship's
			// when its hull number follows
			if mm := a.matches[a.at[next]]; bestRef(mm.refs).kind != kindPlace {
				continue
			} else if _, _, hull := a.hullAfter(mm.last); hull == "" {
				continue
			}
		}
		g := &a.g.Generic[r.index]
		if !a.shipCategory(g.Category) || strings.HasSuffix(a.lowerWord(m.last), "s") {
			continue
		}
		// "Anti-Submarine Warfare": a modifier, no ship noun
		if m.first > 0 && a.gapText(m.first) == "-" && a.lexicon.NounPrefixes[a.lowerWord(m.first-1)] {
			continue
		}
		last := a.nameRun(next, 4)
		if last < next || a.lowerWord(last) == "class" || (last+1 < len(a.words) && a.lowerWord(last+1) == "class" && a.words[last+1].soft) {
			continue
		}
		// "Destroyer Squadron 28": a unit the ships make up, no ship
		if h, _ := a.unitHeadAt(next); h != nil {
			continue
		}
		name := a.spanText(next, last)
		d := a.shipDraft(name, name, "ship-noun-and-name")
		if d.category == "" {
			d.category = g.Category
		}
		a.addShipMention(d, next, last, name)
	}
	a.findHullNamedShips()
	a.findShortShipNames()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
