package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// groupStage finds groups of people and fighters that have no name of
// their own in the gazetteer: by a demonym and a collective noun, by
// what they do or whom they follow, by a name and a noun, or as a text
// introduces them. It reads the window (words, the gazetteer's matches,
// the lexicon's collective and group words) and the mentions found
// before it (states, actors, assets, the words taken); it adds group
// drafts, and folds the groups of one patron among the item stages.
type groupStage struct{ mentionCtx }

// find finds groups named by a demonym and a collective noun.
func (gs *groupStage) find() {
	for _, s := range gs.states {
		if s.form != formDemonym {
			continue
		}
		next := s.last + 1
		// (Russian "peacekeepers": a collective in scare quotes is still theirs)
		if next >= len(gs.words) || !gs.words[next].soft && !scareQuoted(gs.gapText(next)) || gs.words[next].cap {
			continue
		}
		last := -1
		if next+1 < len(gs.words) && gs.lexicon.CollectivePhrases[gs.lowerWord(next)+" "+gs.lowerWord(next+1)] && gs.words[next+1].soft {
			last = next + 1
		} else if gs.is(next, lexCollective) {
			last = next
		}
		if last < 0 || !gs.free(next, last) || gs.namesAircraft(last) {
			continue
		}
		name := oneLine(gs.spanText(s.first, last))
		if !gs.words[next].soft {
			name = gs.spanText(s.first, s.last) + " " + gs.spanText(next, last)
		}
		if force, ok := gs.lexicon.forceOf[gs.lowerWord(last)]; ok {
			// "North Korean troops": the state's forces, in its order of
			// battle (its soldiers too); the demonym still names the state
			rule := "demonym-and-forces"
			if gs.deployedAt(s.first, last) {
				rule = "forces-deployed" // in play even when named once
			}
			gs.addAsset("forces:"+s.state+"/"+force, s.first, last, name, func(d *assetDraft) {
				d.name, d.kind, d.category, d.domain = name, "unit", "military unit", briefing.Land
				d.side, d.sideRank = s.state, sideAdjacent
				d.why.Rule = rule
			})
			if next == last && gs.isStateForces(last, last) {
				// and they stand for their state's military as an actor
				gs.stateForces(s.state, gs.spanText(next, last), name, name, s.first, last, "demonym-and-forces")
			}
			continue
		}
		gs.addActor("group:"+gs.normName(name), s.first, last, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Group, s.state, "demonym-and-collective"
		})
	}
}

// deployedAt reports a verb of deployment beside troops at first..last,
// in their clause: after them, past auxiliaries ("Turkish troops have
// been deployed"), or a few words before ("sent 300 Rwandan troops").
func (gs *groupStage) deployedAt(first, last int) bool {
	verbs := gs.lexicon.DeploymentVerbs
	// "About 1,500 Russian peacekeepers are in Transnistria": present
	// there, so in play
	if be := last + 1; be+1 < len(gs.words) && !gs.gapHas(be, gapClause|gapPeriod) && !gs.gapHas(be+1, gapClause|gapPeriod) &&
		gs.lexicon.PresenceVerbs[gs.lowerWord(be)] && gs.is(be+1, lexLocation) {
		return true
	}
	for j := last + 1; j < len(gs.words) && j <= last+4; j++ {
		if gs.gapHas(j, gapClause|gapPeriod) {
			break
		}
		if verbs[gs.lowerWord(j)] {
			return true
		}
	}
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		// (a number's comma, "1,000 Rwandan troops", ends no clause)
		if gs.gapHas(j+1, gapClause|gapPeriod) && !(gs.words[j].digit && gs.words[j+1].digit) {
			break
		}
		if verbs[gs.lowerWord(j)] {
			return true
		}
	}
	return false
}

// namesAircraft reports a noun the document uses for aircraft elsewhere,
// after a type it knows ("J-15 fighters"): "Chinese fighters" there are
// the jets, not men under arms.
func (gs *groupStage) namesAircraft(i int) bool {
	w := gs.lowerWord(i)
	for j := 1; j < len(gs.words); j++ {
		if j == i || gs.lowerWord(j) != w || !gs.words[j].soft {
			continue
		}
		if k, ok := gs.endAt.get(j - 1); ok {
			if r := bestRef(gs.matches[k].refs); r.kind == kindPlatform && gs.ix.domainOf(gs.g.Platforms[r.index].Category) == briefing.Air {
				return true
			}
		}
	}
	return false
}

