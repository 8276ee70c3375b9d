package extract

// The verbs between a party and an asset in a sentence, which say
// whether the party acts with the asset, on it, or owns it.

// operatesWith reports whether a party named before an asset's mention
// in its sentence can be its operator, reading the verb of attack
// between them: "US forces destroyed two drones" (the drones are the
// target: no), "the Houthis opened fire on the helicopters" (no),
// "the Houthis struck the American destroyer with missiles" (the
// missiles are the Houthis' instrument: yes for the Houthis, no for
// "American", which names the target).
func (as *attributeStage) operatesWith(s stateMention, m wordRange) bool {
	verb, instrument := -1, false
	for j := m.first - 1; j >= 0; j-- {
		if as.gapHas(j+1, gapClause|gapPeriod) {
			break
		}
		switch w := as.lowerWord(j); {
		case w == "with" || w == "using":
			instrument = verb < 0 || instrument
		case as.inSet(j, setTargetVerb) && verb < 0:
			verb = j
		}
		if verb >= 0 && j <= s.first {
			break
		}
	}
	switch {
	case verb < 0:
		// "… opened fire on the helicopters"
		return !(as.targetMention(m.first) && as.sameClause(s.last, m.first))
	case verb > s.last:
		return instrument // the attacker's weapon, or its target
	default:
		return !instrument // inside the target: "struck the American destroyer with drones"
	}
}

// clauseWord reports a word that sets its own clause apart from what
// follows: a verb in the past or a subordinating word.
func (as *attributeStage) clauseWord(j int) bool {
	w := as.lowerWord(j)
	switch w {
	case "as", "that", "which", "while", "when", "after", "before", "if", "who", "where":
		return true
	}
	if as.words[j].cap {
		return false
	}
	_, past := as.g.verbs.pastBase(w)
	return past
}

// sameClause reports no clause break between words i and j (i < j).
func (as *attributeStage) sameClause(i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if as.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return true
}

// verbWithin reports a verb among words from..to, in any case: a
// headline's "Shoots" as much as a sentence's "shoots".
func (as *attributeStage) verbWithin(from, to int) bool {
	for j := from; j <= to; j++ {
		w := as.lowerWord(j)
		if _, ok := as.g.verbs.thirdBase(w); ok {
			return true
		}
		if _, ok := as.g.verbs.pastBase(w); ok {
			return true
		}
	}
	return false
}

// actingParty is the party a sentence shows acting on the asset
// mentioned at m: "The army shot down drones", "Sudanese Army Downs
// Drones" (a verb of attack, then the party before it, in the clause).
func (as *attributeStage) actingParty(m wordRange, sFirst int) (string, bool) {
	for k := m.first - 1; k >= sFirst && k >= m.first-4; k-- {
		if as.gapHas(k+1, gapClause|gapPeriod) {
			return "", false
		}
		if !as.inSet(k, setTargetVerb) {
			continue
		}
		for j := k - 1; j >= sFirst && j >= k-4; j-- {
			if as.gapHas(j+1, gapClause|gapPeriod) {
				return "", false
			}
			if side, ok := as.stateAt(j); ok {
				return side, true
			}
			if side, ok := bodySide(as.actorOf(j)); ok {
				return side, true
			}
		}
		return "", false
	}
	return "", false
}

// attackedBefore reports a verb of attack before word j in its clause:
// what follows it is a target.
func (as *attributeStage) attackedBefore(j, sFirst int) bool {
	for k := j; k >= sFirst; k-- {
		if as.inSet(k, setTargetVerb) {
			return true
		}
		if as.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}
