package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// unitData is data/units.yaml: the words named units are made of.
type unitData struct {
	Heads []struct {
		Words        []string        `yaml:"words"`
		Domain       briefing.Domain `yaml:"domain"`
		NumberedOnly bool            `yaml:"numbered_only"`
	} `yaml:"heads"`
	Modifiers []string `yaml:"modifiers"`
	AirWords  []string `yaml:"air_words"`
	SeaWords  []string `yaml:"sea_words"`
	Ordinals  []string `yaml:"ordinals"`
}

// unitGrammar is units.yaml compiled: the grammar of unit names.
type unitGrammar struct {
	heads                     []unitHead
	modifier, air, sea, order wordSet
	// plain maps the one-word heads that may stand without a number, and
	// their plurals, to their head ("battalion", "brigades")
	plain map[string]unitHead
}

type unitHead struct {
	words        []string
	domain       briefing.Domain
	numberedOnly bool
}

func compileUnits(d unitData) (*unitGrammar, []error) {
	var errs []error
	u := &unitGrammar{modifier: setOf(d.Modifiers), air: setOf(d.AirWords), sea: setOf(d.SeaWords), order: setOf(d.Ordinals)}
	for _, h := range d.Heads {
		if len(h.Words) == 0 {
			errs = append(errs, fmt.Errorf("units.yaml: a head has no words"))
			continue
		}
		switch h.Domain {
		case briefing.Air, briefing.Sea, briefing.Land, briefing.UnknownDomain:
		default:
			errs = append(errs, fmt.Errorf("units.yaml: head %v: domain %q is not air, sea, land or unknown", h.Words, h.Domain))
		}
		u.heads = append(u.heads, unitHead{words: h.Words, domain: h.Domain, numberedOnly: h.NumberedOnly})
		if len(h.Words) == 1 && !h.NumberedOnly {
			if u.plain == nil {
				u.plain = map[string]unitHead{}
			}
			u.plain[h.Words[0]] = u.heads[len(u.heads)-1]
			u.plain[h.Words[0]+"s"] = u.heads[len(u.heads)-1]
		}
	}
	for name, list := range map[string][]string{"modifiers": d.Modifiers, "air_words": d.AirWords, "sea_words": d.SeaWords, "ordinals": d.Ordinals} {
		if len(list) == 0 {
			errs = append(errs, fmt.Errorf("units.yaml: %s is missing or empty", name))
		}
		for _, w := range list {
			if w == "" || w != strings.ToLower(w) {
				errs = append(errs, fmt.Errorf("units.yaml: %s: %q must be a lower-case word", name, w))
			}
		}
	}
	return u, errs
}

func readUnits() (*unitGrammar, error) {
	var d unitData
	if err := readData("data/units.yaml", &d); err != nil {
		return nil, err
	}
	u, errs := compileUnits(d)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return u, nil
}

// Bits of index.unitWords.
const (
	unitHeadWord uint8 = 1 << iota
	unitOrdinalWord
	// groupNounWord: a noun of a group named by what it does ("drug
	// trafficking groups", see groupStage.findCollectives)
	groupNounWord
	// hearsayWord: a source no one stands behind ("reports", "witnesses",
	// see hearsayClaims)
	hearsayWord
	// introducedGroupWord: a noun that introduces a group's name ("a
	// group called APT40", see groupStage.findIntroduced)
	introducedGroupWord
	// homeRulerWord: a word for a state's ruling power ("junta", see
	// homeForcesStage)
	homeRulerWord
	// homeForceWord: the first word of a bare force word ("army",
	// "armed" of "armed forces", see homeForcesStage)
	homeForceWord
	// forceNounWord: men under arms after a side or a count ("NATO
	// forces", "2,000 troops", see groupStage.findNamedForces)
	forceNounWord
)

// unitWord reports whether word i has any of the unitWords bits, which
// travel with the word: the rules ask it of most words.
func (t *textView) unitWord(i int, bits uint8) bool {
	return t.words[i].unit&bits != 0
}

// unitHeadAt returns the unit head starting at word i and its last word.
func (c *mentionCtx) unitHeadAt(i int) (*unitHead, int) {
	if !c.unitWord(i, unitHeadWord) {
		return nil, 0
	}
	u := c.g.units
	for k := range u.heads {
		h := &u.heads[k]
		last := i + len(h.words) - 1
		if last >= len(c.words) {
			continue
		}
		ok := true
		for n, w := range h.words {
			if n > 0 && !c.words[i+n].soft {
				ok = false
				break
			}
			if lw := c.lowerWord(i + n); lw != w && lw != w+"s" {
				ok = false
				break
			}
		}
		if ok {
			return h, last
		}
	}
	return nil, 0
}

