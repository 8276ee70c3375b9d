package extract

import (
	"strings"
)

// Figures at odds within one document: two counts of one thing, given by
// different sources or set against each other ("rather than").

// figureFrame is a count a source gives: "puts the figure at fewer than
// ten", "gave a toll of four fighters killed".
type figureFrame struct {
	who   subject
	count string // as written: "fewer than ten"
	noun  string // the plural noun counted, when one follows: "fighters"
	verb  int    // the word that gives it ("put")
}

// figureFrames reads the counts sources give in the sentence, in order.
func (q *qctx) figureFrames() []figureFrame {
	ts := q.ts
	var out []figureFrame
	for j := 2; j+2 < len(ts); j++ {
		if !q.a.g.questions.figureNoun.has(ts[j].low) || !q.lx.det.hasTok(&ts[j-1]) || !q.a.g.questions.figureVerb.has(ts[j-2].low) {
			continue
		}
		at := j + 1
		if ts[at].low != "at" && ts[at].low != "of" && at+1 < len(ts) && ts[at+1].low == "at" {
			at++ // "put the number abducted at six"
		}
		if ts[at].low != "at" && ts[at].low != "of" || at+1 >= len(ts) {
			continue
		}
		end := at + 1
		for end < len(ts) && end < at+6 && !ts[end-1].brk && !q.lx.isCount(ts[end-1].low) {
			end++
		}
		count := ts[at+1 : end]
		if len(count) == 0 || !q.lx.isCount(count[len(count)-1].low) {
			continue
		}
		f := figureFrame{who: q.speakerBefore(j - 2), count: render(count), verb: j - 2}
		if n := end; n < len(ts) && !count[len(count)-1].brk && q.isPlural(ts[n:n+1]) && !ts[n].cap && !q.lx.aux.hasTok(&ts[n]) {
			f.noun = ts[n].low
		}
		out = append(out, f)
	}
	return out
}

// figureAt reads the first count a source gives in the sentence, and
// the word that gives it.
func (q *qctx) figureAt() (subject, string, int, bool) {
	frames := q.figureFrames()
	if len(frames) == 0 {
		return subject{}, "", 0, false
	}
	return frames[0].who, frames[0].count, frames[0].verb, frames[0].who.text != ""
}

// framesAtOdds reads two counts two sources give in one sentence: "the
// army gave a toll of four fighters; a health official put the number
// at eleven".
func (q *qctx) framesAtOdds() (figureFrame, figureFrame, bool) {
	frames := q.figureFrames()
	for i, f := range frames {
		for _, g := range frames[i+1:] {
			if f.who.text != "" && g.who.text != "" && !strings.EqualFold(f.who.text, g.who.text) && f.count != g.count {
				if g.noun == "" {
					g.noun = f.noun
				}
				return f, g, true
			}
		}
	}
	return figureFrame{}, figureFrame{}, false
}

// countBeforeFigure finds, earlier in the sentence itself (before the
// figure's verb), else in the four sentences before it (or two after),
// the count of a
// plural noun a source gave ("at least 14 vessels were told to leave"):
// the noun, the count as written, and who gave it.
func (a *questionStage) countBeforeFigure(q *qctx, verb int) (string, string, subject, int, bool) {
	for _, s := range [...]int{q.s, q.s - 1, q.s - 2, q.s + 1, q.s + 2, q.s - 3, q.s - 4} {
		if s < 0 || s >= len(a.sentences) {
			continue
		}
		inner := q.at(s)
		ts := inner.ts
		at, ok := inner.attribution()
		if !ok {
			continue
		}
		for j := at.from; j < at.to && j+1 < len(ts); j++ {
			// "Witnesses said 20 people were killed, while the government
			// put the toll at five": in the sentence itself, the count
			// before the figure's verb
			if s == q.s && j >= verb {
				break
			}
			if !inner.lx.isCount(ts[j].low) {
				continue
			}
			first := j
			if j >= 2 && (ts[j-2].low == "at" && ts[j-1].low == "least" || ts[j-2].low == "more" && ts[j-1].low == "than") {
				first = j - 2
			}
			for k := j + 1; k < len(ts) && k <= j+3; k++ {
				// "at least six Palestinians": a people's name counts too
				people := ts[k].cap && ts[k].wi >= 0 && a.isDemonym(int(ts[k].wi))
				if (inner.isPlural(ts[k:k+1]) && !ts[k].cap || inner.countable(ts[k].low) && !ts[k].cap || people) && !inner.lx.aux.hasTok(&ts[k]) {
					noun := ts[k].low
					if people {
						noun = ts[k].w // "Palestinians"
					}
					return noun, render(ts[first : j+1]), inner.sourceText(at.source), s, true
				}
				if ts[k].brk || inner.lx.aux.hasTok(&ts[k]) {
					break
				}
			}
		}
	}
	return "", "", subject{}, 0, false
}

