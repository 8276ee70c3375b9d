package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// analysis runs the stages over one window of a document (see run). It
// owns the values the stages share: their results and reusable buffers,
// reset once per window and kept across windows so that they are
// allocated once per worker. The mention and item stages are types of
// their own, built once by newAnalysis, that reach these values through
// a mentionCtx and name in their fields any other stage they ask; so
// does the question stage, which reads them all (questionStage).
type analysis struct {
	g       *Gazetteer
	ix      *index
	lexicon *lexiconData // the rules' word lists

	textView         // stage 1: words and sentences
	gazetteerMatches // stage 2: the gazetteer's names in the words
	mentionState     // stages 3–4: mentions, drafts of items, their attributes
	cueMemo          // cue look-ups shared by attributes and questions
	questionScratch  // stage 5: the questions' buffers
	itemLists        // the window's items, handed to the merger

	nameKeys   // names' keys, remembered across windows
	mentionCtx // what the mention stages read and write: the values above

	// the stages, and the lists of them bound to their methods
	// (mentionStages, itemStages)
	classes       classStage
	ships         shipStage
	gazetteer     gazetteerStage
	satellites    satelliteStage
	units         unitStage
	people        peopleStage
	organizations orgStage
	groups        groupStage
	homeForces    homeForcesStage
	types         typeStage
	generics      genericStage
	attributes    attributeStage
	items         itemStage
	questions     questionStage
	findMentions  []func()
	makeItems     []func()
}

// cueMemo remembers, for the window, the question cues of each sentence
// and the status cue of each word: the attributes ask for them (a hedged
// sentence, a status near a mention) and the questions again.
type cueMemo struct {
	sentenceKeyCache []sentenceKeyMemo
	wordStatus       []wordStatus
}

func (c *cueMemo) reset(sentences, words int) {
	c.sentenceKeyCache = slices.Grow(c.sentenceKeyCache[:0], sentences)[:sentences]
	clear(c.sentenceKeyCache)
	c.wordStatus = slices.Grow(c.wordStatus[:0], words)[:words]
	clear(c.wordStatus)
}

// questionScratch holds the question stage's buffers.
type questionScratch struct {
	// mentionIdx lists every mention by position.
	mentionIdx   []mentionAt
	mentionCount []int32  // indexMentions' buffer
	qscratch     qscratch // the wording rules' buffers
	refBuf       []string // the questions' links to items
}

func (q *questionScratch) reset(words int) {
	q.refBuf = q.refBuf[:0]
}

// itemLists are the window's items as the merger takes them, in buffers
// reused from window to window (the merger copies what it keeps).
type itemLists struct {
	actorList    []briefing.Actor
	assetList    []briefing.Asset
	questionList []briefing.Question
	curatedList  briefing.Items  // the document's curated sections
	spanBuf      []briefing.Span // the item lists' mentions
	aliasBuf     []string        // and their aliases
}

// newAnalysis makes the working state; run reuses it for every window
// so that its buffers and maps are allocated once per worker.
func newAnalysis(g *Gazetteer) *analysis {
	a := &analysis{g: g, ix: g.index, lexicon: g.lexicon, mentionState: newMentionState(),
		nameKeys: nameKeys{names: memo{}, keys: memo{}, owners: memo{}, institutionKeys: memo{}}}
	a.textView.lists = wordLists{&g.wordSets, &g.questions.words}
	a.mentionCtx = mentionCtx{&a.textView, &a.gazetteerMatches, &a.mentionState, &a.nameKeys, g, g.index, g.lexicon}
	a.classes = classStage{a.mentionCtx}
	a.ships = shipStage{a.mentionCtx}
	a.gazetteer = gazetteerStage{mentionCtx: a.mentionCtx}
	a.satellites = satelliteStage{a.mentionCtx}
	a.units = unitStage{a.mentionCtx}
	a.people = peopleStage{a.mentionCtx, &a.ships}
	a.organizations = orgStage{a.mentionCtx}
	a.groups = groupStage{a.mentionCtx}
	a.homeForces = homeForcesStage{a.mentionCtx}
	a.types = typeStage{a.mentionCtx}
	a.generics = genericStage{a.mentionCtx, &a.types}
	a.items = itemStage{a.mentionCtx, &a.itemLists}
	a.questions = questionStage{a.mentionCtx, &a.cueMemo, &a.questionScratch, &a.itemLists}
	a.attributes = attributeStage{mentionCtx: a.mentionCtx, cues: &a.cueMemo, sentenceOpen: a.questions.sentenceOpen}
	a.findMentions, a.makeItems = a.mentionStages(), a.itemStages()
	return a
}

