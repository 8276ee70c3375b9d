package extract

import (
	"slices"
	"strings"
)

// Who speaks, and who a clause is about: the subject a verb of saying or a
// cue word has, through asides, relative clauses and coordination.

// speakerBefore returns who the verb at word i has as subject; when a
// conjunction leaves it unsaid ("… and denied …"), the clause's first.
func (q *qctx) speakerBefore(i int) subject {
	ts := q.ts
	// "Sahakyan later wrote": the adverb is not the speaker
	for i > 1 && q.lx.dropAdverb.hasTok(&ts[i-1]) {
		i-- // also after an apposition: "KCNA, the state agency, later said"
	}
	// "China approved plans to turn …": the cue word is the object of a
	// verb in the past, and who acts is that verb's subject
	if i > 1 && !ts[i-1].cap && !ts[i-1].brk && q.pastTense(ts[i-1].low) && !q.lx.det.hasTok(&ts[i-2]) && !q.lx.aux.hasTok(&ts[i-2]) &&
		!q.lx.prep.hasTok(&ts[i-2]) { // not "the number of wounded"
		i--
	}
	// "The jihadists, in a statement posted online, claimed": the aside
	// that opens with a preposition is passed over
	if k := q.pastPrepAsides(i); k < i {
		if st := q.npStart(ts, k, true); st < k {
			return q.sourceText(ts[st:k])
		}
		return subject{}
	}
	// "The rebels, undeterred, have vowed …": a word set off by commas
	// is an aside, and the subject stands before it
	if g := q.verbGroupStart(ts, i); g > 2 && ts[g-1].brk && ts[g-2].brk && !ts[g-2].stop && q.aside(&ts[g-1]) {
		if st := q.npStart(ts, g-1, true); st < g-1 {
			return q.sourceText(ts[st : g-1])
		}
	}
	// "three to four gunmen, mostly foreigners, are believed to …": an
	// aside of a few words without a verb of its own
	if g := q.verbGroupStart(ts, i); g > 3 && ts[g-1].brk && !ts[g-1].stop {
		if b2 := q.lastBreakBefore(ts, g-1); b2 > 0 && g-1-b2 <= 3 && !ts[b2].stop && q.finite(ts, b2, g) < 0 &&
			!q.lx.det.hasTok(&ts[b2+1]) && !ts[b2+1].cap {
			if st := q.npStart(ts, b2+1, true); st <= b2 {
				return q.sourceText(ts[st : b2+1])
			}
		}
	}
	start := q.subjectStart(ts, i)
	// "the Legislative Yuan, which is expected to vote": the thing named
	// before the relative word
	rel := -1
	switch {
	case start < i && (ts[start].low == "which" || ts[start].low == "who"):
		rel = start
	case start == i && i > 0 && (ts[i-1].low == "which" || ts[i-1].low == "who"):
		rel = i - 1
	case start == i && i > 0 && ts[i-1].low == "that":
		if np := q.extraposedSubject(ts, i-1); np != nil {
			return q.subjectOf(withDefinite(np))
		}
	case start < i && start > 1 && (ts[start-1].low == "which" || ts[start-1].low == "who") && !ts[start].cap &&
		(q.pastTense(ts[start].low) || q.lx.aux.hasTok(&ts[start])):
		// "the rest of the crew who suffered minor burns are expected
		// to …": the relative clause is the words before the verb
		rel = start - 1
	}
	if rel > 0 {
		if st := q.npStart(ts, rel, true); st < rel {
			return q.sourceText(q.objectPhrase(ts[st:rel]))
		}
	}
	// "the ministry posted a statement accusing …": who published it
	if i > 2 && q.lx.statementNoun.hasTok(&ts[i-1]) {
		for verb := i - 2; verb >= max(i-4, 1) && !ts[verb].brk; verb-- {
			if !q.lx.publishVerb.hasTok(&ts[verb]) {
				continue
			}
			if q.lx.aux.hasTok(&ts[verb-1]) {
				verb-- // "has posted"
			}
			if st := q.subjectStart(ts, verb); st < verb {
				return q.sourceText(ts[st:verb])
			}
			break
		}
	}
	if start < i {
		return q.sourceText(ts[start:i])
	}
	// "Niger, which has been led by a junta since 2023, has blamed …":
	// the thing the relative clause is about
	j := q.verbGroupStart(ts, i)
	if j > 1 && ts[j-1].brk && !ts[j-1].stop {
		if ante := q.relativeAntecedent(ts, q.lastBreakBefore(ts, j-1)+1); ante != nil {
			return q.sourceText(ante)
		}
	}
	// "Its manager, Thalassa Maritime, denied …": the name in apposition;
	// "The group, an alliance of …, said …": the name before it
	if i > 1 && ts[i-1].brk {
		b2 := q.lastBreakBefore(ts, i-1)
		seg := ts[b2+1 : i]
		if len(seg) > 0 && len(seg) <= 5 && seg[0].cap && seg[len(seg)-1].cap &&
			!slices.ContainsFunc(seg, func(t tok) bool { return !t.cap && !q.a.lexicon.NameParticles[t.low] }) {
			return q.sourceText(seg)
		}
		if b2 >= 0 && len(seg) > 0 && q.opensApposition(ts, b2+1) {
			if st := q.npStart(ts, b2+1, true); st <= b2 {
				return q.sourceText(ts[st : b2+1])
			}
		}
	}
	// "X said …, but claimed …": the speaker of the first verb
	if at, ok := q.attribution(); ok && at.verb < i && at.from <= i && (q.lx.speech.hasTok(&q.ts[i]) || q.isCueVerb(q.ts[i].low)) {
		return q.sourceText(at.source)
	}
	return q.mainSubject(i)
}

