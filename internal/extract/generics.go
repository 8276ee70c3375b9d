package extract

import (
	"strings"
)

// genericStage reads the generic asset nouns ("the destroyer", "CCG
// vessels", "drones"): as the specific asset named before or beside, as
// a type the words before name (types.typeNamed), as a force's own boats
// or as generic assets; once sides are known it drops the generics a
// specific asset accounts for. It reads the window's words and sentences
// and the mention state (generic mentions, actors, assets with their
// sides, categories and mentions); it adds asset drafts and drops
// generic ones.
type genericStage struct {
	mentionCtx
	types *typeStage
}

// dropCoveredGenerics removes generic assets that a more specific one of
// the same category and side already accounts for: "the destroyers" of
// a text that names Arleigh Burke-class destroyers, "drones" beside
// "one-way attack drones", "warships" beside named frigates.
func (gn *genericStage) dropCoveredGenerics() {
	covered := func(g *assetDraft) bool {
		for _, d := range gn.assets {
			// a side only guessed from the sentences around does not keep
			// the generic apart
			if d == g || d.side != g.side && d.side != "" && g.side != "" && g.sideRank < sideInDocument {
				continue
			}
			if !gn.sameKind(d, g) || gn.anotherOne(g, d) || gn.plural(g) && !gn.near(d, g) && !gn.describedAs(d, g) {
				continue // "USVs" early on, "Magura V5" paragraphs later: both in play
			}
			if d.kind != "generic" || len(strings.Fields(d.name)) > len(strings.Fields(g.name)) {
				return true
			}
		}
		return false
	}
	// "10 submarines" beside two named ones: more than the named, a force
	// of its own
	outnumbers := func(g *assetDraft) bool {
		n := gn.countIn(g.quantity)
		// a figure in digits is a force counted ("10 submarines"); words
		// more often give a rough size ("six or seven warships")
		if n < 2 || !strings.ContainsAny(g.quantity, "0123456789") || strings.Contains(g.quantity, " or ") {
			return false
		}
		named := 0
		for _, d := range gn.assets {
			if d.kind != "generic" && gn.sameKind(d, g) {
				// the noun beside a named one speaks of it
				if gn.sameSentence(d, g) {
					return false
				}
				named++
			}
		}
		return n > named
	}
	kept := gn.assets[:0]
	for _, d := range gn.assets {
		if d.kind == "generic" && covered(d) && !outnumbers(d) {
			delete(gn.assetKeys, d.key)
			continue
		}
		kept = append(kept, d)
	}
	gn.assets = kept
	for _, d := range gn.assets {
		if d.parent != nil && gn.assetKeys[d.parent.key] == nil {
			d.parent = nil
		}
	}
}

// coversCategory reports a generic noun's category that names assets of
// category specific too: "helicopter" an attack helicopter, "missile" a
// cruise missile, "warship" a frigate.
func (c *mentionCtx) coversCategory(category, specific string) bool {
	return category == specific || strings.HasSuffix(specific, " "+category) ||
		category == "warship" && c.lexicon.shipCategory(specific)
}

// anotherOne reports generic g introduced as a further one beside named
// d: "Russia's Ivanovets missile ship … and a Russian corvette" is two
// ships; "USS Carney, a destroyer," is one.
func (gn *genericStage) anotherOne(g, d *assetDraft) bool {
	for _, m := range g.mentions {
		art := m.first - 1
		for art > 0 && gn.isDemonym(art) {
			art-- // "a Russian corvette"
		}
		if art < 0 {
			continue
		}
		switch gn.lowerWord(art) {
		case "a", "an", "another":
		default:
			continue
		}
		for _, n := range d.mentions {
			if gn.sentenceAt[n.first] != gn.sentenceAt[m.first] {
				continue
			}
			if n.last == art-1 && gn.gapHas(art, gapComma) {
				return false // apposition: the named one described
			}
			return true
		}
	}
	return false
}

// sameKind reports a named asset d of the kind generic g names: its
// category, any ship for "warship", any missile for "missile".
func (gn *genericStage) sameKind(d, g *assetDraft) bool {
	return d.category == g.category || g.category == "warship" && gn.lexicon.shipCategory(d.category) ||
		g.category == "missile" && strings.HasSuffix(d.category, "missile")
}

// sameSentence reports two assets named in one sentence somewhere.
func (gn *genericStage) sameSentence(d, g *assetDraft) bool {
	for _, m := range d.mentions {
		for _, n := range g.mentions {
			if gn.sentenceAt[m.first] == gn.sentenceAt[n.first] {
				return true
			}
		}
	}
	return false
}

// countIn reads the first count in a quantity ("at least 10", "two"),
// 0 when there is none.
func (gn *genericStage) countIn(quantity string) int {
	for _, w := range strings.Fields(strings.ToLower(quantity)) {
		if n, ok := gn.g.questions.countValue(w); ok {
			return n
		}
	}
	return 0
}

// plural reports a generic asset written in the plural every time
// ("uncrewed surface vessels"): a force of its own, not the one ship
// named elsewhere.
func (gn *genericStage) plural(g *assetDraft) bool {
	for _, m := range g.mentions {
		if w := gn.lowerWord(m.last); !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return len(g.mentions) > 0
}

// describedAs reports a named asset written once with the generic's
// words after its name ("two F-15 fighter jets"): the generic alone
// ("Japan scrambled fighter jets") then speaks of it, however far.
func (gn *genericStage) describedAs(d, g *assetDraft) bool {
	for _, md := range d.mentions {
		for _, mg := range g.mentions {
			n := mg.last - mg.first + 1
			if md.last-md.first+1 <= n {
				continue
			}
			same := true
			for k := 0; k < n && same; k++ {
				wd, wg := &gn.words[md.last-k], &gn.words[mg.last-k]
				same = wd.id >= 0 && wd.id == wg.id
			}
			if same {
				return true
			}
		}
	}
	return false
}

// near reports two assets named within a sentence of each other
// somewhere in the document.
func (gn *genericStage) near(d, g *assetDraft) bool {
	for _, m := range d.mentions {
		s := gn.sentenceAt[m.first]
		for _, n := range g.mentions {
			if t := gn.sentenceAt[n.first]; t >= s-1 && t <= s+1 {
				return true
			}
		}
	}
	return false
}
