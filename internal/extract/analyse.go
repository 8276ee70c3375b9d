package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

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

// span returns the byte span of words first..last.
func (a *analysis) span(first, last int) briefing.Span {
	return briefing.Span{Doc: a.doc.ID, Start: int(a.words[first].start), End: int(a.words[last].end)}
}

func (a *analysis) wordText(i int) string { return a.text[a.words[i].start:a.words[i].end] }

func (a *analysis) spanText(first, last int) string {
	return a.text[a.words[first].start:a.words[last].end]
}

func (a *analysis) free(first, last int) bool {
	for i := first; i <= last; i++ {
		if a.taken[i] {
			return false
		}
	}
	return true
}

func (a *analysis) take(first, last int) {
	for i := first; i <= last; i++ {
		a.taken[i] = true
	}
}

// indexSentences maps sentences to words and back in one walk: the
// splitter returns sentences in order, and words are in order.
func (a *analysis) indexSentences() {
	a.sentenceWords = a.sentenceWords[:0]
	words := a.words
	first, end := 0, 0
	for _, sen := range a.sentences {
		// sentences follow one another: the first word is most often
		// the previous sentence's end
		if prev := first; first < end {
			first = end
			for first > prev && int(words[first-1].start) >= sen.Start {
				first--
			}
		}
		for first < len(words) && int(words[first].start) < sen.Start {
			first++
		}
		end = max(end, first)
		for end < len(words) && int(words[end].start) < sen.End {
			end++
		}
		a.sentenceWords = append(a.sentenceWords, wordRange{first, end - 1})
	}
	// a word belongs to the first sentence ending after its start: the
	// words up to each sentence's last, past the previous sentence's
	a.sentenceAt = slices.Grow(a.sentenceAt[:0], len(a.words))[:len(a.words)]
	from := 0
	for s, r := range a.sentenceWords {
		if s == len(a.sentenceWords)-1 {
			r.last = len(a.words) - 1 // and the words after the last
		}
		for i := from; i <= r.last; i++ {
			a.sentenceAt[i] = int32(s)
		}
		from = max(from, r.last+1)
	}
	clear(a.sentenceAt[from:])
}

// wordsOfSentence returns the word range [first, last] inside sentence s.
func (a *analysis) wordsOfSentence(s int) (int, int) {
	r := a.sentenceWords[s]
	return r.first, r.last
}

// gapText is the text between word i-1 and word i.
func (a *analysis) gapText(i int) string {
	if i == 0 {
		return a.text[:a.words[0].start]
	}
	return a.text[a.words[i-1].end:a.words[i].start]
}

// gapHas reports any of the punctuation marks m between word i-1 and
// word i (before the first word: at the start of the text).
func (a *analysis) gapHas(i int, m gapMark) bool { return a.words[i].gap&m != 0 }

// lowerWord returns word i lower-cased.
func (a *analysis) lowerWord(i int) string {
	if i < 0 || i >= len(a.words) {
		return ""
	}
	return a.lower[a.words[i].start:a.words[i].end]
}

// surfaceFor is the alias a mention adds: the gazetteer's form when the
// text differs from it only by case or spacing, else the text as
// written ("drones", "Typhoons", "Al Qaeda"), so that every mention's
// words are among its item's names.
func (a *analysis) surfaceFor(first, last int, form string) string {
	text := a.spanText(first, last)
	if text == form || !hasQuoteOrNewline(text) && len(text) == len(form) && strings.EqualFold(text, form) {
		return form
	}
	return oneLine(text)
}

func hasQuoteOrNewline(s string) bool {
	return strings.IndexByte(s, '\'') >= 0 || strings.IndexByte(s, '\n') >= 0 || strings.Contains(s, "’")
}