// reset starts a window: the text stage and the gazetteer's matches run
// here, and every later stage's state is emptied.
func (a *analysis) reset(doc *briefing.Document) {
	a.textView.read(doc, a.ix)
	n := len(a.words)
	a.gazetteerMatches.find(a.g, &a.textView)
	a.mentionState.reset(n)
	a.cueMemo.reset(len(a.sentences), n)
	a.questionScratch.reset(n)
	a.spanBuf, a.aliasBuf = a.spanBuf[:0], a.aliasBuf[:0]
}

// mentionStages lists the stages that find the window's mentions, the
// most specific readings first: words a stage takes are not read again
// by a later one. newAnalysis binds them once (see analysis.findMentions).
func (a *analysis) mentionStages() []func() {
	return []func(){
		a.classes.find,       // "Arleigh Burke-class destroyers"
		a.ships.find,         // "USS Carney (DDG-64)", "the corvette Vasily Bykov"
		a.satellites.find,    // "Kosmos 2576", "USA 245"
		a.gazetteer.find,     // known names of every list
		a.types.findVariants, // "Su-30MK2" of a known type
		a.types.findLists,    // "Merlin, Puma and Lynx helicopters"
		a.ships.findLists,    // "frigates Huaibei, Daqing and Hengshui"
		a.units.find,         // "the 93rd Mechanised Brigade"
		a.units.findAcronyms, // "the elite CAPSAT unit"
		a.people.find,        // titles and names: "Admiral Brad Cooper"
		a.groups.find,        // a demonym and a collective noun
		a.organizations.find,
		a.organizations.findOwned,
		a.homeForces.find, // "the army said" in a report on one state
		a.organizations.findRegionalAuthorities,
		a.units.findCounted,
		a.groups.findCollectives,
		a.groups.findGangs,          // "the Beltran Leyva cartel"
		a.groups.findIntroduced,     // "a group called APT40"
		a.groups.findNamedForces,    // "NATO forces", "sent 2,000 troops"
		a.generics.findForceVessels, // "CCG vessels", "PLA Navy ships"
	}
}

// itemStages turn the drafts into items with attributes; newAnalysis
// binds them once (see analysis.makeItems).
func (a *analysis) itemStages() []func() {
	return []func(){
		a.organizations.foldParentGroups,          // "the Islamic State group" in a report on ISWAP
		a.organizations.foldOwnerlessInstitutions, // "the Defense Ministry" after "the Japanese Defense Ministry"
		a.groups.foldGroupsOfOnePatron,            // "Iranian militias", "pro-Iran militias"
		a.generics.resolveGenerics,                // "the carrier" → the carrier named
		a.attributes.inferAssetAttributes,         // side, status, quantity, location
		a.generics.dropCoveredGenerics,            // "destroyers" beside named destroyers
		a.types.foldTypesIntoVariants,             // "the P-8" is the "P-8A Poseidon"
	}
}

// run finds the items of one window: its text and the gazetteer's
// matches (reset), the mentions, the items, then the questions about
// them.
func (a *analysis) run(doc *briefing.Document) briefing.Items {
	a.reset(doc)
	for _, stage := range a.findMentions {
		stage()
	}
	for _, stage := range a.makeItems {
		stage()
	}
	items := briefing.Items{Actors: a.items.actorItems(), Assets: a.items.assetItems()}
	items.Questions = a.questions.find(items)
	return items
}
