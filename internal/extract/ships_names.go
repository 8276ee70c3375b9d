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
func (sh *shipStage) nameRun(first, max int) int {
	s := sh.sentenceAt[first]
	return sh.wordRun(first, max, []string{" ", "-", ". "}, func(j int, gap string) runVerdict {
		// "HMS Protector Commander Angus Essenhigh": the ship's captain
		// follows its name
		if sh.sentenceAt[j] != s || j > first && sh.at[j] >= 0 && bestRef(sh.matches[sh.at[j]].refs).kind == kindRank {
			return runStop
		}
		if w := sh.words[j]; w.cap || w.digit && j > first {
			return runTake
		}
		// "ROKS Seoae-Ryu-Seong-ryong": a lower-case syllable joined by a
		// hyphen, not a word of its own ("USS Carney-led", "-class")
		if gap == "-" && j > first && sh.words[j-1].cap && !sh.g.verbs.anyForm(sh.lowerWord(j)) && !sh.lexicon.HyphenTails[sh.lowerWord(j)] {
			return runTake
		}
		return runStop
	})
}

// shipDraft finds or creates the draft of a named ship, using the
// gazetteer when it knows the ship.
func (sh *shipStage) shipDraft(full, bare, rule string) *assetDraft {
	for _, k := range [...]string{sh.normKey(full), sh.normKey(bare)} {
		if i, ok := sh.ix.platforms.get(k); ok && (sh.g.Platforms[i].Kind == "ship" || sh.g.Platforms[i].Kind == "") {
			p := &sh.g.Platforms[i]
			if d, ok := sh.assetKeys[platformKey(p)]; ok {
				return d
			}
			d := sh.newAsset(platformKey(p))
			d.fromPlatform(sh.g, p)
			d.why = briefing.Why{Rule: rule, Cue: full}
			return d
		}
	}
	key := "ship:" + sh.normName(full)
	if d, ok := sh.assetKeys[key]; ok {
		return d
	}
	d := sh.newAsset(key)
	d.name, d.kind = full, "ship"
	d.why = briefing.Why{Rule: rule, Cue: full}
	return d
}

func (sh *shipStage) addShipMention(d *assetDraft, first, last int, surface string) {
	d.mentions = append(d.mentions, wordRange{first, last})
	sh.assetEnd.set(last, mentionRef{d, len(d.mentions) - 1})
	d.surfaces.add(surface, sh.normName)
	sh.take(first, last)
	if d.category != "" && d.domain == "" {
		d.domain = sh.ix.domainOf(d.category)
	}
	if d.domain == "" || d.domain == briefing.UnknownDomain {
		d.domain = briefing.Sea // a named ship sails, whatever its kind
	}
}

