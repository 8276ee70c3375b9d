package extract

import (
	"slices"
	"strings"
)

// askUnspecifiedNoun: "drones started a fire at an unspecified
// industrial facility" → "At which industrial facility did drones start a
// fire".
func askUnspecifiedNoun(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.HasSuffix(m.cue.phrase, "identify|name") || strings.HasSuffix(m.cue.phrase, "identified|named") {
		return q.askUnnamed(m)
	}
	// "an unspecified number of aircraft" asks how many: "How many
	// aircraft …"
	from, which := m.after(), "Which"
	if from+2 < len(ts) && ts[from].low == "number" && ts[from+1].low == "of" {
		from, which = from+2, "How many"
	} else if strings.HasPrefix(m.cue.phrase, "unknown number") {
		which = "How many"
	} else if strings.HasSuffix(m.cue.phrase, "number of") {
		// a vague count asks how many only of the dead and the hurt
		end := q.clauseEnd(ts, from)
		if end <= from || !slices.ContainsFunc(ts[from:end], func(t tok) bool { return q.lx.outcome[t.low] != "" || strings.HasPrefix(t.low, "casualt") }) {
			return phrased{}, false
		}
		// "resulted in a significant number of injured and dead" → "How
		// many injured and dead were there"
		return phrased{core: q.whichIsMeant("How many", render(cutBreak(ts[from:end])))}, true
	}
	for which != "Which" && from+1 < len(ts) && q.lx.det.hasTok(&ts[from]) {
		from++ // "of these launchers": how many launchers
	}
	// "Drones of unknown origin flew over the base" → "Whose drones flew
	// over the base"
	if m.first > 1 && ts[m.first-1].low == "of" && m.after() < len(ts) && q.lx.originNoun.hasTok(&ts[m.after()]) {
		st := q.npStart(ts, m.first-1, false)
		k := m.after() + 1 // the verb follows: "… of unknown origin flew over"
		if k < len(ts) && (q.lx.aux.hasTok(&ts[k]) || q.verbForm(ts[k].low)) && st < m.first-1 {
			np := q.trimSubject(ts[st : m.first-1])
			if len(np) > 0 && q.lx.det.hasTok(&np[0]) {
				np = np[1:]
			}
			if len(np) > 0 {
				text := q.nounPhrase(np)
				if q.sentenceInitial(np[0]) && (!q.properNoun(np[0]) || np[0].wi >= 0 && q.a.isGenericWord(int(np[0].wi))) {
					text = lowerFirstWord(text) // "Drones of unknown origin …"
				}
				return phrased{core: "Whose " + text + " " + render(ts[k:q.clauseEnd(ts, k)])}, true
			}
		}
		return phrased{}, false
	}
	// "an unidentified drone", "multiple unidentified missiles", "two
	// unidentified gunmen"
	leads := func(t *tok) bool { return q.lx.det.hasTok(t) || q.lx.vagueCount.hasTok(t) || q.lx.isCount(t.low) }
	// "a patrol was attacked by unidentified gunmen" → "Who attacked the
	// patrol"
	if by := m.first - 1; by > 1 && which == "Which" {
		if q.lx.det.hasTok(&ts[by]) {
			by-- // "by an unidentified drone"
		}
		if ts[by].low == "by" {
			if core := q.askPassiveAgent(by, from, q.nounEnd(ts, from)); core != "" {
				return phrased{core: core}, true
			}
		}
	}
	if m.first == 0 || !leads(&ts[m.first-1]) && !ts[m.first-1].brk && which == "Which" {
		// "unknown" as a predicate belongs to other rules
		if m.first > 0 && !strings.HasPrefix(ts[m.first-1].low, "in") {
			return phrased{}, false
		}
	}
	end := q.nounEnd(ts, from)
	// ("an undisclosed amount": a sum, asked below, though "amount" alone
	// names nothing)
	money := end == from+1 && which == "Which" && q.lx.moneyNouns[ts[from].low]
	if end <= from || q.lx.trivialHead.hasTok(&ts[end-1]) && !money {
		return phrased{}, false
	}
	// extend over "in the region", "of the city": the place belongs to it
	full := end
	// "an undisclosed number of air-to-ground and air-to-air weapons":
	// the nouns joined are one phrase
	for full+1 < len(ts) && (ts[full].low == "and" || ts[full].low == "or") && !ts[full-1].brk && !q.isVerbForm(ts[full+1].low) &&
		!q.lx.det.hasTok(&ts[full+1]) {
		e := q.nounEnd(ts, full+1)
		if e <= full+1 {
			break
		}
		full, end = e, e
	}
	for full+1 < len(ts) && (ts[full].low == "in" || ts[full].low == "of" || ts[full].low == "near") && !ts[full-1].brk {
		e := q.nounEnd(ts, full+1)
		if e <= full+1 {
			break
		}
		full = e
	}
	np := render(ts[from:full])
	det := m.first - 1
	if det < 0 || !leads(&ts[det]) {
		det = m.first
	}
	// where the phrase stands in its clause
	cs := q.clauseStart(ts, det)
	k := q.finite(ts, cs, q.clauseEnd(ts, cs))
	if k < 0 || det <= k {
		// the subject: "Unidentified gunmen attacked …" → "Who attacked
		// …"; "An unidentified drone struck …" → "Whose drone struck …"
		// (who is behind it is what is unknown); else "Which …"
		// "trucks carrying an unspecified number of soldiers were seen":
		// the phrase modifies the subject, so the predicate is not its own
		embedded := slices.ContainsFunc(ts[cs:det], func(t tok) bool { return q.lx.prep.hasTok(&t) || strings.HasSuffix(t.low, "ing") })
		if k > det && !embedded {
			pred := render(ts[k:q.clauseEnd(ts, k)])
			head := &ts[end-1]
			switch {
			case which != "Which":
			case !head.name && (q.lx.persons.hasTok(head) || q.lx.agents.has(strings.TrimSuffix(head.low, "s")) || strings.HasSuffix(head.low, "men")):
				return phrased{core: "Who " + pred}, true
			case (head.name || q.lx.craftNoun.hasTok(head)) && end == m.after()+1:
				return phrased{core: "Whose " + np + " " + pred}, true
			}
			return phrased{core: which + " " + np + " " + pred}, true
		}
		return phrased{core: q.whichIsMeant(which, np)}, true
	}
	// the object: move it to the front
	sub := q.subjectOf(ts[cs:k])
	// "the deal … for an undisclosed sum": an attribute of the clause's
	// subject ("What is the sum of the deal")
	// (of the thing an actor bought: "Poland bought the tanks for an
	// undisclosed price" asks the tanks' price)
	if head := ts[end-1].low; which == "Which" && end == from+1 && q.lx.attrWh[head] == "what" && sub.text != "" && !q.lx.pronoun.has(strings.ToLower(sub.text)) {
		owner := sub.text
		if q.agentive(ts[cs:k]) {
			owner = ""
			if obj := cutBreak(q.objectPhrase(q.pastModal(ts[k:det]))); len(obj) > 0 && len(obj) < det-k && q.lx.prep.hasTok(&ts[det-1]) {
				owner = q.nounPhrase(withDefinite(obj[:len(obj)-1]))
			}
		}
		if owner != "" && !q.lx.det.has(strings.ToLower(owner)) {
			if money {
				return phrased{core: q.howMuch(sub.text, owner, ts[k], owner != sub.text)}, true
			}
			return phrased{core: "What is the " + head + " of " + owner}, true
		}
		return phrased{}, false // whose it is, the clause does not tell
	}
	prep := ""
	mid := ts[k:det]
	if len(mid) > 1 && q.lx.prep.hasTok(&mid[len(mid)-1]) {
		prep = mid[len(mid)-1].w
		mid = mid[:len(mid)-1]
	}
	// "includes air units and an unidentified submarine": the verb alone
	if slices.ContainsFunc(mid, func(t tok) bool { return t.low == "and" || t.low == "or" }) {
		mid = mid[:1]
		prep = ""
	}
	asked := q.yesNo(sub, mid)
	// (a verb group cut down to its auxiliary asks nothing)
	if asked == "" || len(mid) == 1 && q.lx.aux.hasTok(&mid[0]) {
		return phrased{core: q.whichIsMeant(which, np)}, true
	}
	lead := which + " " + np
	if prep != "" {
		lead = upperFirst(strings.ToLower(prep)) + " " + strings.ToLower(which) + " " + np
	}
	tail := ""
	if full < len(ts) && !ts[full-1].brk {
		tail = render(ts[full:q.clauseEnd(ts, full)])
	}
	return phrased{core: strings.TrimSpace(lead + " " + lowerFirstWord(asked) + " " + tail)}, true
}

