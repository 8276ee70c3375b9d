package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// The parts of a unit's name: a second head, the number it is named by,
// the words that say its domain.

// compoundHead extends a head by a second head right after it: "2nd
// Army Corps" is a corps, not the 2nd Army.
func (a *analysis) compoundHead(last int, h *unitHead) (int, *unitHead) {
	n := last + 1
	if n >= len(a.words) || !a.words[n].cap || !a.words[n].soft || a.gapText(n) != " " || a.taken[n] {
		return last, h
	}
	if h2, l2 := a.unitHeadAt(n); h2 != nil {
		return l2, h2
	}
	return last, h
}

// cardinalBeforeUnit reports a plain number of one to three digits at
// word i, not a year, a share or a quantity of money: the number a unit
// may be named by ("11 Corps").
func (a *analysis) cardinalBeforeUnit(i int) bool {
	w := a.wordText(i)
	if len(w) > 3 || a.isOrdinal(i) || strings.ContainsAny(w, ".,%") || i+1 >= len(a.words) || !a.words[i+1].cap {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return i == 0 || !strings.ContainsAny(a.gapText(i), "$£€")
}

// unitDomain is the domain a unit's words say: "Naval Infantry" sea,
// "Unmanned Aerial Systems" air, else the head's.
func (a *analysis) unitDomain(first, last int, h *unitHead) briefing.Domain {
	u := a.g.units
	for j := first; j <= last; j++ {
		w := a.lowerWord(j)
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
func (a *analysis) releaseGenerics(first, last int) {
	kept := a.genericMentions[:0]
	for _, g := range a.genericMentions {
		if g.first >= first && g.last <= last {
			for w := g.first; w <= g.last; w++ {
				a.taken[w] = false
				a.genericWord.set(w, false)
			}
			continue
		}
		kept = append(kept, g)
	}
	a.genericMentions = kept
}

// findAcronymUnits names a unit by an acronym nothing else claims and a
// unit noun after it: "Madagascar's elite CAPSAT unit" is CAPSAT.
func (a *analysis) findAcronymUnits() {
	var named map[string]bool
	for _, c := range a.capitals {
		i := int(c)
		if i+1 >= len(a.words) || !a.words[i].upper || a.taken[i] || a.at[i] >= 0 || a.words[i].digit || a.words[i].end-a.words[i].start < 3 {
			continue
		}
		if a.gapText(i+1) != " " || !a.words[i+1].soft || !a.lexicon.AcronymUnitNouns[a.lowerWord(i+1)] || a.taken[i+1] {
			continue
		}
		name := a.wordText(i)
		if a.definedAcronym(name) {
			continue // "the local PDF unit": a unit of the group so named
		}
		a.addAsset("unit:"+a.normName(name), i, i+1, a.spanText(i, i+1), func(d *assetDraft) {
			d.name, d.kind, d.category, d.domain = name, "unit", "military unit", briefing.Land
			d.why = briefing.Why{Rule: "acronym-unit", Cue: a.spanText(i, i+1)}
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
	for _, c := range a.capitals {
		i := int(c)
		if name := a.wordText(i); named[name] && !a.taken[i] && a.at[i] < 0 {
			a.addAsset("unit:"+a.normName(name), i, i, name, func(*assetDraft) {})
		}
	}
}

// definedAcronym reports an acronym the text defines in brackets
// somewhere: "the People's Defence Forces (PDF)".
func (a *analysis) definedAcronym(name string) bool {
	for _, c := range a.capitals {
		if i := int(c); strings.HasSuffix(a.gapText(i), "(") && a.wordText(i) == name {
			return true
		}
	}
	return false
}
