package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// askClaim: "X claimed that S did V" → "Did S V, as X claims"; "X
// claimed to have V-ed" → "Did X V, as it claims"; "X accused Y of
// V-ing" → "Did Y V, as X alleges".
func askClaim(q *qctx, m cueMatch) (phrased, bool) {
	if strings.HasSuffix(m.cue.phrase, "... as") {
		return q.askCharacterised(m)
	}
	ts := q.ts
	first := m.first
	// "claiming responsibility for attacks": the attribution rule's
	if next := m.after(); next < len(ts) && (ts[next].low == "responsibility" || ts[next].low == "credit") {
		return phrased{}, false
	}
	if w := ts[first].low; (w == "claims" || w == "claim") && first > 0 {
		// "Moscow's false claims that …": the writer settles them;
		// "Hamas said claims that … were baseless": a noun after the
		// verb of saying, whose verdict the denial rules read
		if q.lx.falsity[ts[first-1].low] || q.lx.speech.hasTok(&ts[first-1]) && (q.pastTense(ts[first-1].low) || ts[first-1].low == "says") {
			return phrased{}, false
		}
	}
	// "the claim", "such claims": a noun, for other rules; but "a claim by
	// the rebels that they attacked the carrier" says who claims what
	// (not "Footage surfaced that appeared to show …": a relative "that")
	if first > 0 && (q.lx.det.hasTok(&ts[first-1]) || strings.HasSuffix(ts[first-1].low, "'s")) && !strings.HasPrefix(m.cue.phrase, "it ") &&
		!(ts[first-1].low == "that" && q.extraposedSubject(ts, first-1) != nil) {
		return q.claimByThat(first)
	}
	// "including claims by Pakistan that its air force shot down …"
	if (ts[first].low == "claims" || ts[first].low == "claim") && first+1 < len(ts) && ts[first+1].low == "by" {
		return q.claimByThat(first)
	}
	// "the group has not claimed the attack": nobody claims it
	if first > 0 && (ts[first-1].low == "not" || ts[first-1].low == "never" || strings.HasSuffix(ts[first-1].low, "n't")) {
		return phrased{}, false
	}
	// "by suspected jihadists", "a man believed …", "was believed to":
	// an adjective or a participle, not someone suspecting (see
	// hedge-attributive, hedge-adverb)
	if (m.cue.phrase == "believed|suspected") && (first == 0 || q.lx.prep.hasTok(&ts[first-1]) || q.lx.aux.hasTok(&ts[first-1]) ||
		!q.lx.pronoun.hasTok(&ts[first-1]) && !ts[first-1].cap && !q.isPlural(ts[first-1:first])) {
		return phrased{}, false
	}
	// "Claims circulating online that a ransom has been demanded …": the
	// claim a noun states
	if (ts[first].low == "claims" || ts[first].low == "claim") && (first == 0 || ts[first-1].brk) {
		for k := m.after(); k < len(ts) && k <= m.after()+4 && !ts[k].brk; k++ {
			if ts[k].low == "that" && k+1 < len(ts) {
				if core := q.askReportedBy(ts, k+1, q.clauseEnd(ts, k+1), subject{}); core != "" {
					return phrased{core: core, credit: "as claimed", statement: true}, true
				}
				break
			}
		}
	}
	// "pairing battlefield claims with …": a noun; "local reports claim
	// army units …": a plural subject's verb
	plainVerb := ts[first].low == "claim" && first > 0 && pluralNoun(&ts[first-1]) && !ts[first-1].brk
	if next := m.after(); (ts[first].low == "claims" || ts[first].low == "claim") && next < len(ts) && !plainVerb &&
		ts[next].low != "that" && ts[next].low != "to" && !q.lx.det.hasTok(&ts[next]) && !q.lx.pronoun.hasTok(&ts[next]) &&
		!(q.lx.prep.hasTok(&ts[next]) && next+1 < len(ts) && ts[next+1].cap) { // "claims on Telegram to have …"
		return phrased{}, false
	}
	claimant := q.speakerBefore(first) // also past asides: "The jihadists, in a statement, claimed …"
	verb := "claims"
	if m.cue.tail != "" {
		verb = m.cue.tail
	}
	credit := &voice{who: claimant, verb: verb}
	if claimant.text == "" && first > 0 && ts[first-1].low == "we" && !ts[first].quoted && m.after() < len(ts) && ts[m.last].low != "that" && ts[m.after()].low != "that" {
		// "Currently, we assess no civilians were injured": a press
		// release's own judgement, credited as such, not to "we" ("we
		// assess that …" is an inference's)
		from := m.after()
		base, ok := q.vb.thirdBase(verb)
		core := q.askReportedBy(ts, from, q.clauseEnd(ts, from), subject{})
		return phrased{core: core, credit: "as " + q.vb.participleFor(base), statement: true}, ok && core != ""
	}
	// "The shelling, we suspect, came from across the border": a speaker's
	// doubt set off by commas inside the clause it doubts
	if first > 2 && ts[first].brk && !ts[first].stop && ts[first-2].brk && q.lx.pronoun.hasTok(&ts[first-1]) && first+1 < len(ts) {
		if st := q.npStart(ts, first-1, true); st < first-1 {
			np := cutBreak(ts[st : first-1])
			if end := q.clauseEnd(ts, first+1); len(np) > 0 && end > first+1 {
				core := q.yesNo(q.subjectOf(np), ts[first+1:end])
				// in the speaker's own words: "as they believe"
				return phrased{core: core, credit: "as " + ts[first-1].low + " " + ts[first].low, statement: true}, core != ""
			}
		}
	}
	// "a Chinese destroyer, claimed to be DD-139 Ningbo,": what the thing
	// before the comma is said to be
	if ts[first].low == "claimed" && first > 1 && ts[first-1].brk && !ts[first-1].stop && first+3 < len(ts) && ts[first+1].low == "to" && ts[first+2].low == "be" {
		if st := q.npStart(ts, first, true); st < first {
			np := q.objectPhrase(ts[st:first])
			if end := q.clauseEnd(ts, first+3); len(np) > 0 && end > first+3 {
				np = withDefinite(cutBreak(np))
				be := map[bool]string{true: "Are ", false: "Is "}[q.isPlural(np)]
				return phrased{core: be + q.nounPhrase(np) + " " + render(cutBreak(ts[first+3:end])), credit: "as claimed", statement: true}, true
			}
		}
	}
	// "Four soldiers were killed in the raid, the rebels claimed (on
	// Sunday)": the claim is the clause before its source
	// (not "an area claimed by both states": a participle)
	if at, ok := q.attribution(); ok && at.verb == first && at.to <= first && (ts[first].low == "claimed" || ts[first].low == "claims") &&
		(first+1 >= len(ts) || ts[first+1].low != "by") {
		if p, ok := q.statementBefore(q.s, -1); ok && p.creditBy != nil {
			p.creditBy.verb = verb
			return p, true
		}
	}
	from := m.after()
	if from >= len(ts) {
		return phrased{}, false
	}
	// "Observers estimate that to be 180": "that" is the object, and what
	// it stands for lies in another sentence
	if ts[from-1].low == "that" && from+1 < len(ts) && ts[from].low == "to" && ts[from+1].low == "be" {
		return phrased{}, false
	}
	// "claimed over the weekend that …": when it was claimed, then what
	if e := q.timePhraseEnd(ts, from); e > from && e < len(ts) && ts[e].low == "that" {
		from = e
	}
	end := q.clauseEnd(ts, from)
	switch {
	case strings.HasPrefix(m.cue.phrase, "accused"):
		// "Russia is accused of jamming GPS signals": the subject is the
		// accused, and nobody is named accusing
		// ("Both sides have been accused of …", "who himself is accused")
		if v := q.verbGroupStart(ts, m.first); v < m.first && q.passive(ts[v:m.first]) && ts[from].low == "of" && from+1 < end {
			if deed, ok := q.deedOf(ts[from+1 : end]); ok {
				if np := q.subjectOfGroup(ts, v); len(np) > 0 {
					accused := q.subjectOf(np)
					return phrased{core: "Did " + accused.text + " " + deed, credit: "as alleged", statement: true}, accused.text != ""
				}
			}
			return phrased{}, false
		}
		// "accused the SAF of targeting civilians"
		for j := from; j < end; j++ {
			if ts[j].low == "of" && j+1 < end {
				if reciprocal(ts[from:j]) {
					// "India and Pakistan accused each other of starting
					// the firing": who did is the question
					deed := ts[j+1 : end]
					// "of being responsible for the war": the war
					if len(deed) > 3 && deed[0].low == "being" && deed[1].low == "responsible" && deed[2].low == "for" {
						deed = deed[3:]
					} else if len(deed) > 2 && deed[0].low == "being" && deed[1].low == "behind" {
						deed = deed[2:]
					}
					return phrased{core: "Who is responsible for " + render(deed), kind: briefing.Conflict}, true
				}
				// "… of targeting civilians and warned of retaliation"
				stop := end
				for x := j + 2; x < end-1; x++ {
					if ts[x].low == "and" {
						if _, past := q.vb.pastBase(ts[x+1].low); past {
							stop = x
							break
						}
					}
				}
				if deed, ok := q.deedOf(ts[j+1 : stop]); ok {
					accused := q.subjectOf(ts[from:j])
					return phrased{core: "Did " + accused.text + " " + deed, creditBy: &voice{who: claimant, verb: "alleges"}, statement: true}, true
				}
				// "accusing Armenia of large-scale sabotage": a deed named
				// by a noun
				if accused := q.subjectOf(ts[from:j]); accused.text != "" && !q.lx.prep.hasTok(&ts[j+1]) {
					deed := render(ts[j+1 : end])
					be := map[bool]string{true: "Were", false: "Was"}[accused.plural]
					return phrased{core: be + " " + accused.text + " responsible for " + deed, creditBy: &voice{who: claimant, verb: "alleges"}, statement: true}, deed != ""
				}
			}
		}
		return phrased{}, false
	case strings.HasPrefix(m.cue.phrase, "according"):
		src := ts[m.first+2 : m.last]
		return statementFrom(q, ts, from, end, src, "claims")
	case strings.HasPrefix(m.cue.phrase, "as saying"):
		// "quoted X as saying that …"
		src := ts[q.subjectStart(ts, m.first):m.first]
		if len(src) > 0 && (src[0].low == "quoted" || src[0].low == "cited") {
			src = src[1:]
		}
		return statementFrom(q, ts, from, end, src, "says")
	case strings.HasPrefix(m.cue.phrase, "it "):
		// "it is assessed …": credited to the cue's tail, if it has one
		core := q.askClause(ts, from, end)
		return phrased{core: core, credit: m.cue.tail, statement: true}, core != ""
	case strings.HasPrefix(m.cue.phrase, "as it "):
		// "…, as it appears the war has broken out again": the clause
		// after it, credited to nobody
		core := q.askClause(ts, from, end)
		return phrased{core: core, credit: m.cue.tail, statement: true}, core != ""
	case m.cue.phrase == "appeared|appears|appear|seemed|seems|seem to":
		start := q.subjectStart(ts, first)
		np := q.trimSubject(ts[start:first])
		var sub subject
		switch {
		case len(np) == 0 && first > 1 && ts[first-1].low == "and":
			// "the tanker had called at Ust-Luga and appeared to belong
			// to …": the subject the verbs share
			sub = q.mainSubject(first - 1)
		case len(np) == 0 && first > 0 && ts[first-1].low == "that":
			// "Footage surfaced that appeared to show …": the footage
			if ante := q.extraposedSubject(ts, first-1); ante != nil {
				sub = q.subjectOf(withDefinite(ante))
			}
		case len(np) == 0 && first > 2 && ts[first-1].brk:
			// "A brief clip, posted by the GUR, appears to show …": the
			// subject before the aside
			for j := first - 2; j > 0 && j >= first-12; j-- {
				if ts[j].brk {
					if st := q.npStart(ts, j+1, true); st <= j {
						if np2 := cutBreak(q.trimSubject(ts[st : j+1])); len(np2) > 0 && !q.lx.pronoun.hasTok(&np2[0]) {
							sub = q.subjectOf(withDefinite(np2))
						}
					}
					break
				}
			}
		case len(np) == 0 || q.lx.wh.hasTok(&np[0]) || q.lx.pronoun.hasTok(&np[0]):
		default:
			sub = q.subjectOf(np)
		}
		if sub.text == "" || from >= end {
			return phrased{}, false
		}
		lead := "Does "
		if sub.plural {
			lead = "Do "
		}
		if ts[first].low == "appeared" || ts[first].low == "seemed" {
			lead = "Did "
		}
		if ts[from].low == "be" {
			return q.appearing(phrased{core: strings.TrimSpace(q.yesNo(sub, append([]tok{synth(map[bool]string{true: "are", false: "is"}[sub.plural])}, ts[from+1:end]...)))}, m), true
		}
		if ts[from].low == "have" && from+1 < end {
			if base, ok := q.vb.participleBase(ts[from+1].low); ok {
				return q.appearing(phrased{core: "Did " + sub.text + " " + base + " " + render(q.baseCoordinated(ts[from+2:end]))}, m), true
			}
		}
		return q.appearing(phrased{core: lead + sub.text + " " + render(ts[from:end])}, m), true
	}
	if claimant.text == "" {
		return phrased{}, false
	}
	// "claims on Telegram to have ambushed": where it said so comes first
	if q.lx.prep.hasTok(&ts[from]) && from+2 < end && ts[from+1].cap {
		k := from + 1
		for k < end && k < from+5 && ts[k].cap {
			k++
		}
		if k < end && ts[k].low == "to" {
			from = k
		}
	}
	// "claimed to have targeted", "claims to have killed", "claims to hold"
	if ts[from].low == "to" && from+1 < end {
		v := from + 1
		if ts[v].low == "have" && v+1 < end {
			if base, ok := q.vb.participleBase(ts[v+1].low); ok {
				// "to have killed soldiers and downed two helicopters": each
				// participle in its base form
				return phrased{core: "Did " + claimant.text + " " + base + " " + render(q.baseCoordinated(ts[v+2:end])), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
			}
		}
		if ts[v].low == "be" {
			be := "Is "
			if claimant.plural {
				be = "Are "
			}
			return phrased{core: be + claimant.text + " " + render(ts[v+1:end]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
		if q.vb.base.has(ts[v].low) {
			do := "Does "
			if claimant.plural {
				do = "Do "
			}
			return phrased{core: do + claimant.text + " " + render(ts[v:end]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
		return phrased{}, false
	}
	// "claimed killing at least seven militants": the deed as a verb
	if strings.HasPrefix(ts[m.first].low, "claim") && claimant.text != "" && !ts[from].cap {
		if deed, ok := q.deedOf(ts[from:end]); ok {
			return phrased{core: "Did " + claimant.text + " " + deed, creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
	}
	// "Al-Shabaab claimed a roadside bomb attack on a convoy": a deed
	// claimed by its name
	// ("… have claimed raids on two bases": a bare plural too)
	named := ts[from].low == "a" || ts[from].low == "an" || ts[from].low == "the" ||
		!q.lx.pronoun.hasTok(&ts[from]) && !q.lx.prep.hasTok(&ts[from]) && !q.lx.det.hasTok(&ts[from]) && ts[from].low != "to"
	if named && (strings.HasPrefix(ts[m.first].low, "claimed") || strings.HasPrefix(ts[m.first].low, "claims")) {
		stop := from + 1
		for stop < end && !q.lx.prep.hasTok(&ts[stop]) && !ts[stop-1].brk && stop-from < 6 {
			stop++
		}
		if head := ts[stop-1].low; q.lx.eventNoun(head) && claimant.text != "" && q.strongFinite(ts, from, end) < 0 {
			k := end
			for j := stop; j < end; j++ {
				if ts[j].low == "and" && j+1 < end && (q.lx.speech.hasTok(&ts[j+1]) || q.verbForm(ts[j+1].low)) {
					k = j // "… and said 14 soldiers were killed"
					break
				}
			}
			return phrased{core: "Did " + claimant.text + " carry out " + render(ts[from:k]), creditBy: &voice{who: itFor(claimant), verb: verb}, statement: true}, true
		}
	}
	if ts[from].low == "that" {
		from++
	}
	// "claimed the drone was shot down"
	if core := q.askReportedBy(ts, from, end, claimant); core != "" {
		return phrased{core: core, creditBy: credit, statement: true}, true
	}
	return phrased{}, false
}

// itFor is the pronoun a question uses for a claimant it has just named.
func itFor(s subject) subject {
	// a person is "they": the text rarely says which pronoun fits
	if s.plural || s.person {
		return subject{text: "they", plural: true}
	}
	return subject{text: "it"}
}

// claimByThat reads a claim named as a noun with its owner and content:
// "Monday's claim by the rebel group that it had launched a drone
// attack" → "Did the rebel group launch a drone attack, as it claims".
func (q *qctx) claimByThat(noun int) (phrased, bool) {
	ts := q.ts
	by := noun + 1
	if by+2 >= len(ts) || ts[by].low != "by" || ts[noun].brk {
		return phrased{}, false
	}
	for that := by + 2; that < len(ts) && that <= by+8; that++ {
		if ts[that-1].brk {
			return phrased{}, false
		}
		if ts[that].low != "that" {
			continue
		}
		claimant := q.sourceText(ts[by+1 : that])
		if claimant.text == "" || that+1 >= len(ts) {
			return phrased{}, false
		}
		if core := q.askReportedBy(ts, that+1, q.clauseEnd(ts, that+1), claimant); core != "" {
			return phrased{core: core, creditBy: &voice{who: claimant, verb: "claims"}, statement: true}, true
		}
		return phrased{}, false
	}
	return phrased{}, false
}

// appearing credits what seems so to who said it seemed so ("…, the
// Guardian reported"), else to the appearance ("as it appears").
func (q *qctx) appearing(p phrased, m cueMatch) phrased {
	q.creditSource(&p, m)
	if p.creditBy == nil {
		p.credit = m.cue.tail
	}
	return p
}
