package extract

// lex flags the roles a common word plays for the rules ("said" is a
// verb of speech, "the" never starts a name). Each word's flags are
// found with the same vocabulary lookup that matching already does, so
// a rule's test costs a bit operation instead of a map lookup.
type lex uint16

const (
	lexNotName lex = 1 << iota
	lexParticle
	lexInstitutionHead
	lexInstitutionStart
	lexSpeech
	lexLink
	lexNumber
	lexQualifier
	lexUnit
	lexLocation
	lexDirection
	lexCollective
	lexRoleNoun
	lexStatus
	lexCue // a word that marks a question cue (see qlexicon.keys)

	// lexBeginsForm marks a word (or its singular) that begins a
	// gazetteer form: set from the trie, not from the lexicon's lists.
	lexBeginsForm
)

// lexicon lists the word sets behind each flag.
func lexicon(g *Gazetteer) map[lex]map[string]bool {
	status := map[string]bool{}
	for w := range statusCues {
		status[w] = true
	}
	cues := map[string]bool{}
	for w := range g.questions.keys {
		cues[w] = true
	}
	for w := range g.questions.byFirst {
		cues[w] = true // in the vocabulary, for cueStartBit
	}
	for _, h := range g.units.heads {
		cues[h.words[0]] = true // in the vocabulary, for unitWords
	}
	for w := range g.units.order {
		cues[w] = true
	}
	return map[lex]map[string]bool{
		lexNotName: notNameWords, lexParticle: nameParticles, lexInstitutionHead: institutionHeads,
		lexInstitutionStart: institutionStarts, lexSpeech: speechVerbs, lexLink: linkWords,
		lexNumber: numberWords, lexQualifier: quantityQualifiers, lexUnit: quantityUnits,
		lexLocation: locationPrepositions, lexDirection: directionWords, lexCollective: collectiveNouns,
		lexRoleNoun: roleNouns, lexStatus: status, lexCue: cues,
	}
}

// is reports whether word i has any of the flags.
func (a *analysis) is(i int, f lex) bool {
	return i >= 0 && i < len(a.words) && a.words[i].lex&f != 0
}
