package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askUnknownAttribute: "the extent of the damage remained unclear" →
// "What is the extent of the damage"; "whose exact location was not
// specified" → "Where is <the thing>".
func askUnknownAttribute(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.Contains(m.cue.phrase, " no number") {
		return q.askHowMany(m)
	}
	i := m.first
	for i > 0 && (q.lx.aux.hasTok(&ts[i-1]) || ts[i-1].low == "being" || ts[i-1].low == "been" || ts[i-1].low == "potentially") {
		i--
	}
	start := q.subjectStart(ts, i)
	// "the number of ships to be assigned after that date has not been
	// set": the whole clause before, when it holds no verb of its own
	for j := start - 1; j >= 0 && j >= start-12 && !ts[j].brk; j-- {
		if j+2 < start && q.lx.det.hasTok(&ts[j]) && q.lx.attrWh[ts[j+1].low] != "" && ts[j+2].low == "of" {
			// "to be assigned" is no verb of the clause's own
			if k := q.strongFinite(ts, j, start); k < 0 || k >= 2 && ts[k-1].low == "be" && ts[k-2].low == "to" {
				start = j
			}
			break
		}
	}
	np := q.trimSubject(ts[start:i])
	if m.cue.tail == "none given" {
		// "No information on X and Y was given": the subject starts at "no"
		for j := start - 1; j >= 0 && j >= start-12 && !ts[j].brk && (len(np) == 0 || np[0].low != "no"); j-- {
			if ts[j].low == "no" {
				np = ts[j:i]
			}
		}
		return q.askNoneGiven(np, m)
	}
	// "the true toll is likely much higher": a figure that falls short,
	// so the true one is still to learn; nothing else is asked this way
	if m.cue.tail == "undercounted" {
		if len(np) == 0 || !slices.ContainsFunc(np, func(t tok) bool { return q.lx.figureNoun.hasTok(&t) }) {
			return phrased{}, false
		}
		return phrased{core: "What is " + q.nounPhrase(withDefinite(cutBreak(np)))}, true
	}
	// "one crew member was missing": what became of them is unknown
	if last := ts[m.last].low; last == "missing" || last == "unaccounted" {
		// people, not a missing anchor, whose loss is a fact
		victim := func(t tok) bool { return q.lx.persons.hasTok(&t) || q.countable(t.low) }
		if !slices.ContainsFunc(np, victim) {
			// "20 soldiers were killed and several are missing": a bare
			// count stands for the people named before it
			if len(np) != 1 || !q.lx.vagueCount.hasTok(&np[0]) && !q.lx.isCount(np[0].low) {
				return phrased{}, false
			}
			for j := start - 1; j >= 0; j-- {
				people := victim(ts[j]) || strings.HasSuffix(ts[j].low, "s") && q.lx.agents.has(strings.TrimSuffix(ts[j].low, "s"))
				if people && slices.ContainsFunc(ts[max(0, j-3):j], func(t tok) bool { return q.lx.isCount(t.low) || q.lx.vagueCount.hasTok(&t) }) {
					return phrased{core: "What is the fate of " + np[0].w + " " + ts[j].low + ", reported missing"}, true
				}
			}
			return phrased{}, false
		}
		return phrased{core: "What is the fate of " + q.nounPhrase(cutBreak(np)) + ", reported missing"}, true
	}
	// "who was behind them is unknown": a wh-clause as the subject, with
	// its own verb
	for w := start - 1; w >= 0 && w >= i-12 && !ts[w].brk; w-- {
		// not a relative after a comma ("a submarine, whose location …")
		// ("the details of how the attack was carried out": how it was)
		detailsOf := w >= 2 && ts[w-1].low == "of" && q.lx.detailNoun.hasTok(&ts[w-2])
		if q.lx.wh.hasTok(&ts[w]) && (w == 0 || ts[w-1].stop || detailsOf || q.lx.subjectBound.hasTok(&ts[w-1]) && !ts[w-1].brk) {
			core := q.whQuestion(ts, w, i)
			return phrased{core: core}, core != ""
		}
	}
	// "Who authorised the strike, and what it aimed at, are questions …"
	if start > 0 && len(ts) > 2 && q.lx.wh.hasTok(&ts[0]) && !q.lx.wh.hasTok(&ts[start]) {
		core := q.whQuestion(ts, 0, q.clauseEnd(ts, 1))
		return phrased{core: core}, core != ""
	}
	// "whether Israel would join … remains unclear": the whether rule's
	if start > 0 && q.lx.aux.hasTok(&ts[start-1]) {
		return phrased{}, false
	}
	for j := start - 1; j >= 0 && !ts[j].brk && ts[j].low != "and" && ts[j].low != "but"; j-- {
		if ts[j].low == "whether" || ts[j].low == "if" {
			return phrased{}, false
		}
	}
	// "how many aircraft fell remains unknown" → "How many aircraft fell"
	if len(np) > 1 && q.lx.wh.hasTok(&np[0]) {
		core := q.whQuestion(ts, start+(len(ts[start:i])-len(np)), i)
		return phrased{core: core}, core != ""
	}
	// "…, whose exact location was not specified": the owner comes before
	if start > 0 && ts[start-1].low == "whose" || len(np) > 0 && np[0].low == "whose" {
		if len(np) > 0 && np[0].low == "whose" {
			np = np[1:]
		}
		w := start - 1
		if ts[w].low != "whose" {
			w = start
		}
		ownerStart := q.npStart(ts, w, true)
		owner := q.objectPhrase(ts[ownerStart:w])
		if len(owner) == 0 || len(np) == 0 {
			return phrased{}, false
		}
		attr := np[len(np)-1].low
		ownerText := q.nounPhrase(withDefinite(owner))
		switch q.lx.attrWh[attr] {
		case "where":
			return phrased{core: "Where is " + ownerText}, true
		case "how many":
			return phrased{core: "How many " + ownerText + " are there"}, true
		case "when":
			return phrased{core: "When is " + ownerText + " due"}, true
		}
		return phrased{core: "What is the " + render(np) + " of " + ownerText}, true
	}
	// "Lasers were pointed at the pilots. The intent was unclear.": why
	// what the sentence before reports was done
	// (not "its purpose was not yet clear": its owner is named, below)
	owned := slices.ContainsFunc(ts[start:i], func(t tok) bool { return t.low == "its" || t.low == "their" || t.low == "his" || t.low == "her" })
	if bare := np; q.s > 0 && !owned && len(bare) > 0 && len(bare) <= 2 && (len(bare) == 1 || q.lx.det.hasTok(&bare[0])) && q.lx.motiveNoun.hasTok(&bare[len(bare)-1]) {
		prev := q.at(q.s - 1)
		if core := prev.askClause(prev.ts, 0, len(prev.ts)); core != "" {
			return phrased{core: "Why " + lowerFirstWord(core), kind: briefing.Unknown, linked: []int{q.s - 1}}, true
		}
	}
	if len(np) == 0 || len(np) == 1 && (q.lx.pronoun.hasTok(&np[0]) || q.lx.det.hasTok(&np[0])) {
		return phrased{}, false
	}
	if q.lx.det.hasTok(&np[len(np)-1]) {
		return phrased{}, false
	}
	// "the number of casualties" → "How many casualties"
	for i, t := range np {
		if t.low == "of" && i > 0 && i+1 < len(np) {
			switch q.lx.attrWh[np[i-1].low] {
			case "how many":
				// "the number of ships to be assigned" → "How many ships will be assigned"
				for k := i + 1; k+2 < len(np); k++ {
					if np[k].low == "to" && np[k+1].low == "be" {
						return phrased{core: "How many " + render(np[i+1:k]) + " will be " + render(np[k+2:])}, true
					}
				}
				return phrased{core: "How many " + render(np[i+1:]) + " were there"}, true
			case "where":
				return phrased{core: "Where is " + q.nounPhrase(np[i+1:])}, true
			case "who":
				if q.isPlural(np[i+1:]) {
					return phrased{core: "Who are " + q.nounPhrase(np[i+1:])}, true
				}
				return phrased{core: "Who is " + q.nounPhrase(np[i+1:])}, true
			}
			break
		}
	}
	head := np[len(np)-1].low
	if q.lx.attrWh[head] == "when" {
		if core := q.whenOfSentence(); core != "" {
			return phrased{core: core, kind: briefing.Timing}, true
		}
	}
	// "its strength is unknown": whose; "the number has not been
	// announced" alone says of what no more than the clause before
	if len(np) == 2 && q.lx.attrWh[head] != "" {
		if np[0].low != "its" && np[0].low != "their" {
			return phrased{}, false
		}
		owner, ok := q.resolve(map[string]string{"its": "it", "their": "they"}[np[0].low])
		if !ok {
			return phrased{}, false
		}
		return phrased{core: "What is the " + np[1].low + " of " + owner.text}, true
	}
	be := "is"
	if q.isPlural(np) || np[len(np)-1].low == "dead" {
		be = "are"
	}
	sub := q.subjectOf(np)
	if sub.text == "" {
		return phrased{}, false
	}
	// "the dead have not been identified" → "Who are the dead"; "the
	// attackers could not be traced" → "Who are the attackers"
	if q.cueWordIn(m, "identif") || q.cueWordIn(m, "traced") && q.isPlural(np) {
		return phrased{core: "Who " + be + " " + sub.text}, true
	}
	if q.cueWordIn(m, "traced") { // "the shipment could not be traced"
		return phrased{core: "Where " + be + " " + sub.text}, true
	}
	// "The attack has not been confirmed": the claim of it, when one came
	// before, else whether it took place
	event := head
	for k := 1; k < len(np); k++ {
		if q.lx.prep.hasTok(&np[k]) {
			event = np[k-1].low // "the attack on the depot"
			break
		}
	}
	if q.lx.eventNoun(event) && (q.cueWordIn(m, "confirm") || q.cueWordIn(m, "verif")) {
		if p, ok := q.linkBack(m.first); ok {
			p.counter, p.kind = "which has not been confirmed", briefing.Claim
			return p, true
		}
		return phrased{core: "Did " + sub.text + " take place"}, true
	}
	// "More than a third of the border remains disputed": what is in
	// dispute is no attribute to ask for
	if q.cueWordIn(m, "disputed") || q.cueWordIn(m, "contested") || q.cueWordIn(m, "doubtful") || q.cueWordIn(m, "questionable") || q.cueWordIn(m, "debatable") {
		if !slices.ContainsFunc(np, func(t tok) bool { return q.lx.attrWh[t.low] != "" }) {
			return phrased{}, false
		}
	}
	return phrased{core: "What " + be + " " + sub.text}, true
}

