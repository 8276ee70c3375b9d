package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// attributeStage infers each asset's side, status, quantity, location
// and parent from the words around its mentions. It reads the window
// (words, sentences, the gazetteer's matches, the lexicon's cue words)
// and the mention state (assets, actors, states, places); it sets the
// assets' attributes. It asks the question stage whether a sentence
// leaves what it says open (sentenceOpen, whose places are no
// locations), and remembers each word's status cue in the cue memo.
type attributeStage struct {
	mentionCtx
	cues         *cueMemo         // wordStatus: each word's status cue, for the window
	sentenceOpen func(s int) bool // questionStage.sentenceOpen
	ordered      []orderedMention // mentionsInOrder's buffer
	sideScratch  sideScratch      // forcesOfStates' list for one sentence
}

// inferAssetAttributes sets side, status, quantity, location and parent
// from the words around each mention.
func (as *attributeStage) inferAssetAttributes() {
	as.sideScratch.valid = false // a new window
	ordered := as.mentionsInOrder()
	for _, om := range ordered {
		d, m := om.asset, om.words
		s := int(as.sentenceAt[m.first])
		sFirst, sLast := as.wordsOfSentence(s)
		if d.parent == nil {
			d.parent = as.parentOf(d, m, sFirst)
		}
		if foe, ok := as.actingParty(m, sFirst); ok && !slices.Contains(d.foes, foe) {
			d.foes = append(d.foes, foe)
		}
		if side, ok := as.adjacentSide(m, sFirst); ok && d.sideRank > sideAdjacent {
			d.side, d.sideRank = side, sideAdjacent
		}
		// "a missile launched by Houthi forces"; "drones shot down by the IDF"
		after, adversary := as.sideAfter(m, sLast)
		if after != "" && d.sideRank > sideAdjacent {
			d.side, d.sideRank = after, sideAdjacent
		}
		// "the sale of 40 F-16 jets to Turkey": the one handed them
		// operates them, whoever made or sold them
		if to, ok := as.recipientSide(m, sFirst, sLast); ok && d.sideRank >= sideAdjacent {
			d.side, d.sideRank = to, sideAdjacent
		} else if buyer, ok := as.buyerSide(m, sFirst, sLast); ok && d.sideRank >= sideAdjacent {
			d.side, d.sideRank = buyer, sideAdjacent
		}
		if d.sideRank > sideInSentence && !as.lexicon.HiddenOwnerCategories[d.category] {
			if side, rank, ok := as.sentenceSide(d, m, sFirst, sLast, adversary); ok && rank < d.sideRank {
				d.side, d.sideRank = side, rank
			}
		}
		if st, ok := as.statusNear(m, sFirst, sLast); ok && statusOutranks(st, d.status) && !as.titleCaseHeading(m.first) {
			d.status = st
		}
		if d.quantity == "" {
			d.quantity = as.quantityBefore(m, sFirst)
		}
		// "Norwegian quick reaction alert": the owner as written, an alias
		if d.kind == "generic" && m.first > 0 && as.isDemonym(m.first-1) && as.words[m.first].soft {
			d.surfaces.add(oneLine(as.spanText(m.first-1, m.last)), as.normName)
		}
		if d.location == "" && !as.hedged(s) {
			d.location = as.locationAfter(m, sLast) // not "whether it would head toward X"
		}
	}
	// what the words did not say: inherit, then fall back on the gazetteer
	var prev *assetDraft
	for k, om := range ordered {
		d := om.asset
		if d.parent != nil && d.parent.sideRank < sideUnknown && d.sideRank > sideFromParent {
			d.side, d.sideRank = d.parent.side, sideFromParent
		}
		if d.sideRank > sideInDocument {
			if side, ok := as.documentSide(d); ok && as.mayOwn(d, side) {
				d.side, d.sideRank = side, sideInDocument
			}
		}
		// a platform sold to many states, none of which the document
		// names ("a marine Black Hawk" in a report on Mexico), is read as
		// one the gazetteer knows no operators of, before its maker is
		// guessed below
		unowned := len(d.operators) == 0 || len(d.operators) >= widelyExported && d.sideRank > sideInDocument
		// (a mine is laid by someone the words beside it did not name)
		unowned = unowned && !as.lexicon.HiddenOwnerCategories[d.category]
		if d.sideRank > sideFromNeighbour && unowned {
			if side, ok := as.listedSide(ordered, k); ok && as.mayOwn(d, side) {
				d.side, d.sideRank = side, sideFromNeighbour
			} else if prev != nil && prev.side != "" && as.mayOwn(d, prev.side) {
				d.side, d.sideRank = prev.side, sideFromNeighbour
			}
		}
		if d.sideRank > sideFromContext && unowned {
			if side, ok := as.contextSide(d, om.words); ok {
				d.side, d.sideRank = side, sideFromContext
			}
		}
		if d.sideRank > sideFromGazetteer && len(d.operators) > 0 {
			d.side, d.sideRank = d.operators[0], sideFromGazetteer
		}
		if d.status == "" {
			switch {
			case d.parent != nil && d.parent.status != "":
				d.status = d.parent.status
			case prev != nil && prev.status != "" && om.words.first > 0:
				d.status = prev.status
			}
		}
		if d.side != "" || d.status != "" {
			prev = d
		}
	}
}

