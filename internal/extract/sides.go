package extract

import (
	"fmt"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// sideData is data/sides.yaml: the phrases that tie an asset to its
// operator or set a party apart from it.
type sideData struct {
	OperatorAfter      []string `yaml:"operator_after"`
	OriginAfter        []string `yaml:"origin_after"`
	AdversaryAfter     []string `yaml:"adversary_after"`
	TargetVerbs        []string `yaml:"target_verbs"`
	TargetPrepositions []string `yaml:"target_prepositions"`
	HeldBy             []string `yaml:"held_by"`
	RecipientAfter     []string `yaml:"recipient_after"`
	TransferWords      []string `yaml:"transfer_words"`
	BuyVerbs           []string `yaml:"buy_verbs"`
	BuyerVerbGap       []string `yaml:"buyer_verb_gap"`
	TransferListStops  []string `yaml:"transfer_list_stops"`
}

// sideGrammar is sides.yaml compiled.
type sideGrammar struct {
	operator, origin, adversary, recipient        phraseSet
	targetVerb, targetPrep, heldBy, transfer, buy wordSet
	buyerGap, transferStop                        wordSet
}

// phraseSet holds phrases as words, by their first word: an asset's next
// word picks the few phrases worth comparing.
type phraseSet map[string][][]string

func compileSides(d sideData) (*sideGrammar, []error) {
	var errs []error
	phrases := func(name string, list []string) phraseSet {
		if len(list) == 0 {
			errs = append(errs, fmt.Errorf("sides.yaml: %s is missing or empty", name))
		}
		out := phraseSet{}
		for _, p := range list {
			if p == "" || p != strings.ToLower(p) {
				errs = append(errs, fmt.Errorf("sides.yaml: %s: %q must be lower case", name, p))
				continue
			}
			words := strings.Fields(p)
			out[words[0]] = append(out[words[0]], words)
		}
		return out
	}
	g := &sideGrammar{
		operator: phrases("operator_after", d.OperatorAfter), origin: phrases("origin_after", d.OriginAfter),
		adversary:  phrases("adversary_after", d.AdversaryAfter),
		targetVerb: setOf(d.TargetVerbs), targetPrep: setOf(d.TargetPrepositions), heldBy: setOf(d.HeldBy),
		recipient: phrases("recipient_after", d.RecipientAfter), transfer: setOf(d.TransferWords), buy: setOf(d.BuyVerbs),
		buyerGap: setOf(d.BuyerVerbGap), transferStop: setOf(d.TransferListStops),
	}
	if len(g.targetVerb) == 0 || len(g.targetPrep) == 0 || len(g.heldBy) == 0 || len(g.transfer) == 0 || len(g.buy) == 0 ||
		len(g.buyerGap) == 0 || len(g.transferStop) == 0 {
		errs = append(errs, fmt.Errorf("sides.yaml: target_verbs, target_prepositions, held_by, transfer_words, buy_verbs, buyer_verb_gap or transfer_list_stops is missing or empty"))
	}
	return g, errs
}

func readSides() (*sideGrammar, error) {
	var d sideData
	if err := readData("data/sides.yaml", &d); err != nil {
		return nil, err
	}
	g, errs := compileSides(d)
	if len(errs) > 0 {
		return nil, errs[0]
	}
	return g, nil
}

// phraseAfter matches one of phrases at word i (after at most one
// comma); it returns the first word after the phrase, or -1.
func (as *attributeStage) phraseAfter(phrases phraseSet, i, sLast int) int {
	if !as.inSet(i, setSidePhrase) {
		return -1 // most words begin no phrase of any set
	}
	for _, p := range phrases[as.lowerWord(i)] {
		end := i + len(p)
		if end-1 > sLast {
			continue
		}
		ok := true
		for k, w := range p {
			if as.lowerWord(i+k) != w || k > 0 && as.gapHas(i+k, gapClause|gapPeriod) {
				ok = false
				break
			}
		}
		if ok {
			return end
		}
	}
	return -1
}

// partyAt returns the party a mention starting within a few words from
// i names: a state or armed group ("Houthi forces", "the
// Houthi-controlled region"), or an organisation's country ("the
// Sudanese Armed Forces").
func (as *attributeStage) partyAt(i, sLast int) (string, bool) {
	for j := i; j <= sLast && j < i+4; j++ {
		if j > i && as.gapHas(j, gapClause|gapPeriod) {
			return "", false
		}
		if side, ok := as.stateAt(j); ok && !as.madeIn(j) {
			return side, true
		}
		if d, _ := as.actorWord.get(j); d != nil && (d.kind == briefing.Organization || d.kind == briefing.Group) {
			if d.affiliation != "" {
				return d.affiliation, true
			}
			// "the Coast Guard of the Russian Federal Security Service":
			// a body of no country of its own, part of one that has one
			end := j
			for end+1 <= sLast && as.actorOf(end+1) == d {
				end++
			}
			if d.kind == briefing.Organization && end+2 <= sLast && as.lowerWord(end+1) == "of" {
				if side, ok := as.partyAt(end+2, sLast); ok {
					return side, true
				}
			}
			return d.name, true
		}
		// "submarines of the Russian Northern Fleet": the formation's own
		if m := as.matchAt(j); m != nil && bestRef(m.refs).kind == kindPlatform {
			if p := &as.g.Platforms[bestRef(m.refs).index]; p.Kind == "unit" && len(p.Operators) > 0 {
				return p.Operators[0], true
			}
		}
		if as.taken[j] && !as.isGenericWord(j) {
			return "", false
		}
	}
	return "", false
}

// sideAfter reads the operator an asset's mention is tied to by the
// words after it: "a missile launched by Houthi forces", "a drone
// belonging to the SAF", "boats, from the Houthi-controlled areas".
// adversary is the party that "shot down" or "intercepted" it.
func (as *attributeStage) sideAfter(m wordRange, sLast int) (side, adversary string) {
	g := as.g.sides
	i := m.last + 1
	// past the noun that says what it is ("Akinci drone") and a relative
	// opening ("missiles that were fired from …")
	pastNoun := func(i int) int {
		for i <= sLast && as.isGenericWord(i) && !as.gapHas(i, gapClause|gapPeriod) {
			i++
		}
		return i
	}
	i = pastNoun(i)
	// "F-16 fighter jets and an anti-air warfare frigate from Denmark":
	// the phrase after a list of assets is each one's
	for hops := 0; hops < 2 && i < sLast && as.lowerWord(i) == "and" && !as.gapHas(i, gapClause|gapPeriod); hops++ {
		next := -1
		for k := i + 1; k <= sLast && k <= i+6 && !as.gapHas(k, gapClause|gapPeriod); k++ {
			if _, ok := as.assetEnd.get(k); ok {
				next = k
				break
			}
		}
		if next < 0 {
			break
		}
		i = pastNoun(next + 1)
	}
	if i+1 <= sLast && (as.lowerWord(i) == "that" || as.lowerWord(i) == "which") {
		switch as.lowerWord(i + 1) {
		case "were", "was", "had", "have", "has":
			i += 2
			if as.lowerWord(i) == "been" {
				i++
			}
		}
	}
	// "missiles were fired from …": the passive's auxiliaries
	for k := 0; k < 2 && i <= sLast; k++ {
		switch as.lowerWord(i) {
		case "was", "were", "is", "are", "been", "being", "had", "have", "has":
			i++
			continue
		}
		break
	}
	if i > sLast {
		return "", ""
	}
	if end := as.phraseAfter(g.adversary, i, sLast); end >= 0 {
		adversary, _ = as.partyAt(end, sLast)
		return "", adversary
	}
	if as.gapHas(i, gapPeriod|gapSemicolon|gapColon) {
		return "", ""
	}
	for _, phrases := range [...]phraseSet{g.recipient, g.operator, g.origin} {
		if end := as.phraseAfter(phrases, i, sLast); end >= 0 {
			if s, ok := as.partyAt(end, sLast); ok {
				return s, ""
			}
		}
	}
	// "drones in Houthi-controlled areas": a party's ground
	if w := as.lowerWord(i); w == "in" || w == "over" || w == "inside" {
		for j := i + 1; j <= sLast && j <= i+3; j++ {
			if s, ok := as.stateAt(j); ok && j+1 <= sLast && as.gapText(j+1) == "-" && as.g.sides.heldBy[as.lowerWord(j+1)] {
				return s, ""
			}
		}
	}
	return "", ""
}

// targetMention reports a party named as what is acted on: after "on",
// "at", "against" ("an attack on Israel"), so not the operator of the
// assets around it.
func (as *attributeStage) targetMention(first int) bool {
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		w := as.lowerWord(j)
		if as.inSet(j, setTargetPrep) {
			return true
		}
		// "on the U.S. destroyer": past articles and the owner's name
		if _, state := as.stateAt(j); w != "the" && w != "a" && w != "an" && !state {
			return false
		}
	}
	return false
}

