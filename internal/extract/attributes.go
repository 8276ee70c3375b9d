package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// How an asset's side was learnt, most certain first.
const (
	sideFromPrefix    = iota // "USS", "HMS"
	sideAdjacent             // "American F-35s", "Iran's missiles"
	sideFromParent           // destroyers of a US carrier group
	sideInSentence           // an operator named in the same sentence
	sideInDocument           // an operator named elsewhere in the document
	sideFromNeighbour        // the asset named just before
	sideFromContext          // a party named in the sentences just before
	sideFromGazetteer        // the platform's main operator
	sideUnknown
)

// resolveGenerics turns generic asset nouns into assets; those a more
// specific asset covers are dropped once sides are known.
func (a *analysis) resolveGenerics() {
	for _, g := range a.genericMentions {
		e := g.entry
		// "the destroyer" after "USS Stockdale": the ship named before
		if d := a.namedBefore(g, e.Category); d != nil {
			a.addAsset(d.key, g.first, g.last, g.surface, func(*assetDraft) {})
			continue
		}
		// "SH-60B Seahawk helicopter": a type the gazetteer lacks
		if a.typeNamed(g) {
			continue
		}
		// "CCG vessels", "PLA Navy ships": a force's own boats
		if o, first := a.forceBefore(g.first); o != nil {
			name := oneLine(a.spanText(first, g.last))
			a.addAsset("generic:"+a.normName(name), g.first, g.last, g.surface, func(d *assetDraft) {
				d.name, d.category, d.kind = name, e.Category, "generic"
				d.domain = a.ix.domainOf(e.Category)
				d.side, d.sideRank = firstNonEmpty(o.affiliation, o.name), sideAdjacent
				d.why.Rule = "force-and-noun"
			})
			continue
		}
		a.addAsset(a.ix.genericKeys[g.index], g.first, g.last, g.surface, func(d *assetDraft) {
			d.name, d.category, d.kind = e.Name, e.Category, "generic"
			d.why.Rule = "generic-noun"
			d.domain = a.ix.domainOf(e.Category)
		})
	}
}

// forceBefore returns the military force or agency whose mention ends
// right before word i ("CCG vessels"), and where that mention starts.
func (a *analysis) forceBefore(i int) (*actorDraft, int) {
	if i == 0 || !a.words[i].soft || a.gapText(i) != " " {
		return nil, 0
	}
	d, _ := a.actorWord.get(i - 1)
	if d == nil || d.kind != briefing.Organization {
		return nil, 0
	}
	if k, ok := a.ix.organizations[normalizeKey(d.name)]; !ok || !a.lexicon.ForceCategories[a.g.Organizations[k].Category] {
		return nil, 0
	}
	for _, m := range d.mentions {
		if m.last == i-1 {
			return d, m.first
		}
	}
	return nil, 0
}

// namedBefore returns the specific asset a definite, singular generic
// noun refers back to: the last one of its category named in the five
// sentences before ("USS Stockdale … The destroyer shot down …").
func (a *analysis) namedBefore(g genericMention, category string) *assetDraft {
	if g.first == 0 || !a.is(g.first-1, lexNotName) || a.lowerWord(g.first-1) != "the" && a.lowerWord(g.first-1) != "this" {
		return nil
	}
	if w := a.lowerWord(g.last); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return nil // "the destroyers": several, not the one named
	}
	s := int(a.sentenceAt[g.first])
	var best *assetDraft
	bestAt := -1
	for _, d := range a.assets {
		if d.kind == "generic" || !a.coversCategory(category, d.category) {
			continue
		}
		for _, m := range d.mentions {
			if m.last < g.first && m.first > bestAt && int(a.sentenceAt[m.first]) >= s-5 {
				best, bestAt = d, m.first
			}
		}
	}
	return best
}

