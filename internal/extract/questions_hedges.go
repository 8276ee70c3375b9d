package extract

import (
	"slices"
	"strings"
)

// askHedgeAdverb: "the attack reportedly came in two waves" → "Did the
// attack come in two waves, as reported"; "…, allegedly killing X" →
// "Did <the clause's subject> kill X, as alleged".
func askHedgeAdverb(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	k := m.first
	credit := m.cue.tail
	// "one drone believed to have crashed near Plauru": a participle
	// after its noun, no verb of its own
	if (ts[k].low == "believed" || ts[k].low == "thought") && m.last > m.first && k > 0 && !q.lx.aux.hasTok(&ts[k-1]) && !q.lx.dropAdverb.hasTok(&ts[k-1]) {
		return q.reducedHedge(m, credit)
	}
	// "is said to", "are believed to have …"
	if m.last > m.first {
		sub := q.speakerBefore(k)
		from := m.after()
		if sub.text == "" || from >= len(ts) {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, from)
		past := ts[m.first].low == "was" || ts[m.first].low == "were"
		var pred []tok
		switch {
		case ts[from].low == "have" && from+1 < end:
			pred = append([]tok{synth("had")}, ts[from+1:end]...)
		case ts[from].low == "be":
			be := map[bool]string{true: "was", false: "is"}[past]
			if sub.plural {
				be = map[bool]string{true: "were", false: "are"}[past]
			}
			pred = append([]tok{synth(be)}, ts[from+1:end]...)
		case ts[m.last].low == "of": // "suspected of supplying"
			base, ok := q.vb.gerundBase(ts[from].low)
			if !ok {
				// "a ship again suspected of the incident": the deed named
				if !q.lx.det.hasTok(&ts[from]) || end <= from+1 {
					return phrased{}, false
				}
				be := map[bool]string{true: "Were", false: "Was"}[sub.plural]
				core := be + " " + sub.text + " responsible for " + q.nounPhrase(withDefinite(ts[from:end]))
				return phrased{core: core, credit: credit, statement: true}, true
			}
			pred = append([]tok{synth("did"), synth(base)}, ts[from+1:end]...)
		default:
			do := map[bool]string{true: "did", false: "does"}[past]
			if sub.plural && !past {
				do = "do"
			}
			pred = append([]tok{synth(do)}, ts[from:end]...)
		}
		core := q.yesNo(sub, pred)
		return phrased{core: core, credit: credit, statement: true}, core != ""
	}
	next := k + 1
	if next >= len(ts) {
		return phrased{}, false
	}
	// "will likely increase": a modal before the hedge, a verb after it
	modalVerb := false
	if aux := q.auxBefore(ts, k); aux >= 0 && q.lx.modal.hasTok(&ts[aux]) && !ts[k].brk {
		modalVerb = q.vb.base.has(ts[next].low) || ts[next].low == "be"
	}
	if _, gerund := q.vb.gerundBase(ts[next].low); m.cue.verb && !q.pastTense(ts[next].low) && !gerund && !modalVerb {
		return phrased{}, false
	}
	// "Reportedly, the administration has drawn up …"
	if k == q.clauseStart(ts, k) && (ts[k].brk || q.lx.det.hasTok(&ts[next]) || ts[next].cap) {
		from := next
		core := q.askClause(ts, from, q.clauseEnd(ts, from))
		return phrased{core: core, credit: credit, statement: true}, core != ""
	}
	end := q.clauseEnd(ts, next)
	// "a series of purportedly indiscriminate attacks": the hedge is on
	// the adjective, the question on the nouns it describes
	if k > 0 && (q.lx.det.hasTok(&ts[k-1]) || ts[k-1].low == "of") && next+1 < end && !ts[next+1].cap && !ts[next].brk && !q.verbForm(ts[next].low) {
		if e := q.nounEnd(ts, next+1); e > next+1 && e <= end {
			np := ts[next+1 : e]
			for i := 1; i < len(np); i++ {
				if q.lx.timeOpener.hasTok(&np[i]) || q.lx.timeWord.hasTok(&np[i]) {
					np = np[:i] // "air strikes last month": the strikes
					break
				}
			}
			be := map[bool]string{true: "Were", false: "Was"}[q.isPlural(np)]
			adj := ts[next].low
			if ts[next].cap {
				adj = ts[next].w // "Iranian"
			}
			return phrased{core: be + " the " + render(np) + " " + adj, credit: credit, statement: true}, true
		}
	}
	// "the bomb threat that allegedly forced a flight to land": what the
	// relative clause hangs on did it
	// (not "A photograph also circulated that purportedly showed …": a
	// verb before "that", whose subject the clause is about)
	if k > 1 && (ts[k-1].low == "that" || ts[k-1].low == "which") && !ts[k-2].brk && q.pastTense(ts[next].low) &&
		!q.pastTense(ts[k-2].low) && !q.verbForm(ts[k-2].low) {
		if np := q.relativeHead(ts, k-1); len(np) > 0 && (q.lx.det.hasTok(&np[0]) || np[0].cap) {
			core := q.yesNo(q.subjectOf(withDefinite(np)), ts[next:end])
			return phrased{core: core, credit: credit, statement: true}, core != ""
		}
	}
	// "…, allegedly killing Iranian personnel"; "after allegedly conducting …"
	// ("are reportedly being welcomed", "was allegedly preparing": the
	// auxiliary's, below)
	if base, ok := q.vb.gerundBase(ts[next].low); ok && q.auxBefore(ts, k) < 0 {
		sub := q.mainSubject(k)
		// "A flotilla that had entered the ocean, reportedly heading for
		// the islands, has turned around": the phrase the sentence opens
		// with, when the aside follows it or its relative clause
		if sub.text == "" && k > 1 && ts[k-1].brk && !ts[k-1].stop && (q.lx.det.hasTok(&ts[0]) || ts[0].cap) {
			if e := q.nounEnd(ts, 0); e > 0 && (e == k && ts[e-1].brk || e < k && (ts[e].low == "that" || ts[e].low == "which")) {
				sub = q.subjectOf(withDefinite(ts[:e]))
			}
		}
		if sub.text == "" {
			return phrased{}, false
		}
		// an aside ends at its comma: "…, reportedly heading for the
		// Maldives Islands, has turned around"
		if k > 0 && ts[k-1].brk {
			for j := next; j+1 < end; j++ {
				if ts[j].brk && (q.lx.aux.hasTok(&ts[j+1]) || q.verbForm(ts[j+1].low)) {
					end = j + 1 // the sentence's own verb follows the comma
					break
				}
			}
		}
		// "videos purportedly placing them near the base": the noun acts
		if start := q.subjectStart(ts, k); start < k && !ts[k-1].brk && !q.lx.prep.hasTok(&ts[k-1]) && ts[k-1].low != "and" {
			np := q.afterVerb(q.objectPhrase(ts[start:k]))
			// "targeting military warehouses allegedly housing …": the
			// warehouses, not the targeting
			if _, ger := q.vb.gerundBase(firstLow(np)); ger && len(np) > 1 {
				np = np[1:]
			}
			if len(np) > 0 {
				sub = q.subjectOf(withDefinite(np))
				if !q.lx.det.hasTok(&np[0]) && !np[0].cap {
					sub.text = "the " + sub.text
				}
			}
		}
		do := "Did"
		if ts[next].low != "" && strings.HasPrefix(ts[k].low, "purport") {
			do = "Do"
			if !sub.plural {
				do = "Does"
			}
		}
		return phrased{core: do + " " + sub.text + " " + base + " " + render(q.baseAfterAnd(ts[next+1:end])), credit: credit, statement: true}, true
	}
	// "advanced drones, some reportedly Iranian-made, …": some of the
	// drones are so
	if k > 1 && ts[k-2].brk && !ts[k-2].stop && q.lx.vagueCount.hasTok(&ts[k-1]) && strings.Contains(ts[next].low, "-") && ts[next].brk {
		if st := q.npStart(ts, k-1, true); st < k-1 {
			np := q.objectPhrase(ts[st : k-1])
			for i := len(np) - 2; i >= 0; i-- {
				if np[i].low == "of" {
					np = np[i+1:] // "the group's use of advanced drones": the drones
					break
				}
			}
			if len(np) == 0 {
				return phrased{}, false
			}
			np = withDefinite(np)
			if !q.lx.det.hasTok(&np[0]) {
				np = append([]tok{synth("the")}, np...)
			}
			last := ts[next]
			last.brk = false
			return phrased{core: "Are " + ts[k-1].low + " of " + render(np) + " " + render([]tok{last}), credit: credit, statement: true}, true
		}
	}
	// "Ansar al-Wadi, a small group purportedly based in the forest": the
	// named thing is so
	if _, part := q.vb.participleBase(ts[next].low); part && k > 0 && !q.lx.aux.hasTok(&ts[k-1]) {
		if _, past := q.vb.pastBase(ts[next].low); past || part {
			start := q.subjectStart(ts, k)
			np := q.trimSubject(ts[start:k])
			if len(np) > 0 && (np[0].low == "a" || np[0].low == "an") && start > 0 && ts[start-1].brk {
				if st := q.npStart(ts, start, true); st < start {
					named := q.sourceText(ts[st:start])
					if named.text != "" {
						return phrased{core: upperFirst(map[bool]string{true: "are", false: "is"}[named.plural]) + " " + named.text + " " + render(ts[next:end]), credit: credit, statement: true}, true
					}
				}
			}
		}
	}
	// "The attack, which began after midnight, reportedly involved
	// …": what the relative clause is about
	if k > 0 && ts[k-1].brk && !ts[k-1].stop && q.pastTense(ts[next].low) {
		for j := k - 1; j > 0; j-- {
			if ts[j-1].brk {
				if ante := q.relativeAntecedent(ts, j); ante != nil {
					core := q.yesNo(q.subjectOf(ante), ts[next:end])
					return phrased{core: core, credit: credit, statement: true}, core != ""
				}
				break
			}
		}
	}
	// "The missiles, reportedly fired from Sariwon, flew 400 km": the
	// thing before the comma is what the hedge is about
	// (not "CCG 3105, allegedly turned a water cannon on …", whose verb
	// has an object)
	// ("a meeting — purportedly convened to ease tensions — turned into
	// …": dashes set it off as commas do)
	// (nor "the SBU, allegedly carried out an attack": a particle, then
	// the object)
	obj := next + 1
	if obj < len(ts) && q.lx.particle.hasTok(&ts[obj]) && !ts[next].brk {
		obj++
	}
	if _, part := q.vb.participleBase(ts[next].low); part && k > 0 && ts[k-1].brk &&
		(obj >= len(ts) || !q.lx.det.hasTok(&ts[obj])) {
		start := q.npStart(ts, k, true)
		var sub subject
		switch {
		case start >= k:
		case q.pastTense(ts[start].low) && !ts[start].cap:
			// "The drone was fired by militants, probably launched from
			// Syria": after a whole clause, its subject
			sub = q.mainSubject(k)
		case start == q.clauseStart(ts, start+1):
			sub = q.subjectOf(ts[start:k])
		}
		if sub.text != "" {
			be := map[bool]string{true: "were", false: "was"}[sub.plural]
			core := q.yesNo(sub, append([]tok{synth(be)}, ts[next:q.clauseEnd(ts, next)]...))
			return phrased{core: core, credit: credit, statement: true}, core != ""
		}
	}
	// "has reportedly drawn up", "was allegedly killed", "was also
	// apparently killed"
	if aux := q.auxBefore(ts, k); aux >= 0 {
		start := q.subjectStart(ts, aux)
		np := ts[start:aux]
		// "missing persons, who were allegedly taken …": the persons
		if ante := q.relativeAntecedent(ts, aux-1); ante != nil {
			np = ante
		}
		// "Raiders who assaulted the town were apparently driving …": the
		// subject is the noun the relative clause follows
		if start > 1 && (ts[start-1].low == "who" || ts[start-1].low == "which") && !ts[start-2].brk {
			if ante := q.relativeAntecedent(ts, start-1); ante != nil {
				np = ante
			}
		}
		if len(np) == 0 {
			return phrased{}, false
		}
		pred := append([]tok{ts[aux]}, ts[next:end]...)
		core := q.yesNo(q.subjectOf(np), pred)
		return phrased{core: core, credit: credit, statement: true}, core != ""
	}
	// "A video emerged on Monday that reportedly shows …": the video
	if k > 0 && ts[k-1].low == "that" {
		if np := q.extraposedSubject(ts, k-1); np != nil {
			core := q.yesNo(q.subjectOf(withDefinite(np)), ts[next:end])
			return phrased{core: core, credit: credit, statement: true}, core != ""
		}
	}
	// "the attack reportedly came in two waves"; "a second cutter, CCG
	// 3105, allegedly turned a water cannon on …"
	start := q.subjectStart(ts, k)
	if k == 0 || q.lx.det.hasTok(&ts[k-1]) {
		return phrased{}, false // "Allegedly struck …": no subject to ask of
	}
	if start == k && ts[k-1].brk && !ts[k-1].stop {
		// "a second cutter, CCG 3105, allegedly turned …": the name the
		// apposition gives is the subject
		if s := q.npStart(ts, k, true); s < k {
			np := ts[s:k]
			for j := len(np) - 2; j >= 0; j-- {
				if np[j].brk {
					if name := np[j+1:]; name[0].cap {
						np = name
					}
					break
				}
			}
			start = k - len(np)
		}
	}
	sub := subject{}
	if start < k {
		sub = q.subjectOf(ts[start:k])
	} else {
		sub = q.speakerBefore(k)
	}
	core := q.yesNo(sub, ts[next:end])
	return phrased{core: core, credit: credit, statement: true}, core != ""
}