// isOrdinal reports "14th", "2nd", "Sixth".
func (c *mentionCtx) isOrdinal(i int) bool {
	w := c.lowerWord(i)
	if c.words[i].digit {
		return strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")
	}
	return c.words[i].cap && c.unitWord(i, unitOrdinalWord) && c.g.units.order[w]
}

// unitStage finds named units and formations. It reads the window (the
// words, the gazetteer's matches, the unit grammar) and the mentions
// found before it (states, assets, the generic nouns a unit's name takes
// over); it adds unit drafts.
type unitStage struct{ mentionCtx }

// find finds named units and formations by the shape of their
// names: an ordinal, words that qualify a unit and a head ("14th
// Separate Unmanned Aerial Systems Regiment", "6th Division"); a head
// and a number ("Group 13", "Task Force 51"); "No. 2 Squadron"; or
// capitalised words among which a unit's ("Iwo Jima Amphibious Ready
// Group").
func (us *unitStage) find() {
	type found struct {
		first, last int
		head        *unitHead
		name        string
	}
	var units []found
	for i := 0; i < len(us.words); i++ {
		// (unitAt reads only a word with a capital or a digit)
		if w := &us.words[i]; !w.cap && !w.digit || us.taken[i] && !us.isGenericWord(i) {
			continue
		}
		first, last, head := us.unitAt(i)
		// a generic noun belongs only to a numbered unit: "Destroyer
		// Squadron 28", not "Shandong Carrier Strike Group"
		if head == nil || !us.words[first].digit && !us.isOrdinal(first) && !us.words[last].digit &&
			slices.ContainsFunc(us.taken[first:last+1], func(t bool) bool { return t }) {
			continue
		}
		// "the Surface Fleet Review": a document or a thing named after
		// the unit, not the unit
		if n := last + 1; n < len(us.words) && us.words[n].cap && us.gapText(n) == " " && us.lexicon.NonAssetHeads[us.lowerWord(n)] {
			i = last
			continue
		}
		us.releaseGenerics(first, last) // "Unmanned Aerial Systems" inside a regiment's name
		if !us.free(first, last) {
			continue
		}
		name := oneLine(us.spanText(first, last))
		// "Eritrea's 57th and 21st divisions": each ordinal listed before
		// a plural head is a unit of its own
		if plural := strings.TrimSuffix(us.lowerWord(last), "s"); plural != us.lowerWord(last) && us.isOrdinal(first) && first == last-1 {
			singular := us.wordText(last)[:len(plural)]
			name = us.wordText(first) + " " + singular
			for j, ok := us.listItemBefore(first - 1); ok && us.isOrdinal(j) && us.free(j, j); j, ok = us.listItemBefore(j - 1) {
				units = append(units, found{j, j, head, us.wordText(j) + " " + singular})
			}
		}
		units = append(units, found{first, last, head, name})
		i = last
	}
	// "the 6th Division" is the 6th Motor Rifle Division named before or
	// after: the same ordinal and head, fewer words
	fuller := func(u found) found {
		best := u
		for _, v := range units {
			if v.last-v.first > best.last-best.first && us.isOrdinal(u.first) && us.lowerWord(v.first) == us.lowerWord(u.first) &&
				us.lowerWord(v.last) == us.lowerWord(u.last) {
				best = v
			}
		}
		return best
	}
	heads := map[string][]found{} // head word → the units it ends
	for _, u := range units {
		full := fuller(u)
		name := full.name
		domain := us.unitDomain(full.first, full.last, full.head)
		us.addAsset("unit:"+us.normName(name), u.first, u.last, oneLine(us.spanText(u.first, u.last)), func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "unit", "military unit", domain
			d.why.Rule = "unit-name"
		})
		// "the Iwo Jima Amphibious Ready Group (ARG)": its short form
		if n := u.last + 1; n+1 < len(us.words) && us.gapText(n) == " (" && us.words[n].upper && strings.HasPrefix(us.gapText(n+1), ")") ||
			n+1 == len(us.words) && n < len(us.words) && us.gapText(n) == " (" && us.words[n].upper {
			us.releaseGenerics(n, n)
			if us.free(n, n) {
				us.addAsset("unit:"+us.normName(name), n, n, us.wordText(n), func(*assetDraft) {})
			}
		}
		h := us.lowerWord(full.last)
		if !slices.ContainsFunc(heads[h], func(v found) bool { return v.name == name }) {
			heads[h] = append(heads[h], full)
		}
	}
	// "the brigade's spokesman": the one brigade the document names (a
	// window naming none is not read again)
	for i := 1; i < len(us.words) && len(heads) > 0; i++ {
		if us.lowerWord(i-1) != "the" || us.taken[i] {
			continue
		}
		h := us.lowerWord(i)
		list := heads[h]
		if len(list) != 1 || i+1 < len(us.words) && us.words[i+1].soft && us.gapText(i+1) == " " && us.words[i+1].cap {
			continue
		}
		u := list[0]
		us.addAsset("unit:"+us.normName(u.name), i, i, us.wordText(i), func(*assetDraft) {})
	}
}

