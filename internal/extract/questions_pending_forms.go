package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askApproval asks whether what still needs approving will be approved:
// "a loan, which will have to be approved first by the ministry" → "Will
// the loan be approved first by the ministry"; "the deal requires
// ratification by parliament" → "Will the deal be ratified by
// parliament".
func (q *qctx) askApproval(m cueMatch) (phrased, bool) {
	ts := q.ts
	done := ts[m.last].low // "approved"
	if d := q.lx.actionNouns[done]; d != "" {
		done = d // "approval": "approved"
	}
	// the thing: a relative clause's antecedent, else the subject
	i := q.verbGroupStart(ts, m.first)
	var thing []tok
	if i > 0 && (ts[i-1].low == "which" || ts[i-1].low == "that") {
		// "will come from a foreign loan, which …": the loan
		thing = q.objectPhrase(q.relativeAntecedent(ts, i-1))
	}
	if thing == nil {
		thing = q.trimSubject(ts[q.subjectStart(ts, i):i])
	}
	if len(thing) == 0 || q.lx.pronoun.hasTok(&thing[0]) || q.lx.subjectBound.hasTok(&thing[0]) {
		return phrased{}, false
	}
	text := q.nounPhrase(withDefinite(thing))
	if !q.lx.det.hasTok(&thing[0]) && !thing[0].cap && !strings.HasPrefix(text, "the ") {
		text = "the " + text
	}
	from := m.after()
	rest := ""
	if from < len(ts) {
		rest = render(ts[from:q.clauseEnd(ts, from)])
	}
	if done != ts[m.last].low && ts[m.last].low != "ratification" && (strings.HasPrefix(ts[m.first].low, "requir") || strings.HasPrefix(ts[m.first].low, "need")) {
		// "the sales require congressional approval from …" → "Will the
		// sales receive the required congressional approval from …": the
		// approval named, and that it is still wanted
		wanted := "required"
		if strings.HasPrefix(ts[m.first].low, "need") {
			wanted = "needed"
		}
		return phrased{core: strings.TrimSpace("Will " + text + " receive the " + wanted + " " + render(ts[m.first+1:m.last+1]) + " " + rest)}, true
	}
	return phrased{core: strings.TrimSpace("Will " + text + " be " + done + " " + rest)}, true
}

// askScheduled asks whether what a noun phrase is set to do will be
// done: "12 FA-50s set to arrive around 2030" → "Will the 12 FA-50s
// arrive around 2030". With an auxiliary ("are set to") the subject's
// own cue asks it.
func (q *qctx) askScheduled(m cueMatch) (phrased, bool) {
	ts := q.ts
	k, from := m.first, m.after()
	if k == 0 || from >= len(ts) || q.lx.aux.hasTok(&ts[k-1]) || ts[k-1].stop || !q.vb.base.has(ts[from].low) {
		return phrased{}, false
	}
	// "likely to" as an aside only ("the vessel, likely to be named …");
	// "is not likely to", "drones likely to …" are the modal rule's
	if ts[k].low == "likely" && !ts[k-1].brk {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, from)
	for j := from + 1; j < end; j++ {
		// "Talks due to begin on Monday were postponed": the phrase is
		// the subject of the sentence's verb, whose own rules ask it
		if q.lx.aux.hasTok(&ts[j]) || q.lx.beForm.hasTok(&ts[j]) {
			return phrased{}, false
		}
	}
	st := q.npStart(ts, k, true)
	np := cutBreak(q.objectPhrase(ts[st:k]))
	// ("it", "they": no antecedent here; "this fourth vessel" is a phrase)
	if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) && (len(np) == 1 || !q.lx.det.hasTok(&np[0])) {
		return phrased{}, false
	}
	text := q.nounPhrase(withDefinite(np))
	if !q.lx.det.hasTok(&np[0]) && !np[0].cap {
		text = "the " + text // "the 12 FA-50s"
	}
	p := phrased{core: "Will " + text + " " + render(ts[from:end]), kind: briefing.Timing}
	if ts[k].low == "likely" {
		// "This fourth vessel, likely to be named …": a guess, not a plan
		p.kind, p.credit = briefing.Fact, "as is likely"
	}
	return p, true
}

// askExpected asks whether what someone expects of a thing will happen:
// "KAI expects the orders to open more interest" → "Will the orders open
// more interest, as KAI expects".
func (q *qctx) askExpected(m cueMatch) (phrased, bool) {
	ts := q.ts
	k, from := m.first+1, m.after()
	if from >= len(ts) || m.last <= k || !q.vb.base.has(ts[from].low) || !q.lx.det.hasTok(&ts[k]) && !ts[k].cap {
		return phrased{}, false
	}
	obj := ts[k:m.last]
	if slices.ContainsFunc(obj, func(t tok) bool { return t.brk }) {
		return phrased{}, false
	}
	core := "Will " + q.nounPhrase(obj) + " " + render(ts[from:q.clauseEnd(ts, from)])
	// (not "as nobody expects": a doubt, which the question already is)
	negated := m.first > 0 && (q.lx.contrary.hasTok(&ts[m.first-1]) || ts[m.first-1].low == "one" && m.first > 1 && q.lx.contrary.hasTok(&ts[m.first-2]))
	if who := q.speakerBefore(m.first); who.text != "" && !negated {
		return phrased{core: core, creditBy: &voice{who: who, verb: "expects"}, kind: briefing.Timing}, true
	}
	return phrased{core: core, kind: briefing.Timing}, true
}