// firstLow is the first word of np in lower case, or "".
func firstLow(np []tok) string {
	if len(np) == 0 {
		return ""
	}
	return np[0].low
}

// baseAfterAnd puts a gerund joined by "and" in its base form, as the
// first one was: "killing … and seizing weapons" → "kill … and seize
// weapons".
func (q *qctx) baseAfterAnd(ts []tok) []tok {
	for j := 1; j < len(ts); j++ {
		if ts[j-1].low != "and" {
			continue
		}
		if base, ok := q.vb.gerundBase(ts[j].low); ok {
			out := slices.Clone(ts)
			out[j] = synth(base)
			return out
		}
	}
	return ts
}

// reducedHedge asks "N believed to have V-ed …": did N do it. The
// clause ends before the sentence's own verb ("A man believed to have
// led the raid was arrested").
func (q *qctx) reducedHedge(m cueMatch, credit string) (phrased, bool) {
	ts := q.ts
	from := m.after()
	// "debris, initially believed to be …": the noun before the aside
	first := m.first
	for first > 0 && q.lx.dropAdverb.hasTok(&ts[first-1]) || first > 0 && strings.HasSuffix(ts[first-1].low, "ly") && !ts[first-1].brk {
		first--
	}
	st := q.npStart(ts, first, true)
	if from >= len(ts) || st >= first {
		return phrased{}, false
	}
	np := cutBreak(q.objectPhrase(ts[st:first]))
	if len(np) == 0 {
		return phrased{}, false
	}
	sub := q.subjectOf(withDefinite(np))
	end := q.clauseEnd(ts, from)
	for j := from + 1; j < end; j++ {
		if q.lx.aux.hasTok(&ts[j]) {
			end = j
			break
		}
	}
	var pred []tok
	if ts[m.last].low == "to" {
		// "a target believed to house senior figures"
		if !q.vb.base.has(ts[from].low) || ts[from].low == "have" || ts[from].low == "be" {
			return phrased{}, false
		}
		do := map[bool]string{true: "do", false: "does"}[sub.plural]
		pred = append([]tok{synth(do)}, ts[from:end]...)
	} else if ts[m.last].low == "be" {
		pred = append([]tok{synth(map[bool]string{true: "are", false: "is"}[sub.plural])}, ts[from:end]...)
	} else if ts[from].low == "been" {
		pred = append([]tok{synth(map[bool]string{true: "were", false: "was"}[sub.plural])}, ts[from+1:end]...)
	} else if base, ok := q.vb.participleBase(ts[from].low); ok {
		pred = append([]tok{synth("did"), synth(base)}, ts[from+1:end]...)
	} else {
		return phrased{}, false
	}
	core := q.yesNo(sub, pred)
	return phrased{core: core, credit: credit, statement: true}, core != ""
}