// inferAssetAttributes sets side, status, quantity, location and parent
// from the words around each mention.
func (a *analysis) inferAssetAttributes() {
	ordered := a.mentionsInOrder()
	for _, om := range ordered {
		d, m := om.asset, om.words
		s := int(a.sentenceAt[m.first])
		sFirst, sLast := a.wordsOfSentence(s)
		if d.parent == nil {
			d.parent = a.parentOf(d, m, sFirst)
		}
		if side, ok := a.adjacentSide(m, sFirst); ok && d.sideRank > sideAdjacent {
			d.side, d.sideRank = side, sideAdjacent
		}
		// "a missile launched by Houthi forces"; "drones shot down by the IDF"
		after, adversary := a.sideAfter(m, sLast)
		if after != "" && d.sideRank > sideAdjacent {
			d.side, d.sideRank = after, sideAdjacent
		}
		if d.sideRank > sideInSentence {
			if side, ok := a.sentenceSide(d, m, sFirst, sLast, adversary); ok {
				d.side, d.sideRank = side, sideInSentence
			}
		}
		if st, ok := a.statusNear(m, sFirst, sLast); ok && statusOutranks(st, d.status) {
			d.status = st
		}
		if d.quantity == "" {
			d.quantity = a.quantityBefore(m, sFirst)
		}
		// "Norwegian quick reaction alert": the owner as written, an alias
		if d.kind == "generic" && m.first > 0 && a.isDemonym(m.first-1) && a.words[m.first].soft {
			d.surfaces.add(oneLine(a.spanText(m.first-1, m.last)), a.normName)
		}
		if d.location == "" && !a.hedged(s) {
			d.location = a.locationAfter(m, sLast) // not "whether it would head toward X"
		}
	}
	// what the words did not say: inherit, then fall back on the gazetteer
	var prev *assetDraft
	for _, om := range ordered {
		d := om.asset
		if d.parent != nil && d.parent.sideRank < sideUnknown && d.sideRank > sideFromParent {
			d.side, d.sideRank = d.parent.side, sideFromParent
		}
		if d.sideRank > sideInDocument {
			if side, ok := a.documentSide(d); ok {
				d.side, d.sideRank = side, sideInDocument
			}
		}
		if d.sideRank > sideFromNeighbour && len(d.operators) == 0 && prev != nil && prev.side != "" {
			d.side, d.sideRank = prev.side, sideFromNeighbour
		}
		if d.sideRank > sideFromContext && len(d.operators) == 0 {
			if side, ok := a.contextSide(om.words); ok {
				d.side, d.sideRank = side, sideFromContext
			}
		}
		if d.sideRank > sideFromGazetteer && len(d.operators) > 0 {
			d.side, d.sideRank = d.operators[0], sideFromGazetteer
		}
		if d.status == "" {
			switch {
			case d.parent != nil && d.parent.status != "":
				d.status = d.parent.status
			case prev != nil && prev.status != "" && om.words.first > 0:
				d.status = prev.status
			}
		}
		if d.side != "" || d.status != "" {
			prev = d
		}
	}
}

type orderedMention struct {
	asset *assetDraft
	words wordRange
}

func (a *analysis) mentionsInOrder() []orderedMention {
	out := a.ordered[:0]
	for _, d := range a.assets {
		for _, m := range d.mentions {
			out = append(out, orderedMention{d, m})
		}
	}
	slices.SortFunc(out, func(x, y orderedMention) int { return x.words.first - y.words.first })
	a.ordered = out
	return out
}

