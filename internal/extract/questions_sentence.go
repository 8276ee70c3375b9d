package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// questionsOf phrases the questions of q's sentence and appends them to
// q.drafts, where the rules find those of the sentences before.
func (a *questionStage) questionsOf(q *qctx) {
	s := q.s
	out := q.drafts
	if d, ok := q.explicit(); ok {
		*out = append(*out, d)
		return
	}
	used := slices.Grow(a.qscratch.used[:0], len(q.ts))[:len(q.ts)]
	clear(used)
	a.qscratch.used = used
	for _, m := range q.cueMatches() {
		if slices.Contains(used[m.first:m.last+1], true) {
			continue
		}
		rule := &q.lx.rules[m.cue.rule]
		p, ok := rule.ask(q, m)
		if !ok || p.core == "" {
			continue
		}
		for j := m.first; j <= m.last; j++ {
			used[j] = true
		}
		if p.creditBy == nil && p.credit == "" && (p.counterBy == nil && p.counter == "") && !p.unsourced {
			q.creditSource(&p, m)
		}
		q.tidyVoices(&p)
		d := qdraft{
			text: p.text(), kind: p.kind, statement: p.statement, p: p,
			why:       briefing.Why{Rule: rule.name, Cue: oneLine(a.text[q.ts[m.first].at : q.ts[m.last].at+len(q.ts[m.last].w)])},
			sentences: append([]int{s}, p.linked...),
		}
		if p.joins > 0 {
			// the denial completes the claim asked before: one question
			// with both sides' evidence
			j := &(*out)[p.joins-1]
			j.text, j.p, j.why = d.text, p, d.why
			if p.kind != "" {
				j.kind = p.kind
			}
			if !slices.Contains(j.sentences, s) {
				j.sentences = append(j.sentences, s)
			}
			continue
		}
		if d.kind == "" {
			d.kind = m.cue.kind
		}
		if d.kind == "" {
			d.kind = rule.kind
		}
		if d.kind == "" {
			d.kind = questionKindOf(d.text)
		}
		if strings.HasPrefix(d.text, "When ") {
			d.kind = briefing.Timing
		}
		*out = append(*out, d)
	}
}

// creditSource names who says what a question asks about, when the
// sentence credits a source and the cue stands in what was said:
// "Analysts say the soldiers could be used …" → "…, as analysts say".
func (q *qctx) creditSource(p *phrased, m cueMatch) {
	at, ok := q.attribution()
	if !ok || m.first < at.from || m.first >= at.to {
		return
	}
	who := q.sourceText(at.source)
	// "the army said …, but the rebels said they would …": the nearer
	// speaker says it
	for j := min(m.first, len(q.ts)-1); j > at.verb+1 && j > at.from; j-- {
		if q.lx.speech.hasTok(&q.ts[j]) && !q.ts[j-1].brk {
			// only a speaker set against the first: ", but the rebels said"
			if st := q.subjectStart(q.ts, j); st > 1 && q.lx.contrast.hasTok(&q.ts[st-1]) && q.ts[st-2].brk {
				if near := q.speakerBefore(j); near.text != "" {
					who = near
				}
			}
			break
		}
	}
	if who.text == "" || strings.Contains(strings.ToLower(p.core), strings.ToLower(who.text)) && len(who.text) > 3 {
		return
	}
	p.creditBy = &voice{who: who, verb: "says"}
}

// explicit asks the question a sentence asks itself, outside quotation
// marks: "The question now is: will Islamabad respond?".
func (q *qctx) explicit() (qdraft, bool) {
	sen := q.a.sentences[q.s]
	raw := q.a.text[sen.Start:sen.End]
	// the test below, on the text as written: most sentences end otherwise
	if !strings.HasSuffix(strings.TrimRight(strings.TrimRightFunc(raw, unicode.IsSpace), `"”’)`), "?") {
		return qdraft{}, false
	}
	text := oneLine(raw)
	if !strings.HasSuffix(strings.TrimRight(text, `"”’)`), "?") || strings.HasPrefix(text, `"`) || strings.HasPrefix(text, "“") {
		return qdraft{}, false
	}
	t := explicitQuestion(text)
	return qdraft{text: t, kind: questionKindOf(t), why: briefing.Why{Rule: "explicit-question", Cue: "?"}, sentences: []int{q.s}}, true
}