type orderedMention struct {
	asset *assetDraft
	words wordRange
}

func (as *attributeStage) mentionsInOrder() []orderedMention {
	out := as.ordered[:0]
	for _, d := range as.assets {
		for _, m := range d.mentions {
			out = append(out, orderedMention{d, m})
		}
	}
	slices.SortFunc(out, func(x, y orderedMention) int { return x.words.first - y.words.first })
	as.ordered = out
	return out
}

// adjacentSide reads a state, demonym or armed group right before the
// mention ("American F-35s", "Iran's ballistic missiles", "the Russian
// frigate") or right after it ("F-15 American aircraft").
func (as *attributeStage) adjacentSide(m wordRange, sFirst int) (string, bool) {
	// a demonym right before may name the maker ("SAF's Turkish Akinci"):
	// an owner in the possessive before it wins
	near, nearAt := "", -1
	lim := m.first - 4
	for j := m.first - 1; j >= sFirst && j >= lim; j-- {
		// "U.S. destroyer": the period of an abbreviation ends nothing
		if as.gapHas(j+1, gapClause|gapBracket) || as.gapHas(j+1, gapPeriodSpace) && as.words[j].end-as.words[j].start > 1 {
			break
		}
		// "Sudanese Army Downs Drones", "the army downed drones": a party
		// acting on them, which the sentence's rules weigh
		if near == "" && as.inSet(j, setTargetVerb) && !as.taken[j] {
			break
		}
		// "the Shining Path guerrilla and a military patrol": a party of
		// another noun phrase; but "45 Chinese military aircraft and nine
		// warships" lists assets one owner has
		if w := as.lowerWord(j); near == "" && (w == "and" || w == "or") {
			ref, listed := as.assetEnd.get(j - 1)
			if w := as.lowerWord(j - 1); !listed && j > 1 && !as.words[j-1].cap && !as.gapHas(j-1, gapClause) && len(w) > 3 && strings.HasSuffix(w, "s") {
				// "F-16 jets and Apache helicopters": a type and its noun
				ref, listed = as.assetEnd.get(j - 2)
			}
			if !listed {
				break
			}
			// past the listed asset: "Egyptian army F-16 jets and Apache
			// helicopters" are the army's both
			if ref.asset != nil && ref.mention < len(ref.asset.mentions) {
				if first := ref.asset.mentions[ref.mention].first; first < j && first > sFirst {
					j, lim = first, first-4 // the loop steps to the word before it
				}
			}
			continue
		}
		if side, ok := as.stateAt(j); ok {
			if as.madeIn(j) {
				continue // "Chinese-built J-10C" names the maker, not the side
			}
			// "killed in northern Colombia drone and mortar attack": the
			// place of the attack, not the drones' owner
			if !as.isDemonym(j) && !as.words[j].possessive && as.placeAfterPreposition(j, sFirst) {
				break
			}
			// ("Turkey Shoots Down Russian Su-24": a verb between, and the
			// state before it is the other party)
			if near != "" && as.verbWithin(j+1, nearAt-1) {
				return near, true
			}
			if as.words[j].possessive || near != "" {
				return side, true
			}
			near, nearAt = side, j
			continue
		}
		// "Philippine Navy RHIBs", "the Syrian military's air defences": the
		// organisation's country
		if d := as.actorOf(j); d != nil && !as.targetMention(j) && !as.maker(d) {
			if side, ok := bodySide(d); ok {
				return side, true
			}
		}
		// "the Army's 6th Infantry Division": the one army the document
		// names with its country ("the Philippine Army")
		if j == m.first-1 && as.words[j].possessive {
			if side, ok := as.soleBodyNamed(as.lowerWord(j)); ok {
				return side, true
			}
		}
		// "army trucks": the forces of the state the report is about
		if j == m.first-1 && !as.taken[j] {
			if side, ok := as.homeForcesSide(j); ok {
				return side, true
			}
		}
		// "Israel said … after its paratroops and commandos launched
		// raids": the possessive stands for the party the sentence opens with
		if w := as.lowerWord(j); (w == "its" || w == "their") && near == "" {
			if side, ok := as.openingParty(sFirst, j); ok {
				return side, true
			}
		}
		if as.taken[j] && !as.isGenericWord(j) || as.is(j, lexSpeech|lexStatus|lexLink) || as.clauseWord(j) {
			break // "Greece watched as the drones …": another clause's party
		}
	}
	if near != "" {
		return near, true
	}
	// "a military patrol": the asset's own word for those forces
	if side, ok := as.homeForcesSide(m.first); ok && m.first < m.last {
		return side, true
	}
	if j := m.last + 1; j < len(as.words) && as.words[j].soft && !as.gapHas(j, gapClause) {
		if side, ok := as.stateAt(j); ok && as.isDemonym(j) {
			return side, true
		}
	}
	return "", false
}

