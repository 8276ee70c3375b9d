package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// What may come, as a modal, a condition or an inference says it: "could
// witness strikes", "would allow, if necessary", "suggesting that … will".

// askInference: "…, suggesting that the tempo will only increase" →
// "Will the tempo increase".
func askInference(q *qctx, m cueMatch) (phrased, bool) {
	from := m.after()
	if from >= len(q.ts) {
		return phrased{}, false
	}
	// "The attack risks pushing the two closer to war" → "Will the
	// attack push the two closer to war"
	if strings.HasPrefix(m.cue.phrase, "risks") {
		ts := q.ts
		base, ok := q.vb.gerundBase(ts[from].low)
		sub := q.speakerBefore(m.first)
		if !ok || sub.text == "" || q.lx.pronoun.has(strings.ToLower(sub.text)) {
			return phrased{}, false
		}
		return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[from+1:q.clauseEnd(ts, from)])}, true
	}
	core := q.askClause(q.ts, from, q.clauseEnd(q.ts, from))
	p := phrased{core: core}
	// "Some experts suggested that …": who infers it (not "…, suggesting
	// that", which the whole clause says)
	if who := q.speakerBefore(m.first); who.text != "" && !q.lx.pronoun.has(strings.ToLower(who.text)) &&
		(q.ts[m.first].low == "suggested" || q.ts[m.first].low == "suggests" || q.ts[m.last].low == "suggested") {
		p.creditBy = &voice{who: who, verb: "suggests"}
	}
	return p, core != ""
}

// askConditional: "would also allow, if necessary, the execution of …"
// → "Will the deployment allow the execution of …".
func askConditional(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	if strings.HasPrefix(m.cue.phrase, "in the event") || strings.HasPrefix(m.cue.phrase, "should") {
		from := m.after()
		if from >= len(ts) {
			return phrased{}, false
		}
		core := q.askReportedBy(ts, from, q.clauseEnd(ts, from), subject{})
		return phrased{core: core}, core != ""
	}
	// the auxiliary the condition qualifies, before the cue
	aux := -1
	for j := m.first - 1; j >= 0 && j >= m.first-6; j-- {
		if q.lx.modal.hasTok(&ts[j]) {
			aux = j
			break
		}
	}
	if aux < 0 {
		return phrased{}, false
	}
	sub := q.mainSubject(aux)
	if sub.text == "" {
		return phrased{}, false
	}
	pred := []tok{ts[aux]}
	for j := aux + 1; j < m.first; j++ {
		t := ts[j]
		t.brk = false
		pred = append(pred, t)
	}
	end := q.clauseEnd(ts, m.after())
	pred = append(pred, ts[m.after():end]...)
	core := q.yesNo(sub, pred)
	return phrased{core: core}, core != ""
}

