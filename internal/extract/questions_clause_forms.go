package extract

import (
	"slices"
	"strings"
)

// Word forms the clause reader tells apart: plural nouns, past forms
// that are nouns, the first word of a sentence.

// pastFollows reports a verb in the past right after word k, or after an
// adverb: "a warning shot soon followed" has its verb in "followed", and
// "shot" is a noun.
func (q *qctx) pastFollows(ts []tok, k, to int) bool {
	j := k + 1
	if j < to && !ts[k].brk && (q.lx.dropAdverb.hasTok(&ts[j]) || strings.HasSuffix(ts[j].low, "ly")) {
		j++
	}
	return j < to && !ts[j-1].brk && q.pastTense(ts[j].low) && !ts[j].cap
}

// pluralNoun guesses a plural noun from its ending: "rebels", "reports",
// "officials" (not "press", "status", "analysis").
func pluralNoun(t *tok) bool { return pluralForm(t.low) }

// pluralForm is pluralNoun for a lower-case word.
func pluralForm(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.ContainsAny(w, "'’")
}

// sentenceInitial reports the first word of its sentence, or the first
// after a dateline ("KHOST (Afghanistan): At least nine …").
func (q *qctx) sentenceInitial(t tok) bool {
	if len(q.ts) == 0 {
		return false
	}
	if t.at == q.ts[0].at {
		return true
	}
	for j := 1; j < len(q.ts) && j <= 8; j++ {
		if q.ts[j].at == t.at {
			if !q.ts[j-1].brk {
				return false
			}
			// "YAOUNDE, Aug. 26 (Xinhua) — At least …": a place in capitals,
			// a date, then a dash
			if q.ts[j-1].stop && len(q.ts[0].w) > 1 && noLower(q.ts[0].w) {
				return true
			}
			return j <= 4 && slices.IndexFunc(q.ts[:j], func(d tok) bool { return !noLower(d.w) }) < 0
		}
	}
	return false
}

// properNoun reports a capitalised word that is a name wherever it
// stands: written in capitals, or known to the gazetteer.
func (q *qctx) properNoun(t tok) bool {
	if len(t.w) > 1 && noLower(t.w) {
		return true
	}
	wi := int(t.wi)
	if wi < 0 {
		return false
	}
	// "Drone crews of the regiment …": a generic asset's noun is no name
	if q.a.taken[wi] {
		return !q.a.isGenericWord(wi)
	}
	// a gazetteer name, but not a title or a common noun ("Commanders")
	if k := q.a.at[wi]; k >= 0 {
		switch bestRef(q.a.matches[k].refs).kind {
		case kindRank, kindGeneric:
			return false
		}
		return true
	}
	return false
}

// reducedRelative reports a participle inside the subject: "missiles
// launched by Iran were intercepted", "strikes attributed to Mali's army
// killed …": a preposition follows and a verb comes later.
func (q *qctx) reducedRelative(ts []tok, k, to int) bool {
	if k+1 >= to {
		return false
	}
	switch ts[k+1].low {
	case "by", "to", "from", "in", "at", "on", "near", "with", "into", "toward", "towards", "over":
	default:
		// "calls received a day earlier had come …", "the drones
		// launched overnight were …": a time after the participle
		if !q.lx.timeWord.hasTok(&ts[k+1]) && !q.timeAgo(ts, k+1, to) {
			return false
		}
	}
	for j := k + 2; j < to && j <= k+10; j++ {
		w := ts[j].low
		if q.lx.aux.hasTok(&ts[j]) {
			return true
		}
		if ts[j].cap || j == k+2 || q.lx.adjParticiple.hasTok(&ts[j]) {
			continue // "killed over 20 armed men": an adjective, no verb
		}
		if _, ok := q.vb.pastBase(w); ok && !q.lx.det.hasTok(&ts[j-1]) && !ts[j-1].cap {
			// "troops managed to push them back and destroyed …": a
			// second verb of the same subject, so the first is finite too
			return ts[j-1].low != "and"
		}
		if ts[j].brk {
			return false
		}
	}
	return false
}

// hasDashQuoteDigit is strings.ContainsAny(w, "-'0123456789"), byte
// by byte: the characters are ASCII.
func hasDashQuoteDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if dashQuoteDigit[w[i]] {
			return true
		}
	}
	return false
}

// isClauseOpener reports a word that begins a clause of its own.
func (q *qctx) isClauseOpener(ts []tok, k int) bool {
	w := ts[k].low
	return q.lx.subjectBound.hasTok(&ts[k]) || q.lx.clauseStop.hasTok(&ts[k]) || strings.HasSuffix(w, "ing")
}

// dashQuoteDigit marks the bytes hasDashQuoteDigit looks for.
var dashQuoteDigit = [256]bool{'-': true, '\'': true, '0': true, '1': true, '2': true, '3': true, '4': true,
	'5': true, '6': true, '7': true, '8': true, '9': true}

// timeAgo reports "a day earlier", "two weeks ago", "the week before"
// starting at word i.
func (q *qctx) timeAgo(ts []tok, i, to int) bool {
	for j := i + 1; j < to && j <= i+3; j++ {
		switch ts[j].low {
		case "earlier", "later", "ago", "before":
			return true
		}
	}
	return false
}

// pastTense reports a verb in the simple past ("launched", "struck").
func (q *qctx) pastTense(w string) bool {
	_, ok := q.vb.pastBase(w)
	return ok
}

// timePhraseEnd returns where a phrase of time starting at word j ends
// ("over the weekend", "on Tuesday night", "last week"), or j when none
// starts there.
func (q *qctx) timePhraseEnd(ts []tok, j int) int {
	k := j
	for k < len(ts) && k < j+3 && !ts[k].brk && (q.lx.timeOpener.hasTok(&ts[k]) || ts[k].low == "over" || ts[k].low == "during" || ts[k].low == "the") {
		k++
	}
	if k >= len(ts) || !q.lx.timeWord.hasTok(&ts[k]) {
		return j
	}
	for k < len(ts) && q.lx.timeWord.hasTok(&ts[k]) {
		if ts[k].brk {
			return k + 1
		}
		k++
	}
	return k
}