// adjacentSide reads a state, demonym or armed group right before the
// mention ("American F-35s", "Iran's ballistic missiles", "the Russian
// frigate") or right after it ("F-15 American aircraft").
func (a *analysis) adjacentSide(m wordRange, sFirst int) (string, bool) {
	// a demonym right before may name the maker ("SAF's Turkish Akinci"):
	// an owner in the possessive before it wins
	near := ""
	for j := m.first - 1; j >= sFirst && j >= m.first-4; j-- {
		// "U.S. destroyer": the period of an abbreviation ends nothing
		if a.gapHas(j+1, gapClause|gapBracket) || a.gapHas(j+1, gapPeriodSpace) && a.words[j].end-a.words[j].start > 1 {
			break
		}
		if side, ok := a.stateAt(j); ok {
			if a.madeIn(j) {
				continue // "Chinese-built J-10C" names the maker, not the side
			}
			if a.words[j].possessive || near != "" {
				return side, true
			}
			near = side
			continue
		}
		// "Philippine Navy RHIBs", "the Syrian military's air defences": the
		// organisation's country
		if d, _ := a.actorWord.get(j); d != nil && (d.kind == briefing.Organization || d.kind == briefing.Group) && !a.targetMention(j) {
			if d.kind == briefing.Group {
				return d.name, true
			}
			if d.affiliation != "" {
				return d.affiliation, true
			}
		}
		if a.taken[j] && !a.isGenericWord(j) || a.is(j, lexSpeech|lexStatus|lexLink) || a.clauseWord(j) {
			break // "Greece watched as the drones …": another clause's party
		}
	}
	if near != "" {
		return near, true
	}
	if j := m.last + 1; j < len(a.words) && a.words[j].soft && !a.gapHas(j, gapClause) {
		if side, ok := a.stateAt(j); ok && a.isDemonym(j) {
			return side, true
		}
	}
	return "", false
}

func (a *analysis) stateAt(i int) (string, bool) {
	if k, ok := a.stateWord.get(i); ok {
		return a.states[k].state, true
	}
	return "", false
}

// sentenceSide picks the operator named nearest before the mention in
// its sentence (after it when none is before); for a platform the
// gazetteer knows, only its operators count.
func (a *analysis) sentenceSide(d *assetDraft, m wordRange, sFirst, sLast int, adversary string) (string, bool) {
	best, bestDist := "", 1<<30
	from := sort.Search(len(a.states), func(i int) bool { return a.states[i].first >= sFirst })
	for _, s := range a.states[from:] {
		if s.first > sLast {
			break
		}
		if s.last > sLast || (len(d.operators) > 0 && !slices.Contains(d.operators, s.state)) || a.madeIn(s.last) {
			continue
		}
		// "an attack on Israel", "US forces destroyed two drones", "shot
		// down by the IDF", "the Houthis opened fire on the helicopters":
		// the party acts on the asset, not with it
		if s.state == adversary || a.targetMention(s.first) || s.last < m.first && !a.operatesWith(s, m) {
			continue
		}
		dist := m.first - s.last
		if dist < 0 {
			if len(d.operators) == 0 {
				continue // "… which could help protect Israel" names no operator
			}
			dist = s.first - m.last + 50 // after the mention: a weaker clue
		}
		if dist < bestDist {
			best, bestDist = s.state, dist
		}
	}
	return best, best != ""
}

// operatesWith reports whether a party named before an asset's mention
// in its sentence can be its operator, reading the verb of attack
// between them: "US forces destroyed two drones" (the drones are the
// target: no), "the Houthis opened fire on the helicopters" (no),
// "the Houthis struck the American destroyer with missiles" (the
// missiles are the Houthis' instrument: yes for the Houthis, no for
// "American", which names the target).
func (a *analysis) operatesWith(s stateMention, m wordRange) bool {
	verb, instrument := -1, false
	for j := m.first - 1; j >= 0; j-- {
		if a.gapHas(j+1, gapClause|gapPeriod) {
			break
		}
		switch w := a.lowerWord(j); {
		case w == "with" || w == "using":
			instrument = verb < 0 || instrument
		case a.g.sides.targetVerb[w] && verb < 0:
			verb = j
		}
		if verb >= 0 && j <= s.first {
			break
		}
	}
	switch {
	case verb < 0:
		// "… opened fire on the helicopters"
		return !(a.targetMention(m.first) && a.sameClause(s.last, m.first))
	case verb > s.last:
		return instrument // the attacker's weapon, or its target
	default:
		return !instrument // inside the target: "struck the American destroyer with drones"
	}
}

// clauseWord reports a word that sets its own clause apart from what
// follows: a verb in the past or a subordinating word.
func (a *analysis) clauseWord(j int) bool {
	w := a.lowerWord(j)
	switch w {
	case "as", "that", "which", "while", "when", "after", "before", "if", "who", "where":
		return true
	}
	if a.words[j].cap {
		return false
	}
	_, past := a.g.verbs.pastBase(w)
	return past
}