// pastModal drops a modal and its verb from the front of a predicate
// ("will buy four submarines for" → "four submarines for"), which
// objectPhrase finds only after a verb of its own form.
func (q *qctx) pastModal(mid []tok) []tok {
	if len(mid) > 2 && q.lx.aux.hasTok(&mid[0]) && q.vb.base.has(mid[1].low) {
		return mid[2:]
	}
	return mid
}

// howMuch asks what a thing cost: "Poland bought the tanks for an
// undisclosed price" → "How much did Poland pay for the tanks"; "the
// deal covers twelve jets for an undisclosed sum" → "How much is the
// deal worth".
func (q *qctx) howMuch(buyer, thing string, verb tok, bought bool) string {
	if !bought {
		return "How much is " + thing + " worth"
	}
	aux := "did"
	if verb.low == "will" || verb.low == "would" {
		aux = verb.low
	}
	return "How much " + aux + " " + buyer + " pay for " + thing
}

// askUnnamed asks who or which the thing is that someone would not
// name: "did not identify the contractor" → "Which contractor was it";
// "declined to name the attackers" → "Who are the attackers".
func (q *qctx) askUnnamed(m cueMatch) (phrased, bool) {
	ts := q.ts
	from := m.after()
	end := q.nounEnd(ts, from)
	if end-from < 2 || !q.lx.det.hasTok(&ts[from]) || ts[from].low == "any" || ts[from].low == "no" {
		return phrased{}, false // "did not name them", "did not identify any suspects"
	}
	for end+1 < len(ts) && ts[end].low == "of" && !ts[end-1].brk {
		e := q.nounEnd(ts, end+1)
		if e <= end+1 {
			break
		}
		end = e
	}
	np := ts[from:end]
	if core, ok := q.attributeQuestion(np); ok {
		return phrased{core: core}, true // "the location of the battery"
	}
	head := &ts[q.nounEnd(ts, from)-1]
	if q.lx.trivialHead.hasTok(head) || head.name {
		return phrased{}, false
	}
	plural := q.isPlural(ts[from:q.nounEnd(ts, from)])
	if q.lx.persons.hasTok(head) || !q.lx.craftNoun.hasTok(head) && q.lx.agents.has(strings.TrimSuffix(head.low, "s")) {
		if plural {
			return phrased{core: "Who are " + q.nounPhrase(np), unsourced: true}, true
		}
		return phrased{core: "Who is " + q.nounPhrase(np), unsourced: true}, true
	}
	// the one who would not name it does not say what it is
	rest := render(np[1:])
	if plural {
		return phrased{core: "Which " + rest + " were they", unsourced: true}, true
	}
	return phrased{core: "Which " + rest + " was it", unsourced: true}, true
}

