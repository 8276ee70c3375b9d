package extract

// askRelativeClaim: "a payload that officials say is likely a space
// weapon" → "Is the payload a space weapon, as officials say?". A claim
// made inside a relative clause is about the noun the clause hangs on.
func askRelativeClaim(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	that, be := m.first, m.last
	verb := be - 1
	if that == 0 || verb <= that+1 || ts[that-1].brk {
		return phrased{}, false
	}
	prev := &ts[that-1]
	if q.lx.speech.hasTok(prev) || q.pastTense(prev.low) || q.lx.prep.hasTok(prev) || q.lx.det.hasTok(prev) {
		return phrased{}, false // "warned that …": a complement, not a relative clause
	}
	np := q.relativeHead(ts, that)
	src := q.sourceText(ts[that+1 : verb])
	// a noun phrase, not a verb: "a drone that …", "the Kosmos that …"
	if len(np) == 0 || src.text == "" || !q.lx.det.hasTok(&np[0]) && !np[0].cap && !q.lx.isCount(np[0].low) {
		return phrased{}, false
	}
	from := be + 1
	// the source's own hedge is in the credit: "is likely a weapon"
	for from < len(ts) && q.lx.hedge.hasTok(&ts[from]) {
		from++
	}
	end := q.clauseEnd(ts, from)
	if from >= end {
		return phrased{}, false
	}
	sub := q.subjectOf(withDefinite(np))
	past := ts[be].low == "was" || ts[be].low == "were"
	be2 := map[bool]string{true: "was", false: "is"}[past]
	if sub.plural {
		be2 = map[bool]string{true: "were", false: "are"}[past]
	}
	core := q.yesNo(sub, append([]tok{synth(be2)}, ts[from:end]...))
	return phrased{core: core, creditBy: &voice{who: src, verb: m.cue.tail}, statement: true}, core != ""
}

// relativeHead is the noun a relative clause at word that hangs on:
// "a satellite into low-Earth orbit that …" is about the satellite (a
// noun and where it went); "blamed the militia for the explosion that
// …" about the explosion, the nearest noun.
func (q *qctx) relativeHead(ts []tok, that int) []tok {
	s := q.npStart(ts, that, true)
	np := q.objectPhrase(ts[s:that])
	for i := len(np) - 1; i > 0; i-- {
		if !q.lx.prep.hasTok(&np[i]) || np[i].low == "of" {
			continue
		}
		switch np[i].low {
		case "into", "onto", "to", "toward", "towards":
			return np[:i]
		}
		return np[i+1:]
	}
	return np
}