// sameClause reports no clause break between words i and j (i < j).
func (a *analysis) sameClause(i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if a.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return true
}

// contextSide picks the party named last before the mention in the two
// sentences before its own, when its own names none: a document about
// "the United States" listing "four destroyers" in the next sentence.
func (a *analysis) contextSide(m wordRange) (string, bool) {
	s := int(a.sentenceAt[m.first])
	if s == 0 {
		return "", false
	}
	first, _ := a.wordsOfSentence(max(0, s-2))
	own, _ := a.wordsOfSentence(s)
	for k := len(a.states) - 1; k >= 0; k-- {
		st := a.states[k]
		if st.first >= m.first {
			continue
		}
		if st.first < first {
			break
		}
		if st.first >= own {
			return "", false // its own sentence names a party: sentenceSide's say
		}
		if !a.targetMention(st.first) && !a.madeIn(st.last) {
			return st.state, true
		}
	}
	return "", false
}

// documentSide picks the first of a platform's operators that the
// document names at all.
func (a *analysis) documentSide(d *assetDraft) (string, bool) {
	for _, op := range d.operators {
		if a.statesSeen[op] {
			return op, true
		}
	}
	return "", false
}

// parentOf finds the asset that contains this one: an asset before it
// in the sentence followed at once by a linking word ("the strike group
// includes destroyers equipped with Tomahawk missiles and Aegis").
func (a *analysis) parentOf(d *assetDraft, m wordRange, sFirst int) *assetDraft {
	for j := m.first - 1; j >= sFirst && j >= m.first-12; j-- {
		p := a.ownerEnds(j)
		if p == nil || p == d {
			continue
		}
		link := j + 1
		if end, ok := a.absorbed.get(j); ok {
			link = end + 1
		}
		if a.lowerWord(link) == "including" || a.is(link, lexLink) && a.lowerWord(link-1) != "along" && !strings.Contains(a.gapText(link), ",") {
			// "struck the destroyer with missiles": the attacker's weapons,
			// not the destroyer's
			if a.canCarry(p.category) && link < m.first && !a.attackedBefore(j, sFirst) {
				return p
			}
		}
	}
	return nil
}

// attackedBefore reports a verb of attack before word j in its clause:
// what follows it is a target.
func (a *analysis) attackedBefore(j, sFirst int) bool {
	for k := j; k >= sFirst; k-- {
		if a.g.sides.targetVerb[a.lowerWord(k)] {
			return true
		}
		if a.gapHas(k, gapClause|gapPeriod) {
			return false
		}
	}
	return false
}

// ownerEnds returns the asset with a mention ending at word j.
func (a *analysis) ownerEnds(j int) *assetDraft {
	if e, ok := a.assetEnd.get(j); ok {
		return e.asset
	}
	return nil
}

// canCarry reports a category whose assets can carry others: ships,
// aircraft and the carrier categories of the lexicon.
func (a *analysis) canCarry(category string) bool {
	return a.shipCategory(category) || a.lexicon.CarrierCategories[category] || strings.HasSuffix(category, "aircraft")
}

// statusNear reads the status cue nearest the mention: in its own clause
// first, then before it in the sentence, then after it.
func (a *analysis) statusNear(m wordRange, sFirst, sLast int) (briefing.Status, bool) {
	cFirst, cLast := m.first, m.last
	for cFirst > sFirst && !a.gapHas(cFirst, gapClause) {
		cFirst--
	}
	for cLast < sLast && !a.gapHas(cLast+1, gapClause) {
		cLast++
	}
	look := func(from, to, step int) (briefing.Status, bool) {
		for j := from; j != to+step && j >= 0 && j < len(a.words); j += step {
			if st, ok := a.cueAt(j); ok {
				if step > 0 {
					return a.asSubject(st, j), true // "…, destroyed both boats"
				}
				return a.asAgent(st, j, m.first), true
			}
		}
		return "", false
	}
	// nearest in the clause, either side
	for dist := 1; dist <= cLast-cFirst; dist++ {
		if j := m.last + dist; j <= cLast {
			if st, ok := a.cueAt(j); ok {
				return a.asSubject(st, j), true
			}
		}
		if j := m.first - dist; j >= cFirst {
			if st, ok := a.cueAt(j); ok {
				return a.asAgent(st, j, m.first), true
			}
		}
	}
	if st, ok := look(cFirst-1, sFirst, -1); ok {
		return st, true
	}
	st, ok := look(cLast+1, sLast, 1)
	return st, ok
}

