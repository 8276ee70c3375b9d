package extract

import (
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/timeline"
)

// askSetFor: an event set for a time still to come. "Joint drills
// scheduled after Christmas" → "Will the joint drills go ahead as
// scheduled after Christmas"; "the frigate is scheduled for delivery in
// 2027" → "Will the frigate be delivered in 2027". What was set before a
// past verb ("was scheduled", "the talks, planned for May, were
// cancelled") asks nothing here: others ask when it will be instead.
func (q *qctx) askSetFor(m cueMatch) (phrased, bool) {
	ts := q.ts
	part, prep := m.first, m.first+1
	// "The ministry planned for months": the clause's own verb, not a
	// participle after its noun or a form of "be"
	cs := q.clauseStart(ts, part)
	// (after a comma, "for joint drills scheduled …" opens with a
	// preposition: no clause of its own)
	if end := q.clauseEnd(ts, cs); q.finite(ts, cs, end) == part && !q.auxAfter(part, end) && !q.lx.prep.hasTok(&ts[cs]) {
		return phrased{}, false
	}
	var np []tok
	switch be := part - 1; {
	case be > 0 && (ts[be].low == "is" || ts[be].low == "are"):
		np = q.trimSubject(ts[q.subjectStart(ts, be):be])
	case be > 0 && !ts[be].brk && !q.lx.aux.hasTok(&ts[be]) && !q.lx.beForm.hasTok(&ts[be]):
		np = q.nearestPhrase(q.trimSubject(ts[q.npStart(ts, part, false):part]))
	case be > 0 && ts[be].brk:
		np = q.subjectBeforeAside(part) // "the summit, scheduled for May, …"
		if np == nil {
			np = q.trimSubject(ts[q.npStart(ts, be+1, true) : be+1])
		}
	}
	// (a sentence asked already says more: "…, scheduled for May, has
	// been postponed")
	if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) || q.pastAfter(part) || q.askedOfSentence() {
		return phrased{}, false
	}
	// "for delivery in 2027": the deed named, then its time
	from, done := prep, ""
	if ts[prep].low == "for" && prep+2 < len(ts) {
		if d := q.lx.actionNouns[ts[prep+1].low]; d != "" && !ts[prep+1].brk {
			from, done = prep+2, d
		}
	}
	// the time, up to a verb: "planned for May will involve …", "slated
	// in 2020 to begin monitoring …" (the deed, asked with its time)
	clause := q.clauseEnd(ts, from)
	end := clause
	var deed []tok
	for j := from + 1; j < end; j++ {
		if q.lx.aux.hasTok(&ts[j]) {
			end = j
		} else if ts[j].low == "to" && j+1 < clause && q.vb.base.has(ts[j+1].low) && done == "" {
			end, deed = j, cutBreak(ts[j+1:clause])
		}
	}
	if end <= from || !q.timeAhead(ts[from:end]) {
		return phrased{}, false
	}
	when := q.timeWithout("for", ts[from:end])
	sub := q.nounPhrase(withDefinite(q.commonCapital(np)))
	if len(deed) > 0 {
		return phrased{core: "Will " + sub + " " + render(deed) + " " + when}, true
	}
	if done != "" {
		return phrased{core: "Will " + sub + " be " + done + " " + when}, true
	}
	return phrased{core: "Will " + sub + " go ahead as " + ts[part].low + " " + when}, true
}

// timeWithout renders a time phrase with "for" put as the time asks:
// "for next week" → "next week", "for 4 March" → "on 4 March", "for
// the spring" → "in the spring".
func (q *qctx) timeWithout(prep string, ts []tok) string {
	ts = cutBreak(ts)
	if len(ts) < 2 || ts[0].low != prep {
		return render(ts)
	}
	rest := render(ts[1:])
	switch w := ts[1].low; {
	case w == "next" || w == "this" || w == "later" || w == "early" || w == "late" || w == "mid":
		return rest
	case unicode.IsDigit(rune(w[0])) && !timeline.IsYear(w) || q.lx.timeWord.hasTok(&ts[1]):
		return "on " + rest
	}
	return "in " + rest
}

// nearestPhrase keeps the noun phrase nearest the end of ante: the words
// after its last verb or preposition ("the deployment of the ship for
// joint drills" → "joint drills").
// The last word is the head, whatever verb it may spell ("exercises").
func (q *qctx) nearestPhrase(ante []tok) []tok {
	for k := len(ante) - 2; k >= 0; k-- {
		if !ante[k].cap && (q.lx.prep.hasTok(&ante[k]) || q.vb.anyForm(ante[k].low)) {
			return ante[k+1:]
		}
	}
	return ante
}

// auxAfter reports an auxiliary after word i, before end: "drills
// planned for May will involve …" (the participle is no verb of its own).
func (q *qctx) auxAfter(i, end int) bool {
	for j := i + 1; j < end && j < len(q.ts); j++ {
		if q.lx.aux.hasTok(&q.ts[j]) {
			return true
		}
	}
	return false
}

// commonCapital lower-cases a sentence's capital on a phrase's first
// word when it is no name: "Contracts will follow …", "Talks are set …".
func (q *qctx) commonCapital(np []tok) []tok {
	if len(np) == 0 || !np[0].cap || np[0].at != q.ts[0].at || np[0].name || q.properNoun(np[0]) || q.lx.det.hasTok(&np[0]) {
		return np
	}
	np = append([]tok{np[0]}, np[1:]...)
	np[0].w = strings.ToLower(np[0].w[:1]) + np[0].w[1:]
	np[0].cap = false
	return np
}

// timeAhead reports a phrase that opens with a time: a month, a day, a
// season, "next", "the end of", a date or a year. Its first word is the
// cue's own ("for", "after", "later"); articles and prepositions may
// follow before the time.
func (q *qctx) timeAhead(ts []tok) bool {
	for i := 0; i < len(ts) && i < 4; i++ {
		w := ts[i].low
		if q.lx.scheduleTimes[w] || w != "" && unicode.IsDigit(rune(w[0])) {
			return true
		}
		if i > 0 && !q.lx.prep.hasTok(&ts[i]) && !q.lx.det.hasTok(&ts[i]) {
			return false
		}
	}
	return false
}

// pastAfter reports a past verb later in the sentence that settles what
// was planned: "the talks, planned for May, were cancelled".
func (q *qctx) pastAfter(part int) bool {
	for _, t := range q.ts[part+1:] {
		if t.low == "was" || t.low == "were" {
			return true
		}
	}
	return false
}
