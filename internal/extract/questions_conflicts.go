package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/briefing-tools/briefing/internal/briefing"
)

// Rules over the whole document rather than one cue: figures that
// sources give differently for one event, and claims made by a party to
// a fight in a document where claims are disputed.

// figure is a count of an outcome ("14 people had died") and who gave it.
type figure struct {
	outcome  string // killed, injured
	victims  string // the counted noun: people, rebels
	class    string // what it counts: people, fighters, soldiers
	text     string // as written: "between six and nine"
	lo, hi   int
	sentence int
	source   subject
}

// maxFigureDistance is how many sentences apart two figures of one event
// may stand.
const maxFigureDistance = 6

// conflictingFigures asks how many died (or were hurt) when two sources
// of the document give different counts.
func (a *analysis) conflictingFigures(figs []figure, out []qdraft) []qdraft {
	asked := map[string]bool{}
	for i, f := range figs {
		for _, g := range figs[i+1:] {
			key := f.outcome + "/" + f.class
			if g.outcome != f.outcome || g.class != f.class || g.sentence == f.sentence || asked[key] ||
				g.sentence-f.sentence > maxFigureDistance || f.hi >= g.lo && g.hi >= f.lo {
				continue
			}
			if f.source.text == g.source.text {
				continue // one source's running count
			}
			asked[key] = true
			verb := "were killed"
			switch {
			case f.outcome == "injured":
				verb = "were injured"
			case f.victims == "people" || f.victims == "civilians":
				verb = "died"
			}
			what := f.victims
			if g.victims != f.victims {
				// "200 rebels" and "17 of its fighters": each count
				// names its noun, the question the class
				what = f.class
				f.text += " " + f.victims
				g.text += " " + g.victims
			}
			text := "How many " + what + " " + verb + ": " + credited(f) + ", or " + credited(g)
			sentences := []int{f.sentence, g.sentence}
			// "Neither figure can be verified": the doubt joins the
			// figures it speaks of rather than the last claim alone
			if k := neitherVerified(out, g.sentence); k >= 0 {
				text += ", " + out[k].p.counter
				sentences = append(sentences, out[k].sentences[0])
				out = append(out[:k], out[k+1:]...)
			}
			out = append(out, qdraft{
				text: finish(text), kind: briefing.Conflict,
				why:       briefing.Why{Rule: "conflicting-figures", Cue: f.text + " / " + g.text},
				sentences: sentences,
			})
		}
	}
	return out
}

// neitherVerified finds the question made of "neither figure can be
// verified" in sentence s or the one after.
func neitherVerified(out []qdraft, s int) int {
	for k, d := range out {
		first := d.sentences[0]
		if d.why.Rule == "unverified" && (first == s || first == s+1) && d.p.counter != "" &&
			strings.HasPrefix(strings.ToLower(d.why.Cue), "neither") {
			return k
		}
	}
	return -1
}

// credited writes a figure with its source: "14, as the CSP says".
func credited(f figure) string {
	if f.source.text == "" {
		return f.text
	}
	return f.text + ", as " + voice{who: f.source, verb: "says"}.String()
}

// figures reads the counts of outcomes in the sentence: "14 people had
// died", "killed six people", "between six and nine people died".
func (q *qctx) figures() []figure {
	ts := q.ts
	var out []figure
	var src subject
	if at, ok := q.attribution(); ok {
		src = q.sourceText(at.source)
	}
	for i, t := range ts {
		outcome, ok := q.lx.outcome[t.low]
		if !ok {
			continue
		}
		// the count before the outcome ("14 people had died") or after
		// it ("killed six people")
		for _, n := range []int{q.countBefore(i), q.countAfter(i)} {
			if n < 0 {
				continue
			}
			f, ok := q.readCount(n)
			if !ok {
				continue
			}
			f.outcome, f.sentence, f.source = outcome, q.s, src
			out = append(out, f)
			break
		}
	}
	return out
}

// countBefore finds a number within five words before word i, in its
// clause.
func (q *qctx) countBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if q.ts[j].brk && j < i-1 {
			return -1
		}
		if q.lx.isCount(q.ts[j].low) && (j+1 >= len(q.ts) || !q.lx.isCount(q.ts[j+1].low)) {
			// "between six and nine": the range's first number
			if j >= 2 && q.ts[j-1].low == "and" && q.lx.isCount(q.ts[j-2].low) {
				return j - 2
			}
			return j
		}
	}
	return -1
}

// countAfter finds a number just after an outcome verb: "killed at
// least 21", "killing six people".
func (q *qctx) countAfter(i int) int {
	for j := i + 1; j < len(q.ts) && j <= i+4; j++ {
		if q.lx.isCount(q.ts[j].low) {
			return j
		}
		if q.ts[j].brk {
			return -1
		}
	}
	return -1
}

