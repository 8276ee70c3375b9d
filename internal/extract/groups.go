package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// findGroups finds groups named by a demonym and a collective noun.
func (a *analysis) findGroups() {
	for _, s := range a.states {
		if s.form != formDemonym {
			continue
		}
		next := s.last + 1
		if next >= len(a.words) || !a.words[next].soft || a.words[next].cap {
			continue
		}
		last := -1
		if next+1 < len(a.words) && a.lexicon.CollectivePhrases[a.lowerWord(next)+" "+a.lowerWord(next+1)] && a.words[next+1].soft {
			last = next + 1
		} else if a.is(next, lexCollective) {
			last = next
		}
		if last < 0 || !a.free(next, last) || a.namesAircraft(last) {
			continue
		}
		name := oneLine(a.spanText(s.first, last))
		if force, ok := a.lexicon.forceOf[a.lowerWord(last)]; ok {
			// "North Korean troops": the state's forces, in its order of
			// battle (its soldiers too); the demonym still names the state
			rule := "demonym-and-forces"
			if a.deployedAt(s.first, last) {
				rule = "forces-deployed" // in play even when named once
			}
			a.addAsset("forces:"+s.state+"/"+force, s.first, last, name, func(d *assetDraft) {
				d.name, d.kind, d.category, d.domain = name, "unit", "military unit", briefing.Land
				d.side, d.sideRank = s.state, sideAdjacent
				d.why.Rule = rule
			})
			if next == last && a.isStateForces(last, last) {
				// and they stand for their state's military as an actor
				a.stateForces(s.state, a.spanText(next, last), name, name, s.first, last, "demonym-and-forces")
			}
			continue
		}
		a.addActor("group:"+a.normName(name), s.first, last, name, func(d *actorDraft) {
			d.name, d.kind, d.affiliation, d.why.Rule = name, briefing.Group, s.state, "demonym-and-collective"
		})
	}
}

// deployedAt reports a verb of deployment beside troops at first..last,
// in their clause: after them, past auxiliaries ("Turkish troops have
// been deployed"), or a few words before ("sent 300 Rwandan troops").
func (a *analysis) deployedAt(first, last int) bool {
	verbs := a.lexicon.DeploymentVerbs
	// "About 1,500 Russian peacekeepers are in Transnistria": present
	// there, so in play
	if be := last + 1; be+1 < len(a.words) && !a.gapHas(be, gapClause|gapPeriod) && !a.gapHas(be+1, gapClause|gapPeriod) &&
		a.lexicon.PresenceVerbs[a.lowerWord(be)] && a.is(be+1, lexLocation) {
		return true
	}
	for j := last + 1; j < len(a.words) && j <= last+4; j++ {
		if a.gapHas(j, gapClause|gapPeriod) {
			break
		}
		if verbs[a.lowerWord(j)] {
			return true
		}
	}
	for j := first - 1; j >= 0 && j >= first-3; j-- {
		// (a number's comma, "1,000 Rwandan troops", ends no clause)
		if a.gapHas(j+1, gapClause|gapPeriod) && !(a.words[j].digit && a.words[j+1].digit) {
			break
		}
		if verbs[a.lowerWord(j)] {
			return true
		}
	}
	return false
}

// namesAircraft reports a noun the document uses for aircraft elsewhere,
// after a type it knows ("J-15 fighters"): "Chinese fighters" there are
// the jets, not men under arms.
func (a *analysis) namesAircraft(i int) bool {
	w := a.lowerWord(i)
	for j := 1; j < len(a.words); j++ {
		if j == i || a.lowerWord(j) != w || !a.words[j].soft {
			continue
		}
		if k, ok := a.endAt.get(j - 1); ok {
			if r := bestRef(a.matches[k].refs); r.kind == kindPlatform && a.ix.domainOf(a.g.Platforms[r.index].Category) == briefing.Air {
				return true
			}
		}
	}
	return false
}

