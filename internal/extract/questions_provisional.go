package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"

	"github.com/briefing-tools/briefing/internal/timeline"
)

// askProvisional: a figure the text gives as not yet final. "a
// provisional toll of 31 soldiers killed" → "Is the toll of 31 soldiers
// killed final?"; "the toll could rise" → "What is the final toll?".
func askProvisional(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	// the figure's noun: the cue's last word ("provisional toll"), or its
	// first ("the toll could rise")
	noun := ts[m.last]
	if !q.lx.figureNoun.hasTok(&noun) {
		noun = ts[m.first]
	}
	of := m.after()
	if noun.low == ts[m.last].low && of+1 < len(ts) && ts[of].low == "of" {
		if end := q.clauseEnd(ts, of+1); end > of+1 {
			return phrased{core: "Is the " + noun.low + " of " + render(ts[of+1:end]) + " final"}, true
		}
	}
	return phrased{core: "What is the final " + noun.low}, true
}

// askTollFloor: a toll given as a floor. "At least five Colombian
// soldiers were killed" → "Will the toll of at least five Colombian
// soldiers killed rise?"; the count's own words only, up to a comma or a
// verb ("At least 15 people, including children, have been killed").
// "The gunmen killed at least six soldiers" gives the same question.
func askTollFloor(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	// "… according to army officials", "our forces killed at least 14
	// insurgents, the army said": a party's account of the fighting, asked
	// as its claim
	if p, ok, whole := q.partyTollClaim(m); ok {
		return p, true
	} else if whole {
		// "Israel said it struck …, killing at least 71": the party's
		// statement as a whole, for the party-claim pass
		return phrased{}, false
	}
	// a toll others credit, asked already as a claim
	if a, ok := q.attribution(); ok && ts[a.verb].low == "according" && q.askedOfSentence() {
		return phrased{}, false
	}
	if q.pastRecord() {
		return phrased{}, false
	}
	if ts[m.first].low != "at" {
		return q.tollKilledFloor(m)
	}
	end := m.first + 2 // past "at least"
	if end >= m.last || !q.lx.isCount(ts[end].low) {
		return phrased{}, false // "at least one of the bombs killed …"
	}
	count := end
	for end < m.last && !ts[end].brk && !q.lx.aux.hasTok(&ts[end]) && !q.pastTense(ts[end].low) {
		if ts[end].low == "of" {
			return phrased{}, false // "at least one of the bombs killed …"
		}
		end++
	}
	if end < m.last && ts[end].brk {
		end++ // the comma's word is the count's
	}
	return phrased{core: "Will the toll of at least " + render(ts[count:end]) + " " + ts[m.last].low + " rise"}, true
}

// tollKilledFloor asks of a floor given after the verb: "killing at
// least 11", "has killed at least 12,000 people and displaced …".
func (q *qctx) tollKilledFloor(m cueMatch) (phrased, bool) {
	ts := q.ts
	count := m.last + 1
	if ts[m.last].brk || count >= len(ts) || !q.lx.isCount(ts[count].low) {
		return phrased{}, false
	}
	end := q.nounEnd(ts, count)
	if end < len(ts) && ts[end].low == "of" {
		return phrased{}, false // "killed at least one of the hostages"
	}
	return phrased{core: "Will the toll of at least " + render(ts[count:end]) + " killed rise"}, true
}

// partyTollClaim asks a toll a party to the fighting gives, within what
// it says, as its claim. Else whole reports a statement of more than the
// toll, made in the party's own words (not "according to").
func (q *qctx) partyTollClaim(m cueMatch) (p phrased, ok, whole bool) {
	at, ok := q.attribution()
	if !ok || m.first < at.from || m.first >= at.to || !q.partySource(at.source) {
		return phrased{}, false, false
	}
	// only a statement of the toll itself: "at least nine were killed",
	// "our forces killed at least 14"; not "launched attacks, killing …"
	for j := at.from; j < m.first; j++ {
		if q.pastTense(q.ts[j].low) {
			return phrased{}, false, q.ts[at.verb].low != "according"
		}
	}
	p, ok = q.statementBefore(q.s, -1)
	if !ok || p.creditBy == nil {
		return phrased{}, false, false
	}
	if text := p.text(); garbled(text) || q.lx.misbuilt(text) {
		return phrased{}, false, false
	}
	p.creditBy.verb, p.kind, p.statement = "claims", briefing.Claim, true
	return p, true, false
}

// pastRecord reports a sentence that puts its toll in the past: "Fighting
// last year left at least 55 dead", "in 2019". A year after "since"
// starts a count still running ("since 2015, the war has killed …").
func (q *qctx) pastRecord() bool {
	ts := q.ts
	for i, t := range ts {
		if q.lx.pastPeriods[t.low] {
			return true
		}
		if timeline.IsYear(t.low) && !(i > 0 && ts[i-1].low == "since") {
			return true
		}
	}
	return false
}

// askedOfSentence reports a question already asked of q's sentence.
func (q *qctx) askedOfSentence() bool {
	for _, d := range *q.drafts {
		if len(d.sentences) > 0 && d.sentences[0] == q.s {
			return true
		}
	}
	return false
}

// askUncounted: losses reported with no number. "Azerbaijan has
// reported casualties on both sides" → "How many casualties were there,
// as Azerbaijan says?".
func askUncounted(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	noun := ts[m.last].low
	p := phrased{core: "How many " + noun + " were there"}
	// credited to the subject only when it is someone ("Azerbaijan has
	// reported …"), not a thing ("the fighting caused …")
	if start := q.clauseStart(ts, m.first); start < m.first && q.namesActor(ts[start:m.first]) {
		if who := q.speakerBefore(m.first); who.text != "" && !q.lx.pronoun.has(strings.ToLower(who.text)) {
			p.creditBy = &voice{who: who, verb: "says"}
		}
	}
	return p, true
}