// askNoneGiven asks for what a sentence says nobody gave: "No delivery
// date has been announced" → "What is the delivery date"; "No
// information on the duration of the drills was given" → "What is the
// duration of the drills". A subject without "no" raises nothing.
func (q *qctx) askNoneGiven(np []tok, m cueMatch) (phrased, bool) {
	if len(np) < 2 || np[0].low != "no" {
		return phrased{}, false
	}
	np = np[1:]
	// the verb that gave nothing: "announced", "given"
	given := q.ts[m.last].low
	// "no report of any damage" → "Was there any damage"
	if len(np) > 2 && q.lx.signNoun.hasTok(&np[0]) && np[1].low == "of" {
		np = cutBreak(np[2:])
		if q.isPlural(np) {
			return phrased{core: "Were there " + q.nounPhrase(np)}, true
		}
		return phrased{core: "Was there " + q.nounPhrase(np)}, true
	}
	// "no information on X", "no details about X": the reason goes with
	// the question ("…, on which no information was given")
	counter := ""
	if q.lx.infoNoun.hasTok(&np[0]) {
		counter = "on which no " + np[0].low + " was " + given
	}
	if len(np) > 2 && counter != "" && (np[1].low == "on" || np[1].low == "about" || np[1].low == "of") {
		np = np[2:]
	} else if len(np) == 1 && counter != "" {
		// "No information was available on the crew"
		ts := q.ts
		from := m.after()
		if from+1 >= len(ts) || ts[from].low != "on" && ts[from].low != "about" {
			return phrased{}, false
		}
		np = ts[from+1 : q.clauseEnd(ts, from+1)]
	}
	if len(np) == 0 || q.lx.infoNoun.hasTok(&np[len(np)-1]) {
		return phrased{}, false
	}
	np = cutBreak(np)
	if !q.lx.det.hasTok(&np[0]) {
		np = append([]tok{synth("the")}, np...)
	}
	np = withDefinite(np)
	be := "is"
	if q.isPlural(np) {
		be = "are"
	}
	if counter == "" {
		// "No delivery date has been announced" → "…, which has not been
		// announced"
		counter = map[bool]string{true: "which have not been ", false: "which has not been "}[be == "are"] + given
	}
	if core, ok := q.attributeQuestion(np); ok {
		return phrased{core: core, counter: counter}, true
	}
	return phrased{core: "What " + be + " " + q.nounPhrase(np), counter: counter}, true
}

