package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askNothingToDo: "the embassy said Moscow had nothing to do with the
// incident" → "Did Moscow have anything to do with the incident, which
// the embassy denies".
func (q *qctx) askNothingToDo(m cueMatch) (phrased, bool) {
	ts := q.ts
	sub := q.mainSubject(m.first)
	from := m.after()
	if sub.text == "" || from >= len(ts) {
		return phrased{}, false
	}
	p := phrased{core: "Did " + sub.text + " have anything to do with " + render(ts[from:q.clauseEnd(ts, from)])}
	if at, ok := q.attribution(); ok && at.verb < m.first {
		if who := q.sourceText(at.source); who.text != "" && who.text != sub.text {
			p.counterBy = &voice{who: who, verb: "denies"}
			return p, true
		}
	}
	p.counterBy = &voice{who: itFor(sub), verb: "denies"}
	return p, true
}

// askSaidNone: "Armenia said it had no troops in Karabakh" → "Did
// Armenia have any troops in Karabakh, which it denies". What a party
// says it has none of is what others say it has.
func (q *qctx) askSaidNone(m cueMatch) (phrased, bool) {
	ts := q.ts
	sub := q.speakerBefore(m.first)
	from := m.after()
	if sub.text == "" || from >= len(ts) || sub.person {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	if end <= from || q.lx.det.hasTok(&ts[from]) || ts[from].low == "doubt" || ts[from].low == "choice" || ts[from].low == "plans" {
		return phrased{}, false // "had no doubt", "had no choice": no denial
	}
	do := map[string]string{"had": "Did", "has": "Does", "have": "Do"}[ts[m.last-1].low]
	if do == "Do" && !sub.plural {
		do = "Does"
	}
	return phrased{core: do + " " + sub.text + " have any " + render(ts[from:end]), counterBy: &voice{who: itFor(sub), verb: "denies"}}, true
}

// askHowMany: "it had tracked several launches but gave no number" →
// "How many launches were there". The count left vague is asked.
func (q *qctx) askHowMany(m cueMatch) (phrased, bool) {
	ts := q.ts
	for j := 0; j+1 < len(ts); j++ {
		if !q.lx.vagueCount.hasTok(&ts[j]) {
			continue
		}
		from := j + 1
		if ts[from].low == "of" && from+1 < len(ts) {
			from++ // "dozens of drones"
		}
		end := q.nounEnd(ts, from)
		if end <= from || !q.isPlural(ts[from:end]) {
			continue
		}
		return phrased{core: "How many " + render(ts[from:end]) + " were there"}, true
	}
	return phrased{}, false
}

// askNotRuledOut: "did not rule out the involvement of Venezuelan
// troops" → "Were Venezuelan troops involved"; "would not rule out
// strikes" → "Are strikes possible".
func (q *qctx) askNotRuledOut(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := q.clauseEnd(ts, from)
	var np []tok
	if m.last >= m.first+2 && ts[m.last-2].low == "be" {
		// "an attack couldn't be ruled out": what stands before
		np = q.trimSubject(ts[q.subjectStart(ts, m.first):m.first])
		if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) {
			return phrased{}, false
		}
	} else {
		if from >= end || ts[from].low == "that" || q.lx.pronoun.hasTok(&ts[from]) {
			return phrased{}, false
		}
		np = ts[from:end]
	}
	// "the possibility of malicious actions": the actions
	if len(np) > 3 && q.lx.det.hasTok(&np[0]) && np[2].low == "of" && q.lx.chanceNoun.hasTok(&np[1]) {
		np = np[3:]
	}
	// "a larger presence next year if this pattern continues": the
	// condition after the question
	cond := ""
	for j, t := range np {
		if j > 0 && (t.low == "if" || t.low == "unless" || t.low == "should") {
			cond = " " + render(np[j:])
			np = np[:j]
			break
		}
	}
	// who keeps the door open: the clause's subject, or the source
	who := q.mainSubject(m.first)
	if passive := m.last >= m.first+2 && ts[m.last-2].low == "be"; passive {
		// "the minister said an attack couldn't be ruled out": who said so
		for j := m.first - 1; j > 0 && m.first-j <= 12; j-- {
			if q.lx.speech.hasTok(&ts[j]) && !ts[j].cap {
				who = q.speakerBefore(j)
				break
			}
		}
	}
	if aux := m.first - 1; aux > 0 && q.lx.aux.has(ts[aux].low) && q.lx.pronoun.has(ts[aux-1].low) {
		who = q.sourceText(ts[aux-1 : aux]) // "told the chamber he does not rule out"
	}
	// "X said S …, but did not rule out …": no subject of its own, the
	// speaker's verb
	elided := m.first >= 2 && q.lx.aux.hasTok(&ts[m.first-1]) && (ts[m.first-2].low == "but" || ts[m.first-2].low == "and")
	if who.text == "" || elided || q.lx.pronoun.has(strings.ToLower(who.text)) {
		if at, ok := q.attribution(); ok {
			who = q.sourceText(at.source)
		}
	}
	var counter *voice
	if who.text != "" && !q.lx.pronoun.has(strings.ToLower(who.text)) {
		counter = &voice{who: who, verb: "does not rule out"}
	}
	// "the involvement of X", "a role for X": whether X took part
	for j := 0; j+2 < len(np) && j < 3; j++ {
		if q.lx.involvement.hasTok(&np[j]) && (np[j+1].low == "of" || np[j+1].low == "for" || np[j+1].low == "by") {
			party := np[j+2:]
			be := "Was "
			if q.isPlural(party) {
				be = "Were "
			}
			return phrased{core: be + render(party) + " involved", counterBy: counter}, true
		}
	}
	be := "Is "
	if q.isPlural(np[:q.nounEnd(np, 0)]) {
		be = "Are "
	}
	return phrased{core: be + render(np) + " possible" + cond, counterBy: counter}, true
}