// foldEqual compares a text with a form letter by letter, ignoring case,
// punctuation and spacing, and allowing a plural ending on the text.
func foldEqual(text, form string) bool {
	i, j := 0, 0
	for {
		for i < len(text) && !isASCIIWordByte(text[i]) && text[i] < utf8.RuneSelf {
			i++
		}
		for j < len(form) && !isASCIIWordByte(form[j]) && form[j] < utf8.RuneSelf {
			j++
		}
		if j == len(form) {
			rest := text[i:]
			return rest == "" || rest == "s" || rest == "es"
		}
		if i == len(text) {
			return false
		}
		if lowerByte(text[i]) != lowerByte(form[j]) {
			return false
		}
		i++
		j++
	}
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldName folds case, punctuation, possessives and a plural ending.
func foldName(s string) string {
	k := strings.ReplaceAll(strings.ReplaceAll(s, "'s", ""), "’s", "")
	k = normalizeName(k)
	k = strings.TrimSuffix(k, "es")
	return strings.TrimSuffix(k, "s")
}

// applyGazetteer turns each free gazetteer match into a mention.
func (a *analysis) applyGazetteer() {
	for _, m := range a.matches {
		if !a.free(m.first, m.last) {
			continue
		}
		r := bestRef(m.refs)
		r.surface = a.surfaceFor(m.first, m.last, r.surface)
		switch r.kind {
		case kindPlatform:
			p := &a.g.Platforms[r.index]
			if p.Kind == "ship" && m.first == m.last && !a.words[m.first].upper && !a.shipContext(m.first) {
				continue // "Fujian" the province, not the carrier
			}
			if p.Kind == "ship" {
				// "the cruiser Moskva": the noun describes the ship
				if n := len(a.genericMentions); n > 0 && a.genericMentions[n-1].last == m.first-1 && a.shipCategory(a.genericMentions[n-1].entry.Category) {
					a.genericMentions = a.genericMentions[:n-1]
				}
			}
			a.addAsset(a.ix.platformKeys[r.index], m.first, m.last, r.surface, func(d *assetDraft) {
				d.fromPlatform(a.g, p)
				d.why.Rule = "gazetteer"
			})
		case kindGeneric:
			// "anti-tank rockets", "counter-drone systems": the noun says
			// what a weapon is for, and names no asset itself
			if a.modifierOnly(m.first, m.last) {
				continue
			}
			// "THAAD interceptors", "PL-15 long-range air-to-air missiles":
			// the noun says what the named platform is
			if d, k := a.describedAsset(m.first); d != nil {
				a.assetEnd.set(d.mentions[k].last, mentionRef{})
				d.mentions[k].last = m.last
				a.assetEnd.set(m.last, mentionRef{d, k})
				d.surfaces.add(a.spanText(d.mentions[k].first, m.last), a.normName)
				a.take(m.first, m.last)
				continue
			}
			// resolved once specific assets are known
			a.take(m.first, m.last)
			a.genericMentions = append(a.genericMentions, genericMention{m.first, m.last, &a.g.Generic[r.index], r.surface, r.index})
			for w := m.first; w <= m.last; w++ {
				a.genericWord.set(w, true)
			}
		case kindOrganization:
			o := &a.g.Organizations[r.index]
			// "Mine Countermeasures Naval Group Black Sea": a name inside a
			// longer one the gazetteer does not know
			if a.insideLongerName(m) {
				continue
			}
			// "Islamic State in the Greater Sahel": a branch named whole
			if last := a.groupBranch(m.last); o.Branches && last > m.last {
				name := oneLine(a.spanText(m.first, last))
				a.addActor("group:"+a.normName(name), m.first, last, name, func(d *actorDraft) {
					d.name, d.kind, d.why.Rule = name, briefing.Group, "group-branch"
				})
				a.addState(stateMention{m.first, last, name, formName})
				continue
			}
			a.addActor(a.ix.orgKeys[r.index], m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.why.Rule = o.Name, o.actorKind(), o.Country, "gazetteer"
			})
			if o.Category == "armed group" {
				a.addState(stateMention{m.first, m.last, o.Name, formName})
			}
		case kindState:
			s := &a.g.States[r.index]
			if (r.form == formName || r.form == formCapital) && a.firstNameLike(m) {
				continue // "Wellington Koo", "Israel Katz"
			}
			a.addState(stateMention{m.first, m.last, s.Name, r.form})
			a.addActor(a.ix.stateKeys[r.index], m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind = s.Name, briefing.State
				d.why.Rule = "gazetteer"
			})
		case kindPerson:
			// who the person is comes from the gazetteer; title and role
			// come from the text when it gives them (see findPeople), the
			// gazetteer's title only otherwise
			p := &a.g.People[r.index]
			// "Teodoro Balani": a known surname as another man's first name
			if r.form == formAlias && a.firstNameLike(m) {
				continue
			}
			a.addActor("person:"+a.normName(p.Name), m.first, m.last, r.surface, func(d *actorDraft) {
				d.name, d.kind, d.affiliation, d.knownTitle = p.Name, briefing.Person, p.Affiliation, p.Title
				d.why.Rule = "gazetteer"
			})
		case kindPlace:
			a.places = append(a.places, placeMention{m.first, m.last, a.g.Places[r.index].Name})
			a.placeStart.set(m.first, len(a.places)-1)
			a.take(m.first, m.last)
		case kindRank:
			a.ranks = append(a.ranks, rankMention{m.first, m.last, &a.g.Ranks[r.index]})
			a.rankStart.set(m.first, len(a.ranks)-1)
		}
	}
}

