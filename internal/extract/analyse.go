package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
	"github.com/briefing-tools/briefing/internal/fold"
	"github.com/briefing-tools/briefing/internal/sentence"
)

// analysis is the working state for one document: its words, gazetteer
// matches and sentences, and the items found so far.
type analysis struct {
	g       *Gazetteer
	ix      *index
	lexicon *lexiconData // the rules' word lists
	doc     *briefing.Document
	text    string
	lower   string      // text folded by fold.Lower, same offsets
	folded  fold.Buffer // holds lower

	words []word
	// capitals lists the words that begin with a capital or are written
	// in capitals: the only words a name can start at, a small part of
	// the text, so the rules looking for names walk this list.
	capitals  []int32
	matches   []match
	sentences []sentence.Range
	// sentenceWords holds each sentence's words; sentenceAt each word's
	// sentence (the one it starts in, else the one before).
	sentenceWords []wordRange
	sentenceAt    []int32
	// taken marks words already part of an item mention.
	taken []bool
	// at maps a word to the match that starts there, or -1.
	at []int

	actors    []*actorDraft
	actorPool pool[actorDraft]
	assetPool pool[assetDraft]
	actorKeys map[string]*actorDraft
	assets    []*assetDraft
	assetKeys map[string]*assetDraft
	// places and states seen, by first word, for locations and sides.
	places []placeMention
	states []stateMention
	ranks  []rankMention
	// genericMentions wait until specific assets are known.
	genericMentions []genericMention
	// absorbed maps the last word of a mention to the last word of the
	// noun it swallowed ("Arleigh Burke-class" → "destroyers").
	absorbed indexByWord

	// word-indexed views of the mentions found so far
	stateWord   indexByWord // word → index in states
	actorWord   byWord[*actorDraft]
	actorStart  byWord[*actorDraft]
	assetEnd    byWord[mentionRef]
	genericWord byWord[bool]
	endAt       indexByWord // last word of a gazetteer match → match
	rankStart   indexByWord // first word → index in ranks
	placeStart  indexByWord // first word → index in places
	stateStart  indexByWord // first word → index in states
	statesSeen  map[string]bool

	wordCache wordCache // recent vocabulary look-ups
	names     memo      // normalizeName, remembered across documents
	keys      memo      // normalizeKey, likewise

	// later short mentions of people and ships (see shortForms)
	surnameForms shortForms[*actorDraft]
	shipForms    shortForms[*assetDraft]

	// mentionIdx lists every mention by position, for the questions.
	mentionIdx   []mentionAt
	mentionCount []int32  // indexMentions' buffer
	qscratch     qscratch // the questions' buffers

	// the item lists of the last document, handed to the merger
	actorList    []briefing.Actor
	assetList    []briefing.Asset
	questionList []briefing.Question
	curatedList  briefing.Items   // the document's curated sections
	spanBuf      []briefing.Span  // the item lists' mentions
	aliasBuf     []string         // and their aliases
	ordered      []orderedMention // mentionsInOrder's buffer

	// answers remembered for the document: the question cues of each
	// sentence and the status cue of each word, asked for again by every
	// mention near them
	sentenceKeyCache []sentenceKeyMemo
	wordStatus       []wordStatus
	refBuf           []string // the questions' links to items
}

func (a *analysis) normName(s string) string { return a.names.get(s, normalizeName) }

func (a *analysis) normKey(s string) string { return a.keys.get(s, normalizeKey) }

// mentionRef names one mention of an asset.
type mentionRef struct {
	asset   *assetDraft
	mention int
}

type placeMention struct {
	first, last int
	name        string
}

type stateMention struct {
	first, last int
	state       string // canonical state (or group) name
	form        formKind
}

type rankMention struct {
	first, last int
	rank        *Rank
}

// newAnalysis makes the working state; run reuses it for every document
// so that its buffers and maps are allocated once per briefing.
func newAnalysis(g *Gazetteer) *analysis {
	return &analysis{
		g: g, ix: g.index, lexicon: g.lexicon,
		actorKeys: map[string]*actorDraft{}, assetKeys: map[string]*assetDraft{}, names: memo{}, keys: memo{},
		statesSeen: map[string]bool{},
	}
}

func (a *analysis) reset(doc *briefing.Document) {
	// nothing may keep a piece of a.lower past the document: the next
	// document is folded into the same buffer (see TestFoldedTextIsNotKept)
	a.doc, a.text, a.lower = doc, doc.Text, a.folded.Lower(doc.Text)
	clear(a.actorKeys)
	clear(a.assetKeys)
	clear(a.statesSeen)
	a.actors, a.assets = a.actors[:0], a.assets[:0]
	a.spanBuf, a.aliasBuf = a.spanBuf[:0], a.aliasBuf[:0]
	a.actorPool.reset()
	a.assetPool.reset()
	a.states, a.places, a.ranks, a.genericMentions = a.states[:0], a.places[:0], a.ranks[:0], a.genericMentions[:0]
	a.words = tokenize(a.text, a.lower, a.ix, &a.wordCache, a.words)
	n := len(a.words)
	a.capitals = a.capitals[:0]
	for i := range a.words {
		if w := &a.words[i]; w.cap || w.upper {
			a.capitals = append(a.capitals, int32(i))
		}
	}
	for _, m := range []interface{ reset(int) }{&a.absorbed, &a.stateWord, &a.actorWord, &a.actorStart, &a.assetEnd,
		&a.genericWord, &a.endAt, &a.rankStart, &a.placeStart, &a.stateStart} {
		m.reset(n)
	}
	a.taken = slices.Grow(a.taken[:0], n)[:n]
	clear(a.taken)
	a.at = slices.Grow(a.at[:0], n)[:n]
	if n > 0 {
		// -1 everywhere, doubling what is set
		a.at[0] = -1
		for k := 1; k < n; k *= 2 {
			copy(a.at[k:], a.at[:k])
		}
	}
	a.sentences = sentence.Split(doc, a.sentences)
	a.indexSentences()
	a.sentenceKeyCache = slices.Grow(a.sentenceKeyCache[:0], len(a.sentences))[:len(a.sentences)]
	clear(a.sentenceKeyCache)
	a.qscratch.subs = slices.Grow(a.qscratch.subs[:0], n)[:n]
	clear(a.qscratch.subs)
	a.refBuf = a.refBuf[:0]
	a.wordStatus = slices.Grow(a.wordStatus[:0], n)[:n]
	clear(a.wordStatus)
	a.matches = a.ix.matchWords(a.text, a.words, a.matches)
	a.matches = joinFamilyMatches(a.g, a.words, a.matches)
	for i, m := range a.matches {
		a.at[m.first] = i
		a.endAt.set(m.last, i)
	}
}

// run finds the items of one document.
func (a *analysis) run(doc *briefing.Document) briefing.Items {
	a.reset(doc)
	a.findClasses()
	a.findShips()
	a.applyGazetteer()
	a.findVariants()
	a.findShipLists()
	a.findUnits()
	a.findPeople()
	a.findGroups()
	a.findOrganizations()
	a.findOwnedInstitutions()
	a.findRegionalAuthorities()
	a.findCountedUnits()
	a.findNamedCollectives()
	a.resolveGenerics()
	a.inferAssetAttributes()
	a.dropCoveredGenerics()
	a.foldTypesIntoVariants()
	items := briefing.Items{Actors: a.actorItems(), Assets: a.assetItems()}
	items.Questions = a.findQuestions(items)
	return items
}
