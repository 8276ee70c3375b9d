package extract

// setBit names one of the word lists the mention and attribute rules
// test a window's words against most often (list[lowerWord(i)], a
// string hash each time; the attributes ask it of up to twelve words
// before every mention). One table holds them all (Gazetteer.wordSets);
// the tokenizer reads a word's lists with its vocabulary entry, through
// its cache, so that a test is a bit test on the word (inSet). Sixteen
// bits, so that a word stays 28 bytes and a cache entry 32.
type setBit uint16

const (
	setTargetVerb setBit = 1 << iota
	setTargetPrep
	setTransfer
	setBuy
	setBuyerGap
	setSidePhrase // the first word of an operator, origin, adversary or recipient phrase
	setUnitModifier
	setNameParticle
	setNameArticle
	setPersonNoun
	setGroupStarter
	setGivenName // tested at every capital
	setSpeechVerb
	setContrast // the question lexicon's contrast_words ("but", "however")
	setNumberWord
	setStateForceBody
)

// newWordSets builds the table of the lists above.
func newWordSets(g *Gazetteer) wordMap[setBit] {
	l, s := g.lexicon, g.sides
	lists := []struct {
		words map[string]bool
		bit   setBit
	}{
		{s.targetVerb, setTargetVerb}, {s.targetPrep, setTargetPrep},
		{s.transfer, setTransfer}, {s.buy, setBuy}, {s.buyerGap, setBuyerGap},
		{g.units.modifier, setUnitModifier}, {l.NameParticles, setNameParticle},
		{l.NameArticles, setNameArticle}, {l.PersonNouns, setPersonNoun}, {l.GroupStarters, setGroupStarter},
		{l.GivenNames, setGivenName}, {l.SpeechVerbs, setSpeechVerb},
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
	q := &g.questions.words
	for i, w := range q.keys {
		if w != "" && q.vals[i].sets&g.questions.contrast.bit != 0 {
			bits[w] |= setContrast
		}
	}
	return newWordMap(bits)
}

// wordLists are the tables the tokenizer reads a word's lists from,
// beside the vocabulary: the rules' (Gazetteer.wordSets) and the
// question lexicon's words (its slot there, see word.qslot).
type wordLists struct {
	sets      *wordMap[setBit]
	questions *wordTable
}

// of returns the lists of the lower-case word w and its word.qslot.
func (l wordLists) of(w string) (setBit, uint16) {
	sets, _ := l.sets.get(w)
	return sets, uint16(l.questions.slot(w) + 1)
}

// inSet reports word i, lower-cased, in any of the lists b; false for
// no word (lowerWord's "", which no list holds).
func (t *textView) inSet(i int, b setBit) bool {
	return i >= 0 && i < len(t.words) && t.words[i].sets&b != 0
}
