package extract

import "github.com/briefing-tools/briefing/internal/briefing"

// findNamedForces finds men under arms that reporting names by the side
// they serve ("NATO forces", "junta troops", "the Rwandan contingent") or
// counts where they are in play ("Brazil will send an additional 2,000
// troops", "hundreds of troops have been deployed"): assets of that
// side, one per side, beside the demonym's ("Turkish troops").
func (gs *groupStage) findNamedForces() {
	for i := 1; i < len(gs.words); i++ {
		if gs.words[i].cap || !gs.unitWord(i, forceNounWord) || !gs.free(i, i) {
			continue
		}
		if side, first, ok := gs.servedBefore(i); ok {
			gs.addForces(side, first, i, i, "named-forces")
			continue
		}
		// counted: a state's troops, in play, not its dead ("50 soldiers
		// were killed"); fighters and militants a count gives are no side's
		if first, ok := gs.countBefore(i); ok && gs.lexicon.forceOf[gs.lowerWord(i)] != "" && gs.deployedAt(first, i) && !gs.casualtyAfter(i) {
			if side := gs.clauseSide(first); side != "" {
				gs.addForces(side, first, first, i, "counted-forces")
			}
		}
	}
}

// addForces adds the force noun at i, named from word from, as an asset
// of side (its mention starts at first).
func (gs *groupStage) addForces(side string, from, first, i int, rule string) {
	force := gs.lexicon.forceOf[gs.lowerWord(i)]
	if force == "" {
		force = "troops"
	}
	name := oneLine(gs.spanText(from, i))
	gs.addAsset("forces:"+side+"/"+force, first, i, name, func(d *assetDraft) {
		d.name, d.kind, d.category, d.domain = name, "unit", "military unit", briefing.Land
		d.side, d.sideRank = side, sideAdjacent
		d.why.Rule = rule
	})
}

// servedBefore reads the side named just before the force noun at i: a
// state ("junta forces", "Rwandan contingent") or an international body
// ("NATO forces", "UN troops").
// It returns the side and the first word of its name.
func (gs *groupStage) servedBefore(i int) (string, int, bool) {
	if gs.gapText(i) != " " {
		return "", 0, false
	}
	d := gs.actorOf(i - 1)
	if d == nil {
		return "", 0, false
	}
	// (an armed group's or a military's own "fighters" and "troops" are
	// that actor, not an asset of it)
	switch d.kind {
	case briefing.State:
	case briefing.Organization:
		k, ok := gs.ix.organizations.get(gs.normKey(d.name))
		if !ok || gs.g.Organizations[k].Category != "international" {
			return "", 0, false
		}
	default:
		return "", 0, false
	}
	first := i - 1
	for first > 0 && gs.actorOf(first-1) == d && gs.gapText(first) == " " {
		first--
	}
	return d.name, first, true
}

// countBefore finds the count of the force noun at i: "2,000 troops",
// "an additional 2,000 troops", "about 100 armed fighters", "hundreds of
// troops". It returns the count's first word.
func (gs *groupStage) countBefore(i int) (int, bool) {
	j := i - 1
	for k := 0; k < 2 && j > 0 && gs.lexicon.ForceCountModifiers[gs.lowerWord(j)]; k++ {
		j--
	}
	if gs.lowerWord(j) == "of" && j > 0 {
		j-- // "hundreds of troops"
	}
	if j < 0 || gs.gapHas(j+1, gapClause|gapPeriod) || !gs.words[j].digit && !gs.is(j, lexNumber) {
		return 0, false
	}
	for j > 0 && gs.words[j].digit && gs.words[j-1].digit && gs.gapText(j) == "," {
		j-- // "2,000"
	}
	return j, true
}

// clauseSide is the side of troops counted at word first: a state named
// before them in the sentence ("Turkey has deployed hundreds of troops",
// not the PKK it fights), else a body's state ("the army sent 500
// soldiers"), else the home state.
func (gs *groupStage) clauseSide(first int) string {
	body := ""
	for j := first - 1; j >= 0 && gs.sentenceAt[j] == gs.sentenceAt[first]; j-- {
		switch d := gs.actorOf(j); {
		case d == nil:
		case d.kind == briefing.State:
			return d.name
		case d.kind == briefing.Organization && d.affiliation != "" && body == "":
			body = d.affiliation
		}
	}
	if body != "" {
		return body
	}
	if k := gs.home(); k >= 0 {
		return gs.g.States[k].Name
	}
	return ""
}

// casualtyAfter reports troops counted as losses: a casualty word in the
// few words after them ("50 soldiers were killed", "six soldiers dead").
func (gs *groupStage) casualtyAfter(i int) bool {
	for j := i + 1; j < len(gs.words) && j <= i+3; j++ {
		if gs.gapHas(j, gapClause|gapPeriod) {
			return false
		}
		if gs.lexicon.CasualtyWords[gs.lowerWord(j)] {
			return true
		}
	}
	return false
}