// sentenceSide picks the operator named nearest before the mention in
// its sentence (after it when none is before); for a platform the
// gazetteer knows, only its operators count.
func (as *attributeStage) sentenceSide(d *assetDraft, m wordRange, sFirst, sLast int, adversary string) (string, int, bool) {
	best, bestDist, bestRank := "", 1<<30, sideInSentence
	from := sort.Search(len(as.states), func(i int) bool { return as.states[i].first >= sFirst })
	for _, s := range as.forcesOfStates(as.states[from:], sFirst, sLast) {
		if s.first > sLast {
			break
		}
		// a type sold to many states has buyers the gazetteer does not list:
		// a state that buys, deploys or flies it in the clause is one
		// ("Switzerland will buy the Patriot", "the RSAF deployed two
		// F-16s"); a rarer one's operators are the ones it knows
		unlisted := len(d.operators) > 0 && !slices.Contains(d.operators, s.state)
		if unlisted && (len(d.operators) < widelyExported || !as.clauseHasWord(s.last, m.first, as.lexicon.OperatorVerbs)) {
			continue
		}
		if s.last > sLast || as.madeIn(s.last) {
			continue
		}
		// "an attack on Israel", "US forces destroyed two drones", "shot
		// down by the IDF", "the Houthis opened fire on the helicopters":
		// the party acts on the asset, not with it
		if s.state == adversary || as.targetMention(s.first) || s.last < m.first && (!as.operatesWith(s, m) || as.betweenSides(s.first, s.last, m.first)) {
			continue
		}
		// "the operations in Lebanon … involved the 98th division": a
		// state named as the place is not the operator
		if s.form != formDemonym && as.placeAfterPreposition(s.first, sFirst) {
			continue
		}
		dist := m.first - s.last
		if dist < 0 {
			if len(d.operators) == 0 {
				continue // "… which could help protect Israel" names no operator
			}
			// "… strafed the region, which lies between Israel and the
			// canal": a place's bounds after the mention
			if s.first > sFirst && as.lowerWord(s.first-1) == "between" {
				continue
			}
			dist = s.first - m.last + 50 // after the mention: a weaker clue
		}
		if dist < bestDist {
			best, bestDist, bestRank = s.state, dist, sideInSentence
			if s.form == formForce {
				bestRank = sideFromForce
			}
		}
	}
	return best, bestRank, best != ""
}

