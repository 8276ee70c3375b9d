package extract

import (
	"strings"
)

// shipStage finds named ships: by a navy prefix, a category noun, a hull
// number, after their class, and again by a shorter name. It reads the
// window (words, the gazetteer's matches, the lexicon's ship words) and
// the states already seen (a prefix two navies share); it adds ship
// drafts and takes the nouns that describe them.
type shipStage struct{ mentionCtx }

// find finds named ships written with a navy prefix ("USS Carney
// (DDG-64)", "HMS Diamond") and ships named after a category noun ("the
// corvette Vasily Bykov"), then every later short mention ("the Lincoln").
func (sh *shipStage) find() {
	for _, c := range sh.capitals {
		i := int(c)
		if i+1 >= len(sh.words) {
			break
		}
		if !sh.words[i].cap || sh.taken[i] {
			continue
		}
		if w := sh.words[i]; int(w.end-w.start) > sh.ix.shipPrefixLen || !sh.ix.shipPrefixFirst[sh.text[w.start]] {
			continue
		}
		states, ok := sh.ix.shipPrefixes[sh.wordText(i)]
		gap := sh.gapText(i + 1)
		// "HMS “Cornwall”": a name in quotation marks, as Hansard writes it
		quoted := openQuoteGap(gap) && sh.words[i+1].cap
		if !ok || !quoted && (!sh.words[i+1].soft || gap != " " && gap != "-") {
			continue
		}
		last := -1
		switch {
		case quoted:
			last = sh.nameRun(i+1, 5)
			if last < i+1 || !closesQuote(sh.text[sh.words[last].end:]) {
				continue
			}
		case sh.words[i+1].cap && gap == " ":
			last = sh.nameRun(i+1, 5)
			// "USS Truman Evades Suspected Houthi Strike", "HMS Trent Near
			// Guyana": in a title-case heading the name ends before the
			// headline's verb or preposition
			if last > i+1 && sh.titleCaseHeading(i+1) {
				for k := i + 2; k <= last; k++ {
					_, verb := sh.g.verbs.thirdBase(sh.lowerWord(k))
					if verb || sh.lexicon.LocationPrepositions[sh.lowerWord(k)] || sh.is(k, lexNotName) {
						last = k - 1
						break
					}
				}
			}
		case sh.words[i+1].digit && !sh.isOrdinal(i+1) && sh.words[i+1].end-sh.words[i+1].start >= 3 &&
			(gap == " " || allDigits(sh.wordText(i+1))):
			// a coast guard's hull number: "CCG 5901", "CCG-3105" (not the
			// missile "KN-23s")
			last = i + 1
		}
		if last < i+1 || sh.lowerWord(last) == "class" {
			continue
		}
		name := sh.spanText(i, last)
		if quoted {
			name = sh.wordText(i) + " " + sh.spanText(i+1, last)
		}
		d := sh.shipDraft(name, sh.spanText(i+1, last), "ship-prefix")
		if m := sh.shipNounBefore(i); m != nil {
			if d.category == "" {
				d.category = sh.g.Generic[bestRef(m.refs).index].Category
			}
			sh.take(m.first, m.last)
		}
		if d.side == "" {
			// "INS" is India's and Israel's: the one the document names
			if st, ok := sh.prefixState(states); ok {
				d.side, d.sideRank = st, sideFromPrefix
			}
		}
		sh.addShipMention(d, i, last, name)
		if m := sh.shipNounAfter(last); m != nil {
			if d.category == "" {
				d.category = sh.g.Generic[bestRef(m.refs).index].Category
			}
			sh.take(m.first, m.last)
		}
		if hf, hl, hull := sh.hullAfter(last); hull != "" {
			if d.hull == "" {
				d.hull = hull
			}
			if d.category == "" {
				d.category = sh.hullCategory(hull)
			}
			sh.addShipMention(d, hf, hl, hull)
		}
		i = last
	}
	// "the corvette Vasily Bykov": a category noun, then a capitalised name
	for _, m := range sh.matches {
		// the next word first: most matches have no capital after them,
		// and their refs need not be read
		next := m.last + 1
		if next >= len(sh.words) || !sh.words[next].cap || sh.gapText(next) != " " || sh.taken[next] {
			continue
		}
		r := bestRef(m.refs)
		if r.kind != kindGeneric || !sh.free(m.first, m.last) {
			continue
		}
		// "… Sending Naval Ship Near ExxonMobil Oil Facility": in a
		// title-case headline every word has a capital
		if sh.titleCaseHeading(next) {
			continue
		}
		if sh.at[next] >= 0 && bestRef(sh.matches[sh.at[next]].refs).kind != kindPlatform {
			// "the patrol vessel Essequibo (P-01)": a place's name, a ship's
			// when its hull number follows
			if mm := sh.matches[sh.at[next]]; bestRef(mm.refs).kind != kindPlace {
				continue
			} else if _, _, hull := sh.hullAfter(mm.last); hull == "" {
				continue
			}
		}
		g := &sh.g.Generic[r.index]
		if !sh.lexicon.shipCategory(g.Category) || strings.HasSuffix(sh.lowerWord(m.last), "s") {
			continue
		}
		// "Anti-Submarine Warfare": a modifier, no ship noun
		if m.first > 0 && sh.gapText(m.first) == "-" && sh.lexicon.NounPrefixes[sh.lowerWord(m.first-1)] {
			continue
		}
		last := sh.nameRun(next, 4)
		if last < next || sh.lowerWord(last) == "class" || (last+1 < len(sh.words) && sh.lowerWord(last+1) == "class" && sh.words[last+1].soft) {
			continue
		}
		// "Destroyer Squadron 28": a unit the ships make up, no ship
		if h, _ := sh.unitHeadAt(next); h != nil {
			continue
		}
		name := sh.spanText(next, last)
		d := sh.shipDraft(name, name, "ship-noun-and-name")
		if d.category == "" {
			d.category = g.Category
		}
		sh.addShipMention(d, next, last, name)
	}
	sh.findHullNamedShips()
	sh.findShortShipNames()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