// findCollectives finds groups that reporting names by what they do
// or whom they follow, in lower case: "local resistance committees",
// "drug trafficking groups", "pro-Iran militias". One word at least must
// say something ("armed groups" alone names nobody in particular).
func (gs *groupStage) findCollectives() {
	l := gs.lexicon
	for i := 1; i < len(gs.words); i++ {
		if gs.words[i].cap || gs.taken[i] || !gs.unitWord(i, groupNounWord) || !l.GroupNouns[gs.lowerWord(i)] {
			continue
		}
		first, telling := i, false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			w := gs.lowerWord(j)
			if !gs.words[j+1].soft || gs.gapHas(j+1, gapClause|gapPeriod|gapBracket) || gs.taken[j] && !gs.isDemonym(j) && !gs.patronBefore(j) && !gs.proBefore(j) ||
				gs.is(j, lexNotName|lexSpeech|lexNumber) || l.VagueModifiers[w] || gs.words[j].digit || isLexPreposition(w) || l.NonGroupModifiers[w] {
				break // "said insurgents had …"
			}
			// "to fight jihadists": a verb; "the strongest factions": a
			// superlative, which ranks groups rather than names one
			if j > 0 && (gs.lowerWord(j-1) == "to" || gs.lowerWord(j-1) == "the" && len(w) > 6 && strings.HasSuffix(w, "est")) {
				break
			}
			if gs.verbBeforeGroup(j) {
				break // "Macedonia attacks rebels", "… and counterattacked insurgents"
			}
			// "the country's gangs": a place they belong to names no group
			if gs.words[j].possessive && !gs.words[j].cap {
				break
			}
			// a capital only a sentence's start explains: "Local resistance
			// committees …"
			sentenceStart := j == 0 || gs.sentenceAt[j-1] != gs.sentenceAt[j]
			if gs.words[j].cap && gs.gapText(j+1) != "-" && !gs.isDemonym(j) && !gs.proBefore(j) && !(sentenceStart && gs.at[j] < 0 && !gs.words[j].upper) {
				break
			}
			first = j
			telling = true
		}
		// "the Yemen-based rebels": where they are based names no group
		if !telling || first > 0 && gs.gapText(first) == "-" {
			continue
		}
		name := oneLine(gs.spanText(first, i))
		affiliation := ""
		if side, ok := gs.stateAt(first); ok {
			affiliation = side
		} else if side, ok := gs.stateAt(first + 1); ok && gs.proBefore(first+1) {
			affiliation = side // "pro-Iran militias"
		}
		gs.addActor("group:"+gs.normName(name), first, i, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Group, affiliation, "named-collective"
		})
	}
}

// isLexPreposition reports a preposition or conjunction, which ends the
// words describing a group.
func isLexPreposition(w string) bool {
	switch w {
	case "of", "in", "on", "at", "by", "for", "with", "from", "to", "and", "or", "as", "against", "between", "among":
		return true
	}
	return false
}

// patronBefore reports a state written before a hyphen and a patron's
// participle at j: "Iran-" of "Iran-backed militias". The state keeps its
// mention; the group is named with it.
// proBefore reports a state at word j that a group is named as being for
// or against: "pro-Iran militias", "anti-Kyiv partisans".
func (gs *groupStage) proBefore(j int) bool {
	if j == 0 || gs.gapText(j) != "-" {
		return false
	}
	if w := gs.lowerWord(j - 1); w != "pro" && w != "anti" {
		return false
	}
	_, ok := gs.stateAt(j)
	return ok
}

func (gs *groupStage) patronBefore(j int) bool {
	if j+1 >= len(gs.words) || gs.gapText(j+1) != "-" || !gs.lexicon.PatronParticiples[gs.lowerWord(j+1)] {
		return false
	}
	_, ok := gs.stateAt(j)
	return ok
}

// foldGroupsOfOnePatron makes one group of the names a report gives a
// state's auxiliaries: "Iranian militias" and "pro-Iran militias" (the
// same patron, the same noun) are the same fighters. Groups the
// gazetteer names are never folded: the Sinaloa Cartel and the Gulf
// Cartel are both Mexico's, and rivals.
func (gs *groupStage) foldGroupsOfOnePatron() {
	described := func(d *actorDraft) bool {
		return d.kind == briefing.Group && d.affiliation != "" && len(d.mentions) > 0 && d.why.Rule != "gazetteer"
	}
	for i, d := range gs.actors {
		if !described(d) {
			continue
		}
		head := lastWord(d.name)
		for _, e := range gs.actors[i+1:] {
			if !described(e) || e.affiliation != d.affiliation || !strings.EqualFold(lastWord(e.name), head) {
				continue
			}
			gs.absorbActor(d, e)
		}
	}
}

