package extract

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
