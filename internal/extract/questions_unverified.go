package extract

import (
	"slices"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// The unverified rule: a claim nobody could verify, and the claim it
// qualifies (see questions.yaml, rule unverified).

// askUnverified: a claim that could not be verified, joined to the claim
// it doubts.
func askUnverified(q *qctx, m cueMatch) (phrased, bool) {
	ts := q.ts
	counter := m.cue.tail
	from := m.after()
	end := len(ts)
	if from < len(ts) {
		end = q.clauseEnd(ts, from)
	}
	// "information not confirmed by Sedena", "a report that has not yet
	// been confirmed by the army": who has not confirmed it, and the
	// claim is elsewhere in the sentence
	if by := q.unconfirmedBy(m, end); by.text != "" {
		counter = "which " + by.text + " has not confirmed"
		if strings.HasSuffix(m.cue.phrase, " by") && end < len(ts) && ts[end-1].brk {
			// "…, in information not confirmed by Sedena, the convoy
			// passed over a mined road": the clause after the aside
			if core := q.askReported(ts, end, q.clauseEnd(ts, end), nil); core != "" {
				return phrased{core: core, counter: counter, statement: true}, true
			}
		}
		p, ok := q.reportedEvent(m.first)
		if !ok {
			p, ok = q.linkBack(m.first)
		}
		p.counter = counter
		return p, ok
	}
	// "the mission said it had not been able to verify casualty
	// figures": the speaker's own inability is about what follows it
	ownInability := strings.HasPrefix(m.cue.phrase, "not been able") || strings.HasPrefix(m.cue.phrase, "unable")
	// "Unverified sources indicate two attacks on the town": what the
	// sources say, credited to them
	if strings.HasPrefix(m.cue.phrase, "unverified|unconfirmed") && from+2 < end && q.lx.hearsayNoun.hasTok(&ts[from]) &&
		(q.lx.speech.hasTok(&ts[from+1]) || q.lx.reportBase.hasTok(&ts[from+1])) {
		if p, ok := q.askHearsaid(ts, from+2, end); ok {
			p.credit = "as " + strings.ToLower(render(ts[m.first:from+2]))
			return p, true
		}
	}
	// "there was no independent verification that the vessel had sunk":
	// the clause the noun governs is the claim
	if !ownInability && from+2 < end && ts[from].low == "that" {
		if core := q.askReported(ts, from+1, end, nil); core != "" {
			return phrased{core: core, counter: counter}, true
		}
	}
	// a claim earlier in the sentence: "X claims to have killed 100,
	// which cannot be independently verified"
	if !ownInability || from >= end {
		if p, ok := q.claimBefore(m.first); ok {
			p.counter = counter
			return p, true
		}
	}
	if strings.HasPrefix(m.cue.phrase, "unverified|unconfirmed") {
		// "According to unconfirmed reports, two generals were
		// detained": what the reports say
		if at, ok := q.attribution(); ok && len(at.source) > 0 && at.source[0].at <= ts[m.first].at && ts[m.first].at <= at.source[len(at.source)-1].at {
			if p, ok := q.statementBefore(q.s, -1); ok {
				return p, true
			}
		}
		// "Unverified videos appeared to show a fire": what they show
		if core := q.askReported(ts, from, end, nil); core != "" {
			return phrased{core: core, counter: "which is unverified"}, true
		}
	}
	// "The video, which could not be authenticated, shows a helicopter
	// burning": what the thing before the relative clause does
	if p, ok := q.relativeClaim(m); ok {
		p.counter = counter
		return p, true
	}
	object := !strings.HasPrefix(m.cue.phrase, "if") && from < end &&
		(strings.Contains(m.cue.phrase, "verify|") || strings.Contains(m.cue.phrase, "confirm") && !strings.Contains(m.cue.phrase, "be "))
	if !object || q.anaphoric(ts, from, end) && !ownInability {
		if p, ok := q.linkBack(m.first); ok {
			if !strings.HasPrefix(counter, "which") && !strings.HasPrefix(counter, "with") {
				counter = "which is " + counter
			}
			p.counter = counter
			if p.kind != briefing.Decision && p.kind != briefing.Intent {
				p.kind = briefing.Claim // not a plan still to come
			}
			return p, true
		}
	}
	// "cannot confirm reports that a landing ship was damaged": the
	// reported clause is what stays unconfirmed
	if object && from+2 < end && q.lx.anaphor.hasTok(&ts[from]) && ts[from+1].low == "that" {
		if core := q.askReported(ts, from+2, end, nil); core != "" {
			return phrased{core: core, counter: "which is not confirmed", statement: true}, true
		}
	}
	if object && from < end {
		np := ts[from:end]
		for len(np) > 0 && (np[0].low == "of" || np[0].low == "for") {
			np = np[1:]
		}
		if len(np) == 0 {
			return phrased{}, false
		}
		// the head noun decides: "casualty figures around Walikale"
		head := np
		if k := slices.IndexFunc(np, func(t tok) bool { return q.lx.prep.hasTok(&t) }); k > 0 {
			head = np[:k]
		}
		// "no official confirmation of the attack": the claim the text
		// made of it before, else whether it took place
		if h := head[len(head)-1].low; q.lx.eventNoun(h) && len(head) > 1 && q.lx.det.hasTok(&head[0]) {
			if p, ok := q.linkBack(m.first); ok {
				p.counter = counter
				return p, true
			}
			return phrased{core: "Did " + q.nounPhrase(withDefinite(np)) + " take place", counter: counter}, true
		}
		be := "Is "
		if q.isPlural(head) || slices.ContainsFunc(np, func(t tok) bool { return t.low == "nor" }) {
			be = "Are "
		}
		items := make([]tok, 0, len(np))
		for _, t := range np {
			if t.low == "nor" {
				t = synth("and")
			}
			t.brk = false
			items = append(items, t)
		}
		quality := "accurate"
		// "the authenticity of the statement": whether it is authentic
		if len(items) > 3 && q.lx.det.hasTok(&items[0]) && items[2].low == "of" {
			if adj := q.lx.qualityNouns[items[1].low]; adj != "" {
				items, quality = items[3:], adj
				if be = "Is "; q.isPlural(items) {
					be = "Are "
				}
			}
		}
		p := phrased{core: be + q.nounPhrase(items) + " " + quality}
		// "has not seen evidence of a buildup": whether there is one
		if strings.HasSuffix(m.cue.phrase, " of") {
			p = phrased{core: be + "there " + q.nounPhrase(items), counter: counter}
		}
		if ownInability {
			// not "as the mission says": the mission could not verify it
			who := q.mainSubject(m.first)
			if at, ok := q.attribution(); ok && at.verb < m.first {
				who = q.sourceText(at.source) // "the mission said it had not been able …"
			}
			if who.text != "" {
				p.counter = "which " + who.text + " could not verify"
			} else {
				p.counter = counter
			}
		}
		return p, true
	}
	// "Casualty figures could not be independently verified": what the
	// figures count
	if thing := q.thingBefore(m.first); thing.text != "" && q.casualtyFigure(q.ts[q.subjectStart(q.ts, m.first):m.first]) {
		return phrased{core: "How many casualties were there", kind: briefing.Unknown, unsourced: true}, true
	}
	if topic := q.a.topicOf(q.s); topic != "" {
		return phrased{core: "Are the claims about " + topic + " accurate"}, true
	}
	return phrased{}, false
}

// claimBefore finds a claim made earlier in sentence q.s, before word i.
// A blame laid earlier counts as a claim ("blamed the blast on X,
// without giving evidence").
func (q *qctx) claimBefore(i int) (phrased, bool) {
	for _, rule := range []struct {
		name string
		ask  func(*qctx, cueMatch) (phrased, bool)
	}{{"claim", askClaim}, {"attribution", askAttribution}, {"modal", askModal}, {"hedge-adverb", askHedgeAdverb}} {
		ri := q.lx.ruleIndex(rule.name)
		r := &q.lx.rules[ri]
		for _, c := range r.cues {
			for j := 0; j < i; j++ {
				if j >= len(q.ts) || !q.lx.mayBegin(ri, q.a.cueNumber(&q.ts[j])) {
					continue // no cue of the rule begins here
				}
				if last, ok := q.matchAt(c, j); ok && last < i {
					if p, ok := rule.ask(q, cueMatch{cue: c, first: j, last: last}); ok && p.core != "" {
						// "may buy …, a deal neither side has confirmed": still
						// a decision to come (r.kind "" is by-text)
						if p.kind == "" && r.kind == "" {
							p.kind = questionKindOf(p.core)
						}
						return p, true
					}
				}
			}
		}
	}
	return phrased{}, false
}

// relativeClaim reads a claim whose doubt sits in a relative clause
// between its subject and its verb: "The video, which could not be
// authenticated, shows a helicopter burning" → "Does the video show a
// helicopter burning".
func (q *qctx) relativeClaim(m cueMatch) (phrased, bool) {
	ts := q.ts
	rel := -1
	for j := m.first - 1; j > 0 && m.first-j <= 3; j-- {
		if ts[j].low == "which" || ts[j].low == "who" {
			rel = j
			break
		}
		if ts[j].brk {
			break
		}
	}
	if rel < 0 || !ts[m.last].brk {
		return phrased{}, false
	}
	ante := q.relativeAntecedent(ts, rel)
	from := m.last + 1
	if len(ante) == 0 || from >= len(ts) {
		return phrased{}, false
	}
	core := q.yesNo(q.subjectOf(ante), ts[from:q.clauseEnd(ts, from)])
	return phrased{core: core, statement: true}, core != ""
}

// askHearsaid asks what a report says, a clause ("the town fell") or a
// thing it tells of ("two attacks on the town": were there any).
func (q *qctx) askHearsaid(ts []tok, from, end int) (phrased, bool) {
	if ts[from].low == "that" {
		from++
	}
	if from >= end {
		return phrased{}, false
	}
	if q.strongFinite(ts, from, end) > from {
		core := q.askReported(ts, from, end, nil)
		return phrased{core: core, statement: true}, core != ""
	}
	be := "Was there "
	if q.isPlural(ts[from:end]) {
		be = "Were there "
	}
	return phrased{core: be + render(ts[from:end]), statement: true}, true
}

// unconfirmedBy is who a cue of m says has not confirmed a claim: the
// words after "by" up to end ("not confirmed by the Sedena"), or none.
func (q *qctx) unconfirmedBy(m cueMatch, end int) subject {
	ts := q.ts
	from := m.after()
	if !strings.HasSuffix(m.cue.phrase, " by") {
		if !strings.Contains(m.cue.phrase, "been verified|confirmed") || from >= end || ts[from].low != "by" {
			return subject{}
		}
		from++
	}
	if from >= end {
		return subject{}
	}
	return q.sourceText(ts[from:q.nounEnd(ts, from)])
}

// reportedEvent reads an event reported as a noun before an aside that
// doubts it: "The local press has reported the death of a fourth
// soldier, information that …" → "Did the death of a fourth soldier
// occur, as the local press says".
func (q *qctx) reportedEvent(cue int) (phrased, bool) {
	ts := q.ts
	comma := cue - 1
	for comma >= 0 && !ts[comma].brk {
		comma--
	}
	if comma < 2 || cue-comma > 4 {
		return phrased{}, false
	}
	v := comma - 1
	for v > 0 && !ts[v-1].brk && !q.lx.reportBase.hasTok(&ts[v]) && !q.lx.speech.hasTok(&ts[v]) {
		v--
	}
	if !q.lx.reportBase.hasTok(&ts[v]) && !q.lx.speech.hasTok(&ts[v]) || v+1 > comma || !q.lx.det.hasTok(&ts[v+1]) {
		return phrased{}, false
	}
	who := q.speakerBefore(v)
	if who.text == "" {
		return phrased{}, false
	}
	return phrased{core: "Did " + q.nounPhrase(ts[v+1:comma+1]) + " occur", creditBy: &voice{who: who, verb: "says"}}, true
}