// figuresAtOdds asks how many when a source "puts the figure at" a count
// other than the one another source gave just before: "at least 14
// vessels, as the association says, or fewer than ten, as the ministry
// says".
func (a *questionStage) figuresAtOdds(out []qdraft) []qdraft {
	for s := range a.sentences {
		first, last := a.wordsOfSentence(s)
		found := false
		for j := first; j <= last && j < len(a.words); j++ {
			// "at", byte by byte: every word of the document is tested
			w := &a.words[j]
			if w.end-w.start == 2 && a.lower[w.start] == 'a' && a.lower[w.start+1] == 't' && j > first && (a.g.questions.figureNoun.has(a.lowerWord(j-1)) || j > first+1 && a.g.questions.figureNoun.has(a.lowerWord(j-2))) {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		q := a.sentenceCtx(s)
		if f, g, ok := q.framesAtOdds(); ok && f.noun != "" {
			out = askFigures(out, f.noun, countBy(f.count, f.who), countBy(g.count, g.who), f.count+" / "+g.count, []int{s})
			continue
		}
		who, count, verb, ok := q.figureAt()
		if !ok {
			continue
		}
		noun, before, by, s0, ok := a.countBeforeFigure(q, verb)
		if !ok || by.text == "" || strings.EqualFold(by.text, who.text) {
			continue
		}
		out = append(out, figuresDraft(noun, countBy(before, by), countBy(count, who), before+" / "+count, []int{s0, s}))
	}
	return out
}

// countsRatherThan asks how many when a source gives its count "rather
// than" another's: "reported three escorts rather than the four cited by
// Taipei" → "How many escorts: three, as the Joint Staff Office says, or
// four, as Taipei says?".
func (a *questionStage) countsRatherThan(out []qdraft) []qdraft {
	for s := range a.sentences {
		first, last := a.wordsOfSentence(s)
		found := false
		for j := first; j < last && j+1 < len(a.words); j++ {
			if a.lowerWord(j) == "rather" && a.lowerWord(j+1) == "than" {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		q := a.sentenceCtx(s)
		if d, ok := q.ratherThan(); ok {
			out = append(out, d)
		}
	}
	return out
}

// ratherThan reads "N1 noun rather than the N2 cited by B" in the
// sentence, N1 being the sentence's speaker's.
func (q *qctx) ratherThan() (qdraft, bool) {
	ts := q.ts
	for r := 2; r+4 < len(ts); r++ {
		if ts[r].low != "rather" || ts[r+1].low != "than" {
			continue
		}
		// the first count and its noun, just before
		n1, noun := -1, ""
		for j := r - 1; j >= 0 && j >= r-3; j-- {
			if q.lx.isCount(ts[j].low) {
				n1 = j
				if j+1 < r {
					noun = ts[j+1].low
				}
				break
			}
		}
		k := r + 2
		if k < len(ts) && q.lx.det.hasTok(&ts[k]) {
			k++
		}
		if n1 < 0 || noun == "" || k >= len(ts) || !q.lx.isCount(ts[k].low) {
			continue
		}
		n2 := k
		// "cited|given|reported by B"
		by := -1
		for j := n2 + 1; j < len(ts) && j <= n2+3; j++ {
			if ts[j].low == "by" {
				by = j
				break
			}
		}
		if by < 0 || by+1 >= len(ts) {
			continue
		}
		other := q.sourceText(ts[by+1 : q.nounEnd(ts, by+1)])
		who := q.mainSubject(n1)
		if at, ok := q.attribution(); ok && at.verb < n1 {
			who = q.sourceText(at.source)
		}
		if who.text == "" || other.text == "" || strings.EqualFold(who.text, other.text) {
			continue
		}
		return figuresDraft(noun, countBy(ts[n1].w, who), countBy(ts[n2].w, other), ts[n1].w+" rather than "+ts[n2].w, []int{q.s}), true
	}
	return qdraft{}, false
}