// clauseHasWord reports a word of set between words from and to, in one
// clause: "Switzerland will buy the Patriot" holds a verb of buying.
func (as *attributeStage) clauseHasWord(from, to int, set map[string]bool) bool {
	for j := from + 1; j < to; j++ {
		if as.gapHas(j, gapClause|gapPeriod) {
			return false
		}
		if set[as.lowerWord(j)] {
			return true
		}
	}
	return false
}

// actorOf is the actor with a mention at word j, or nil.
func (m *mentionState) actorOf(j int) *actorDraft {
	d, _ := m.actorWord.get(j)
	return d
}

// recipientSide reads who receives an asset handed over in its sentence:
// "the sale of 40 F-16 jets to Turkey", "delivered IRIS-T systems to
// Ukraine" (the party after "to" past the list of assets), or "French
// deliveries to Greece, such as Rafale fighters" (the party before a
// list the deliveries name).
func (as *attributeStage) recipientSide(m wordRange, sFirst, sLast int) (string, bool) {
	g := as.g.sides
	t := -1
	for j := m.first - 1; j >= sFirst && j >= m.first-12; j-- {
		if as.gapHas(j+1, gapPeriod|gapSemicolon|gapColon) {
			break
		}
		if as.inSet(j, setTransfer) {
			t = j
			break
		}
	}
	if t < 0 {
		return "", false
	}
	// "deliveries to Greece, such as …", "supplied to Ukraine, including …"
	for j := t + 1; j+1 < m.first; j++ {
		if as.lowerWord(j) != "to" {
			continue
		}
		party, ok := as.partyAt(j+1, sLast)
		if !ok {
			return "", false
		}
		for k := j + 2; k < m.first; k++ {
			w := as.lowerWord(k)
			if w == "including" || w == "such" && as.lowerWord(k+1) == "as" || as.gapHas(k, gapColon) {
				return party, true
			}
		}
		return "", false
	}
	// "the sale of 40 F-16 jets and spare engines to Turkey": "to" after
	// the assets handed over, with no verb between
	i := m.last + 1
	for i <= sLast && i <= m.last+8 && !as.gapHas(i, gapClause|gapPeriod) {
		if as.lowerWord(i) == "to" {
			if i+1 > sLast || as.g.verbs.base.has(as.lowerWord(i+1)) {
				return "", false // "sent drones to attack Kyiv": a purpose
			}
			return as.partyAt(i+1, sLast)
		}
		// (the list's nouns pass; a place or a target ends it)
		if w := as.lowerWord(i); as.inSet(i, setTargetPrep|setTransfer) || g.transferStop[w] {
			return "", false
		}
		i++
	}
	return "", false
}

// buyerSide reads the party that buys an asset in its clause: "Bangladesh
// will buy 20 Chinese J-10C jets", "Greece ordered a fourth frigate":
// the party right before the verb of buying (past an auxiliary, a modal
// or "plans to") operates what it buys.
func (as *attributeStage) buyerSide(m wordRange, sFirst, sLast int) (string, bool) {
	v := -1
	for j := m.first - 1; j >= sFirst && j >= m.first-6; j-- {
		if as.gapHas(j+1, gapClause|gapPeriod) {
			return "", false
		}
		if as.inSet(j, setBuy) {
			v = j
			break
		}
	}
	if v <= sFirst {
		return "", false
	}
	for j := v - 1; j >= sFirst && j >= v-4; j-- {
		if as.inSet(j, setBuyerGap) {
			continue
		}
		if as.gapHas(j+1, gapClause|gapPeriod) {
			return "", false
		}
		// the buyer's name ends here: its first word is where partyAt looks
		first := j
		for first > sFirst && first > j-4 && !as.gapHas(first, gapClause|gapPeriod) && (as.words[first-1].cap || as.lowerWord(first-1) == "the") {
			first--
		}
		return as.partyAt(first, j)
	}
	return "", false
}