// cueMatches finds every cue of the sentence, in the order the rules
// come (then by position, the longest first).
func (q *qctx) cueMatches() []cueMatch {
	out := q.a.qscratch.matches[:0]
	ts := q.ts
	for j := range ts {
		t := &ts[j]
		if t.wi < 0 || q.a.words[t.wi].id < 0 || q.a.ix.words.cueRules(q.a.words[t.wi].id)&cueStartBit == 0 {
			continue // most words begin no cue
		}
		first := q.a.cueNumber(t)
		cues := q.lx.byFirstCue[first]
		if len(cues) == 0 {
			continue
		}
		// the next word, when no cue it can continue, leaves only the cues
		// it does not decide
		next := int32(0)
		if j+1 < len(ts) && !t.brk {
			next = q.a.cueNumber(&ts[j+1])
		}
		if !inSet(q.lx.secondWords[first], next) {
			cues = q.lx.byFirstLoose[first]
		}
		for _, c := range cues {
			// the second word, when the cue has one, turns most away
			if len(c.pat) > 1 && !c.pat[1].gap {
				if j+1 >= len(ts) || t.brk || !c.pat[1].matchesNumber(q.a.cueNumber(&ts[j+1]), ts[j+1].low) {
					continue
				}
			}
			if last, ok := q.matchAt(c, j); ok {
				// a one-word cue inside short quotation marks is the
				// quoted words' ("fired at “suspects”"), not the writer's
				// doubt; inside a quoted statement it is the speaker's
				if last == j && t.quoted && quotedRun(ts, j) <= maxScareQuote {
					continue
				}
				out = append(out, cueMatch{cue: c, first: j, last: last})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b cueMatch) int {
		if a.cue.rule != b.cue.rule {
			return a.cue.rule - b.cue.rule
		}
		if a.first != b.first {
			return a.first - b.first
		}
		return b.last - a.last
	})
	q.a.qscratch.matches = out
	return out
}

// sentenceOpen reports a sentence whose cue leaves what it says open
// ("whether it would head toward X"): places there are no locations.
// The answer is remembered per sentence.
func (a *questionStage) sentenceOpen(s int) bool {
	return a.sentenceKeys(s)&a.g.questions.openRules != 0
}

// mergeDrafts joins questions that say nearly the same thing: the first
// keeps its place, gains the other's evidence, and takes its wording
// when that one joins a claim to its denial.
func (a *questionStage) mergeDrafts(drafts []qdraft) []qdraft {
	// merged in place: a question is written at or before where it was
	// read, and read before anything is written there
	out := drafts[:0]
	qs := &a.qscratch
	if qs.wordIDs.n > maxWordIDs {
		qs.wordIDs = internTable{} // between documents, never within one
	}
	// each question's content words as ids, in one buffer
	words := slices.Grow(qs.draftWords[:0], len(drafts))
	ids := qs.idBuf[:0]
	// in a long document, the questions each content word appears in:
	// only those can be near duplicates of a new one
	var byWord map[int32][]int
	if len(drafts) > 32 {
		byWord = map[int32][]int{}
	}
	for _, d := range drafts {
		if garbled(d.text) || a.g.questions.misbuilt(d.text) {
			continue
		}
		// what is asked, without who says it
		core := d.p.core
		if core == "" {
			core = d.text
		}
		from := len(ids)
		ids = qs.contentIDs(ids, core)
		cw := ids[from:len(ids):len(ids)]
		i := -1
		if byWord != nil {
			i = nearDuplicateOf(words, cw, byWord)
		} else {
			i = nearDuplicate(words, cw)
		}
		if i >= 0 {
			o := &out[i]
			// a question on more sentences, of another kind, or a claim
			// that holds all a lesser question asks and more ("Did the
			// strike disrupt an attack after militants were preparing to
			// raid …" over "Will militants raid …") says more
			wider := d.statement && !o.statement && len(cw) > len(words[i]) && commonCount(cw, words[i]) == len(words[i]) &&
				slices.Equal(d.sentences, o.sentences)
			if len(d.sentences) > len(o.sentences) && d.kind != o.kind || wider {
				o.text, o.kind, o.why, o.p, o.statement = d.text, d.kind, d.why, d.p, d.statement
				words[i] = cw
			}
			for _, s := range d.sentences {
				if !slices.Contains(o.sentences, s) {
					o.sentences = append(o.sentences, s)
				}
			}
			continue
		}
		out = append(out, d)
		words = append(words, cw)
		if byWord != nil {
			for _, w := range cw {
				byWord[w] = append(byWord[w], len(out)-1)
			}
		}
	}
	qs.draftWords, qs.idBuf = words[:0], ids[:0]
	return out
}

// nearDuplicateOf is nearDuplicate over the questions sharing a word
// with words (byWord lists them in order).
func nearDuplicateOf(known [][]int32, words []int32, byWord map[int32][]int) int {
	best := -1
	for _, w := range words {
		for _, i := range byWord[w] {
			if best >= 0 && i >= best {
				break // only an earlier one would win
			}
			if nearDuplicate(known[i:i+1], words) == 0 {
				best = i
			}
		}
	}
	return best
}

// questionItems makes the questions, linked to the items named in their
// sentences, into a's buffer.
func (a *questionStage) questionItems(drafts []qdraft) []briefing.Question {
	out := a.questionList[:0]
	defer func() { a.questionList = out }()
	// links in a buffer of a's (the merger turns them into its own);
	// evidence of its own, which the merger keeps
	for _, d := range drafts {
		slices.Sort(d.sentences)
		q := briefing.Question{
			// no id: the merger numbers questions by their text
			Text: d.text, Kind: d.kind, Cue: d.why.Cue, Origin: briefing.Extracted, Why: d.why,
		}
		q.Evidence = make([]briefing.Span, 0, len(d.sentences))
		actors, assets := len(a.refBuf), 0
		for _, s := range d.sentences {
			sen := a.sentences[s]
			q.Evidence = append(q.Evidence, briefing.Span{Doc: a.doc.ID, Start: sen.Start, End: sen.End})
			for _, m := range a.mentionsIn(sen.Start, sen.End) {
				if m.actor != nil && !slices.Contains(a.refBuf[actors:], m.actor.key) {
					a.refBuf = append(a.refBuf, m.actor.key)
				}
			}
		}
		assets = len(a.refBuf)
		for _, s := range d.sentences {
			sen := a.sentences[s]
			for _, m := range a.mentionsIn(sen.Start, sen.End) {
				if m.asset != nil && !slices.Contains(a.refBuf[assets:], m.asset.key) {
					a.refBuf = append(a.refBuf, m.asset.key)
				}
			}
		}
		if assets > actors {
			q.Actors = a.refBuf[actors:assets:assets]
		}
		if len(a.refBuf) > assets {
			q.Assets = a.refBuf[assets:len(a.refBuf):len(a.refBuf)]
		}
		out = append(out, q)
	}
	return out
}

// maxScareQuote is the most words quotation marks hold when they mark
// a cue word as someone else's ("so-called “volunteers”", "fired at
// “suspects”"); quoted words around the cue ("firing by “suspected Kuki
// militants”") are the source's own hedge.
const maxScareQuote = 1

// quotedRun counts the quoted words around word j.
func quotedRun(ts []tok, j int) int {
	first, last := j, j
	for first > 0 && ts[first-1].quoted {
		first--
	}
	for last+1 < len(ts) && ts[last+1].quoted {
		last++
	}
	return last - first + 1
}
