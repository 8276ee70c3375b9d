package extract

import "strings"

// lexicon lists the word sets behind each flag: the lexicon's lists and
// the words of the question cues.
func lexicon(g *Gazetteer) map[lex]lexiconSet {
	l := g.lexicon
	status := lexiconSet{}
	for w := range l.statusOf {
		status[w] = true
	}
	cues := lexiconSet{}
	for w := range g.questions.keys {
		cues[w] = true
	}
	for w := range g.questions.byFirst {
		cues[w] = true // in the vocabulary, for cueStartBit
	}
	for _, h := range g.units.heads {
		cues[h.words[0]] = true     // in the vocabulary, for unitWords
		cues[h.words[0]+"s"] = true // "three battalions"
	}
	for w := range g.units.order {
		cues[w] = true
	}
	for w := range l.GroupNouns {
		cues[w] = true // in the vocabulary, for groupNounWord
	}
	for w := range l.IntroducedGroupNouns {
		cues[w] = true // in the vocabulary, for introducedGroupWord
	}
	for w := range l.HomeRulers {
		cues[w] = true // in the vocabulary, for homeRulerWord
	}
	for w := range l.HomeForces {
		first, _, _ := strings.Cut(w, " ")
		cues[first] = true // in the vocabulary, for homeForceWord
	}
	for w := range l.ForceNouns {
		cues[w] = true // in the vocabulary, for forceNounWord
	}
	for _, w := range g.questions.hearsayWords {
		cues[w] = true // in the vocabulary, for hearsayWord
	}
	return map[lex]lexiconSet{
		lexNotName: l.NotNameWords, lexParticle: l.NameParticles, lexInstitutionHead: l.InstitutionHeads,
		lexInstitutionStart: l.InstitutionStarts, lexSpeech: l.SpeechVerbs, lexLink: l.LinkWords,
		lexNumber: l.NumberWords, lexQualifier: l.QuantityQualifiers, lexUnit: l.QuantityUnits,
		lexLocation: l.LocationPrepositions, lexDirection: l.DirectionWords, lexCollective: l.CollectiveNouns,
		lexRoleNoun: l.RoleNouns, lexStatus: status, lexCue: cues,
	}
}
