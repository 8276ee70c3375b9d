package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// analysis runs the stages over one window of a document (see run).
// Each stage keeps its results and reusable buffers in a value of its
// own, reset by that stage alone and kept across windows so that they
// are allocated once per worker; a later stage reads an earlier one's
// results through the fields promoted here.
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

	names           memo // normalizeName, remembered across windows
	keys            memo // normalizeKey, likewise
	owners          memo // ownerless, likewise
	institutionKeys memo // institutionKey, likewise

	personKeys []string // personKey's answers, by the gazetteer's index
}

// mentionState is what the mention stages build: which words are taken,
// the drafts of actors and assets, and word-indexed views of them.
type mentionState struct {
	// taken marks words already part of an item mention.
	taken []bool

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
	rankStart   indexByWord // first word → index in ranks
	placeStart  indexByWord // first word → index in places
	stateStart  indexByWord // first word → index in states
	statesSeen  map[string]bool

	// later short mentions of people and ships (see shortForms)
	surnameForms shortForms[*actorDraft]
	shipForms    shortForms[*assetDraft]
	// the sides a sentence's forces name (see forcesOfStates)
	sideScratch sideScratch
	// the state the window is about (see home)
	homeState homeState
}

func newMentionState() mentionState {
	return mentionState{actorKeys: map[string]*actorDraft{}, assetKeys: map[string]*assetDraft{}, statesSeen: map[string]bool{}}
}

// reset empties the mention state for a window of n words.
func (m *mentionState) reset(n int) {
	clear(m.actorKeys)
	clear(m.assetKeys)
	clear(m.statesSeen)
	m.actors, m.assets = m.actors[:0], m.assets[:0]
	m.actorPool.reset()
	m.assetPool.reset()
	m.states, m.places, m.ranks, m.genericMentions = m.states[:0], m.places[:0], m.ranks[:0], m.genericMentions[:0]
	for _, v := range []interface{ reset(int) }{&m.absorbed, &m.stateWord, &m.actorWord, &m.actorStart, &m.assetEnd,
		&m.genericWord, &m.rankStart, &m.placeStart, &m.stateStart} {
		v.reset(n)
	}
	m.taken = slices.Grow(m.taken[:0], n)[:n]
	clear(m.taken)
	m.sideScratch.valid = false
	m.homeState = homeState{}
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
	q.qscratch.wordLex = slices.Grow(q.qscratch.wordLex[:0], words)[:words]
	clear(q.qscratch.wordLex)
	q.refBuf = q.refBuf[:0]
}

// itemLists are the window's items as the merger takes them, in buffers
// reused from window to window (the merger copies what it keeps).
type itemLists struct {
	actorList    []briefing.Actor
	assetList    []briefing.Asset
	questionList []briefing.Question
	curatedList  briefing.Items   // the document's curated sections
	spanBuf      []briefing.Span  // the item lists' mentions
	aliasBuf     []string         // and their aliases
	ordered      []orderedMention // mentionsInOrder's buffer
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
	kind        string // the gazetteer's: region, city, strait …
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

// newAnalysis makes the working state; run reuses it for every window
// so that its buffers and maps are allocated once per worker.
func newAnalysis(g *Gazetteer) *analysis {
	return &analysis{g: g, ix: g.index, lexicon: g.lexicon, mentionState: newMentionState(), names: memo{}, keys: memo{}, owners: memo{}, institutionKeys: memo{}}
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

// mentionStages find the window's mentions, the most specific readings
// first: words a stage takes are not read again by a later one.
var mentionStages = []func(*analysis){
	(*analysis).findClasses,      // "Arleigh Burke-class destroyers"
	(*analysis).findShips,        // "USS Carney (DDG-64)", "the corvette Vasily Bykov"
	(*analysis).findSatellites,   // "Kosmos 2576", "USA 245"
	(*analysis).applyGazetteer,   // known names of every list
	(*analysis).findVariants,     // "Su-30MK2" of a known type
	(*analysis).findTypeLists,    // "Merlin, Puma and Lynx helicopters"
	(*analysis).findShipLists,    // "frigates Huaibei, Daqing and Hengshui"
	(*analysis).findUnits,        // "the 93rd Mechanised Brigade"
	(*analysis).findAcronymUnits, // "the elite CAPSAT unit"
	(*analysis).findPeople,       // titles and names: "Admiral Brad Cooper"
	(*analysis).findGroups,       // a demonym and a collective noun
	(*analysis).findOrganizations,
	(*analysis).findOwnedInstitutions,
	(*analysis).findHomeForces, // "the army said" in a report on one state
	(*analysis).findRegionalAuthorities,
	(*analysis).findCountedUnits,
	(*analysis).findNamedCollectives,
	(*analysis).findNamedGangs,       // "the Beltran Leyva cartel"
	(*analysis).findIntroducedGroups, // "a group called APT40"
	(*analysis).findForceVessels,     // "CCG vessels", "PLA Navy ships"
}

// itemStages turn the drafts into items with attributes.
var itemStages = []func(*analysis){
	(*analysis).foldParentGroups,          // "the Islamic State group" in a report on ISWAP
	(*analysis).foldOwnerlessInstitutions, // "the Defense Ministry" after "the Japanese Defense Ministry"
	(*analysis).foldGroupsOfOnePatron,     // "Iranian militias", "pro-Iran militias"
	(*analysis).resolveGenerics,           // "the carrier" → the carrier named
	(*analysis).inferAssetAttributes,      // side, status, quantity, location
	(*analysis).dropCoveredGenerics,       // "destroyers" beside named destroyers
	(*analysis).foldTypesIntoVariants,     // "the P-8" is the "P-8A Poseidon"
}

// run finds the items of one window: its text and the gazetteer's
// matches (reset), the mentions, the items, then the questions about
// them.
func (a *analysis) run(doc *briefing.Document) briefing.Items {
	a.reset(doc)
	for _, stage := range mentionStages {
		stage(a)
	}
	for _, stage := range itemStages {
		stage(a)
	}
	items := briefing.Items{Actors: a.actorItems(), Assets: a.assetItems()}
	items.Questions = a.findQuestions(items)
	return items
}