// askAwaited asks whether what is expected at a time comes then: "An
// additional 600 are expected in the coming weeks" → "Will an additional
// 600 come in the coming weeks, as expected".
func (q *qctx) askAwaited(m cueMatch) (phrased, bool) {
	ts := q.ts
	sub := q.thingBefore(m.first)
	if sub.text == "" || q.lx.pronoun.has(strings.ToLower(sub.text)) {
		return phrased{}, false
	}
	when := m.last // the time phrase starts at the cue's last word
	return phrased{core: "Will " + sub.text + " come " + render(ts[when:q.clauseEnd(ts, when)]), credit: m.cue.tail, kind: briefing.Timing}, true
}

// askBroughtAbout asks whether what a thing is to bring about happens:
// "The deal will see Serbia receive twelve jets by 2029" → "Will Serbia
// receive twelve jets by 2029". The one who sees is never a person ("he
// will see the minister tomorrow").
func (q *qctx) askBroughtAbout(m cueMatch) (phrased, bool) {
	ts := q.ts
	start := q.subjectStart(ts, m.first)
	if start >= m.first || q.agentive(ts[start:m.first]) {
		return phrased{}, false
	}
	from := m.after()
	end := q.clauseEnd(ts, from)
	// "will see the deployment of a rotational force" → "Will a rotational
	// force be deployed"
	if from+3 < end && q.lx.det.hasTok(&ts[from]) && ts[from+2].low == "of" {
		if done := q.lx.actionNouns[ts[from+1].low]; done != "" {
			if core := q.plannedDeed(from+3, end, done); core != "" {
				return phrased{core: core, kind: briefing.Timing}, true
			}
		}
	}
	for v := from + 1; v < end && v <= from+5; v++ {
		if q.vb.base.has(ts[v].low) && !ts[v-1].brk {
			obj := ts[from:v]
			if !q.lx.det.hasTok(&obj[0]) && !obj[0].cap && !q.lx.isCount(obj[0].low) {
				return phrased{}, false
			}
			return phrased{core: "Will " + q.nounPhrase(obj) + " " + render(ts[v:end]), kind: briefing.Timing}, true
		}
	}
	return phrased{}, false
}

// askStatedAim asks whether a stated aim will be met, of what the aim
// is done to: "Our final objective is to reclaim all areas controlled by
// gangs" → "Will all areas controlled by gangs be reclaimed"; of an aim
// in the past, whether it was ("Was the airport captured").
func (q *qctx) askStatedAim(m cueMatch) (phrased, bool) {
	ts := q.ts
	verb := m.after()
	if verb+1 >= len(ts) || !q.vb.base.has(ts[verb].low) || q.a.lexicon.ObjectPronouns[ts[verb+1].low] {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, verb+1)
	objEnd := q.nounEnd(ts, verb+1)
	// "areas controlled by gangs": a participle's phrase stays with its noun
	if objEnd+2 < end && !ts[objEnd-1].brk && q.lx.prep.hasTok(&ts[objEnd+1]) {
		if _, part := q.vb.participleBase(ts[objEnd].low); part {
			if e := q.nounEnd(ts, objEnd+2); e > objEnd+2 {
				objEnd = e
			}
		}
	}
	if objEnd <= verb+1 || objEnd > end {
		return phrased{}, false
	}
	obj := cutBreak(ts[verb+1 : objEnd])
	lead := "Will "
	be := " be "
	if past := ts[m.last-1].low == "was"; past {
		lead, be = map[bool]string{true: "Were ", false: "Was "}[q.isPlural(obj)], " "
	}
	return phrased{core: lead + q.nounPhrase(obj) + be + q.vb.participleFor(ts[verb].low), kind: briefing.Intent}, true
}

// plannedDeed asks whether a deed written as a noun is done to the thing
// at ts[from:end]: "the creation of two bases inside the reserve" →
// "Will two bases be created inside the reserve"; "" when no noun
// phrase stands there.
func (q *qctx) plannedDeed(from, end int, done string) string {
	ts := q.ts
	e := min(q.nounEnd(ts, from), end)
	// "two permanently deployed forward bases": an adverb's participle
	// goes on to the noun
	if e > from && e+1 < end && strings.HasSuffix(ts[e-1].low, "ly") {
		e = min(q.nounEnd(ts, e+1), end)
	}
	if e <= from {
		return ""
	}
	core := "Will " + q.nounPhrase(ts[from:e]) + " be " + done
	if e < end {
		core += " " + render(ts[e:end])
	}
	return core
}