// readCount reads the count starting at word n and the noun it counts.
func (q *qctx) readCount(n int) (figure, bool) {
	ts := q.ts
	lo, ok := q.lx.countValue(ts[n].low)
	if !ok {
		return figure{}, false
	}
	first, last, hi := n, n, lo
	// "between six and nine", "six to nine"
	if n+2 < len(ts) && (ts[n+1].low == "and" || ts[n+1].low == "to") {
		if v, ok := q.lx.countValue(ts[n+2].low); ok && v > lo {
			hi, last = v, n+2
		}
	}
	if first > 0 && (ts[first-1].low == "between" || ts[first-1].low == "around" || ts[first-1].low == "about" || ts[first-1].low == "some") {
		first--
	}
	if first > 1 && (ts[first-2].low == "at" && ts[first-1].low == "least" || ts[first-2].low == "more" && ts[first-1].low == "than") {
		first -= 2
		hi = 1 << 30
	}
	noun := last + 1
	for noun < len(ts) && noun <= last+3 && !q.countable(ts[noun].low) {
		if ts[noun].brk || q.lx.aux.hasTok(&ts[noun]) {
			break
		}
		noun++
	}
	victims := "people"
	if noun < len(ts) && q.countable(ts[noun].low) {
		victims = ts[noun].low
	} else if noun > last+1 {
		return figure{}, false // "14 percent of …": no count of people
	}
	if victims == "civilians" {
		victims = "people"
	}
	text := render(ts[first : last+1])
	return figure{victims: victims, class: q.lx.victims[victims], text: text, lo: lo, hi: hi}, true
}

// countable reports a noun counted in casualty figures.
func (q *qctx) countable(w string) bool {
	_, ok := q.lx.victims[w]
	return ok
}

func (lx *qlexicon) isCount(w string) bool { _, ok := lx.countValue(w); return ok }

// countValue reads a count written in digits or words.
func (lx *qlexicon) countValue(w string) (int, bool) {
	// most words are no number: Atoi, which fails on them at a cost, is
	// asked only of those that start as one can
	if d := strings.ReplaceAll(w, ",", ""); d != "" && (d[0] >= '0' && d[0] <= '9' || d[0] == '+' || d[0] == '-') {
		if v, err := strconv.Atoi(d); err == nil {
			if v >= 1900 && v <= 2100 {
				return 0, false // a year
			}
			return v, v > 0
		}
	}
	v, ok := lx.numbers[w]
	return v, ok
}

// partyClaims asks about the results of fighting a party reports ("its
// Black Sea Fleet had destroyed four boats, the ministry said") when the
// document shows claims are disputed: it doubts, denies or hedges some.
func (a *analysis) partyClaims(out []qdraft) []qdraft {
	contested := false
	for _, d := range out {
		switch d.kind {
		case briefing.Claim, briefing.Denial, briefing.Conflict:
			contested = true
		}
	}
	if !contested {
		return out
	}
	covered := map[int]bool{}
	for _, d := range out {
		for _, s := range d.sentences {
			covered[s] = true
		}
	}
	for s := range a.sentences {
		if covered[s] || a.sentenceKeys(s)&combatKey == 0 || !a.speechSentence(s) {
			continue
		}
		sen := a.sentences[s]
		if a.isHeadingSentence(sen.Start, sen.End) {
			continue
		}
		q := &qctx{a: a, lx: a.g.questions, vb: a.g.verbs, s: s, ts: a.sentenceToks(s)}
		at, ok := q.attribution()
		if !ok || !q.partySource(at.source) && !q.selfReport(at) {
			continue
		}
		combat := -1
		for j := at.from; j < at.to && j < len(q.ts); j++ {
			// "the effort to intercept": an aim, not a result
			if q.lx.combat.hasTok(&q.ts[j]) && (j == 0 || q.ts[j-1].low != "to") {
				combat = j
				break
			}
		}
		if combat < 0 {
			continue
		}
		p, ok := q.statementBefore(s, -1)
		if !ok {
			continue
		}
		p.creditBy.verb = "claims"
		out = append(out, qdraft{
			text: p.text(), kind: briefing.Claim, statement: true,
			why:       briefing.Why{Rule: "party-claim", Cue: q.ts[at.verb].w + " … " + q.ts[combat].w},
			sentences: []int{s},
		})
	}
	return out
}

// speechSentence reports a sentence with a verb of speech or "according".
func (a *analysis) speechSentence(s int) bool {
	first, last := a.wordsOfSentence(s)
	for j := first; j <= last && j < len(a.words); j++ {
		if a.words[j].lex&lexSpeech != 0 || a.lowerWord(j) == "according" {
			return true
		}
	}
	return false
}

