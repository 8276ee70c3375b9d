package extract

// statementBefore finds a statement (a claim credited to someone) in
// sentence s before word limit (-1: anywhere): the reported clause asked
// back, and who said it.
func (q *qctx) statementBefore(s, limit int) (phrased, bool) {
	inner := q.at(s)
	at, ok := inner.attribution()
	if !ok || limit >= 0 && at.verb >= limit {
		return phrased{}, false
	}
	to := at.to
	if limit >= 0 && to > limit {
		to = limit
	}
	from, source := at.from, at.source
	if k, teller := inner.toldBy(inner.ts, from, to); k > 0 {
		from, source = k, teller
	}
	core := inner.askFirstClause(inner.ts, from, to, source)
	if core == "" {
		return phrased{}, false
	}
	src := inner.sourceText(source)
	return phrased{core: core, creditBy: &voice{who: src, verb: "says"}, statement: true}, true
}

// toldBy reads "it was told by the ministry that …" at the start of a
// reported clause ts[from:to]: what the source was told, and who told
// it. It returns where the told clause starts and the teller, or 0.
func (q *qctx) toldBy(ts []tok, from, to int) (int, []tok) {
	j := from
	if j < to && ts[j].low == "that" {
		j++
	}
	if j+4 >= to || !q.lx.pronoun.hasTok(&ts[j]) {
		return 0, nil
	}
	j++
	switch {
	case ts[j].low == "was" || ts[j].low == "were":
		j++
	case ts[j].low == "had" && ts[j+1].low == "been":
		j += 2
	default:
		return 0, nil
	}
	if j+2 >= to || ts[j].low != "told" || ts[j+1].low != "by" {
		return 0, nil
	}
	for k := j + 2; k < to && k <= j+10 && !ts[k].brk; k++ {
		if ts[k].low == "that" && k > j+2 {
			return k + 1, ts[j+2 : k]
		}
	}
	return 0, nil
}

// askFirstClause asks the first main clause of what a source said,
// passing over a dateline ("KYIV, Ukraine —") and subordinate clauses
// ("While no one was hurt, …").
func (q *qctx) askFirstClause(ts []tok, from, to int, source []tok) string {
	// a subject left waiting by an apposition: "one of its units, known
	// as Group 13, had destroyed …"
	var waiting []tok
	for seg := 0; seg < 4 && from < to; seg++ {
		end := min(q.clauseEnd(ts, from), to)
		if len(waiting) > 0 && (q.lx.aux.hasTok(&ts[from]) || q.isPast(ts[from].low)) {
			return q.yesNo(q.subjectOf(waiting), q.decideTo(ts[from:end]))
		}
		// "During intermittent firing of small arms, …": a phrase of time
		// or place before the clause, not a clause
		if q.lx.prep.hasTok(&ts[from]) && ts[from].low != "to" && !atLeast(ts, from) { // "to have downed": the claim itself
			j := from
			for j < to && !ts[j].brk {
				j++
			}
			if j+1 < to {
				from = j + 1
				continue
			}
		}
		if !q.lx.subordinator.hasTok(&ts[from]) {
			if core := q.askReported(ts, from, end, source); core != "" {
				return core
			}
			if waiting == nil && q.strongFinite(ts, from, end) < 0 && !q.lx.aux.hasTok(&ts[from]) {
				waiting = q.trimSubject(ts[from:end])
			}
		}
		if end <= from {
			break
		}
		from = end
	}
	return ""
}

func (q *qctx) isPast(w string) bool { _, ok := q.vb.pastBase(w); return ok }

