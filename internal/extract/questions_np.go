package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// agentive reports a subject that can intend things: an actor or asset
// named, a pronoun, or a noun for people or forces.
func (q *qctx) agentive(np []tok) bool {
	np = q.trimSubject(np)
	if len(np) == 0 {
		return true // left unsaid: the clause's subject, checked elsewhere
	}
	h := q.head(np)
	if h.name || h.cap && q.properNoun(h) || q.lx.pronoun.hasTok(&h) && h.low != "this" && h.low != "that" {
		return true
	}
	return q.lx.agents.hasTok(&h) || q.lx.agents.has(strings.TrimSuffix(h.low, "s"))
}

// head returns the head word of a noun phrase: the last before a
// preposition ("strikes on refineries" → strikes), the noun after "of"
// when a quantity comes first ("some of the submarines" → submarines).
func (q *qctx) head(np []tok) tok {
	for i, t := range np {
		if i == 0 || !q.lx.prep.has(t.low) {
			continue
		}
		if t.low == "of" && (q.lx.det.hasTok(&np[i-1]) || q.lx.isCount(np[i-1].low) || np[i-1].low == "one") {
			continue
		}
		return np[i-1]
	}
	return np[len(np)-1]
}

// resolveFor resolves a pronoun subject of verb: "it could arrive" is
// the ship named last; other pronouns as resolve does.
func (q *qctx) resolveFor(pronoun, verb string) (subject, bool) {
	if pronoun == "it" {
		// "it could take weeks": no thing at all
		if !q.lx.assetVerb.has(verb) {
			return subject{}, false
		}
		if name := q.a.lastAsset(q.s); name != "" {
			return subject{text: name}, true
		}
	}
	return q.resolve(pronoun)
}

// matchAt matches cue c at word j of the sentence; it returns the last
// word of the match.
func (q *qctx) matchAt(c *qcue, j int) (int, bool) {
	ts := q.ts
	i := j
	for p := 0; p < len(c.pat); p++ {
		pt := &c.pat[p]
		if pt.gap {
			// the next pattern word within maxCueGap words, in the clause
			nextPat := &c.pat[p+1]
			found := -1
			for g := i; g < len(ts) && g <= i+maxCueGap; g++ {
				if nextPat.matchesNumber(q.a.cueNumber(&ts[g]), ts[g].low) {
					found = g
					break
				}
				if strings.IndexByte(ts[g].w, ';') >= 0 {
					break
				}
			}
			if found < 0 {
				return 0, false
			}
			i = found
			continue
		}
		if i >= len(ts) || !pt.matchesNumber(q.a.cueNumber(&ts[i]), ts[i].low) {
			return 0, false
		}
		if i > j && p > 0 && ts[i-1].brk && !c.pat[p-1].gap {
			return 0, false // a cue does not run over a comma
		}
		i++
	}
	return i - 1, true
}

func (lx *qlexicon) ruleIndex(name string) int {
	for i, r := range lx.rules {
		if r.name == name {
			return i
		}
	}
	return -1
}

// isPlural guesses the number of a noun phrase from its last word.
func (q *qctx) isPlural(np []tok) bool {
	if len(np) == 0 {
		return false
	}
	for _, t := range np {
		if t.low == "and" {
			return true
		}
	}
	switch np[0].low {
	case "they", "we", "these", "those", "both", "several", "many", "some", "most":
		return true
	}
	// "the target of the attack": the head comes before "of"
	head := np[len(np)-1]
	for i, t := range np {
		if i > 0 && (t.low == "of" || t.low == "from" || t.low == "in" || t.low == "on" || t.low == "near" || t.low == "with" ||
			t.low == "between" || t.low == "among" || t.low == "at" || t.low == "by" || t.low == "for") {
			head = np[i-1]
			break
		}
	}
	// "hostages held in the building", "calls received a day earlier":
	// a participle's phrase after its noun
	for i := 1; i+1 < len(np); i++ {
		if np[i].at > head.at {
			break
		}
		if !np[i].cap && q.pastTense(np[i].low) && !q.lx.det.hasTok(&np[i-1]) && !q.lx.isCount(np[i-1].low) &&
			(q.lx.prep.hasTok(&np[i+1]) || q.lx.timeWord.hasTok(&np[i+1]) || q.timeAgo(np, i+1, len(np))) {
			head = np[i-1]
			break
		}
	}
	// "the men killed": a participle after its noun
	if n := len(np); head.at == np[n-1].at && n > 1 && !head.cap && strings.HasSuffix(head.low, "ed") && q.pastTense(head.low) {
		head = np[n-2]
	}
	w := head.low
	if strings.HasSuffix(w, "'") {
		return true
	}
	// "the U.S.", "the UAE": an abbreviation, one body
	if strings.Contains(w, ".") || len(head.w) > 1 && noLower(head.w) {
		return false
	}
	// "fishermen", "gunmen", "people": plurals without an s
	if (!head.cap || q.sentenceInitial(head)) && (len(w) > 4 && strings.HasSuffix(w, "men") || q.lx.plural.hasTok(&head)) {
		return true
	}
	// "the United States", "the Philippines": one state
	if head.cap && head.wi >= 0 {
		if k, ok := q.a.stateWord.get(int(head.wi)); ok && q.a.states[k].form == formName {
			if _, state := q.a.ix.states[q.a.normKey(q.a.states[k].state)]; state {
				return false
			}
		}
	}
	if q.lx.singularS.hasTok(&head) {
		return false // "the debris", "the headquarters"
	}
	// "-is" is plural in "Houthis", "Israelis"; singular in "crisis", "this"
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "sis") ||
		w == "this" || w == "his" || w == "axis" || len(w) < 3 {
		return false
	}
	return !head.cap || len(np) > 1 && np[0].low == "the" || !head.name && !q.properNoun(head)
}

