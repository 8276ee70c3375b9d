package extract

// setBit names one of the word lists the mention and attribute rules
// test a window's words against most often (list[lowerWord(i)], a
// string hash each time; the attributes ask it of up to twelve words
// before every mention). One table holds them all (Gazetteer.wordSets):
// a word is looked up there once per window and what lists hold it is
// remembered (textView.inSet), so the later tests are bit tests.
type setBit uint64

const (
	setTargetVerb setBit = 1 << iota
	setTargetPrep
	setHeldBy
	setTransfer
	setBuy
	setBuyerGap
	setSidePhrase // the first word of an operator, origin, adversary or recipient phrase
	setUnitModifier
	setPassiveMarker
	setMonth
	setMakerWord
	setNameParticle
	setPlaceNameOpener
	setNameArticle
	setPersonNoun
	setGroupStarter
	setTypeNounModifier
	setSpeechVerb
	setAuthorityNoun
	setNumberWord
	setStateForceBody

	// setsLookedUp marks a word whose lists are known (see inSet).
	setsLookedUp setBit = 1 << 63
)

// newWordSets builds the table of the lists above.
func newWordSets(g *Gazetteer) wordMap[setBit] {
	l, s := g.lexicon, g.sides
	lists := []struct {
		words map[string]bool
		bit   setBit
	}{
		{s.targetVerb, setTargetVerb}, {s.targetPrep, setTargetPrep}, {s.heldBy, setHeldBy},
		{s.transfer, setTransfer}, {s.buy, setBuy}, {s.buyerGap, setBuyerGap},
		{g.units.modifier, setUnitModifier}, {l.PassiveMarkers, setPassiveMarker}, {l.Months, setMonth},
		{l.MakerWords, setMakerWord}, {l.NameParticles, setNameParticle}, {l.PlaceNameOpeners, setPlaceNameOpener},
		{l.NameArticles, setNameArticle}, {l.PersonNouns, setPersonNoun}, {l.GroupStarters, setGroupStarter},
		{l.TypeNounModifiers, setTypeNounModifier}, {l.SpeechVerbs, setSpeechVerb}, {l.AuthorityNouns, setAuthorityNoun},
		{l.NumberWords, setNumberWord}, {l.StateForceBodies, setStateForceBody},
	}
	bits := map[string]setBit{}
	for _, list := range lists {
		for w, in := range list.words {
			if in {
				bits[w] |= list.bit
			}
		}
	}
	for _, phrases := range []phraseSet{s.operator, s.origin, s.adversary, s.recipient} {
		for w := range phrases {
			bits[w] |= setSidePhrase
		}
	}
	return newWordMap(bits)
}

// inSet reports word i, lower-cased, in any of the lists b; false for
// no word (lowerWord's "", which no list holds).
func (t *textView) inSet(i int, b setBit) bool {
	if i < 0 || i >= len(t.words) {
		return false
	}
	known := &t.setMemo[i]
	if *known == 0 {
		bits, _ := t.sets.get(t.lowerWord(i))
		*known = bits | setsLookedUp
	}
	return *known&b != 0
}
