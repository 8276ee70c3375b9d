package extract

import (
	"github.com/briefing-tools/briefing/internal/briefing"
)

// A question is raised by a cue (data/questions.yaml) and phrased by the
// first wording rule, in the data's order, that fits the sentence. Each
// question keeps its rule and cue (Why) and the sentences it rests on.

// qdraft is a question before duplicates are merged.
type qdraft struct {
	text      string
	kind      briefing.QuestionKind
	why       briefing.Why
	sentences []int
	// statement: the question asks whether a credited statement is true
	statement bool
	// p is how it was phrased, for a later denial to join
	p phrased
}

// find turns the sentences that leave something open into
// questions, each with its sentences as evidence and links to the
// actors and assets they mention.
// The list is a buffer of a's, like actorItems.
func (a *questionStage) find(items briefing.Items) []briefing.Question {
	a.indexMentions()
	qs := &a.qscratch
	qs.resetToks(len(a.sentences))
	qs.drafts = qs.drafts[:0] // a's buffer, reused by the next document
	var figs []figure
	for s := range a.sentences {
		keys := a.sentenceKeys(s)
		if keys&^combatKey == 0 {
			continue // the party claims' words are read later, if at all
		}
		// one context, made anew for each sentence: nothing keeps it
		q := &qs.ctx
		*q = *a.sentenceCtx(s)
		q.drafts = &qs.drafts
		if keys&^(figureKey|combatKey) != 0 {
			a.questionsOf(q)
		}
		if keys&figureKey != 0 {
			figs = append(figs, q.figures()...)
		}
	}
	drafts := a.conflictingFigures(figs, qs.drafts)
	drafts = a.figuresAtOdds(drafts)
	drafts = a.countsRatherThan(drafts)
	// what unnamed sources say first: a document where it is asked is
	// one whose claims are in doubt, for the parties' claims after
	drafts = a.hearsayClaims(drafts)
	drafts = a.contraryAccounts(drafts)
	drafts = a.partyClaims(drafts)
	qs.drafts = drafts
	return a.questionItems(a.mergeDrafts(drafts))
}