// askModal: "the next phase could witness strikes on land" → "Will the
// next phase witness strikes on land".
func askModal(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	k := m.first
	w := ts[k].low
	next := m.after()
	if next >= len(ts) {
		return phrased{}, false
	}
	switch {
	case w == "potentially" || w == "possibly" || w == "perhaps":
		// "described the attack as potentially constituting a war crime"
		// → "Does the attack constitute a war crime"
		if base, ok := q.vb.gerundBase(ts[next].low); ok && k > 1 && ts[k-1].low == "as" {
			if thing := q.describedThing(k - 1); len(thing) > 0 {
				sub := q.subjectOf(withDefinite(thing))
				rest := render(ts[next+1 : q.clauseEnd(ts, next+1)])
				if q.lx.stative.has(base) {
					do := map[bool]string{true: "Do", false: "Does"}[sub.plural]
					return phrased{core: do + " " + sub.text + " " + base + " " + rest, kind: briefing.Fact}, true
				}
				return phrased{core: "Will " + sub.text + " " + base + " " + rest}, true
			}
		}
		if base, ok := q.vb.gerundBase(ts[next].low); ok && k > 0 && ts[k-1].brk {
			sub := q.mainSubject(k)
			if sub.text == "" {
				return phrased{}, false
			}
			return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[next+1:q.clauseEnd(ts, next+1)])}, true
		}
		if k == q.clauseStart(ts, k) && (ts[k].brk || ts[next].cap || q.lx.det.hasTok(&ts[next])) {
			core := q.askClause(ts, next, q.clauseEnd(ts, next))
			return phrased{core: core}, core != ""
		}
		return phrased{}, false
	case strings.HasPrefix(w, "risk"):
		sub := q.mainSubject(k)
		if sub.text == "" {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, next)
		if base, ok := q.vb.gerundBase(ts[next].low); ok {
			return phrased{core: "Will " + sub.text + " " + base + " " + render(ts[next+1:end])}, true
		}
		if w == "risking" || q.lx.det.hasTok(&ts[next]) {
			return phrased{core: "Will " + possessive(sub.text) + " move lead to " + render(ts[next:end])}, true
		}
		return phrased{}, false
	case strings.HasSuffix(m.cue.phrase, "likely to"):
		// "he is likely to emphasize …"
		aux := m.first
		for aux > 0 && (ts[aux-1].low == "not" || ts[aux-1].low == "also" || ts[aux-1].low == "still") {
			aux--
		}
		if !q.lx.aux.hasTok(&ts[aux]) && aux > 0 && q.lx.aux.hasTok(&ts[aux-1]) {
			aux--
		}
		start := q.subjectStart(ts, aux)
		if start >= aux {
			return phrased{}, false
		}
		sub := q.subjectOf(ts[start:aux])
		if sub.text == "" || !q.vb.base.has(ts[next].low) {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, next)
		if !q.lx.aux.hasTok(&ts[aux]) {
			// "two frigates likely to join the fleet in 2027 were
			// launched": the phrase is the subject, and the main verb
			// ends what is likely
			for j := next + 1; j < end; j++ {
				if q.lx.aux.hasTok(&ts[j]) && !q.lx.modal.hasTok(&ts[j]) && ts[j-1].low != "to" {
					end = j
					break
				}
			}
		}
		return phrased{core: "Will " + sub.text + " " + render(ts[next:end])}, true
	}
	// could, may, might (+ have), can
	if strings.HasSuffix(ts[k].low, "n't") || ts[next].low == "not" {
		return phrased{}, false // what cannot happen is no open question
	}
	v := next
	for v < len(ts) && (ts[v].low == "also" || ts[v].low == "still" || ts[v].low == "well" || ts[v].low == "even" || ts[v].low == "soon" ||
		strings.HasSuffix(ts[v].low, "ly") && !q.vb.base.has(ts[v].low)) {
		v++
	}
	if v >= len(ts) || !q.vb.base.has(ts[v].low) {
		return phrased{}, false
	}
	if ts[v].low == "be" && v+1 < len(ts) && q.lx.perception.hasTok(&ts[v+1]) {
		return phrased{}, false // "smoke could be seen": what was visible
	}
	start := q.subjectStart(ts, k)
	np := q.trimSubject(ts[start:k])
	if head := q.modalRelativeHead(ts, start, k); len(head) > 0 {
		np = withDefinite(head) // "challenges that could threaten …": the challenges
	}
	if len(np) == 2 && np[0].low == "at" && np[1].low == "least" {
		np = nil // "or at least could be helping"
	}
	coordinated := len(np) == 0 && start > 0 && (ts[start-1].low == "or" || ts[start-1].low == "and" || ts[start-1].low == "but") ||
		start < k && (ts[start].low == "or" || ts[start].low == "and") && len(np) == 0
	if coordinated {
		// "Israel might join or at least could be helping": the first
		// verb's subject
		sub := q.mainSubject(start)
		if sub.text == "" {
			return phrased{}, false
		}
		end := q.clauseEnd(ts, v)
		core := q.yesNo(sub, append([]tok{ts[k]}, ts[next:end]...))
		return phrased{core: core}, core != ""
	}
	if len(np) == 0 {
		return phrased{}, false
	}
	if w == "can" && !slices.Contains([]string{"any", "another", "more", "further", "such", "an", "a"}, np[0].low) {
		return phrased{}, false
	}
	// "so that the coast guard could make sure …": a purpose
	if start >= 2 && ts[start-2].low == "so" && ts[start-1].low == "that" {
		return phrased{}, false
	}
	sub, ok := q.futureSubject(np, ts[v].low)
	if !ok {
		return phrased{}, false
	}
	end := q.clauseEnd(ts, v)
	// the predicate in a buffer of a's: yesNo keeps none of it
	pred := append(append(q.a.qscratch.pred[:0], ts[k]), ts[next:end]...)
	q.a.qscratch.pred = pred[:0]
	core := q.yesNo(sub, pred)
	return phrased{core: core}, core != ""
}

// describedThing reads what a verb of describing calls something, the
// words between the verb and "as" at word as: "described the attack on
// its helicopter as …" gives "the attack on its helicopter".
func (q *qctx) describedThing(as int) []tok {
	ts := q.ts
	for j := as - 1; j > 0 && as-j <= 10; j-- {
		if ts[j].brk {
			return nil
		}
		if q.lx.describeVerb.hasTok(&ts[j]) {
			if j+1 < as && q.lx.det.hasTok(&ts[j+1]) {
				return ts[j+1 : as]
			}
			return nil
		}
	}
	return nil
}