// attributeQuestion asks for an attribute a noun phrase names: "the
// location of the battery" → "Where is the battery", "the number of
// casualties" → "How many casualties were there".
func (q *qctx) attributeQuestion(np []tok) (string, bool) {
	if len(np) < 4 || np[0].low != "the" && np[0].low != "its" && np[0].low != "their" {
		return "", false
	}
	for i := 1; i+1 < len(np) && i <= 3; i++ {
		if np[i+1].low != "of" || i+2 >= len(np) {
			continue
		}
		owner := np[i+2:]
		switch q.lx.attrWh[np[i].low] {
		case "where":
			return "Where is " + q.nounPhrase(owner), true
		case "how many":
			return "How many " + render(owner) + " were there", true
		case "who":
			if q.isPlural(owner) {
				return "Who are " + q.nounPhrase(owner), true
			}
			return "Who is " + q.nounPhrase(owner), true
		case "when":
			// "the date of the confrontation": an event, which took place
			// (not "the date of the next exercise", still to come)
			if h := q.head(owner); q.lx.eventNoun(h.low) && !slices.ContainsFunc(owner, func(t tok) bool { return q.lx.future.hasTok(&t) }) {
				return "When did " + q.nounPhrase(owner) + " take place", true
			}
			return "When is " + q.nounPhrase(owner) + " due", true
		case "why", "what", "how":
			// "the type of drone" → "What type of drone was it"
			if w := np[i].low; w == "type" || w == "kind" || w == "model" || w == "make" {
				return "What " + w + " of " + render(owner) + " was it", true
			}
			return "What is the " + np[i].w + " of " + q.nounPhrase(owner), true
		}
		return "", false
	}
	return "", false
}