// unitAt reads a unit's name starting at word i.
func (us *unitStage) unitAt(i int) (first, last int, head *unitHead) {
	w := us.words[i]
	if !w.cap && !w.digit {
		return
	}
	switch {
	case us.isOrdinal(i):
		// ordinal, qualifiers, head: "5th Separate Assault Brigade"
		for j := i + 1; j < len(us.words) && j <= i+7; j++ {
			if !us.words[j].soft || us.gapText(j) != " " || us.taken[j] && !us.isGenericWord(j) {
				return
			}
			if h, hl := us.unitHeadAt(j); h != nil && (us.words[j].cap || j == i+1) {
				hl, h = us.compoundHead(hl, h)
				return i, hl, h
			}
			if !us.words[j].cap && !us.inSet(j, setUnitModifier) {
				return
			}
		}
	case w.digit && us.cardinalBeforeUnit(i):
		// a number, capitalised words and a head: "332 Squadron", "115
		// Combat Wing", "203 Mansoori Corps"
		qualified := false
		for j := i + 1; j < len(us.words) && j <= i+5; j++ {
			if !us.words[j].soft || us.gapText(j) != " " || us.taken[j] || !us.words[j].cap {
				return
			}
			if h, hl := us.unitHeadAt(j); h != nil {
				if h.numberedOnly && !qualified { // "300 Army soldiers"
					return
				}
				hl, h = us.compoundHead(hl, h)
				return i, hl, h
			}
			if us.inSet(j, setUnitModifier) {
				qualified = true
			}
		}
	case us.lowerWord(i) == "no" && w.cap && i+2 < len(us.words) && us.words[i+1].digit:
		// "No. 2 Squadron"
		if h, hl := us.unitHeadAt(i + 2); h != nil && us.words[i+2].cap {
			return i, hl, h
		}
	case w.cap:
		// capitalised qualifiers, a head and maybe a number
		qualified := false
		for j := i; j < len(us.words) && j <= i+6; j++ {
			// "Destroyer Squadron 28": a generic noun may open the name
			if j > i && (!us.words[j].soft || us.gapText(j) != " ") || us.taken[j] && !us.isGenericWord(j) || !us.words[j].cap {
				return
			}
			if h, hl := us.unitHeadAt(j); h != nil {
				// "Group 13", "Carrier Air Wing 9"
				if n := hl + 1; n < len(us.words) && us.words[n].digit && us.words[n].soft && us.gapText(n) == " " && !us.isOrdinal(n) {
					return i, n, h
				}
				// "Strike Fighter Squadron (VFA) 136": its short form between
				if n := hl + 2; n < len(us.words) && us.words[n].digit && us.gapText(hl+1) == " (" && us.gapText(n) == ") " &&
					us.words[hl+1].upper && !us.isOrdinal(n) {
					return i, n, h
				}
				if qualified && !h.numberedOnly && j > i {
					return i, hl, h
				}
				// "the Indian Army's White Knight Corps", "its Gorgor
				// Brigade": a name its owner's forces hold
				if !h.numberedOnly && j > i && i > 0 && us.gapText(i) != "" && h.domain != briefing.UnknownDomain &&
					(us.words[i-1].possessive && us.taken[i-1] || us.lowerWord(i-1) == "its" || us.lowerWord(i-1) == "their") {
					return i, hl, h
				}
				return
			}
			if us.inSet(j, setUnitModifier) {
				qualified = true
			}
		}
	}
	return
}