// findNamedCollectives finds groups that reporting names by what they do
// or whom they follow, in lower case: "local resistance committees",
// "drug trafficking groups", "pro-Iran militias". One word at least must
// say something ("armed groups" alone names nobody in particular).
func (a *analysis) findNamedCollectives() {
	l := a.lexicon
	for i := 1; i < len(a.words); i++ {
		if a.words[i].cap || a.taken[i] || !a.unitWord(i, groupNounWord) || !l.GroupNouns[a.lowerWord(i)] {
			continue
		}
		first, telling := i, false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			w := a.lowerWord(j)
			if !a.words[j+1].soft || a.gapHas(j+1, gapClause|gapPeriod|gapBracket) || a.taken[j] && !a.isDemonym(j) && !a.patronBefore(j) && !a.proBefore(j) ||
				a.is(j, lexNotName|lexSpeech) || l.VagueModifiers[w] || a.words[j].digit || isLexPreposition(w) || l.NonGroupModifiers[w] {
				break // "said insurgents had …"
			}
			// "to fight jihadists": a verb; "the strongest factions": a
			// superlative, which ranks groups rather than names one
			if j > 0 && (a.lowerWord(j-1) == "to" || a.lowerWord(j-1) == "the" && len(w) > 6 && strings.HasSuffix(w, "est")) {
				break
			}
			if a.verbBeforeGroup(j) {
				break // "Macedonia attacks rebels", "… and counterattacked insurgents"
			}
			// "the country's gangs": a place they belong to names no group
			if a.words[j].possessive && !a.words[j].cap {
				break
			}
			// a capital only a sentence's start explains: "Local resistance
			// committees …"
			sentenceStart := j == 0 || a.sentenceAt[j-1] != a.sentenceAt[j]
			if a.words[j].cap && a.gapText(j+1) != "-" && !a.isDemonym(j) && !a.proBefore(j) && !(sentenceStart && a.at[j] < 0 && !a.words[j].upper) {
				break
			}
			first = j
			telling = true
		}
		// "the Yemen-based rebels": where they are based names no group
		if !telling || first > 0 && a.gapText(first) == "-" {
			continue
		}
		name := oneLine(a.spanText(first, i))
		affiliation := ""
		if side, ok := a.stateAt(first); ok {
			affiliation = side
		} else if side, ok := a.stateAt(first + 1); ok && a.proBefore(first+1) {
			affiliation = side // "pro-Iran militias"
		}
		a.addActor("group:"+a.normName(name), first, i, name, func(d *actorDraft) {
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
func (a *analysis) proBefore(j int) bool {
	if j == 0 || a.gapText(j) != "-" {
		return false
	}
	if w := a.lowerWord(j - 1); w != "pro" && w != "anti" {
		return false
	}
	_, ok := a.stateAt(j)
	return ok
}

func (a *analysis) patronBefore(j int) bool {
	if j+1 >= len(a.words) || a.gapText(j+1) != "-" || !a.lexicon.PatronParticiples[a.lowerWord(j+1)] {
		return false
	}
	_, ok := a.stateAt(j)
	return ok
}

// foldGroupsOfOnePatron makes one group of the names a report gives a
// state's auxiliaries: "Iranian militias" and "pro-Iran militias" (the
// same patron, the same noun) are the same fighters. Groups the
// gazetteer names are never folded: the Sinaloa Cartel and the Gulf
// Cartel are both Mexico's, and rivals.
func (a *analysis) foldGroupsOfOnePatron() {
	described := func(d *actorDraft) bool {
		return d.kind == briefing.Group && d.affiliation != "" && len(d.mentions) > 0 && d.why.Rule != "gazetteer"
	}
	for i, d := range a.actors {
		if !described(d) {
			continue
		}
		head := lastWord(d.name)
		for _, e := range a.actors[i+1:] {
			if !described(e) || e.affiliation != d.affiliation || !strings.EqualFold(lastWord(e.name), head) {
				continue
			}
			a.absorbActor(d, e)
		}
	}
}

// findNamedGangs finds groups named by a capitalised name and a singular
// noun in lower case: "the Beltran Leyva cartel", "the 400 Mawozo gang".
func (a *analysis) findNamedGangs() {
	for i := 1; i < len(a.words); i++ {
		// a name must stand before the noun: tested first, as it is cheap
		if before := &a.words[i-1]; !before.cap && !before.digit || a.words[i].cap || a.taken[i] || !a.words[i].soft ||
			a.gapText(i) != " " || !a.lexicon.NamedGroupNouns[a.lowerWord(i)] {
			continue
		}
		first := i
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			if a.taken[j] || a.is(j, lexNotName) || a.isDemonym(j) || !(a.words[j].cap || a.words[j].digit) ||
				a.gapText(j+1) != " " && a.gapText(j+1) != "-" {
				break
			}
			first = j
		}
		// a capital only a sentence's start explains names nothing
		if first == i || first == i-1 && (first == 0 || a.sentenceAt[first-1] != a.sentenceAt[first]) && a.at[first] < 0 {
			continue
		}
		name := oneLine(a.spanText(first, i))
		a.addActor("group:"+a.normName(name), first, i, name, func(d *actorDraft) {
			d.name, d.kind, d.why.Rule = name, briefing.Group, "named-gang"
		})
	}
}

// findIntroducedGroups finds groups a text names as it introduces them:
// "a group called APT40", "a hacking outfit known as Sea Turtle". The
// name is the capitalised words after the naming phrase.
func (a *analysis) findIntroducedGroups() {
	l := a.lexicon
	for i := 1; i+1 < len(a.words); i++ {
		if a.words[i].cap || !a.unitWord(i, introducedGroupWord) || !l.IntroducedGroupNouns[a.lowerWord(i)] {
			continue
		}
		// the naming phrase: one to three words ("called", "known as",
		// "which calls itself")
		first := -1
		for n, phrase := 1, a.lowerWord(i+1); n <= 3 && i+n < len(a.words); n++ {
			if n > 1 {
				phrase += " " + a.lowerWord(i+n)
			}
			if l.GroupNamingPhrases[phrase] && !a.gapHas(i+n, gapClause|gapPeriod) {
				first = i + n + 1
			}
		}
		if first >= 0 && first+1 < len(a.words) && a.lowerWord(first) == "the" && a.words[first+1].cap {
			first++ // "known as the Black Hand"
		}
		if first < 0 || first >= len(a.words) || a.taken[first] || !a.words[first].cap || a.gapHas(first, gapPeriod) {
			continue
		}
		// capitalised words, and "of" or "of the" between two of them
		// ("Sons of the Valley")
		last := first
		for j := first + 1; j < len(a.words) && j < first+6 && !a.taken[j] && !a.gapHas(j, gapClause|gapPeriod) && a.gapText(j) == " "; j++ {
			if a.words[j].cap {
				last = j
			} else if w := a.lowerWord(j); w != "of" && w != "the" || j == last+2 && w == "of" {
				break
			}
		}
		name := oneLine(a.spanText(first, last))
		a.addActor("group:"+a.normName(name), first, last, name, func(d *actorDraft) {
			d.name, d.kind, d.why.Rule = name, briefing.Group, "introduced-group"
		})
	}
}

// verbBeforeGroup reports word j, before a group noun, as the verb whose
// object the group is rather than a word of its name: a verb's "-s"
// ("Macedonia attacks rebels"), or an "-ed" form after a subject or a
// conjunction ("troops … and counterattacked insurgents"), where "armed
// rebels" and "the heavily armed militants" describe them.
func (a *analysis) verbBeforeGroup(j int) bool {
	w := a.lowerWord(j)
	if a.words[j].cap || a.gapText(j) == "-" {
		return false
	}
	if _, ok := a.g.verbs.thirdBase(w); ok && j > 0 {
		return true
	}
	if !strings.HasSuffix(w, "ed") || j == 0 || a.sentenceAt[j-1] != a.sentenceAt[j] || a.gapHas(j, gapClause|gapBracket) {
		return false
	}
	prev := a.lowerWord(j - 1)
	return prev == "and" || prev == "or" || prev == "then"
}