// oneOfWhich reads "two Bell 412 helicopters, one of which … while it
// awaits …": the subject before word i is "one of the two Bell 412
// helicopters".
func (q *qctx) oneOfWhich(i int) subject {
	ts := q.ts
	for j := i - 1; j >= 2; j-- {
		if ts[j].low == "which" && ts[j-1].low == "of" && ts[j-2].low == "one" && j >= 3 && ts[j-3].brk {
			st := q.npStart(ts, j-2, true)
			np := q.objectPhrase(q.trimSubject(ts[st : j-2]))
			if len(np) == 0 {
				return subject{}
			}
			text := q.nounPhrase(np)
			if !q.lx.det.hasTok(&np[0]) {
				text = "the " + text
			}
			return subject{text: "one of " + text}
		}
		if ts[j].stop {
			break
		}
	}
	return subject{}
}

// askNoDate: "no new date for the ministers' meeting has been announced"
// → "When will the ministers' meeting take place"; "No date has been
// given" → when the thing said just before will happen.
func (q *qctx) askNoDate(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from+1 < len(ts) && ts[from].low == "for" {
		end := from + 1
		for end < len(ts) && !q.lx.aux.hasTok(&ts[end]) && !ts[end-1].brk {
			end++
		}
		if end > from+1 {
			np := q.trimSubject(ts[from+1 : end])
			return phrased{core: "When will " + render(withDefinite(np)) + " take place", kind: briefing.Timing}, true
		}
	}
	if core := q.whenOfSentence(); core != "" {
		return phrased{core: core, kind: briefing.Timing}, true
	}
	return phrased{}, false
}

// askUndone: "the draft treaty remains unsigned" → "Will the draft
// treaty be signed".
func (q *qctx) askUndone(m cueMatch) (phrased, bool) {
	w := q.ts[m.last].low
	done := strings.TrimPrefix(w, "un")
	if _, ok := q.vb.participleBase(done); !ok || len(done) < 4 {
		return phrased{}, false // "unclear", "under"
	}
	sub := q.thingBefore(m.first)
	if sub.text == "" {
		return phrased{}, false
	}
	be := "Will " + sub.text + " be " + done
	return phrased{core: be}, true
}

