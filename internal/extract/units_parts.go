package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// The parts of a unit's name: a second head, the number it is named by,
// the words that say its domain.

// compoundHead extends a head by a second head right after it: "2nd
// Army Corps" is a corps, not the 2nd Army.
func (us *unitStage) compoundHead(last int, h *unitHead) (int, *unitHead) {
	n := last + 1
	if n >= len(us.words) || !us.words[n].cap || !us.words[n].soft || us.gapText(n) != " " || us.taken[n] {
		return last, h
	}
	if h2, l2 := us.unitHeadAt(n); h2 != nil {
		return l2, h2
	}
	return last, h
}

// cardinalBeforeUnit reports a plain number of one to three digits at
// word i, not a year, a share or a quantity of money: the number a unit
// may be named by ("11 Corps").
func (us *unitStage) cardinalBeforeUnit(i int) bool {
	w := us.wordText(i)
	if len(w) > 3 || us.isOrdinal(i) || strings.ContainsAny(w, ".,%") || i+1 >= len(us.words) || !us.words[i+1].cap {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return i == 0 || !strings.ContainsAny(us.gapText(i), "$£€")
}

// unitDomain is the domain a unit's words say: "Naval Infantry" sea,
// "Unmanned Aerial Systems" air, else the head's.
func (us *unitStage) unitDomain(first, last int, h *unitHead) briefing.Domain {
	u := us.g.units
	for j := first; j <= last; j++ {
		w := us.lowerWord(j)
		switch {
		case u.air[w]:
			return briefing.Air
		case u.sea[w]:
			return briefing.Sea
		}
	}
	if h.domain == briefing.UnknownDomain {
		return ""
	}
	return h.domain
}

// releaseGenerics drops the generic asset nouns inside words
// first..last, which a longer name has taken over.
func (us *unitStage) releaseGenerics(first, last int) {
	kept := us.genericMentions[:0]
	for _, g := range us.genericMentions {
		if g.first >= first && g.last <= last {
			for w := g.first; w <= g.last; w++ {
				us.taken[w] = false
				us.genericWord.set(w, false)
			}
			continue
		}
		kept = append(kept, g)
	}
	us.genericMentions = kept
}

// findAcronyms names a unit by an acronym nothing else claims and a
// unit noun after it: "Madagascar's elite CAPSAT unit" is CAPSAT.
func (us *unitStage) findAcronyms() {
	var named map[string]bool
	for _, c := range us.capitals {
		i := int(c)
		if i+1 >= len(us.words) || !us.words[i].upper || us.taken[i] || us.at[i] >= 0 || us.words[i].digit || us.words[i].end-us.words[i].start < 3 {
			continue
		}
		if us.gapText(i+1) != " " || !us.words[i+1].soft || !us.lexicon.AcronymUnitNouns[us.lowerWord(i+1)] || us.taken[i+1] {
			continue
		}
		name := us.wordText(i)
		if us.definedAcronym(name) {
			continue // "the local PDF unit": a unit of the group so named
		}
		us.addAsset("unit:"+us.normName(name), i, i+1, us.spanText(i, i+1), func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "unit", "military unit", briefing.Land
			d.why = briefing.Why{Rule: "acronym-unit", Cue: us.spanText(i, i+1)}
		})
		if named == nil {
			named = map[string]bool{}
		}
		named[name] = true
	}
	if named == nil {
		return
	}
	// "CAPSAT said …": the unit again, by its acronym alone
	for _, c := range us.capitals {
		i := int(c)
		if name := us.wordText(i); named[name] && !us.taken[i] && us.at[i] < 0 {
			us.addAsset("unit:"+us.normName(name), i, i, name, func(*assetDraft) {})
		}
	}
}

// definedAcronym reports an acronym the text defines in brackets
// somewhere: "the People's Defence Forces (PDF)".
func (us *unitStage) definedAcronym(name string) bool {
	for _, c := range us.capitals {
		if i := int(c); strings.HasSuffix(us.gapText(i), "(") && us.wordText(i) == name {
			return true
		}
	}
	return false
}