// whichIsMeant asks about an unnamed thing without its clause: "Which
// facility is meant", or for a number "How many troops were there".
func (q *qctx) whichIsMeant(which, np string) string {
	if which == "Which" {
		return "Which " + np + " is meant"
	}
	return which + " " + np + " were there"
}

// clauseStart returns where the clause holding word i begins.
func (q *qctx) clauseStart(ts []tok, i int) int {
	for j := i - 1; j >= 0; j-- {
		if q.participleWith(ts, j) {
			continue // "raiders armed with rifles": inside the subject
		}
		if ts[j].brk || q.lx.subjectBound.hasTok(&ts[j]) && ts[j].low != "and" && ts[j].low != "as" {
			return j + 1
		}
	}
	return 0
}

// nounEnd returns the end of the noun phrase starting at from: words up
// to a preposition, a verb, a break or a relative word.
func (q *qctx) nounEnd(ts []tok, from int) int {
	j := from
	for j < len(ts) && j-from < 8 {
		w := ts[j].low
		if q.lx.prep.hasTok(&ts[j]) || q.lx.subjectBound.hasTok(&ts[j]) || q.lx.aux.hasTok(&ts[j]) || q.lx.clauseStop.hasTok(&ts[j]) || q.lx.timeAdverb.hasTok(&ts[j]) {
			break
		}
		if j > from {
			// ("the armed group": a participle before its noun goes on)
			if _, ok := q.vb.pastBase(w); ok && !ts[j].cap && !(q.lx.adjParticiple.hasTok(&ts[j]) && q.lx.det.hasTok(&ts[j-1]) && !ts[j].brk) {
				break
			}
		}
		j++
		if ts[j-1].brk {
			break
		}
	}
	return j
}

// askPassiveAgent asks who did what a passive clause reports was done
// "by" an unnamed agent (its noun ts[from:end]): "a patrol was
// also attacked in the town by unidentified gunmen" → "Who attacked the
// patrol in the town"; a craft's owner for a craft ("Whose drone struck
// the tanker"). "" when no passive stands before "by".
func (q *qctx) askPassiveAgent(by, from, end int) string {
	ts := q.ts
	if end <= from || end > len(ts) {
		return ""
	}
	for p := by - 1; p > 0 && by-p <= 6 && !ts[p].brk; p-- {
		if _, ok := q.vb.participleBase(ts[p].low); !ok {
			continue
		}
		aux := p - 1
		if aux > 0 && q.lx.dropAdverb.hasTok(&ts[aux]) {
			aux-- // "was also attacked"
		}
		if !q.lx.aux.hasTok(&ts[aux]) {
			return ""
		}
		// the participle doubles as the past only when the two forms agree
		if _, ok := q.vb.pastBase(ts[p].low); !ok {
			return ""
		}
		st := q.subjectStart(ts, aux)
		np := q.trimSubject(ts[st:aux])
		if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) || q.lx.wh.hasTok(&np[0]) {
			return ""
		}
		act := ts[p].low + " " + q.nounPhrase(withDefinite(np))
		if p+1 < by {
			act += " " + render(ts[p+1:by])
		}
		// "… by an unidentified drone off the coast": where or when too
		if end < len(ts) && !ts[end-1].brk && (q.lx.prep.hasTok(&ts[end]) || q.lx.timeWord.hasTok(&ts[end])) {
			if e := q.clauseEnd(ts, end); e > end {
				act += " " + render(ts[end:e])
			}
		}
		// a craft or weapon is someone's: whose it was is what is open
		if head := &ts[end-1]; q.lx.craftNoun.hasTok(head) || head.wi >= 0 && q.a.isGenericWord(int(head.wi)) {
			return "Whose " + render(ts[from:end]) + " " + act
		}
		return "Who " + act
	}
	return ""
}