// askReported asks back what a source said, its pronouns standing for
// the source: "it had downed a drone" → "Did the RSF down a drone".
func (q *qctx) askReported(ts []tok, from, to int, source []tok) string {
	for from < to && ts[from].low == "that" && !(ts[from].cap && from+1 < to && !ts[from+1].cap && !q.lx.det.hasTok(&ts[from+1])) {
		from++ // not "That attack came …", a demonstrative
	}
	// "reports that last month submarines entered …": when, before who
	if e := q.timePhraseEnd(ts[:to], from); e < to {
		from = e
	}
	// "the rebels claimed to have downed a helicopter": the source did it
	if from < to && ts[from].low == "to" {
		if from+2 < to && ts[from+1].low == "have" {
			if base, ok := q.vb.participleBase(ts[from+2].low); ok {
				if sub := q.sourceText(source); sub.text != "" {
					return q.yesNo(sub, append([]tok{synth("did"), synth(base)}, ts[from+3:to]...))
				}
			}
		}
		return "" // "claimed to control …": no clause of its own to ask
	}
	k := q.finite(ts, from, to)
	if k <= from {
		return ""
	}
	np := q.trimSubject(ts[from:k])
	// "…, a source said, suggesting insurers were …": what the words
	// suggest follows the gerund
	if len(np) > 1 {
		if base, ok := q.vb.gerundBase(np[0].low); ok && q.lx.reportBase.has(base) {
			np = np[1:]
			if len(np) > 1 && np[0].low == "that" {
				np = np[1:]
			}
		}
	}
	if len(np) == 0 || np[0].low == "which" || np[0].low == "who" || np[0].low == "whom" || q.lx.aux.hasTok(&np[0]) {
		return ""
	}
	sub, pred := q.spokenSubject(ts, np, k, to, q.sourceText(source))
	return q.yesNo(sub, q.decideTo(pred))
}

// decideTo reads "decides to fire" as "will fire".
func (q *qctx) decideTo(pred []tok) []tok {
	if len(pred) > 2 && pred[1].low == "to" {
		if q.lx.decideVerb.hasTok(&pred[0]) {
			return append([]tok{synth("will")}, pred[2:]...)
		}
	}
	return pred
}

// anaphoric reports an object that points back to something said before
// ("the claim", "this", "Ukraine's report"), or none at all.
func (q *qctx) anaphoric(ts []tok, from, to int) bool {
	if from >= to {
		return true
	}
	for j := from; j < to && j < from+4; j++ {
		if q.lx.anaphor.hasTok(&ts[j]) || ts[j].low == "either" || ts[j].low == "neither" || ts[j].low == "both" {
			return true
		}
		if ts[j].brk {
			break
		}
	}
	return false
}

// linkBack finds the statement a denial, silence or doubt in sentence
// q.s answers: earlier in the sentence, else in the two before.
func (q *qctx) linkBack(limit int) (phrased, bool) {
	// the nearest claim: asked about already, or stated, in this sentence
	// or the two before
	for s := q.s; s >= 0 && s >= q.s-2; s-- {
		if q.drafts != nil {
			ds := *q.drafts
			for i := len(ds) - 1; i >= 0; i-- {
				d := ds[i]
				if d.sentences[0] < s {
					break
				}
				if d.sentences[0] == s && d.statement && d.p.counterBy == nil {
					p := d.p
					p.joins = i + 1
					return p, true
				}
			}
		}
		lim := -1
		if s == q.s {
			lim = limit
		}
		if p, ok := q.statementBefore(s, lim); ok {
			if s != q.s {
				p.linked = append(p.linked, s)
			}
			return p, true
		}
		// "The strike may have killed the commander, though the army has
		// not confirmed it": a claim or hedge before the cue
		if s == q.s && limit > 0 {
			if p, ok := q.claimBefore(limit); ok {
				return p, true
			}
		}
	}
	return phrased{}, false
}

// atLeast reports "at least" or "at most" at word i: a count, not a
// phrase of place ("At least eight people were killed").
func atLeast(ts []tok, i int) bool {
	return ts[i].low == "at" && i+1 < len(ts) && (ts[i+1].low == "least" || ts[i+1].low == "most")
}

// askReportedBy asks a reported clause, its pronouns the speaker's.
func (q *qctx) askReportedBy(ts []tok, from, to int, speaker subject) string {
	k := q.finite(ts, from, to)
	if k <= from {
		return ""
	}
	sub, pred := q.spokenSubject(ts, q.trimSubject(ts[from:k]), k, to, speaker)
	return q.yesNo(sub, q.decideTo(pred))
}

// statementFrom asks a clause credited to src.
func statementFrom(q *qctx, ts []tok, from, end int, src []tok, verb string) (phrased, bool) {
	who := q.sourceText(src)
	if from < end && ts[from].low == "that" {
		from++
	}
	core := q.askReportedBy(ts, from, end, who)
	if core == "" || who.text == "" {
		return phrased{}, false
	}
	return phrased{core: core, creditBy: &voice{who: who, verb: verb}, statement: true}, true
}
