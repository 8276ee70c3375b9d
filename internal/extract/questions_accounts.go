package extract

import (
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// contraryAccounts asks about what one party says when another, set
// against it by a contrast word, says otherwise: "Turkish officials said
// the jet violated Turkey's airspace, but Russian officials say it flew
// only over Syria" → "Did the Russian aircraft violate Turkey's
// airspace, as Turkish officials say, and Russian officials dispute?".
// The second account may open the next sentence ("However, a rebel
// commander said …").
func (a *questionStage) contraryAccounts(out []qdraft) []qdraft {
	covered := coveredSentences(out)
	for s := range a.sentences {
		if covered[s] || !a.speechSentence(s) || !a.contrastIn(s) && !a.opensWithContrast(s+1) {
			continue
		}
		if sen := a.sentences[s]; a.isHeadingSentence(sen.Start, sen.End) {
			continue
		}
		q := a.sentenceCtx(s)
		at, ok := q.attribution()
		if !ok || !q.partySource(at.source) {
			continue
		}
		// "X said …, but Y say …": both in one sentence
		if k, other := q.contraryVoice(q.ts, at.from+2, len(q.ts)); k > 0 && at.verb < at.from {
			if d, ok := q.contraryDraft(at, k, other, q.ts[at.verb].w+" … "+q.ts[k].w, []int{s}); ok {
				out = append(out, d)
				covered[s] = true
			}
			continue
		}
		// "X said …. However, Y said …": the next sentence answers it
		if s+1 >= len(a.sentences) || covered[s+1] || !a.speechSentence(s+1) {
			continue
		}
		next := q.at(s + 1)
		if len(next.ts) < 4 || !next.lx.contrast.hasTok(&next.ts[0]) {
			continue
		}
		nat, ok := next.attribution()
		if !ok || nat.verb > nat.from && nat.verb > 8 || !next.partySource(nat.source) {
			continue
		}
		cue := q.ts[at.verb].w + " … " + next.ts[0].w
		if d, ok := q.contraryDraft(at, at.to, next.sourceText(nat.source), cue, []int{s, s + 1}); ok {
			out = append(out, d)
			covered[s], covered[s+1] = true, true
		}
	}
	return out
}

// contrastIn reports a contrast word ("but", "however") in sentence s:
// a cheap test before the sentence is read as tokens.
func (a *questionStage) contrastIn(s int) bool {
	first, last := a.wordsOfSentence(s)
	for j := first; j <= last && j < len(a.words); j++ {
		if a.inSet(j, setContrast) {
			return true
		}
	}
	return false
}

// opensWithContrast reports sentence s opening with a contrast word.
func (a *questionStage) opensWithContrast(s int) bool {
	if s >= len(a.sentences) {
		return false
	}
	first, last := a.wordsOfSentence(s)
	return first <= last && first < len(a.words) && a.inSet(first, setContrast)
}

// contraryVoice finds ", but Y say(s) …" in ts[from:to]: where the
// contrast word stands and who speaks after it, or 0.
func (q *qctx) contraryVoice(ts []tok, from, to int) (int, subject) {
	for k := from; k+3 < to; k++ {
		if !ts[k-1].brk || !q.lx.contrast.hasTok(&ts[k]) {
			continue
		}
		for v := k + 2; v < to && v <= k+7; v++ {
			if ts[v-1].brk {
				break
			}
			if q.lx.speech.hasTok(&ts[v]) {
				// the second account must gainsay the first: "only
				// civilians died", "had not entered"
				if src := ts[k+1 : v]; v+2 < to && q.partySource(src) && q.gainsays(ts[v+1:q.clauseEnd(ts, v+1)]) {
					return k, q.sourceText(src)
				}
				break
			}
		}
	}
	return 0, subject{}
}

// contraryDraft phrases the first account, up to word end, as disputed
// by the other voice.
func (q *qctx) contraryDraft(at attrib, end int, other subject, cue string, sentences []int) (qdraft, bool) {
	who := q.sourceText(at.source)
	if who.text == "" || other.text == "" || who.text == other.text {
		return qdraft{}, false
	}
	core := q.askFirstClause(q.ts, at.from, min(end, at.to), at.source)
	if core == "" {
		return qdraft{}, false
	}
	p := phrased{core: core, statement: true, creditBy: &voice{who: who, verb: "says"}, counterBy: &voice{who: other, verb: "disputes"}}
	return qdraft{
		text: p.text(), kind: briefing.Conflict, statement: true, p: p,
		why:       briefing.Why{Rule: "contrary-accounts", Cue: cue},
		sentences: sentences,
	}, true
}

// gainsays reports an account that limits or negates: it holds a word
// of contrary_markers or a negated auxiliary ("hadn't").
func (q *qctx) gainsays(ts []tok) bool {
	for i := range ts {
		if q.lx.contrary.hasTok(&ts[i]) || strings.HasSuffix(ts[i].low, "n't") {
			return true
		}
	}
	return false
}
