package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askAnnouncedMove: "HMNZS Wellington will be departing next week" →
// "Will HMNZS Wellington depart next week". A movement announced for
// later is still to happen.
func askAnnouncedMove(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.HasPrefix(m.cue.phrase, "scheduled|") {
		return q.askSetFor(m)
	}
	// "the brigade must … to be fully ready by 2027": who is to be ready
	if ts[m.first].low == "to" && m.first > 0 {
		sub, ok := q.clauseActor(m.first, "be")
		if !ok {
			return phrased{}, false
		}
		pred := append([]tok{synth("will")}, ts[m.first+1:q.clauseEnd(ts, m.first+1)]...)
		core := q.yesNo(sub, pred)
		return phrased{core: core}, core != ""
	}
	// "will include the creation of two forward bases" → "Will two
	// forward bases be created"
	if ts[m.last].low == "of" && m.last > 0 {
		done := q.lx.actionNouns[ts[m.last-1].low]
		end := q.clauseEnd(ts, m.last+1)
		if done == "" || end <= m.last+1 {
			return phrased{}, false
		}
		core := q.plannedDeed(m.last+1, end, done)
		return phrased{core: core}, core != ""
	}
	start := q.subjectStart(ts, m.first)
	// "HMNZS Wellington and HMNZS Manawanui will …": both, when no verb
	// stands before the "and"
	if start > 1 && ts[start-1].low == "and" && !ts[start-2].brk {
		if s2 := q.subjectStart(ts, start-1); s2 < start-1 && q.strongFinite(ts, s2, start-1) < 0 {
			start = s2
		}
	}
	np := q.trimSubject(ts[start:m.first])
	if len(np) == 0 {
		np = q.subjectBeforeAside(m.first)
	}
	// "four submarines that will be hosted at the base from 2027": the
	// relative clause's antecedent
	if r := m.first - 1; r > 0 && (ts[r].low == "that" || ts[r].low == "which") {
		// the nearest noun phrase: after the last verb or preposition
		if ante := cutBreak(q.nearestPhrase(ts[q.npStart(ts, r, true):r])); len(ante) > 0 {
			np = withDefinite(ante)
		}
	}
	// "HS Nearchos has been fitted out and will begin trials": the
	// subject of the verb before "and"
	if m.first > 2 && ts[m.first-1].low == "and" && (len(np) == 0 || np[len(np)-1].low == "and") {
		np = nil
		cs := q.clauseStart(ts, m.first-2)
		if q.lx.aux.hasTok(&ts[cs]) || q.pastTense(ts[cs].low) {
			np = q.subjectBeforeAside(cs) // "X, launched in May, has been …"
		} else if k := q.finite(ts, cs, m.first-1); k > cs {
			np = q.trimSubject(ts[cs:k])
		}
		if len(np) == 0 {
			return phrased{}, false
		}
	}
	np = q.commonCapital(np)
	sub, ok := q.futureSubject(np, ts[m.first+1].low)
	if !ok {
		return phrased{}, false
	}
	pred := ts[m.first:q.clauseEnd(ts, m.first)]
	// "will begin on Monday and run until Friday": the clause stops at
	// "until", and a verb left bare after "and" goes too
	if n := len(pred); n > 3 && pred[n-2].low == "and" && q.vb.base.has(pred[n-1].low) {
		pred = pred[:n-2]
	}
	var kind briefing.QuestionKind // the rule's
	if pred[0].low == "must" {
		// "must still sign off on the deal": whether they will
		rest := pred[1:]
		if rest[0].low == "still" {
			rest = rest[1:]
		}
		pred = append([]tok{synth("will")}, rest...)
		kind = briefing.Decision
	}
	core := q.yesNo(sub, pred)
	return phrased{core: core, kind: kind}, core != ""
}