// nounPhrase renders a subject: a sentence's capital dropped from a
// common first word, names kept.
func (q *qctx) nounPhrase(np []tok) string {
	if len(np) == 0 {
		return ""
	}
	// "our Royal New Zealand Navy ships": the speaker's "our" before a
	// name means nothing in a question a reader asks
	if len(np) > 1 && (np[0].low == "our" || np[0].low == "my") && np[1].cap {
		np = np[1:]
	}
	s := render(np)
	first := np[0]
	// a sentence's capital comes off a common word ("Strikes", "Experts"):
	// one the gazetteer or lexicon knows, not followed by a name ("Rear
	// Admiral Mayhew" keeps it); an unknown word is likely a name ("Zhou")
	common := q.sentenceInitial(first) && !q.properNoun(first) && !strings.HasSuffix(first.low, "'s") &&
		(len(np) > 1 && !np[1].cap || first.wi >= 0 && q.a.words[first.wi].id >= 0 && !(len(np) > 1 && np[1].cap) ||
			// "Deliveries are due to begin": a plural no name was found in
			len(np) == 1 && len(first.low) > 5 && strings.HasSuffix(first.low, "s") && !first.name && (first.wi < 0 || !q.a.taken[first.wi]) ||
			// "Banditry may be evolving": an abstract noun's ending
			len(first.low) > 6 && !first.name && (first.wi < 0 || !q.a.taken[first.wi]) && slices.ContainsFunc(q.lx.nounSuffixes, func(x string) bool { return strings.HasSuffix(first.low, x) }))
	// "Two Turkish-built drones", "Witnesses said": a number word, or a
	// noun the question lexicon lists as a source, is never a name
	listed := q.sentenceInitial(first) && (q.lx.isCount(first.low) || q.lx.hearsayNoun.hasTok(&first) || q.lx.partyNoun.hasTok(&first) ||
		(q.lx.agents.hasTok(&first) || q.lx.agents.has(strings.TrimSuffix(first.low, "s"))) && !(len(np) > 1 && np[1].cap))
	// ("Drone crews of the regiment": a generic asset's noun is no name)
	generic := first.wi >= 0 && q.a.isGenericWord(int(first.wi))
	if first.cap && (!first.name || generic) && (q.lx.det.hasTok(&first) || q.lx.pronoun.hasTok(&first) || first.low == "some" || common || listed) {
		r, size := utf8.DecodeRuneInString(s)
		s = string(unicode.ToLower(r)) + s[size:]
	}
	return s
}

// afterVerb keeps the words after the last verb of a phrase: "the RSF
// this week published videos" → "videos".
func (q *qctx) afterVerb(np []tok) []tok {
	for i := len(np) - 1; i >= 0; i-- {
		_, past := q.vb.pastBase(np[i].low)
		_, part := q.vb.participleBase(np[i].low)
		// "operates two helicopters": a present verb before its object
		_, third := q.vb.thirdBase(np[i].low)
		third = third && i > 0 && i+1 < len(np) && (q.lx.det.hasTok(&np[i+1]) || q.lx.isCount(np[i+1].low))
		// "rebels (still) hold towns": a plural subject's present is the base
		k := i - 1
		for k > 0 && q.lx.dropAdverb.hasTok(&np[k]) {
			k--
		}
		plain := i > 0 && i+1 < len(np) && q.vb.base.has(np[i].low) && pluralNoun(&np[k]) && !pluralNoun(&np[i])
		if (past || part || third || plain) && !np[i].cap && i+1 < len(np) {
			rest := np[i+1:]
			// "drawn up strike packages": the particle goes with the verb
			for len(rest) > 1 && q.lx.particle.hasTok(&rest[0]) {
				rest = rest[1:]
			}
			return rest
		}
	}
	return np
}

// withDefinite makes "an unidentified submarine" "the unidentified
// submarine".
func withDefinite(np []tok) []tok {
	if len(np) > 0 && (np[0].low == "a" || np[0].low == "an") {
		out := slices.Clone(np)
		out[0] = synth("the")
		return out
	}
	return np
}

// objectPhrase trims the words before a noun phrase that are not part of
// it: verbs and prepositions ("includes air units and an unidentified
// submarine" → "an unidentified submarine").
func (q *qctx) objectPhrase(ts []tok) []tok {
	ts = q.afterVerb(ts)
	for len(ts) > 0 && q.lx.prep.hasTok(&ts[0]) {
		ts = ts[1:]
	}
	// the last of several joined objects
	for i := len(ts) - 1; i > 0; i-- {
		if ts[i].low == "and" || ts[i].low == "or" {
			return ts[i+1:]
		}
	}
	return ts
}