// insideLongerName reports a match with capitalised words of an unknown
// name on both sides of it, or two before it.
func (a *analysis) insideLongerName(m match) bool {
	nameWord := func(j int) bool {
		return j >= 0 && j < len(a.words) && a.words[j].cap && !a.words[j].upper && a.at[j] < 0 &&
			!a.is(j, lexNotName|lexRoleNoun) && !a.words[j].possessive
	}
	prev := m.first - 1
	if !nameWord(prev) || a.gapText(m.first) != " " || a.gapHas(prev, gapPeriod) || prev == 0 {
		return false
	}
	after := nameWord(m.last+1) && a.gapText(m.last+1) == " "
	twoBefore := nameWord(prev-1) && a.gapText(prev) == " "
	return after || twoBefore
}

// groupBranch returns the last word of a region that names a branch of
// the armed group ending at word last: "in the Greater Sahel", "in
// Somalia" (last itself when none follows).
func (a *analysis) groupBranch(last int) int {
	j := last + 1
	if j >= len(a.words) || a.lowerWord(j) != "in" || a.gapText(j) != " " {
		return last
	}
	j++
	if a.lowerWord(j) == "the" {
		j++
	}
	end := last
	for k := j; k < len(a.words) && k < j+3 && a.words[k].cap && a.words[k].soft && !a.gapHas(k, gapClause|gapPeriod); k++ {
		end = k
	}
	return end
}

// modifierOnly reports a generic noun used to describe something else:
// after "anti-" or "counter-" ("anti-tank rockets"), or before a noun
// for an industry or a cover ("drone industry", "air defence umbrella").
func (a *analysis) modifierOnly(first, last int) bool {
	if first > 0 && a.gapText(first) == "-" && a.lexicon.NounPrefixes[a.lowerWord(first-1)] {
		return true
	}
	next := last + 1
	if next >= len(a.words) || !a.words[next].soft || a.gapText(next) != " " {
		return false
	}
	if a.lexicon.NonAssetHeads[a.lowerWord(next)] {
		return true
	}
	// "missile ship", "drone boat": the noun after is the asset
	if m := a.matchAt(next); m != nil {
		switch bestRef(m.refs).kind {
		case kindGeneric, kindPlatform:
			return true
		}
	}
	return false
}

