package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
)

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
	m.homeState = homeState{}
}

// free reports none of words first..last taken by a mention yet.
func (m *mentionState) free(first, last int) bool {
	for i := first; i <= last; i++ {
		if m.taken[i] {
			return false
		}
	}
	return true
}

// take marks words first..last as part of a mention.
func (m *mentionState) take(first, last int) {
	for i := first; i <= last; i++ {
		m.taken[i] = true
	}
}

// actorAt returns the actor with a mention starting at word i.
func (m *mentionState) actorAt(i int) *actorDraft { d, _ := m.actorStart.get(i); return d }

// rankAt reports a rank or title starting at word i ("Lt.-Gen.").
func (m *mentionState) rankAt(i int) bool {
	_, ok := m.rankStart.get(i)
	return ok
}

// stateAt returns the state named by a mention over word i.
func (m *mentionState) stateAt(i int) (string, bool) {
	if k, ok := m.stateWord.get(i); ok {
		return m.states[k].state, true
	}
	return "", false
}

// isDemonym reports a state's demonym alone at word i ("Iranian").
func (m *mentionState) isDemonym(i int) bool {
	k, ok := m.stateWord.get(i)
	return ok && m.states[k].first == i && m.states[k].last == i && m.states[k].form == formDemonym
}

// isStateNameAt reports a state named at word i by its name (not a
// demonym or an alias of another form), ending there.
func (m *mentionState) isStateNameAt(i int) bool {
	k, ok := m.stateWord.get(i)
	if !ok || m.states[k].last != i || m.states[k].form != formName {
		return false
	}
	d, _ := m.actorWord.get(i) // a state, not a group ("M23 army")
	return d != nil && d.kind == briefing.State
}

// regionAt reports a region the gazetteer knows named at word i alone
// ("Somaliland", "Puntland"): not a city, a sea or a base.
func (m *mentionState) regionAt(i int) bool {
	k, ok := m.placeStart.get(i)
	return ok && m.places[k].last == i && m.places[k].kind == "region"
}

// isGenericWord reports a word inside a generic asset noun.
func (m *mentionState) isGenericWord(i int) bool { g, _ := m.genericWord.get(i); return g }

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