// asSubject corrects a cue that follows the asset: "Iron Dome
// intercepted the rockets" says Iron Dome was in action, not destroyed;
// "the frigate was hit" keeps its sense.
func (a *analysis) asSubject(st briefing.Status, cue int) briefing.Status {
	if st != briefing.Destroyed && st != briefing.Damaged || a.lowerWord(cue) == "damage" {
		return st
	}
	for j := cue - 1; j >= 0 && j >= cue-3; j-- {
		if a.lexicon.PassiveMarkers[a.lowerWord(j)] {
			return st
		}
	}
	return briefing.Deployed
}

// asAgent corrects a cue before an asset that is the agent of a passive:
// "the ship was sunk by Magura V5 drones" says the drones were in
// action, not sunk.
func (a *analysis) asAgent(st briefing.Status, cue, mention int) briefing.Status {
	if st != briefing.Destroyed && st != briefing.Damaged {
		return st
	}
	for j := cue + 1; j < mention && j <= cue+3; j++ {
		if a.lowerWord(j) == "by" {
			return briefing.Deployed
		}
	}
	return st
}

// cueAt reads a status cue at word j, with the few two-word cues that
// change its sense ("en route", "shot down", "will include").
// wordStatus remembers cueAt's answer for a word in a byte: 0 not
// asked yet, 1 no cue, else 2 + the rank (statusOrder) of its status.
type wordStatus uint8

func (a *analysis) cueAt(j int) (briefing.Status, bool) {
	c := &a.wordStatus[j]
	if *c == 0 {
		*c = 1
		if st, ok := a.statusCueAt(j); ok {
			*c = wordStatus(2 + statusOrder[st])
		}
	}
	if *c == 1 {
		return "", false
	}
	return statusByRank[*c-2], true
}

// statusByRank is statusOrder the other way round.
var statusByRank = func() (t [10]briefing.Status) {
	for st, rank := range statusOrder {
		t[rank] = st
	}
	return t
}()

// statusCueAt reads the status word j states, if any.
func (a *analysis) statusCueAt(j int) (briefing.Status, bool) {
	w := a.lowerWord(j)
	switch w {
	case "en":
		if a.lowerWord(j+1) == "route" {
			return briefing.EnRoute, true
		}
	case "on":
		if a.lowerWord(j+1) == "station" {
			return briefing.Deployed, true
		}
	case "will", "would":
		if next := a.lowerWord(j + 1); next == "arrive" || next == "reach" {
			return briefing.EnRoute, true
		}
		return briefing.Planned, true
	case "could", "may", "might":
		if next := a.lowerWord(j + 1); next == "arrive" || next == "reach" {
			return briefing.EnRoute, true
		}
	case "hit":
		// "X hit the ship" is an attack by X; "was hit" is damage
		if prev := a.lowerWord(j - 1); prev != "was" && prev != "were" && prev != "been" && prev != "be" {
			return briefing.Deployed, true
		}
	}
	if !a.is(j, lexStatus) {
		return "", false // most words: no map look-up
	}
	st, ok := a.lexicon.statusOf[w]
	return st, ok
}

// statusOrder ranks statuses: what happened to an asset outranks where
// it is, and a fact outranks an intention.
var statusOrder = map[briefing.Status]int{
	briefing.Destroyed: 9, briefing.Damaged: 8, briefing.Withdrawn: 7, briefing.Deployed: 6, briefing.EnRoute: 5,
	briefing.Ordered: 4, briefing.Planned: 3, briefing.Reported: 2, briefing.UnknownStatus: 1, "": 0,
}