// bestRef picks the ref a match stands for when a form names entries of
// several lists: a platform, organisation or person before a state, a
// state before a place, anything before a rank or a generic noun.
// joinFamilyMatches makes one mention of a type written next to its own
// variant ("F/A-18 Super Hornets", "E-2D Hawkeye"): the two matches
// become one, spanning both words and naming the variant, instead of
// counting the type and the variant as two assets.
func joinFamilyMatches(g *Gazetteer, words []word, matches []match) []match {
	out := matches[:0]
	for _, m := range matches {
		if n := len(out); n > 0 && out[n-1].last+1 == m.first && words[m.first].soft && !words[m.first].digit {
			prev := &out[n-1]
			if child, ok := variantOf(g, bestRef(prev.refs), bestRef(m.refs)); ok {
				prev.last = m.last
				prev.refs = []ref{child}
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// variantOf returns whichever of two platform references is the variant
// of the other.
func variantOf(g *Gazetteer, a, b ref) (ref, bool) {
	if a.kind != kindPlatform || b.kind != kindPlatform || a.index == b.index {
		return ref{}, false
	}
	pa, pb := &g.Platforms[a.index], &g.Platforms[b.index]
	switch {
	case pb.Parent != "" && pb.Parent == pa.Name:
		return b, true
	case pa.Parent != "" && pa.Parent == pb.Name:
		return a, true
	}
	return ref{}, false
}

func bestRef(refs []ref) ref {
	best := refs[0]
	for _, r := range refs[1:] {
		if refPriority(r) < refPriority(best) {
			best = r
		}
	}
	return best
}

func refPriority(r ref) int {
	switch r.kind {
	case kindPlatform:
		return 0
	case kindOrganization:
		return 1
	case kindPerson:
		return 2
	case kindState:
		return 3
	case kindPlace:
		return 4
	case kindRank:
		return 5
	}
	return 6
}

// platformKey is the draft key of a platform (index.platformKeys holds
// them precomputed by index).
func platformKey(p *Platform) string { return "platform:" + p.Name }

// normalizeName folds a name for keys: case, punctuation and spacing.
func normalizeName(s string) string { return strings.TrimPrefix(normalizeKey(s), "the ") }

// firstNameLike reports a capital or state name used as a first name: a
// single word followed by a capitalised word the gazetteer does not know.
func (a *analysis) firstNameLike(m match) bool {
	next := m.last + 1
	if m.first != m.last || next >= len(a.words) || a.gapText(next) != " " || !a.words[next].cap || a.words[next].upper {
		return false
	}
	if a.at[next] >= 0 || a.is(next, lexNotName|lexInstitutionHead) {
		return false
	}
	if a.words[m.first].possessive || a.inHeading(m.first) {
		return false
	}
	// "Defence Minister Israel Katz": a title before makes it certain;
	// otherwise a lone state name before a capitalised word is a name
	// only when no verb-like word follows
	return true
}

// inHeading reports a word inside a heading, where title case makes
// every word look like a name.
func (a *analysis) inHeading(i int) bool {
	b, ok := a.doc.BlockAt(int(a.words[i].start))
	return ok && b.Kind == briefing.Heading
}

// shipContext reports "the" or a ship noun right before word i.
func (a *analysis) shipContext(i int) bool {
	prev := a.lowerWord(i - 1)
	if prev == "the" || prev == "carrier" || prev == "ship" || prev == "vessel" {
		return true
	}
	for _, g := range a.genericMentions {
		if g.last == i-1 {
			return true
		}
	}
	return i > 0 && a.at[i-1] >= 0 && bestRef(a.matches[a.at[i-1]].refs).kind == kindGeneric
}

// assetEndingAt returns the asset with a mention ending at word i and the
// index of that mention.
func (a *analysis) assetEndingAt(i int) (*assetDraft, int) {
	if e, ok := a.assetEnd.get(i); ok && e.asset.kind != "generic" {
		return e.asset, e.mention
	}
	return nil, 0
}

func (a *analysis) addState(s stateMention) {
	a.states = append(a.states, s)
	a.stateStart.set(s.first, len(a.states)-1)
	a.statesSeen[s.state] = true
	for w := s.first; w <= s.last; w++ {
		a.stateWord.set(w, len(a.states)-1)
	}
}

// describedAsset returns the named asset a generic noun at word first
// follows, with at most three lowercase modifiers between them.
func (a *analysis) describedAsset(first int) (*assetDraft, int) {
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if !a.words[k+1].soft || a.gapHas(k+1, gapClause|gapPeriod|gapBracket) {
			return nil, 0
		}
		if d, n := a.assetEndingAt(k); d != nil {
			return d, n
		}
		if a.words[k].cap || a.taken[k] || a.words[k].digit || a.is(k, lexStatus|lexLink|lexSpeech|lexLocation|lexNotName|lexNumber) {
			return nil, 0
		}
	}
	return nil, 0
}
