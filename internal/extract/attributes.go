package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// How an asset's side was learnt, most certain first.
const (
	sideFromPrefix    = iota // "USS", "HMS"
	sideAdjacent             // "American F-35s", "Iran's missiles"
	sideFromParent           // destroyers of a US carrier group
	sideInSentence           // an operator named in the same sentence
	sideInDocument           // an operator named elsewhere in the document
	sideFromForce            // a state's forces named in the same sentence
	sideFromNeighbour        // the asset named just before
	sideFromContext          // a party named in the sentences just before
	sideFromGazetteer        // the platform's main operator
	sideUnknown
)

// resolveGenerics turns generic asset nouns into assets; those a more
// specific asset covers are dropped once sides are known.
func (a *analysis) resolveGenerics() {
	for _, g := range a.genericMentions {
		e := g.entry
		// "the destroyer" after "USS Stockdale": the ship named before;
		// "a Russian satellite (COSMOS 1408)": the one named beside it
		d := a.namedBefore(g, e.Category)
		if d == nil {
			d = a.namedBeside(g, e.Category)
		}
		if d != nil {
			if d.category == "" {
				// "naval submarine, KRI Nanggala-402": a prefix gives no type
				d.category, d.domain = e.Category, a.ix.domainOf(e.Category)
			}
			a.addAsset(d.key, g.first, g.last, g.surface, func(*assetDraft) {})
			continue
		}
		// "SH-60B Seahawk helicopter": a type the gazetteer lacks
		if a.types.typeNamed(g) {
			continue
		}
		// "CCG vessels", "PLA Navy ships": a force's own boats
		if o, first := a.forceBefore(g.first); o != nil {
			// one asset per force and kind: "a Royal Malaysia Police
			// helicopter", then "a PDRM helicopter"
			name := oneLine(a.spanText(first, g.last))
			a.addAsset("generic:"+o.key+":"+e.Category, g.first, g.last, g.surface, func(d *assetDraft) {
				d.name, d.category, d.kind = name, e.Category, "generic"
				d.domain = a.ix.domainOf(e.Category)
				d.side, d.sideRank = firstNonEmpty(o.affiliation, o.name), sideAdjacent
				d.why.Rule = "force-and-noun"
			})
			continue
		}
		a.addAsset(a.ix.genericKeys[g.index], g.first, g.last, g.surface, func(d *assetDraft) {
			d.name, d.category, d.kind = e.Name, e.Category, "generic"
			d.why.Rule = "generic-noun"
			d.domain = a.ix.domainOf(e.Category)
		})
	}
}

// forceBefore returns the military force or agency whose mention ends
// right before word i ("CCG vessels"), and where that mention starts.
func (a *analysis) forceBefore(i int) (*actorDraft, int) {
	if i == 0 || !a.words[i].soft || a.gapText(i) != " " {
		return nil, 0
	}
	d, _ := a.actorWord.get(i - 1)
	if d == nil || d.kind != briefing.Organization {
		return nil, 0
	}
	if k, ok := a.ix.organizations[a.normKey(d.name)]; !ok || !a.lexicon.ForceCategories[a.g.Organizations[k].Category] {
		return nil, 0
	}
	for _, m := range d.mentions {
		if m.last == i-1 {
			return d, m.first
		}
	}
	return nil, 0
}

// findForceVessels finds a force's own boats named by the force and a
// plain noun: "CCG vessels", "four Chinese coastguard vessels".
func (a *analysis) findForceVessels() {
	// the word after each mention of a force, not every word of the text
	for _, o := range a.actors {
		if o.kind != briefing.Organization {
			continue
		}
		force := 0 // whether o is a force: asked (two look-ups) once a noun follows it
		for _, m := range o.mentions {
			i := m.last + 1
			// plural only: "a Philippine Coast Guard ship, the BRP Bagagay"
			// is the ship named beside it
			if i >= len(a.words) || a.taken[i] || !a.words[i].soft || a.gapText(i) != " " {
				continue
			}
			if w := a.lowerWord(i); !a.lexicon.ForceVesselNouns[w] || !strings.HasSuffix(w, "s") {
				continue
			}
			if force == 0 {
				force = -1
				if a.lexicon.ForceCategories[a.orgCategory(o)] {
					force = 1
				}
			}
			if force < 0 {
				break
			}
			a.addForceVessels(o, m.first, i)
		}
	}
}

