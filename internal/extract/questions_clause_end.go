package extract

// Where a clause ends: a break no list continues, a word that opens other
// matter; and the lists and names set off by commas that do not end it.

// clauseEnd returns the end (exclusive) of the clause starting at from:
// a break that no list continues, a word that opens other matter, or
// the end of the sentence.
func (q *qctx) clauseEnd(ts []tok, from int) int {
	for j := from; j < len(ts); j++ {
		// ("had since moved": "since" between an auxiliary and its
		// participle is an adverb)
		if j > from && q.lx.clauseStop.hasTok(&ts[j]) && !(ts[j].low == "since" && q.lx.aux.hasTok(&ts[j-1]) && j+1 < len(ts) && q.pastTense(ts[j+1].low)) {
			// "an assault today in which 50 people were killed": the
			// preposition belongs to the relative clause
			if (ts[j].low == "which" || ts[j].low == "whom") && j-1 > from && q.lx.prep.hasTok(&ts[j-1]) && !ts[j-2].brk {
				return j - 1
			}
			return j
		}
		if j > from && ts[j].low == "or" && j+1 < len(ts) && (ts[j+1].low == "whether" || ts[j+1].low == "perhaps") {
			return j
		}
		// "… and the extent of damage remained unclear": a clause of its own
		// "had not been agreed and could take weeks": a second predicate
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but" || ts[j].low == "or") {
			k := j + 1
			if k+1 < len(ts) && ts[k].low == "at" && ts[k+1].low == "least" {
				k += 2 // "or at least could be helping"
			}
			if k+1 < len(ts) && q.lx.modal.hasTok(&ts[k]) && q.vb.base.has(ts[k+1].low) {
				return j
			}
			// "was caused by a ship and have detained a tanker": a second
			// predicate in a perfect tense
			if k+1 < len(ts) && (ts[k].low == "have" || ts[k].low == "has" || ts[k].low == "had") {
				if _, ok := q.vb.participleBase(ts[k+1].low); ok {
					return j
				}
			}
		}
		// "… early this morning and HMAS Armidale would arrive later": a
		// name, then its own auxiliary
		// (or "and the frigate would arrive": a noun, then a modal)
		if j > from+1 && ts[j].low == "and" && !ts[j-1].brk && j+1 < len(ts) && (ts[j+1].cap || q.lx.det.hasTok(&ts[j+1])) {
			named := ts[j+1].cap
			k := j + 1
			for k < len(ts) && k <= j+4 && (ts[k].cap || !named && k > j+1 && !q.lx.aux.hasTok(&ts[k]) && !q.lx.modal.hasTok(&ts[k]) || k == j+1) && !ts[k].brk {
				k++
			}
			if k < len(ts) && k > j+1 && !ts[k-1].brk && (q.lx.modal.hasTok(&ts[k]) || named && q.lx.aux.hasTok(&ts[k])) {
				return j
			}
		}
		// (not "the movement of men and vehicles was noticed": still the
		// subject, no verb before the "and")
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but" || ts[j].low == "as") && j+1 < len(ts) && !q.lx.aux.hasTok(&ts[j+1]) {
			if k := q.strongFinite(ts, j+1, min(len(ts), j+13)); k > j+1 && (ts[j].low != "and" || q.finite(ts, from, j) >= 0 || ts[j-1].brk) {
				return j
			}
		}
		// "denied agreeing to it and said that Ankara …": what the
		// subject said next is a clause of its own
		if j > from+1 && ts[j].low == "and" && j+2 < len(ts) && q.lx.speech.hasTok(&ts[j+1]) && ts[j+2].low == "that" {
			return j
		}
		// "denies any deployment and describes its posture as …": a
		// second verb of the same subject, known by the article after it
		// (not "burned and looted the base": two verbs sharing one object)
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but") && j+2 < len(ts) && !ts[j+1].cap &&
			(q.lx.det.hasTok(&ts[j+2]) && ts[j+2].low != "that" || ts[j+2].low == "to" || ts[j+2].cap ||
				q.isPlural(ts[j+2:j+3]) && !ts[j+2].brk) && q.verbForm(ts[j+1].low) && !q.pastTense(ts[j-1].low) {
			return j // "… and warned Taipei", "… and referred questions to"
		}
		// "whether Israel would join remains unclear": the predicate of
		// the clause the question came from
		if j > from+1 && q.unknownPredicate(ts, j) {
			return j
		}
		// "so that …", "in order to …": a purpose, not the claim
		if j > from && j+1 < len(ts) && (ts[j].low == "so" && ts[j+1].low == "that" || ts[j].low == "in" && ts[j+1].low == "order") {
			return j
		}
		if ts[j].brk && (ts[j].stop || !q.listContinues(ts, j+1)) {
			// "another US vessel, the Destiny, in the Red Sea": a name in
			// apposition stays with the noun it names
			if k := q.nameApposition(ts, j+1); k > j {
				j = k
				continue
			}
			return j + 1
		}
		if j-from >= 32 {
			return j + 1
		}
	}
	return len(ts)
}

