package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askIntent: "X vowed to V" → "Will X V"; "X warned of retaliation if
// attacks continue" → "Will there be retaliation if attacks continue, as
// X warns".
func askIntent(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if strings.HasSuffix(m.cue.phrase, "found|apprehended") || strings.HasSuffix(m.cue.phrase, "go unpunished") {
		return q.askPursuit(m)
	}
	if from >= len(ts) {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	phrase := m.cue.phrase
	if strings.HasSuffix(phrase, "... will|would") {
		return q.askReportedFuture(m)
	}
	if strings.HasSuffix(phrase, "is|was|remains to") {
		return q.askStatedAim(m)
	}
	if strings.HasPrefix(phrase, "in a|an") {
		return q.askBid(m)
	}
	// "…, aiming to protect shipping": the purpose of a deed done
	if strings.HasSuffix(ts[m.first].low, "ing") && (m.first == 0 || ts[m.first-1].brk || !q.lx.aux.hasTok(&ts[m.first-1])) &&
		q.lx.purpose.hasTok(&ts[m.first]) {
		return phrased{}, false
	}
	// "as the rebels attempted to capture …": the verb of the attempt
	// ends the match, its subject stands inside it
	verb := m.first
	if ts[verb].low == "as" {
		verb = m.last - 1
	}
	sub := q.speakerBefore(verb)
	// "terrorists who seek to harm Americans": the relative's antecedent
	// acts; a bare plural there is anyone of a kind, no one to ask about
	if g := q.verbGroupStart(ts, verb); g > 1 && (ts[g-1].low == "who" || ts[g-1].low == "which") {
		np := q.relativeHead(ts, g-1)
		if ts[g-1].low == "who" {
			// "the pursuit of terrorists who …": who are the people, last
			if k := slices.IndexFunc(np, func(t tok) bool { return t.low == "of" }); k >= 0 {
				np = np[k+1:]
			}
		}
		if len(np) == 0 || !q.lx.det.hasTok(&np[0]) && !np[0].cap {
			return phrased{}, false
		}
		sub = q.subjectOf(withDefinite(np))
		// "the rebels who vowed to retake the town was killed": the
		// relative clause ends where the main clause's verb comes
		for j := from + 1; j < end; j++ {
			if q.lx.aux.hasTok(&ts[j]) && !q.lx.modal.hasTok(&ts[j]) && !q.lx.det.hasTok(&ts[j-1]) && ts[j-1].low != "to" {
				end = j
				break
			}
		}
	}
	start := q.subjectStart(ts, verb)
	// "the strike threatens to derail the talks": a thing's threat is a
	// risk, still open
	if np := q.trimSubject(ts[start:verb]); strings.HasPrefix(phrase, "threatened") && len(np) > 0 && q.vb.base.has(ts[from].low) &&
		(sub.text == "" || !q.agentive(np)) {
		return phrased{core: "Will " + q.nounPhrase(withDefinite(np)) + " " + render(ts[from:end])}, true
	}
	if start < verb && !q.agentive(ts[start:verb]) {
		return phrased{}, false // "strikes … aim to deprive Moscow": a purpose
	}
	switch {
	case strings.HasSuffix(phrase, " of"):
		if sub.text == "" {
			return phrased{core: "Will there be " + render(ts[from:end])}, true
		}
		return phrased{core: "Will there be " + render(ts[from:end]), creditBy: &voice{who: sub, verb: "warns"}}, true
	case strings.HasSuffix(phrase, " that"):
		core := q.askReportedBy(ts, from, end, sub)
		if core == "" {
			return phrased{}, false
		}
		return phrased{core: core, creditBy: &voice{who: sub, verb: "warns"}}, true
	case strings.HasSuffix(phrase, "will|would"):
		// "Leaders of the group have said they will continue the attacks"
		if sub.text == "" {
			return phrased{}, false
		}
		rest := ts[from:end]
		for len(rest) > 1 && (rest[0].low == "not" || rest[0].low == "never") {
			rest = rest[1:] // "says it will not attack first": will it?
		}
		// "said it would be foolish to say …": "it" stands for what
		// follows, not for anyone
		if ts[m.last-1].low == "it" && len(rest) > 2 && rest[0].low == "be" && !strings.HasSuffix(rest[1].low, "ing") && (rest[2].low == "to" || rest[2].low == "that") {
			return phrased{}, false
		}
		return phrased{core: "Will " + sub.text + " " + render(rest)}, true
	case strings.HasPrefix(phrase, "wants"):
		// what an actor wants is open when someone else says so
		at, said := q.attribution()
		quoted := ts[m.first].quoted
		if sub.text == "" || !q.vb.base.has(ts[from].low) || !quoted && !(said && m.first >= at.from && m.first < at.to) ||
			strings.Contains(strings.ToLower(sub.text), "'s") && strings.HasPrefix(strings.ToLower(sub.text), "that") {
			return phrased{}, false
		}
		do := "Does "
		if sub.plural {
			do = "Do "
		}
		if ts[m.first].low == "wanted" {
			do = "Did "
		}
		return phrased{core: do + sub.text + " want to " + render(ts[from:end])}, true
	}
	if sub.text == "" || !q.vb.base.has(ts[from].low) {
		return phrased{}, false
	}
	// "The group stated that they targeted the base, vowing to …": the
	// group vows, not the pronoun of what it stated
	if q.lx.pronoun.has(strings.ToLower(sub.text)) && m.first > 0 && ts[m.first-1].brk {
		if at, ok := q.attribution(); ok && at.verb < m.first {
			if who := q.sourceText(at.source); who.text != "" {
				sub = who
			}
		}
	}
	return phrased{core: "Will " + sub.text + " " + render(ts[from:end])}, true
}

// askReportedFuture: "the presidency said Kenya would raise the matter
// with the AU" → "Will Kenya raise the matter with the AU". What a
// source says will be done is still to be done; a verdict ("would be
// difficult") is not asked.
func (q *qctx) askReportedFuture(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.first + 1
	// "said Thursday it will …", "said on Monday that …": when it was
	// said comes before the subject
	for from+1 < m.last && !ts[from].brk && (q.lx.timeWord.hasTok(&ts[from]) ||
		q.lx.timeOpener.hasTok(&ts[from]) && q.lx.timeWord.hasTok(&ts[from+1])) {
		from++
	}
	if from < len(ts) && ts[from].low == "that" {
		from++
	}
	if from >= m.last || ts[m.first].brk {
		return phrased{}, false
	}
	// "told reporters the army would …": the hearer is not the subject
	if ts[m.first].low == "told" {
		for from < m.last && !ts[from].brk && q.finite(ts, from, m.last+1) != m.last {
			from++
		}
		// "told the public the new drones would …": a second noun phrase
		// after the hearer's is the subject
		for j := from + 1; j < m.last; j++ {
			if q.lx.det.hasTok(&ts[j]) || q.lx.pronoun.hasTok(&ts[j]) {
				from = j
				break
			}
		}
	}
	if q.finite(ts, from, m.last+1) != m.last || m.last+1 >= len(ts) {
		return phrased{}, false
	}
	next := m.last + 1
	for next < len(ts)-1 && (ts[next].low == "also" || ts[next].low == "soon" || ts[next].low == "now" || ts[next].low == "not") {
		next++
	}
	verb := ts[next].low
	if !q.vb.base.has(verb) || verb == "have" {
		return phrased{}, false
	}
	// an actor's deed to come, or a change; not a schedule ("the
	// exercise would end on Friday")
	// ("the facility will be built": a deed done to it is no schedule)
	// (not "would be captured and prosecuted", which the pursuit cue asks
	// whole)
	passiveDeed := verb == "be" && next+1 < len(ts) && q.isParticipleOfDeed(ts[next+1].low) &&
		!(next+3 < len(ts) && ts[next+2].low == "and" && q.isParticipleOfDeed(ts[next+3].low))
	if !q.agentive(ts[from:m.last]) && q.lx.scheduleVerb.has(verb) && !passiveDeed {
		return phrased{}, false
	}
	if verb == "be" {
		if next+1 >= len(ts) {
			return phrased{}, false
		}
		if _, ok := q.vb.participleBase(ts[next+1].low); !ok {
			return phrased{}, false
		}
	}
	end := q.clauseEnd(ts, m.last)
	// "Colombia said Thursday it will buy …": the pronoun is the speaker
	if who := q.speakerBefore(m.first); who.text != "" && q.lx.pronoun.hasTok(&ts[from]) {
		if core := q.askReportedBy(ts, from, end, who); core != "" {
			return phrased{core: core}, true
		}
	}
	core := q.askClause(ts, from, end)
	return phrased{core: core}, core != ""
}

// askDispute: "Beijing and Manila have different interpretations of what
// concessions the agreement contains" → "What concessions does the
// agreement contain, on which Beijing and Manila differ".
func askDispute(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from < len(ts) && (ts[from].low == "of" || ts[from].low == "over" || ts[from].low == "about" || ts[from].low == "on") {
		from++
	}
	if from >= len(ts) || !q.lx.wh.hasTok(&ts[from]) {
		return phrased{}, false
	}
	core := q.whQuestion(ts, from, q.clauseEnd(ts, from+1))
	if core == "" {
		return phrased{}, false
	}
	p := phrased{core: core}
	if who := q.speakerBefore(m.first); who.text != "" && !q.lx.pronoun.has(strings.ToLower(who.text)) {
		p.counter = "on which " + who.text + " differ"
	}
	return p, true
}

// futureSubject is who or what a forecast with noun phrase np and verb
// verb is about: none for a relative or wh-word, a speaker's "we", "this"
// or a negation ("none will"); a pronoun resolved.
func (q *qctx) futureSubject(np []tok, verb string) (subject, bool) {
	if len(np) == 0 || q.lx.wh.hasTok(&np[0]) {
		return subject{}, false // "how quickly the coast guard could respond": an indirect question's
	}
	switch np[0].low {
	case "which", "who", "that", "what", "we", "you", "i", "this", "neither", "none", "no", "nor":
		return subject{}, false
	}
	if len(np) == 1 && q.lx.pronoun.hasTok(&np[0]) && np[0].low != "there" {
		return q.resolveFor(np[0].low, verb)
	}
	return q.subjectOf(np), true
}

// askPursuit: "He said the perpetrators would be captured and
// prosecuted" → "Will the perpetrators be captured and prosecuted".
func (q *qctx) askPursuit(m cueMatch) (phrased, bool) {
	ts := q.ts
	start := q.subjectStart(ts, m.first)
	if start >= m.first {
		return phrased{}, false
	}
	sub := q.subjectOf(ts[start:m.first])
	if sub.text == "" {
		return phrased{}, false
	}
	// "the crimes will not go unpunished" → "Will the crimes be punished"
	if strings.HasSuffix(m.cue.phrase, "go unpunished") {
		return phrased{core: "Will " + sub.text + " be punished"}, true
	}
	end := q.clauseEnd(ts, m.first+2)
	return phrased{core: "Will " + sub.text + " be " + render(ts[m.first+2:end])}, true
}

// askBid asks whether the end a deed was done for is met: "Beijing
// continues to send vessels to the islands in a bid to shift the status
// quo" → "Will Beijing shift the status quo". The one who acts is the
// subject of the clause the phrase ends.
func (q *qctx) askBid(m cueMatch) (phrased, bool) {
	ts := q.ts
	verb := m.after()
	// (after "in a bid to" a verb follows, listed or not)
	if verb >= len(ts) || ts[verb].cap || q.lx.det.hasTok(&ts[verb]) || q.lx.prep.hasTok(&ts[verb]) || m.first == 0 {
		return phrased{}, false
	}
	sub, ok := q.clauseActor(m.first, ts[verb].low)
	if !ok {
		return phrased{}, false
	}
	// ("in a bid to intimidate, but also …": an end too bare to ask of)
	end := q.clauseEnd(ts, verb)
	if end <= verb+1 || ts[verb].brk {
		return phrased{}, false
	}
	pred := append([]tok{synth("will")}, ts[verb:end]...)
	core := q.yesNo(sub, pred)
	return phrased{core: core, kind: briefing.Intent}, core != ""
}

// clauseActor is who acts in the clause that word at (a cue after the
// verb's phrase) ends: the subject of its finite verb, or, when the
// clause opens with its verb after a relative clause ("Beijing, which
// has …, continues to …"), the name the sentence opens with.
func (q *qctx) clauseActor(at int, verb string) (subject, bool) {
	ts := q.ts
	cs := q.clauseStart(ts, at-1)
	k := q.finite(ts, cs, at)
	if k <= 0 {
		return subject{}, false
	}
	np := q.trimSubject(ts[q.subjectStart(ts, k):k])
	// "Beijing, which has … Sea, continues to send …": the clause opens
	// with its verb, and the subject is the name the sentence opens with
	// (a subject opens with a capital, an article, a count or a pronoun;
	// "keeps shelling the bridge" is a verb's phrase)
	opensWithVerb := len(np) > 0 && !np[0].cap && !q.lx.det.hasTok(&np[0]) && !q.lx.pronoun.hasTok(&np[0]) && !q.lx.isCount(np[0].low)
	if st := q.subjectStart(ts, k); st == k || len(np) == 0 || opensWithVerb {
		np = nil
		if e := q.nounEnd(ts, 0); e > 0 && ts[e-1].brk && ts[0].cap {
			np = ts[:e]
		}
	}
	if len(np) == 0 {
		return subject{}, false
	}
	sub, ok := q.futureSubject(np, verb)
	if !ok || sub.text == "" {
		return subject{}, false
	}
	return sub, true
}