// thingBefore is the noun phrase that ends before word i, a subject
// spoken of: "the draft treaty agreed last year", "the next round of
// talks, due on 18 November," (the aside skipped). Pronouns are resolved.
func (q *qctx) thingBefore(i int) subject {
	ts := q.ts
	start := q.subjectStart(ts, i)
	if start == i && i > 1 && ts[i-1].brk {
		if b2 := q.lastBreakBefore(ts, i-1); b2 > 0 && q.opensApposition(ts, b2+1) {
			if st := q.npStart(ts, b2+1, true); st <= b2 {
				start, i = st, b2+1
			}
		}
	}
	if start >= i {
		return subject{}
	}
	return q.subjectOf(ts[start:i])
}

// askLikely: "an M23 push on Walikale is likely within weeks" → "Will
// there be an M23 push on Walikale within weeks". Only for what happens:
// an indefinite or plural event, not "the deal is likely".
func (q *qctx) askLikely(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	if from < len(ts) && (ts[from].low == "to" || ts[from].low == "that") {
		return phrased{}, false // the modal rule's "likely to V"
	}
	// "It is likely the ships were carrying munitions": the clause after
	// is what is likely
	if (ts[m.first].low == "it's" || m.first > 0 && ts[m.first-1].low == "it") && from < len(ts) && (q.lx.det.hasTok(&ts[from]) || ts[from].cap) {
		if core := q.askClause(ts, from, q.clauseEnd(ts, from)); core != "" {
			return phrased{core: core, credit: "as is likely", statement: true}, true
		}
		return phrased{}, false
	}
	var np []tok
	if ts[m.first].low == "to" {
		// "we judge a repeat approach within the fortnight to be more
		// likely than not": the object of the judging verb
		k := m.first - 1
		for k >= 0 && !ts[k].brk && m.first-k <= 12 && !q.lx.judgeVerb.hasTok(&ts[k]) {
			k--
		}
		if k < 0 || k >= m.first-1 || !q.lx.judgeVerb.hasTok(&ts[k]) {
			return phrased{}, false
		}
		np = ts[k+1 : m.first]
	} else {
		// the whole clause before the verb when it holds no verb of its
		// own ("renewed fighting between the army and the militia")
		start := q.clauseStart(ts, m.first)
		if start >= m.first || q.strongFinite(ts, start, m.first) >= 0 {
			start = q.subjectStart(ts, m.first)
		}
		np = q.trimSubject(ts[start:m.first])
	}
	if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) || q.lx.wh.hasTok(&np[0]) {
		return phrased{}, false
	}
	// an event that may come: indefinite ("a repeat approach", "another
	// attack", "further clashes"), or a bare noun ("renewed fighting",
	// "Al-Shabaab attacks"); not a thing named ("the deal is likely")
	first := np[0].low
	if q.lx.isCount(first) {
		return phrased{}, false // "two readings are possible": options, not events
	}
	indefinite := first == "a" || first == "an" || first == "further" || first == "more" || first == "new" ||
		first == "additional" || first == "another" || first == "some" || first == "renewed" || first == "fresh"
	bare := !q.lx.det.has(first) && !strings.HasSuffix(first, "'s") && (q.lx.eventNoun(q.head(np).low) || q.isPlural(np) && !q.head(np).cap ||
		strings.HasSuffix(q.head(np).low, "ing"))
	if !indefinite && !bare {
		return phrased{}, false
	}
	// the time the judgement gives: "within days", "before Eid"
	end := q.clauseEnd(ts, from)
	rest := ts[from:end]
	for len(rest) > 0 && (rest[0].low == "than" || rest[0].low == "not" || rest[0].low == "but" || rest[0].low == "and") {
		rest = rest[1:]
	}
	if len(rest) > 0 && !q.lx.prep.hasTok(&rest[0]) && rest[0].low != "before" && rest[0].low != "until" && rest[0].low != "unless" {
		rest = nil
	}
	text := "Will there be " + q.nounPhrase(np)
	if len(rest) > 0 {
		text += " " + render(rest)
	}
	return phrased{core: text}, true
}

