package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// nameRun returns the last word of a ship's name starting at first: at
// most max capitalised words (or numbers after the first), "the", "of"
// and "de" allowed inside, within one sentence ("St. Paul" holds a
// period; "Cape Engano. According" does not).
func (a *analysis) nameRun(first, max int) int {
	s := a.sentenceAt[first]
	return a.wordRun(first, max, []string{" ", "-", ". "}, func(j int, gap string) runVerdict {
		// "HMS Protector Commander Angus Essenhigh": the ship's captain
		// follows its name
		if a.sentenceAt[j] != s || j > first && a.at[j] >= 0 && bestRef(a.matches[a.at[j]].refs).kind == kindRank {
			return runStop
		}
		if w := a.words[j]; w.cap || w.digit && j > first {
			return runTake
		}
		// "ROKS Seoae-Ryu-Seong-ryong": a lower-case syllable joined by a
		// hyphen, not a word of its own ("USS Carney-led", "-class")
		if gap == "-" && j > first && a.words[j-1].cap && !a.g.verbs.anyForm(a.lowerWord(j)) && !a.lexicon.HyphenTails[a.lowerWord(j)] {
			return runTake
		}
		return runStop
	})
}

// shipDraft finds or creates the draft of a named ship, using the
// gazetteer when it knows the ship.
func (a *analysis) shipDraft(full, bare, rule string) *assetDraft {
	for _, k := range [...]string{a.normKey(full), a.normKey(bare)} {
		if i, ok := a.ix.platforms.get(k); ok && (a.g.Platforms[i].Kind == "ship" || a.g.Platforms[i].Kind == "") {
			p := &a.g.Platforms[i]
			if d, ok := a.assetKeys[platformKey(p)]; ok {
				return d
			}
			d := a.newAsset(platformKey(p))
			d.fromPlatform(a.g, p)
			d.why = briefing.Why{Rule: rule, Cue: full}
			return d
		}
	}
	key := "ship:" + a.normName(full)
	if d, ok := a.assetKeys[key]; ok {
		return d
	}
	d := a.newAsset(key)
	d.name, d.kind = full, "ship"
	d.why = briefing.Why{Rule: rule, Cue: full}
	return d
}

func (a *analysis) addShipMention(d *assetDraft, first, last int, surface string) {
	d.mentions = append(d.mentions, wordRange{first, last})
	a.assetEnd.set(last, mentionRef{d, len(d.mentions) - 1})
	d.surfaces.add(surface, a.normName)
	a.take(first, last)
	if d.category != "" && d.domain == "" {
		d.domain = a.ix.domainOf(d.category)
	}
	if d.domain == "" || d.domain == briefing.UnknownDomain {
		d.domain = briefing.Sea // a named ship sails, whatever its kind
	}
}

// hullAfter reads a hull number in brackets right after word last:
// "(DDG-64)", "(F220)", "(L 16)".
func (a *analysis) hullAfter(last int) (first, end int, hull string) {
	i := last + 1
	if i >= len(a.words) || strings.TrimSpace(a.gapText(i)) != "(" {
		return 0, 0, ""
	}
	j := i
	for j < len(a.words) && j-i < 3 && (j == i || a.words[j].soft) {
		if strings.HasPrefix(a.text[a.words[j].end:], ")") {
			hull = a.spanText(i, j)
			if isHull(hull) {
				return i, j, hull
			}
			return 0, 0, ""
		}
		j++
	}
	return 0, 0, ""
}

// isHull accepts one to four letters and one to four digits.
func isHull(s string) bool {
	letters, digits := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			if digits > 0 {
				return false
			}
			letters++
		case unicode.IsDigit(r):
			digits++
		case r == '-' || r == ' ':
		default:
			return false
		}
	}
	return letters >= 1 && letters <= 4 && digits >= 1 && digits <= 4
}

