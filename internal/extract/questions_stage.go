package extract

// questionStage is stage 5: it reads the window's text and mentions
// (through mentionCtx) and the items made of them, and asks the
// questions the sentences leave open (find). It is built once per
// worker (newAnalysis) and points at the analysis' values, like the
// mention stages; the cue memo is shared with the attributes, which ask
// whether a sentence is open (sentenceOpen). Its methods keep the
// receiver name a they had on analysis, so that the move's diff is small.
type questionStage struct {
	mentionCtx
	*cueMemo         // the sentences' cues and the words' status cues
	*questionScratch // the stage's buffers
	*itemLists       // the window's items, and the question list it fills
}

// sentenceCtx is a fresh context of sentence s, with no drafts: the
// rules that read a sentence again after the first pass make one each.
func (a *questionStage) sentenceCtx(s int) *qctx {
	return &qctx{a: a, lx: a.g.questions, vb: a.g.verbs, s: s, ts: a.sentenceToks(s)}
}