// whenOfSentence asks when the hedged event of the sentence (or the one
// before) comes: "it could arrive in days" → "When will the carrier
// arrive".
func (q *qctx) whenOfSentence() string {
	for _, s := range []int{q.s, q.s - 1} {
		if s < 0 {
			continue
		}
		inner := q.at(s)
		for k, t := range inner.ts {
			if k == 0 || !inner.lx.modal.hasTok(&t) {
				continue
			}
			start := inner.subjectStart(inner.ts, k)
			if start >= k {
				continue
			}
			sub := inner.subjectOf(inner.ts[start:k])
			if k == start+1 && inner.lx.pronoun.hasTok(&inner.ts[start]) && k+1 < len(inner.ts) {
				// "it could arrive": the ship named last
				if r, ok := inner.resolveFor(inner.ts[start].low, inner.ts[k+1].low); ok {
					sub = r
				}
			}
			end := inner.clauseEnd(inner.ts, k+1)
			rest := inner.ts[k+1 : end]
			for i, r := range rest {
				// "could be within range before …": "be" keeps its place
				if i > 0 && (r.low == "before" || r.low == "by" || r.low == "soon" || r.low == "shortly" || r.low == "in" || r.low == "within") &&
					!(i == 1 && rest[0].low == "be") {
					rest = rest[:i]
					break
				}
			}
			if sub.text == "" || len(rest) == 0 || !inner.vb.base.has(rest[0].low) {
				continue
			}
			return "When will " + sub.text + " " + render(rest)
		}
	}
	return ""
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