func statusOutranks(s, than briefing.Status) bool { return statusOrder[s] > statusOrder[than] }

// quantityBefore reads how many: "at least two", "about 400", "nine
// squadrons of", "two more" — within four words before the mention.
func (a *analysis) quantityBefore(m wordRange, sFirst int) string {
	for j := m.first - 1; j >= sFirst && j >= m.first-4; j-- {
		if a.gapHas(j+1, gapClause|gapBracket) {
			return ""
		}
		w := a.lowerWord(j)
		if a.taken[j] && !a.isDemonym(j) && !a.isGenericWord(j) {
			return "" // "24 J-16 and J-10C": the 16 of J-16 counts nothing
		}
		if !a.isNumber(j, w) || a.lexicon.Months[a.lowerWord(j+1)] || a.lexicon.Months[a.lowerWord(j-1)] {
			if a.taken[j] && !a.isDemonym(j) {
				return ""
			}
			continue
		}
		first := j
		for first-1 >= sFirst && a.is(first-1, lexQualifier) && !a.gapHas(first, gapClause) {
			first--
		}
		for first < j && (a.lowerWord(first) == "to" || a.lowerWord(first) == "than") {
			first++
		}
		last := j
		if j+1 < m.first && (a.is(j+1, lexUnit) || a.lowerWord(j+1) == "more") {
			last = j + 1
		}
		if first > j && last == j {
			return ""
		}
		return oneLine(a.spanText(first, last))
	}
	return ""
}

// isNumber reports a number at word j, whose lower-case form is lower.
func (a *analysis) isNumber(j int, lower string) bool {
	if a.words[j].digit {
		// a year is no quantity
		return !(len(lower) == 4 && (strings.HasPrefix(lower, "19") || strings.HasPrefix(lower, "20")))
	}
	return a.lexicon.NumberWords[lower]
}

// locationAfter reads "in the Gulf of Oman", "to Israel" after a mention,
// within its clause.
func (a *analysis) locationAfter(m wordRange, sLast int) string {
	for j := m.last + 1; j <= sLast && j <= m.last+8; j++ {
		if a.gapHas(j, gapClause) {
			return ""
		}
		if !a.is(j, lexLocation) {
			continue
		}
		k := j + 1
		if a.lowerWord(k) == "the" {
			k++
		}
		first := k
		if a.is(k, lexDirection) {
			k++
		}
		if i, ok := a.placeStart.get(k); ok {
			return oneLine(a.spanText(first, a.places[i].last))
		}
		if i, ok := a.stateStart.get(k); ok && a.states[i].form != formDemonym {
			return oneLine(a.spanText(first, a.states[i].last))
		}
	}
	return ""
}

// madeIn reports a demonym used for the maker: "Chinese-built".
func (a *analysis) madeIn(i int) bool {
	if i+1 >= len(a.words) || a.gapText(i+1) != "-" {
		return false
	}
	return a.lexicon.MakerWords[a.lowerWord(i+1)]
}

// isGenericWord reports a word inside a generic asset noun.
func (a *analysis) isGenericWord(i int) bool { g, _ := a.genericWord.get(i); return g }

