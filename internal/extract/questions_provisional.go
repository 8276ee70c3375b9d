package extract

import "strings"

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
