package extract

import (
	"strings"

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
func askTollFloor(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	// "… according to army officials": a claimed toll, asked as a claim
	if a, ok := q.attribution(); ok && ts[a.verb].low == "according" {
		return phrased{}, false
	}
	// "Fighting last year left at least 55 dead", "in 2019": a record
	for _, t := range ts {
		if q.lx.pastPeriods[t.low] || timeline.IsYear(t.low) && q.lx.isCount(t.low) {
			return phrased{}, false
		}
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