// selfReport reports a source speaking of its own deeds: "fighters said
// they shot down …", "the group says its units …".
func (q *qctx) selfReport(at attrib) bool {
	src := q.trimSubject(at.source)
	if at.from >= at.to || at.from >= len(q.ts) || len(src) == 0 || q.lx.pronoun.hasTok(&src[0]) {
		return false
	}
	w := q.ts[at.from].low
	if w == "that" && at.from+1 < at.to {
		w = q.ts[at.from+1].low
	}
	switch w {
	case "we", "our":
		return true
	case "they", "their":
		return q.isPlural(src)
	case "it", "its":
		return !q.isPlural(src)
	}
	return false
}

// partySource reports a source that takes part in the fighting it
// reports: a state, an armed group, a military, ministry or government
// body, or someone speaking for one. Monitors, analysts and news outlets
// report claims rather than make them.
func (q *qctx) partySource(src []tok) bool {
	if len(src) == 1 && q.lx.pronoun.hasTok(&src[0]) {
		return false
	}
	for _, t := range src {
		wi := int(t.wi)
		if wi < 0 {
			continue
		}
		d, _ := q.a.actorWord.get(wi)
		if d == nil {
			continue
		}
		switch d.kind {
		case briefing.State, briefing.Group:
			return true
		case briefing.Person:
			return d.affiliation != ""
		case briefing.Organization:
			i, ok := q.a.ix.organizations[normalizeKey(d.name)]
			if !ok {
				return d.affiliation != ""
			}
			switch q.a.g.Organizations[i].Category {
			case "military", "command", "ministry", "government", "armed group", "agency", "party":
				return true
			}
		}
	}
	return false
}

// figureAt reads "puts the figure at fewer than ten" in sentence s: the
// source, the count as written, and the word of "at" (-1 when none).
func (q *qctx) figureAt() (subject, string, bool) {
	ts := q.ts
	for j := 2; j+2 < len(ts); j++ {
		if !q.a.g.questions.figureNoun.has(ts[j].low) || !q.lx.det.hasTok(&ts[j-1]) || !q.a.g.questions.figureVerb.has(ts[j-2].low) {
			continue
		}
		at := j + 1
		if ts[at].low != "at" && at+1 < len(ts) && ts[at+1].low == "at" {
			at++ // "put the number abducted at six"
		}
		if ts[at].low != "at" || at+1 >= len(ts) {
			continue
		}
		end := at + 1
		for end < len(ts) && end < at+6 && !ts[end-1].brk {
			end++
		}
		count := ts[at+1 : end]
		if !slices.ContainsFunc(count, func(t tok) bool { return q.lx.isCount(t.low) }) {
			return subject{}, "", false
		}
		who := q.speakerBefore(j - 2)
		return who, render(count), who.text != ""
	}
	return subject{}, "", false
}

// countBeforeFigure finds, in the two sentences before s (or after), the count of a
// plural noun a source gave ("at least 14 vessels were told to leave"):
// the noun, the count as written, and who gave it.
func (a *analysis) countBeforeFigure(q *qctx) (string, string, subject, int, bool) {
	for _, s := range [...]int{q.s - 1, q.s - 2, q.s + 1, q.s + 2} {
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
			if !inner.lx.isCount(ts[j].low) {
				continue
			}
			first := j
			if j >= 2 && (ts[j-2].low == "at" && ts[j-1].low == "least" || ts[j-2].low == "more" && ts[j-1].low == "than") {
				first = j - 2
			}
			for k := j + 1; k < len(ts) && k <= j+3; k++ {
				if inner.isPlural(ts[k:k+1]) && !ts[k].cap && !inner.lx.aux.hasTok(&ts[k]) {
					return ts[k].low, render(ts[first : j+1]), inner.sourceText(at.source), s, true
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
func (a *analysis) figuresAtOdds(out []qdraft) []qdraft {
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
		q := &qctx{a: a, lx: a.g.questions, vb: a.g.verbs, s: s, ts: a.sentenceToks(s)}
		who, count, ok := q.figureAt()
		if !ok {
			continue
		}
		noun, before, by, s0, ok := a.countBeforeFigure(q)
		if !ok || by.text == "" || strings.EqualFold(by.text, who.text) {
			continue
		}
		text := "How many " + noun + ": " + before + ", as " + voice{who: by, verb: "says"}.String() +
			", or " + count + ", as " + voice{who: who, verb: "says"}.String()
		out = append(out, qdraft{
			text: finish(text), kind: briefing.Conflict,
			why:       briefing.Why{Rule: "conflicting-figures", Cue: before + " / " + count},
			sentences: []int{s0, s},
		})
	}
	return out
}