// askChanceOf: "the chance of a serious clash in the next year is low
// but rising" → "Will there be a serious clash in the next year".
func (q *qctx) askChanceOf(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := from
	for end < len(ts) && !q.lx.aux.hasTok(&ts[end]) && end-from < 12 {
		end++
		if ts[end-1].brk {
			break
		}
	}
	if end <= from || end >= len(ts) || !q.lx.aux.hasTok(&ts[end]) {
		return phrased{}, false // "the risk of escalation, he said": no judgement
	}
	np := ts[from:end]
	if q.namedBefore(&np[0]) {
		return phrased{}, false
	}
	if base, ok := q.vb.gerundBase(np[0].low); ok {
		// "the risk of losing the port" → asked as a deed, with no doer
		_ = base
		return phrased{}, false
	}
	return phrased{core: "Will there be " + render(np)}, true
}

// namedBefore reports a determiner that points at a thing already named
// ("the", "this"), not one that brings in a new one ("a", "further").
func (q *qctx) namedBefore(t *tok) bool {
	return q.lx.det.hasTok(t) && t.low != "a" && t.low != "an" && t.low != "further"
}

// askFeared: "reinforcements arrived amid growing concerns of
// instability in the region" → "Will there be instability in the
// region, as feared"; "the blockade raised the risk of clashes" → "Will
// there be clashes".
func (q *qctx) askFeared(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := q.clauseEnd(ts, from)
	if from >= end || q.namedBefore(&ts[from]) {
		return phrased{}, false // "fears of the kind": a thing already named
	}
	if _, ok := q.vb.gerundBase(ts[from].low); ok || q.lx.pronoun.hasTok(&ts[from]) {
		return phrased{}, false // "the risk of losing the port": a deed with no doer
	}
	if q.timePhraseEnd(ts[:end], from) > from {
		return phrased{}, false // "raised concerns about earlier this year": no thing feared
	}
	np := ts[from:end]
	// "concerns about a potential military conflict": whether there will
	// be one, the doubt already in the question
	if k := len(np) - 2; k > 0 && q.lx.det.hasTok(&np[0]) && (np[1].low == "potential" || np[1].low == "possible") {
		np = append([]tok{np[0]}, np[2:]...)
	} else if k >= 0 && (np[0].low == "potential" || np[0].low == "possible") {
		np = np[1:]
	}
	p := phrased{core: "Will there be " + render(np)}
	switch noun := ts[m.last-1].low; {
	case noun == "risk" || noun == "threat" || noun == "danger":
		// "raised the risk of clashes" → "Is there a risk of clashes"
		p.core = "Is there a " + noun + " of " + render(np)
	case noun == "spectre" || noun == "specter":
		p.core = "Is there a risk of " + render(np)
	case strings.HasPrefix(m.cue.phrase, "amid") || strings.Contains(m.cue.phrase, "concern"):
		// what is feared or a concern is not yet so
		p.credit = "as feared"
	}
	return p, true
}

// askNoneReported: "No casualties have been reported so far on either
// side" → "Were there any casualties on either side?". Losses nobody has
// reported yet are not known to be none.
func askNoneReported(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	noun := ts[m.first+1 : m.first+2]
	rest := ts[m.after():q.clauseEnd(ts, m.after())]
	if len(rest) > 0 && !q.lx.prep.hasTok(&rest[0]) {
		rest = nil // "… so far, officials said": no place or side
	}
	return phrased{core: "Were there any " + render(append(slices.Clone(noun), rest...)), unsourced: true}, true
}
