package extract

// askRelativeClaim: "a payload that officials say is likely a space
// weapon" → "Is the payload a space weapon, as officials say?". A claim
// made inside a relative clause is about the noun the clause hangs on.
func askRelativeClaim(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	that, be := m.first, m.last
	verb := be - 1
	// "a payload that officials say …"; "the PAFF, which officials say
	// …" after its comma
	if that == 0 || verb <= that+1 || ts[that-1].brk && ts[that].low != "which" {
		return phrased{}, false
	}
	if q.complementAfter(&ts[that-1]) {
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
	return q.headOfPhrase(q.objectPhrase(ts[q.npStart(ts, that, true):that]))
}

// headOfPhrase is the noun of np a relative clause after it hangs on
// (see relativeHead).
func (q *qctx) headOfPhrase(np []tok) []tok {
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

// modalRelativeHead is the noun a modal at word k stands for when its
// subject is a relative pronoun, and start, where the search for a
// subject stopped, is just after it: in "economic challenges that
// could threaten regime stability" the challenges could threaten. Nil
// when there is no such pronoun or the clause hangs on a verb ("warned
// that …") rather than a noun.
func (q *qctx) modalRelativeHead(ts []tok, start, k int) []tok {
	that := start - 1
	if start != k || that < 1 || ts[that].low != "that" && ts[that].low != "which" {
		return nil
	}
	if ts[that-1].brk && ts[that].low == "that" || q.complementAfter(&ts[that-1]) {
		return nil
	}
	head := q.objectPhrase(ts[q.npStart(ts, that, true):that])
	// "sought to address economic challenges that …": the verb's
	// object, not the verb; the last verb not itself after one ("to
	// ease fuel shortages": "fuel" is the object's)
	verb := func(i int) bool {
		return i >= 0 && !head[i].cap && (i == 0 || !q.lx.det.hasTok(&head[i-1])) && q.vb.anyForm(head[i].low)
	}
	for i := len(head) - 2; i >= 0; i-- {
		if verb(i) && !verb(i-1) {
			head = head[i+1:]
			break
		}
	}
	head = q.headOfPhrase(head)
	if len(head) == 0 || q.lx.pronoun.hasTok(&head[len(head)-1]) {
		return nil
	}
	return head
}

// complementAfter reports a word after which "that" or "which" opens no
// relative clause: a verb of speech or a past tense ("warned that …"), a
// preposition or a determiner.
func (q *qctx) complementAfter(prev *tok) bool {
	return q.lx.speech.hasTok(prev) || q.pastTense(prev.low) || q.lx.prep.hasTok(prev) || q.lx.det.hasTok(prev)
}

// relativeAntecedent reads the noun phrase that a relative clause
// opening at word j is about ("missing persons, who were …", "The
// attack, which began …,", "villagers who were …"), or nil when no
// such clause opens there.
func (q *qctx) relativeAntecedent(ts []tok, j int) []tok {
	if j <= 0 || ts[j-1].stop || ts[j].low != "who" && ts[j].low != "which" && !q.relativeThat(ts, j) {
		return nil
	}
	s := q.npStart(ts, j, true)
	np := ts[s:j]
	// "leaving behind dozens of villagers, who …": the villagers
	if _, ger := q.vb.gerundBase(firstLow(np)); ger && len(np) > 1 {
		np = np[1:]
		for len(np) > 1 && (q.lx.particle.hasTok(&np[0]) || q.lx.prep.hasTok(&np[0])) {
			np = np[1:]
		}
	}
	for len(np) > 1 && (np[0].low == "and" || np[0].low == "or") {
		np = np[1:]
	}
	// "the system fires the missiles that …": the object, not the clause
	if ts[j].low == "that" {
		np = q.objectPhrase(np)
		for len(np) > 1 && q.lx.beForm.hasTok(&np[0]) {
			np = np[1:] // "is known to be a launcher of …"
		}
	}
	// "a launcher of the Oniks missiles that have been fired": the verb
	// agrees with the missiles, not the launcher
	if j+1 < len(ts) && (ts[j+1].low == "have" || ts[j+1].low == "are" || ts[j+1].low == "were") && len(np) > 2 && pluralNoun(&np[len(np)-1]) {
		for i := len(np) - 2; i > 0; i-- {
			if np[i].low == "of" {
				if !pluralNoun(&np[i-1]) { // not "dozens of villagers"
					np = np[i+1:]
				}
				break
			}
		}
	}
	if len(np) == 0 {
		return nil
	}
	return np
}

// relativeThat reports "that" at word j opening a relative clause after
// a noun ("missiles that have reportedly been launched"), not a clause a
// verb reports ("said that", "claimed that").
func (q *qctx) relativeThat(ts []tok, j int) bool {
	if ts[j].low != "that" || ts[j-1].brk {
		return false
	}
	prev := ts[j-1].low
	return !q.lx.speech.hasTok(&ts[j-1]) && !q.pastTense(prev) && !q.vb.base.has(prev) && !q.lx.prep.hasTok(&ts[j-1]) &&
		!q.lx.det.hasTok(&ts[j-1]) && pluralNoun(&ts[j-1])
}
