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
func (gn *genericStage) resolveGenerics() {
	for _, g := range gn.genericMentions {
		e := g.entry
		// "the destroyer" after "USS Stockdale": the ship named before;
		// "a Russian satellite (COSMOS 1408)": the one named beside it
		d := gn.namedBefore(g, e.Category)
		if d == nil {
			d = gn.namedBeside(g, e.Category)
		}
		if d != nil {
			if d.category == "" {
				// "naval submarine, KRI Nanggala-402": a prefix gives no type
				d.category, d.domain = e.Category, gn.ix.domainOf(e.Category)
			}
			gn.addAsset(d.key, g.first, g.last, g.surface, func(*assetDraft) {})
			continue
		}
		// "SH-60B Seahawk helicopter": a type the gazetteer lacks
		if gn.types.typeNamed(g) {
			continue
		}
		// "CCG vessels", "PLA Navy ships": a force's own boats
		if o, first := gn.forceBefore(g.first); o != nil {
			// one asset per force and kind: "a Royal Malaysia Police
			// helicopter", then "a PDRM helicopter"
			name := oneLine(gn.spanText(first, g.last))
			gn.addAsset("generic:"+o.key+":"+e.Category, g.first, g.last, g.surface, func(d *assetDraft) {
				d.name, d.category, d.kind = name, e.Category, "generic"
				d.domain = gn.ix.domainOf(e.Category)
				d.side, d.sideRank = firstNonEmpty(o.affiliation, o.name), sideAdjacent
				d.why.Rule = "force-and-noun"
			})
			continue
		}
		// "Chinese fighter jets" and "Japanese fighter jets": one asset
		// for each side a demonym right before names
		key, side := gn.ix.genericKeys[g.index], ""
		if k := g.first - 1; k >= 0 && gn.isDemonym(k) && gn.gapText(g.first) == " " {
			side, _ = gn.stateAt(k)
			key += "/" + side
		}
		gn.addAsset(key, g.first, g.last, g.surface, func(d *assetDraft) {
			d.name, d.category, d.kind = e.Name, e.Category, "generic"
			d.why.Rule = "generic-noun"
			d.domain = gn.ix.domainOf(e.Category)
			if side != "" {
				d.side, d.sideRank = side, sideAdjacent
			}
		})
	}
}

// forceBefore returns the military force or agency whose mention ends
// right before word i ("CCG vessels"), and where that mention starts.
func (gn *genericStage) forceBefore(i int) (*actorDraft, int) {
	if i == 0 || !gn.words[i].soft || gn.gapText(i) != " " {
		return nil, 0
	}
	d, _ := gn.actorWord.get(i - 1)
	if d == nil || d.kind != briefing.Organization {
		return nil, 0
	}
	if k, ok := gn.ix.organizations.get(gn.normKey(d.name)); !ok || !gn.lexicon.ForceCategories[gn.g.Organizations[k].Category] {
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
func (gn *genericStage) findForceVessels() {
	// the word after each mention of a force, not every word of the text
	for _, o := range gn.actors {
		if o.kind != briefing.Organization {
			continue
		}
		force := 0 // whether o is a force: asked (two look-ups) once a noun follows it
		for _, m := range o.mentions {
			i := m.last + 1
			// plural only: "a Philippine Coast Guard ship, the BRP Bagagay"
			// is the ship named beside it
			if i >= len(gn.words) || gn.taken[i] || !gn.words[i].soft || gn.gapText(i) != " " {
				continue
			}
			if w := gn.lowerWord(i); !gn.lexicon.ForceVesselNouns[w] || !strings.HasSuffix(w, "s") {
				continue
			}
			if force == 0 {
				force = -1
				if gn.lexicon.ForceCategories[gn.orgCategory(o)] {
					force = 1
				}
			}
			if force < 0 {
				break
			}
			gn.addForceVessels(o, m.first, i)
		}
	}
}

// addForceVessels adds force o's boats named by words first..last. A
// coast guard's or an agency's are patrol vessels, boats small boats,
// any other force's warships.
func (gn *genericStage) addForceVessels(o *actorDraft, first, last int) {
	category := "warship"
	if name := strings.ToLower(o.name); strings.Contains(name, "coast guard") || strings.Contains(name, "coastguard") || gn.orgCategory(o) == "agency" {
		category = "patrol vessel"
	} else if strings.HasPrefix(gn.lowerWord(last), "boat") {
		category = "small boat" // "IRGCN boats"
	}
	// one asset per force and kind: "Chinese coastguard vessels" and,
	// later, "Chinese coastguard ships" are the same boats
	name := oneLine(gn.spanText(first, last))
	gn.addAsset("force-vessels:"+o.key+":"+category, first, last, name, func(d *assetDraft) {
		d.name, d.category, d.kind = name, category, "generic"
		d.domain = gn.ix.domainOf(category)
		d.side, d.sideRank = firstNonEmpty(o.affiliation, o.name), sideAdjacent
		d.why.Rule = "force-and-noun"
	})
}

// namedBefore returns the specific asset a definite, singular generic
// noun refers back to: the last one of its category named in the five
// sentences before ("USS Stockdale … The destroyer shot down …").
func (gn *genericStage) namedBefore(g genericMention, category string) *assetDraft {
	if g.first == 0 || !gn.is(g.first-1, lexNotName) || gn.lowerWord(g.first-1) != "the" && gn.lowerWord(g.first-1) != "this" {
		return nil
	}
	if w := gn.lowerWord(g.last); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return nil // "the destroyers": several, not the one named
	}
	s := int(gn.sentenceAt[g.first])
	var best *assetDraft
	bestAt := -1
	for _, d := range gn.assets {
		// a force's own one counts: "a police helicopter … the helicopter"
		if d.kind == "generic" && (d.why.Rule != "force-and-noun" || pluralForm(strings.ToLower(lastWord(d.name)))) || !gn.coversCategory(category, d.category) {
			continue
		}
		for _, m := range d.mentions {
			if m.last < g.first && m.first > bestAt && int(gn.sentenceAt[m.first]) >= s-5 {
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
func (gn *genericStage) namedBeside(g genericMention, category string) *assetDraft {
	next := g.last + 1
	if next >= len(gn.words) {
		return nil
	}
	gap := strings.TrimSpace(gn.gapText(next))
	if gap != "(" && gap != "," {
		return nil
	}
	// "the submarine, the ARA San Juan"
	if gap == "," && gn.lowerWord(next) == "the" && next+1 < len(gn.words) && gn.gapText(next+1) == " " {
		next++
	}
	for _, d := range gn.assets {
		if d.kind == "generic" || !gn.coversCategory(category, d.category) && (d.kind != "ship" || d.category != "") {
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
func (gn *genericStage) orgCategory(d *actorDraft) string {
	if k, ok := gn.ix.organizations.get(gn.normKey(d.name)); ok {
		return gn.g.Organizations[k].Category
	}
	return ""
}