// findGangs finds groups named by a capitalised name and a singular
// noun in lower case: "the Beltran Leyva cartel", "the 400 Mawozo gang".
func (gs *groupStage) findGangs() {
	for i := 1; i < len(gs.words); i++ {
		// a name must stand before the noun: tested first, as it is cheap
		if before := &gs.words[i-1]; !before.cap && !before.digit || gs.words[i].cap || gs.taken[i] || !gs.words[i].soft ||
			gs.gapText(i) != " " || !gs.lexicon.NamedGroupNouns[gs.lowerWord(i)] {
			continue
		}
		first := i
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if gs.taken[j] || gs.is(j, lexNotName) || gs.isDemonym(j) || !(gs.words[j].cap || gs.words[j].digit) ||
				gs.gapText(j+1) != " " && gs.gapText(j+1) != "-" {
				break
			}
			first = j
		}
		// a capital only a sentence's start explains names nothing
		if first == i || first == i-1 && (first == 0 || gs.sentenceAt[first-1] != gs.sentenceAt[first]) && gs.at[first] < 0 {
			continue
		}
		name := oneLine(gs.spanText(first, i))
		gs.addActor("group:"+gs.normName(name), first, i, name, func(d *actorDraft) {
			d.name, d.kind, d.why.Rule = name, briefing.Group, "named-gang"
		})
	}
}

// findIntroduced finds groups a text names as it introduces them:
// "a group called APT40", "a hacking outfit known as Sea Turtle". The
// name is the capitalised words after the naming phrase.
func (gs *groupStage) findIntroduced() {
	l := gs.lexicon
	for i := 1; i+1 < len(gs.words); i++ {
		if gs.words[i].cap || !gs.unitWord(i, introducedGroupWord) || !l.IntroducedGroupNouns[gs.lowerWord(i)] {
			continue
		}
		// the naming phrase: one to three words ("called", "known as",
		// "which calls itself")
		first := -1
		for n, phrase := 1, gs.lowerWord(i+1); n <= 3 && i+n < len(gs.words); n++ {
			if n > 1 {
				phrase += " " + gs.lowerWord(i+n)
			}
			if l.GroupNamingPhrases[phrase] && !gs.gapHas(i+n, gapClause|gapPeriod) {
				first = i + n + 1
			}
		}
		if first >= 0 && first+1 < len(gs.words) && gs.lowerWord(first) == "the" && gs.words[first+1].cap {
			first++ // "known as the Black Hand"
		}
		if first < 0 || first >= len(gs.words) || gs.taken[first] || !gs.words[first].cap || gs.gapHas(first, gapPeriod) {
			continue
		}
		// capitalised words, and "of" or "of the" between two of them
		// ("Sons of the Valley")
		last := first
		for j := first + 1; j < len(gs.words) && j < first+6 && !gs.taken[j] && !gs.gapHas(j, gapClause|gapPeriod) && gs.gapText(j) == " "; j++ {
			if gs.words[j].cap {
				last = j
			} else if w := gs.lowerWord(j); w != "of" && w != "the" || j == last+2 && w == "of" {
				break
			}
		}
		name := oneLine(gs.spanText(first, last))
		gs.addActor("group:"+gs.normName(name), first, last, name, func(d *actorDraft) {
			d.name, d.kind, d.why.Rule = name, briefing.Group, "introduced-group"
		})
	}
}

// verbBeforeGroup reports word j, before a group noun, as the verb whose
// object the group is rather than a word of its name: a verb's "-s"
// ("Macedonia attacks rebels"), or an "-ed" form after a subject or a
// conjunction ("troops … and counterattacked insurgents"), where "armed
// rebels" and "the heavily armed militants" describe them.
func (gs *groupStage) verbBeforeGroup(j int) bool {
	w := gs.lowerWord(j)
	if gs.words[j].cap || gs.gapText(j) == "-" {
		return false
	}
	if _, ok := gs.g.verbs.thirdBase(w); ok && j > 0 {
		return true
	}
	// "as forces battle insurgents": a plural's present
	if j > 0 && gs.g.verbs.base.has(w) && !gs.words[j-1].cap && strings.HasSuffix(gs.lowerWord(j-1), "s") && !gs.words[j-1].possessive {
		return true
	}
	if !strings.HasSuffix(w, "ed") || j == 0 || gs.sentenceAt[j-1] != gs.sentenceAt[j] || gs.gapHas(j, gapClause|gapBracket) {
		return false
	}
	prev := gs.lowerWord(j - 1)
	return prev == "and" || prev == "or" || prev == "then"
}

// scareQuoted reports a gap that opens a quotation and nothing else: a
// space and one quote mark.
func scareQuoted(gap string) bool {
	switch gap {
	case ` "`, ` “`, ` '`, ` ‘`:
		return true
	}
	return false
}