// isCueVerb reports a verb that says or denies: claimed, denied, accused.
func (q *qctx) isCueVerb(w string) bool {
	for _, p := range q.lx.cueVerbStems {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// mainSubject is the subject of the clause that word i continues: the
// first subject with a verb before i.
func (q *qctx) mainSubject(i int) subject {
	ts := q.ts
	for cs := q.clauseStart(ts, i); ; cs = q.clauseStart(ts, cs-1) {
		k := q.finite(ts, cs, i)
		// "…, causing huge blasts and allegedly killing …": a participle's
		// clause has no subject of its own
		if cs < len(ts) && strings.HasSuffix(ts[cs].low, "ing") && !ts[cs].cap {
			k = -1
		}
		opensWithVerb := cs < len(ts) && (q.lx.aux.hasTok(&ts[cs]) || q.pastTense(ts[cs].low) && !ts[cs].cap)
		if k > cs && !opensWithVerb {
			np := q.trimSubject(ts[cs:k])
			if len(np) > 0 && !q.lx.subjectBound.hasTok(&np[0]) {
				return q.subjectOf(np)
			}
		}
		// "Militants of the group, an affiliate of …, have claimed …": the
		// verb opens its clause; the subject is the phrase before the
		// apposition
		if opensWithVerb && cs > 0 {
			if sub := q.subjectBeforeApposition(cs); sub.text != "" {
				return sub
			}
		}
		if cs <= 0 {
			break
		}
	}
	return subject{}
}

// spokenSubject is the subject of what a speaker said, its verb at word
// k: a pronoun standing for the speaker is the speaker ("the RSF said it
// had downed …"), also with an adverb after it, which the question
// drops as it drops one after an auxiliary ("they still hold the
// bridge" → "Do the rebels hold the bridge").
func (q *qctx) spokenSubject(ts, np []tok, k, to int, speaker subject) (subject, []tok) {
	if len(np) == 2 && q.lx.dropAdverb.hasTok(&np[1]) && q.speaksOf(np[0].low, speaker) {
		np = np[:1]
	}
	if len(np) == 1 && q.speaksOf(np[0].low, speaker) {
		return speaker, ts[k:to]
	}
	return q.subjectOf(np), ts[k:to]
}

// speaksOf reports a pronoun in what a speaker said that stands for the
// speaker: "the RSF said it had downed …", not "it said they were
// killed".
func (q *qctx) speaksOf(pronoun string, speaker subject) bool {
	if speaker.text == "" || !q.lx.pronoun.has(pronoun) {
		return false
	}
	switch pronoun {
	case "it":
		// "the Rapid Support Forces said it had downed …": a named body
		return !speaker.person && (!speaker.plural || isCapitalised(lastWord(speaker.text)))
	case "he", "she":
		return !speaker.plural
	case "they", "we":
		return !speaker.person && (speaker.plural || strings.Contains(speaker.text, " ") && !strings.HasPrefix(speaker.text, "the "))
	}
	return false
}
