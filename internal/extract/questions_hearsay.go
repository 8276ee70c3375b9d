package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// hearsayClaims asks back what unnamed reports, witnesses or residents
// say ("The CCG had placed a barrier at the entrance, reports said"):
// no one who could confirm it stands behind it. Sentences another rule
// asked about are left alone.
func (a *questionStage) hearsayClaims(out []qdraft) []qdraft {
	covered := coveredSentences(out)
	for s := range a.sentences {
		if covered[s] {
			continue
		}
		if sen := a.sentences[s]; a.isHeadingSentence(sen.Start, sen.End) {
			continue
		}
		if !a.hasHearsayWord(s) {
			continue // most sentences: no one of the kind speaks
		}
		q := a.sentenceCtx(s)
		at, ok := q.attribution()
		src := q.trimSubject(at.source)
		if !ok || len(src) == 0 || !q.lx.hearsayNoun.hasTok(&src[len(src)-1]) {
			continue
		}
		p, ok := q.statementBefore(s, -1)
		if !ok {
			continue
		}
		p.creditBy.verb = "say"
		if !p.creditBy.who.plural {
			p.creditBy.verb = "says"
		}
		out = append(out, qdraft{
			text: p.text(), kind: briefing.Claim, statement: true,
			why:       briefing.Why{Rule: "hearsay", Cue: render(src)},
			sentences: []int{s},
		})
	}
	return out
}

// hasHearsayWord reports a word of sentence s that may name a hearsay
// source: a bit test per word, before the sentence is read as tokens.
func (t *textView) hasHearsayWord(s int) bool {
	first, last := t.wordsOfSentence(s)
	for j := first; j <= last && j < len(t.words); j++ {
		if t.unitWord(j, hearsayWord) {
			return true
		}
	}
	return false
}