// dropCoveredGenerics removes generic assets that a more specific one of
// the same category and side already accounts for: "the destroyers" of
// a text that names Arleigh Burke-class destroyers, "drones" beside
// "one-way attack drones", "warships" beside named frigates.
func (a *analysis) dropCoveredGenerics() {
	covered := func(g *assetDraft) bool {
		for _, d := range a.assets {
			// a side only guessed from the sentences around does not keep
			// the generic apart
			if d == g || d.side != g.side && d.side != "" && g.side != "" && g.sideRank < sideInDocument {
				continue
			}
			if !a.sameKind(d, g) || a.anotherOne(g, d) || a.plural(g) && !a.near(d, g) {
				continue // "USVs" early on, "Magura V5" paragraphs later: both in play
			}
			if d.kind != "generic" || len(strings.Fields(d.name)) > len(strings.Fields(g.name)) {
				return true
			}
		}
		return false
	}
	// "10 submarines" beside two named ones: more than the named, a force
	// of its own
	outnumbers := func(g *assetDraft) bool {
		n := a.countIn(g.quantity)
		// a figure in digits is a force counted ("10 submarines"); words
		// more often give a rough size ("six or seven warships")
		if n < 2 || !strings.ContainsAny(g.quantity, "0123456789") || strings.Contains(g.quantity, " or ") {
			return false
		}
		named := 0
		for _, d := range a.assets {
			if d.kind != "generic" && a.sameKind(d, g) {
				// the noun beside a named one speaks of it
				if a.sameSentence(d, g) {
					return false
				}
				named++
			}
		}
		return n > named
	}
	kept := a.assets[:0]
	for _, d := range a.assets {
		if d.kind == "generic" && covered(d) && !outnumbers(d) {
			delete(a.assetKeys, d.key)
			continue
		}
		kept = append(kept, d)
	}
	a.assets = kept
	for _, d := range a.assets {
		if d.parent != nil && a.assetKeys[d.parent.key] == nil {
			d.parent = nil
		}
	}
}

// coversCategory reports a generic noun's category that names assets of
// category specific too: "helicopter" an attack helicopter, "missile" a
// cruise missile, "warship" a frigate.
func (a *analysis) coversCategory(category, specific string) bool {
	return category == specific || strings.HasSuffix(specific, " "+category) ||
		category == "warship" && a.shipCategory(specific)
}

// anotherOne reports generic g introduced as a further one beside named
// d: "Russia's Ivanovets missile ship … and a Russian corvette" is two
// ships; "USS Carney, a destroyer," is one.
func (a *analysis) anotherOne(g, d *assetDraft) bool {
	for _, m := range g.mentions {
		art := m.first - 1
		for art > 0 && a.isDemonym(art) {
			art-- // "a Russian corvette"
		}
		if art < 0 {
			continue
		}
		switch a.lowerWord(art) {
		case "a", "an", "another":
		default:
			continue
		}
		for _, n := range d.mentions {
			if a.sentenceAt[n.first] != a.sentenceAt[m.first] {
				continue
			}
			if n.last == art-1 && a.gapHas(art, gapComma) {
				return false // apposition: the named one described
			}
			return true
		}
	}
	return false
}

// sameKind reports a named asset d of the kind generic g names: its
// category, any ship for "warship", any missile for "missile".
func (a *analysis) sameKind(d, g *assetDraft) bool {
	return d.category == g.category || g.category == "warship" && a.shipCategory(d.category) ||
		g.category == "missile" && strings.HasSuffix(d.category, "missile")
}

// sameSentence reports two assets named in one sentence somewhere.
func (a *analysis) sameSentence(d, g *assetDraft) bool {
	for _, m := range d.mentions {
		for _, n := range g.mentions {
			if a.sentenceAt[m.first] == a.sentenceAt[n.first] {
				return true
			}
		}
	}
	return false
}

// countIn reads the first count in a quantity ("at least 10", "two"),
// 0 when there is none.
func (a *analysis) countIn(quantity string) int {
	for _, w := range strings.Fields(strings.ToLower(quantity)) {
		if n, ok := a.g.questions.countValue(w); ok {
			return n
		}
	}
	return 0
}

// plural reports a generic asset written in the plural every time
// ("uncrewed surface vessels"): a force of its own, not the one ship
// named elsewhere.
func (a *analysis) plural(g *assetDraft) bool {
	for _, m := range g.mentions {
		if w := a.lowerWord(m.last); !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
			return false
		}
	}
	return len(g.mentions) > 0
}

// near reports two assets named within a sentence of each other
// somewhere in the document.
func (a *analysis) near(d, g *assetDraft) bool {
	for _, m := range d.mentions {
		s := a.sentenceAt[m.first]
		for _, n := range g.mentions {
			if t := a.sentenceAt[n.first]; t >= s-1 && t <= s+1 {
				return true
			}
		}
	}
	return false
}

// hedged reports a sentence that leaves something open, whose places
// are possibilities rather than facts.
func (a *analysis) hedged(s int) bool { return a.sentenceOpen(s) }