// nameApposition returns the last word of a name set off after a noun
// ("…, the Destiny, …"): "the" and capitalised words up to a comma. It
// returns -1 when none starts at i.
func (q *qctx) nameApposition(ts []tok, i int) int {
	if i+1 >= len(ts) || ts[i].stop {
		return -1
	}
	// "the Niels Juel, an Iver Huitfeldt-class frigate, had used …": a
	// description set off before the verb goes on
	if ts[i].low == "a" || ts[i].low == "an" {
		for k := i + 1; k < len(ts) && k <= i+8; k++ {
			if ts[k].brk {
				if ts[k].stop || k+1 >= len(ts) || !q.lx.aux.hasTok(&ts[k+1]) && !q.verbForm(ts[k+1].low) {
					return -1
				}
				return k
			}
		}
		return -1
	}
	if ts[i].low != "the" || !ts[i+1].cap {
		return -1
	}
	for k := i + 1; k < len(ts) && k <= i+4; k++ {
		if !ts[k].cap {
			return -1
		}
		if ts[k].brk {
			if ts[k].stop || k+1 >= len(ts) {
				return -1
			}
			return k
		}
	}
	return -1
}

// listContinues reports a comma inside a list "A, B and C" or "A, B, or
// C": "and" or "or" comes within five words, before anything that opens
// a clause of its own.
func (q *qctx) listContinues(ts []tok, next int) bool {
	if next < len(ts) && ts[next].low == "or" {
		return true // "A, B, or C"; "keep up strikes, or return"
	}
	if next >= len(ts) || q.isClauseOpener(ts, next) || q.lx.speech.hasTok(&ts[next]) {
		return false
	}
	for k := next; k < len(ts) && k <= next+4; k++ {
		w := ts[k].low
		if w == "and" || w == "or" {
			return k > next || w == "or"
		}
		if k > next && (q.isClauseOpener(ts, k) || q.lx.aux.hasTok(&ts[k])) {
			return false
		}
	}
	return false
}

// unknownPredicate reports "remains unclear", "is not yet known" at j.
func (q *qctx) unknownPredicate(ts []tok, j int) bool {
	switch ts[j].low {
	case "is", "was", "are", "were", "remains", "remained", "remain":
		if r := q.lx.unknownAttributeRule; q.lx.mayBegin(r, q.a.cueNumber(&ts[j])) {
			for _, c := range q.lx.rules[r].cues {
				if _, ok := q.matchAt(c, j); ok {
					return true
				}
			}
		}
	case "has", "have", "had":
	default:
		return false
	}
	// "posts alleging that … have not been substantiated", "claims that
	// … are being treated with caution": the doubt about the claim, not
	// part of it. Any cue at any of the three words will do; a word no
	// cue of the rule begins with is passed at once.
	r := q.lx.unverifiedRule
	for k := j; k < len(ts) && k <= j+2; k++ {
		if !q.lx.mayBegin(r, q.a.cueNumber(&ts[k])) {
			continue
		}
		for _, c := range q.lx.rules[r].cues {
			if _, ok := q.matchAt(c, k); ok {
				return true
			}
		}
	}
	return false
}