// hullCategory is the category a hull number's letters denote ("DDG-64":
// destroyer), or "".
func (a *analysis) hullCategory(hull string) string {
	var letters []rune
	for _, r := range hull {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	return a.lexicon.hullCategoryOf[string(letters)]
}

// shipCategory reports a category of ships.
func (a *analysis) shipCategory(c string) bool { return a.lexicon.ShipCategories[c] }

// findShortShipNames links later mentions such as "the Lincoln" or
// "Carney" to a ship already named in full.
func (a *analysis) findShortShipNames() {
	a.foldShortPrefixedShips()
	forms := &a.shipForms
	forms.reset()
	for _, d := range a.assets {
		if d.kind != "ship" || len(d.mentions) == 0 {
			continue
		}
		words := strings.Fields(d.name)
		if len(words) > 1 && a.ix.shipPrefixes[words[0]] != nil {
			words = words[1:]
		}
		forms.add(words, d)
	}
	linkShortForms(a, *forms, func(d *assetDraft, first, last int) bool {
		if first == last && a.lowerWord(first-1) != "the" {
			return false // one bare word names a ship only after "the"
		}
		a.addShipMention(d, first, last, a.spanText(first, last))
		return true
	})
}

// foldShortPrefixedShips joins a ship named by its prefix and the last
// word of its name ("USS Truman", a headline's) to the one ship named in
// full with that prefix ("USS Harry S. Truman").
func (a *analysis) foldShortPrefixedShips() {
	for _, short := range a.assets {
		prefix, rest, ok := strings.Cut(short.name, " ")
		if short.kind != "ship" || len(short.mentions) == 0 || !ok || strings.Contains(rest, " ") || a.ix.shipPrefixes[prefix] == nil {
			continue
		}
		var full *assetDraft
		for _, d := range a.assets {
			if d == short || d.kind != "ship" || len(d.mentions) == 0 {
				continue
			}
			words := strings.Fields(d.name) // only of the other ships
			if len(words) < 3 || words[0] != prefix || !strings.EqualFold(words[len(words)-1], rest) {
				continue
			}
			if full != nil {
				full = nil // two ships end so: neither is meant
				break
			}
			full = d
		}
		if full == nil {
			continue
		}
		a.absorbAsset(full, short)
	}
}

// shipNounBefore returns a generic ship noun ending right before word i
// ("the destroyer USS Bulkeley"), which describes the ship that follows.
func (a *analysis) shipNounBefore(i int) *match {
	k, ok := a.endAt.get(i - 1)
	if !ok || a.gapText(i) != " " {
		return nil
	}
	m := &a.matches[k]
	if r := bestRef(m.refs); a.free(m.first, m.last) && r.kind == kindGeneric && a.shipCategory(a.g.Generic[r.index].Category) {
		return m
	}
	return nil
}

// shipNounAfter finds the ship noun of an apposition after a ship's name
// ("BRP Sierra Madre, a grounded landing ship, …"), up to the next comma.
func (a *analysis) shipNounAfter(last int) *match {
	next := last + 1
	if next >= len(a.words) || !strings.HasPrefix(a.gapText(next), ",") {
		return nil
	}
	if w := a.lowerWord(next); w != "a" && w != "an" && w != "the" {
		return nil
	}
	for j := next + 1; j < len(a.words) && j <= next+6; j++ {
		if a.gapHas(j, gapClause|gapPeriod|gapBracket) {
			return nil
		}
		if k := a.at[j]; k >= 0 {
			m := &a.matches[k]
			if r := bestRef(m.refs); r.kind == kindGeneric && a.shipCategory(a.g.Generic[r.index].Category) && a.free(m.first, m.last) {
				return m
			}
			return nil
		}
	}
	return nil
}

// findShipLists names the ships listed after their class: "Type 054A
// frigates Huaibei, Daqing and Hengshui", "the Anzac-class frigate
// Arunta". Each is a ship of the class, never a person.
func (a *analysis) findShipLists() {
	for _, d := range a.assets {
		if d.kind != "class" || len(d.mentions) == 0 {
			continue
		}
		for _, m := range slices.Clone(d.mentions) {
			a.shipsAfterClass(d, m)
		}
	}
}

// shipsAfterClass reads the names after one mention of a class and its
// category noun.
func (a *analysis) shipsAfterClass(class *assetDraft, m wordRange) {
	j := m.last + 1
	if end, ok := a.absorbed.get(m.last); ok {
		j = end + 1
	} else if k := a.matchAt(j); k != nil && j < len(a.words) && a.words[j].soft && bestRef(k.refs).kind == kindGeneric &&
		a.shipCategory(a.g.Generic[bestRef(k.refs).index].Category) {
		j = k.last + 1
	}
	if j == m.last+1 && a.lowerWord(m.last) != "class" && !a.shipCategory(class.category) {
		return
	}
	if j >= len(a.words) || a.gapText(j) != " " && a.gapText(j) != ", " {
		return
	}
	// "the Jiangkai-class frigate the Hengyang"
	if a.lowerWord(j) == "the" && j+1 < len(a.words) && a.gapText(j+1) == " " && a.words[j+1].cap {
		j++
	}
	s := a.sentenceAt[m.first]
	for n := 0; n < 8 && j < len(a.words) && a.sentenceAt[j] == s; n++ {
		if !a.words[j].cap || a.words[j].upper && a.words[j].end-a.words[j].start > 1 || a.is(j, lexNotName) {
			return
		}
		last := a.nameRun(j, 3)
		if last < j || !a.free(j, last) {
			return
		}
		name := a.spanText(j, last)
		d := a.shipDraft(name, name, "ships-of-a-class")
		if d.category == "" {
			d.category = class.category
		}
		if d.parent == nil && d != class {
			d.parent = class
		}
		a.addShipMention(d, j, last, name)
		// ", " or " and " or ", and " goes on to the next name
		next := last + 1
		if next >= len(a.words) {
			return
		}
		switch w := a.lowerWord(next); {
		case w == "and" || w == "or":
			j = next + 1
		case strings.HasPrefix(a.gapText(next), ","):
			j = next
			if a.lowerWord(j) == "and" {
				j++
			}
		default:
			return
		}
	}
}

// prefixState picks the navy a ship prefix stands for: its only one, or
// the only one of several that the document names.
func (a *analysis) prefixState(states []string) (string, bool) {
	if len(states) == 1 {
		return states[0], true
	}
	found := ""
	for _, s := range states {
		if a.statesSeen[s] || a.docNames(s) {
			if found != "" {
				return "", false
			}
			found = s
		}
	}
	return found, found != ""
}

// docNames reports a state named anywhere in the document, by any form
// the gazetteer knows (statesSeen fills only as mentions are found).
func (a *analysis) docNames(state string) bool {
	for _, m := range a.matches {
		for _, r := range m.refs {
			if r.kind == kindState && a.g.States[r.index].Name == state {
				return true
			}
		}
	}
	return false
}

// shipNamedForOfficer reads "the Admiral Levchenko" beside a ship noun
// ("one of the fleet's destroyers, the Admiral Levchenko", "The Admiral
// Levchenko, a destroyer, …") as a ship: a person with a rank is not
// written with "the". It reports whether it took the words.
func (a *analysis) shipNamedForOfficer(r rankMention) bool {
	if r.first == 0 || a.lowerWord(r.first-1) != "the" || r.last+1 >= len(a.words) || !a.startsName(r.last+1) ||
		a.gapText(r.last+1) != " " {
		return false
	}
	last := a.personNameRun(r.last + 1)
	if last <= r.last || !a.free(r.first, last) {
		return false
	}
	noun := a.shipNounAfter(last)
	if noun == nil {
		// a ship noun just before, in the same sentence: "destroyers, the …"
		for j := r.first - 2; j >= 0 && j >= r.first-4 && a.sentenceAt[j] == a.sentenceAt[r.first]; j-- {
			if k, ok := a.endAt.get(j); ok {
				if m := &a.matches[k]; bestRef(m.refs).kind == kindGeneric && a.shipCategory(a.g.Generic[bestRef(m.refs).index].Category) {
					noun = m
				}
				break
			}
		}
	}
	if noun == nil {
		return false
	}
	name := a.spanText(r.first, last)
	d := a.shipDraft(name, name, "ship-named-for-an-officer")
	if d.category == "" {
		d.category = a.g.Generic[bestRef(noun.refs).index].Category
	}
	a.addShipMention(d, r.first, last, name)
	return true
}