// addForceVessels adds force o's boats named by words first..last. A
// coast guard's or an agency's are patrol vessels, boats small boats,
// any other force's warships.
func (a *analysis) addForceVessels(o *actorDraft, first, last int) {
	category := "warship"
	if name := strings.ToLower(o.name); strings.Contains(name, "coast guard") || strings.Contains(name, "coastguard") || a.orgCategory(o) == "agency" {
		category = "patrol vessel"
	} else if strings.HasPrefix(a.lowerWord(last), "boat") {
		category = "small boat" // "IRGCN boats"
	}
	// one asset per force and kind: "Chinese coastguard vessels" and,
	// later, "Chinese coastguard ships" are the same boats
	name := oneLine(a.spanText(first, last))
	a.addAsset("force-vessels:"+o.key+":"+category, first, last, name, func(d *assetDraft) {
		d.name, d.category, d.kind = name, category, "generic"
		d.domain = a.ix.domainOf(category)
		d.side, d.sideRank = firstNonEmpty(o.affiliation, o.name), sideAdjacent
		d.why.Rule = "force-and-noun"
	})
}

// namedBefore returns the specific asset a definite, singular generic
// noun refers back to: the last one of its category named in the five
// sentences before ("USS Stockdale … The destroyer shot down …").
func (a *analysis) namedBefore(g genericMention, category string) *assetDraft {
	if g.first == 0 || !a.is(g.first-1, lexNotName) || a.lowerWord(g.first-1) != "the" && a.lowerWord(g.first-1) != "this" {
		return nil
	}
	if w := a.lowerWord(g.last); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return nil // "the destroyers": several, not the one named
	}
	s := int(a.sentenceAt[g.first])
	var best *assetDraft
	bestAt := -1
	for _, d := range a.assets {
		// a force's own one counts: "a police helicopter … the helicopter"
		if d.kind == "generic" && (d.why.Rule != "force-and-noun" || pluralForm(strings.ToLower(lastWord(d.name)))) || !a.coversCategory(category, d.category) {
			continue
		}
		for _, m := range d.mentions {
			if m.last < g.first && m.first > bestAt && int(a.sentenceAt[m.first]) >= s-5 {
				best, bestAt = d, m.first
			}
		}
	}
	return best
}

// namedBeside returns the asset of category named right after generic
// mention g, in brackets or set off by a comma: "a Russian satellite
// (COSMOS 1408)", "the naval submarine, KRI Nanggala-402,". A ship whose
// name gives no type is of any category.
func (a *analysis) namedBeside(g genericMention, category string) *assetDraft {
	next := g.last + 1
	if next >= len(a.words) {
		return nil
	}
	gap := strings.TrimSpace(a.gapText(next))
	if gap != "(" && gap != "," {
		return nil
	}
	// "the submarine, the ARA San Juan"
	if gap == "," && a.lowerWord(next) == "the" && next+1 < len(a.words) && a.gapText(next+1) == " " {
		next++
	}
	for _, d := range a.assets {
		if d.kind == "generic" || !a.coversCategory(category, d.category) && (d.kind != "ship" || d.category != "") {
			continue
		}
		for _, m := range d.mentions {
			if m.first == next {
				return d
			}
		}
	}
	return nil
}

// orgCategory is the gazetteer category of an organisation draft, or "".
func (a *analysis) orgCategory(d *actorDraft) string {
	if k, ok := a.ix.organizations[a.normKey(d.name)]; ok {
		return a.g.Organizations[k].Category
	}
	return ""
}