// parentOf finds the asset that contains this one: an asset before it
// in the sentence followed at once by a linking word ("the strike group
// includes destroyers equipped with Tomahawk missiles and Aegis").
func (as *attributeStage) parentOf(d *assetDraft, m wordRange, sFirst int) *assetDraft {
	for j := m.first - 1; j >= sFirst && j >= m.first-12; j-- {
		p := as.ownerEnds(j)
		if p == nil || p == d {
			continue
		}
		link := j + 1
		if end, ok := as.absorbed.get(j); ok {
			link = end + 1
		}
		if as.lowerWord(link) == "including" || as.is(link, lexLink) && as.lowerWord(link-1) != "along" && !strings.Contains(as.gapText(link), ",") {
			// "struck the destroyer with missiles": the attacker's weapons,
			// not the destroyer's
			if as.canCarry(p.category) && link < m.first && !as.attackedBefore(j, sFirst) {
				return p
			}
		}
	}
	return nil
}

// betweenSides reports a party at words first..last and a mention at m
// named as the two sides of "between X and Y": "a clash between the
// Shining Path and a military patrol" sets them against each other.
func (as *attributeStage) betweenSides(first, last, m int) bool {
	and := -1
	for k := last + 1; k < m; k++ {
		if as.gapHas(k, gapClause|gapPeriod) {
			return false
		}
		if as.lowerWord(k) == "and" {
			and = k
		}
	}
	if and < 0 {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		if as.lowerWord(k) == "between" {
			return true
		}
		if as.gapHas(k+1, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}

// bodySide is the side an actor named beside an asset gives it: an
// armed group its own name, an organisation its country.
func bodySide(d *actorDraft) (string, bool) {
	switch {
	case d == nil:
		return "", false
	case d.kind == briefing.Group:
		return d.name, true
	case d.kind == briefing.Organization && d.affiliation != "":
		return d.affiliation, true
	}
	return "", false
}

// maker reports an organisation the gazetteer lists as a company: before
// an asset ("Northrop Grumman F-5E/F Tiger II") it names the maker, not
// the operator.
func (as *attributeStage) maker(d *actorDraft) bool {
	k, ok := as.ix.organizations.get(as.normKey(d.name))
	return ok && as.g.Organizations[k].Category == "company"
}

// ownerEnds returns the asset with a mention ending at word j.
func (as *attributeStage) ownerEnds(j int) *assetDraft {
	if e, ok := as.assetEnd.get(j); ok {
		return e.asset
	}
	return nil
}

// canCarry reports a category whose assets can carry others: ships,
// aircraft and the carrier categories of the lexicon.
func (as *attributeStage) canCarry(category string) bool {
	return as.lexicon.shipCategory(category) || as.lexicon.CarrierCategories[category] || strings.HasSuffix(category, "aircraft")
}

// hedged reports a sentence that leaves something open, whose places
// are possibilities rather than facts.
func (as *attributeStage) hedged(s int) bool { return as.sentenceOpen(s) }
