package extract

import (
	"slices"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// hearsayClaims asks back what unnamed reports, witnesses or residents
// say ("The CCG had placed a barrier at the entrance, reports said"):
// no one who could confirm it stands behind it. Sentences another rule
// asked about are left alone.
func (a *analysis) hearsayClaims(out []qdraft) []qdraft {
	covered := coveredSentences(out)
	for s := range a.sentences {
		if covered[s] {
			continue
		}
		if sen := a.sentences[s]; a.isHeadingSentence(sen.Start, sen.End) {
			continue
		}
		ts := a.sentenceToks(s)
		if !slices.ContainsFunc(ts, func(t tok) bool { return a.g.questions.hearsayNoun.hasTok(&t) }) {
			continue // most sentences: no one of the kind speaks
		}
		q := &qctx{a: a, lx: a.g.questions, vb: a.g.verbs, s: s, ts: ts}
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