// hullAfter reads a hull number in brackets right after word last:
// "(DDG-64)", "(F220)", "(L 16)".
func (sh *shipStage) hullAfter(last int) (first, end int, hull string) {
	i := last + 1
	if i >= len(sh.words) || strings.TrimSpace(sh.gapText(i)) != "(" {
		return 0, 0, ""
	}
	j := i
	for j < len(sh.words) && j-i < 3 && (j == i || sh.words[j].soft) {
		if strings.HasPrefix(sh.text[sh.words[j].end:], ")") {
			hull = sh.spanText(i, j)
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
func (sh *shipStage) hullCategory(hull string) string {
	var letters []rune
	for _, r := range hull {
		if unicode.IsLetter(r) {
			letters = append(letters, unicode.ToLower(r))
		}
	}
	return sh.lexicon.hullCategoryOf[string(letters)]
}

// findShortShipNames links later mentions such as "the Lincoln" or
// "Carney" to a ship already named in full.
func (sh *shipStage) findShortShipNames() {
	sh.foldShortPrefixedShips()
	forms := &sh.shipForms
	forms.reset()
	for _, d := range sh.assets {
		if d.kind != "ship" || len(d.mentions) == 0 {
			continue
		}
		words := strings.Fields(d.name)
		if len(words) > 1 && sh.ix.shipPrefixes[words[0]] != nil {
			words = words[1:]
		}
		forms.add(words, d)
	}
	linkShortForms(sh.textView, sh.mentionState, *forms, func(d *assetDraft, first, last int) bool {
		if first == last && sh.lowerWord(first-1) != "the" {
			return false // one bare word names a ship only after "the"
		}
		sh.addShipMention(d, first, last, sh.spanText(first, last))
		return true
	})
}

// foldShortPrefixedShips joins a ship named by its prefix and the last
// word of its name ("USS Truman", a headline's) to the one ship named in
// full with that prefix ("USS Harry S. Truman").
func (sh *shipStage) foldShortPrefixedShips() {
	for _, short := range sh.assets {
		prefix, rest, ok := strings.Cut(short.name, " ")
		if short.kind != "ship" || len(short.mentions) == 0 || !ok || strings.Contains(rest, " ") || sh.ix.shipPrefixes[prefix] == nil {
			continue
		}
		var full *assetDraft
		for _, d := range sh.assets {
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
		sh.absorbAsset(full, short)
	}
}

// shipNounBefore returns a generic ship noun ending right before word i
// ("the destroyer USS Bulkeley"), which describes the ship that follows.
func (sh *shipStage) shipNounBefore(i int) *match {
	k, ok := sh.endAt.get(i - 1)
	if !ok || sh.gapText(i) != " " {
		return nil
	}
	m := &sh.matches[k]
	if r := bestRef(m.refs); sh.free(m.first, m.last) && r.kind == kindGeneric && sh.lexicon.shipCategory(sh.g.Generic[r.index].Category) {
		return m
	}
	return nil
}

// shipNounAfter finds the ship noun of an apposition after a ship's name
// ("BRP Sierra Madre, a grounded landing ship, …"), up to the next comma.
func (sh *shipStage) shipNounAfter(last int) *match {
	next := last + 1
	if next >= len(sh.words) || !strings.HasPrefix(sh.gapText(next), ",") {
		return nil
	}
	if w := sh.lowerWord(next); w != "a" && w != "an" && w != "the" {
		return nil
	}
	for j := next + 1; j < len(sh.words) && j <= next+6; j++ {
		if sh.gapHas(j, gapClause|gapPeriod|gapBracket) {
			return nil
		}
		if k := sh.at[j]; k >= 0 {
			m := &sh.matches[k]
			if r := bestRef(m.refs); r.kind == kindGeneric && sh.lexicon.shipCategory(sh.g.Generic[r.index].Category) && sh.free(m.first, m.last) {
				return m
			}
			return nil
		}
	}
	return nil
}

// findLists names the ships listed after their class: "Type 054A
// frigates Huaibei, Daqing and Hengshui", "the Anzac-class frigate
// Arunta". Each is a ship of the class, never a person.
func (sh *shipStage) findLists() {
	for _, d := range sh.assets {
		if d.kind != "class" || len(d.mentions) == 0 {
			continue
		}
		for _, m := range slices.Clone(d.mentions) {
			sh.shipsAfterClass(d, m)
		}
	}
}

// shipsAfterClass reads the names after one mention of a class and its
// category noun.
func (sh *shipStage) shipsAfterClass(class *assetDraft, m wordRange) {
	j := m.last + 1
	if end, ok := sh.absorbed.get(m.last); ok {
		j = end + 1
	} else if k := sh.matchAt(j); k != nil && j < len(sh.words) && sh.words[j].soft && bestRef(k.refs).kind == kindGeneric &&
		sh.lexicon.shipCategory(sh.g.Generic[bestRef(k.refs).index].Category) {
		j = k.last + 1
	}
	if j == m.last+1 && sh.lowerWord(m.last) != "class" && !sh.lexicon.shipCategory(class.category) {
		return
	}
	if j >= len(sh.words) || sh.gapText(j) != " " && sh.gapText(j) != ", " {
		return
	}
	// "the Jiangkai-class frigate the Hengyang"
	if sh.lowerWord(j) == "the" && j+1 < len(sh.words) && sh.gapText(j+1) == " " && sh.words[j+1].cap {
		j++
	}
	s := sh.sentenceAt[m.first]
	for n := 0; n < 8 && j < len(sh.words) && sh.sentenceAt[j] == s; n++ {
		if !sh.words[j].cap || sh.words[j].upper && sh.words[j].end-sh.words[j].start > 1 || sh.is(j, lexNotName) {
			return
		}
		last := sh.nameRun(j, 3)
		if last < j || !sh.free(j, last) {
			return
		}
		name := sh.spanText(j, last)
		d := sh.shipDraft(name, name, "ships-of-a-class")
		if d.category == "" {
			d.category = class.category
		}
		if d.parent == nil && d != class {
			d.parent = class
		}
		sh.addShipMention(d, j, last, name)
		// ", " or " and " or ", and " goes on to the next name
		next := last + 1
		if next >= len(sh.words) {
			return
		}
		switch w := sh.lowerWord(next); {
		case w == "and" || w == "or":
			j = next + 1
		case strings.HasPrefix(sh.gapText(next), ","):
			j = next
			if sh.lowerWord(j) == "and" {
				j++
			}
		default:
			return
		}
	}
}

// prefixState picks the navy a ship prefix stands for: its only one, or
// the only one of several that the document names.
func (sh *shipStage) prefixState(states []string) (string, bool) {
	if len(states) == 1 {
		return states[0], true
	}
	found := ""
	for _, s := range states {
		if sh.statesSeen[s] || sh.docNames(s) {
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
func (sh *shipStage) docNames(state string) bool {
	for _, m := range sh.matches {
		for _, r := range m.refs {
			if r.kind == kindState && sh.g.States[r.index].Name == state {
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
func (sh *shipStage) shipNamedForOfficer(r rankMention) bool {
	if r.first == 0 || sh.lowerWord(r.first-1) != "the" || r.last+1 >= len(sh.words) || !sh.startsName(r.last+1) ||
		sh.gapText(r.last+1) != " " {
		return false
	}
	last := sh.personNameRun(r.last + 1)
	if last <= r.last || !sh.free(r.first, last) {
		return false
	}
	noun := sh.shipNounAfter(last)
	if noun == nil {
		// a ship noun just before, in the same sentence: "destroyers, the …"
		for j := r.first - 2; j >= 0 && j >= r.first-4 && sh.sentenceAt[j] == sh.sentenceAt[r.first]; j-- {
			if k, ok := sh.endAt.get(j); ok {
				if m := &sh.matches[k]; bestRef(m.refs).kind == kindGeneric && sh.lexicon.shipCategory(sh.g.Generic[bestRef(m.refs).index].Category) {
					noun = m
				}
				break
			}
		}
	}
	if noun == nil {
		return false
	}
	name := sh.spanText(r.first, last)
	d := sh.shipDraft(name, name, "ship-named-for-an-officer")
	if d.category == "" {
		d.category = sh.g.Generic[bestRef(noun.refs).index].Category
	}
	sh.addShipMention(d, r.first, last, name)
	return true
}
