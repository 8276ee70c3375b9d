package extract

import (
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
func (a *questionStage) conflictingFigures(figs []figure, out []qdraft) []qdraft {
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
			// "four insurgents were killed on July 24": a day's part of
			// a total, not another count of it
			if a.namesADay(f.sentence) != a.namesADay(g.sentence) {
				continue
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
			out = askFigures(out, what+" "+verb, countBy(f.text, f.source), countBy(g.text, g.source),
				f.text+" / "+g.text, []int{f.sentence, g.sentence})
		}
	}
	return out
}

// namesADay reports "on" and a month in sentence s ("on July 24"): its
// figures count one day's losses. (A dateline's "July 29 (ANA) –" has
// no "on".)
func (a *questionStage) namesADay(s int) bool {
	first, last := a.wordsOfSentence(s)
	for j := first + 1; j <= last && j < len(a.words); j++ {
		if a.lexicon.Months[a.lowerWord(j)] && a.lowerWord(j-1) == "on" {
			return true
		}
	}
	return false
}

// neitherVerified finds the question made of "neither figure can be
// verified" in sentence s or the one after.
func neitherVerified(out []qdraft, s int) int {
	for k, d := range out {
		first := d.sentences[0]
		if d.why.Rule == "unverified" && (first == s || first == s+1) &&
			strings.HasPrefix(strings.ToLower(d.why.Cue), "neither") {
			return k
		}
	}
	return -1
}

// countBy writes a count with its source: "14, as the CSP says".
func countBy(count string, who subject) string {
	if who.text == "" {
		return count
	}
	return count + ", as " + voice{who: who, verb: "says"}.String()
}

// figuresDraft is the question two counts of one thing raise: "How many
// fighters were killed: two, as X says, or a dozen, as Y says?"; a and b
// are the counts with their sources (countBy), cue names them.
func figuresDraft(what, a, b, cue string, sentences []int) qdraft {
	return qdraft{
		text: finish("How many " + what + ": " + a + ", or " + b), kind: briefing.Conflict,
		why:       briefing.Why{Rule: "conflicting-figures", Cue: cue},
		sentences: sentences,
	}
}

// askFigures adds figuresDraft's question to out; a "neither figure can
// be verified" about its last sentence joins the figures it speaks of,
// rather than standing as a question of its own.
func askFigures(out []qdraft, what, a, b, cue string, sentences []int) []qdraft {
	if k := neitherVerified(out, sentences[len(sentences)-1]); k >= 0 {
		b += ", " + firstNonEmpty(out[k].p.counter, "neither of which could be verified")
		sentences = append(sentences, out[k].sentences[0])
		out = append(out[:k], out[k+1:]...)
	}
	return append(out, figuresDraft(what, a, b, cue, sentences))
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
		// "250 injured and at least 40,000 displaced": the next count
		// is another thing's
		if q.ts[j].brk || q.ts[j].low == "and" || q.ts[j].low == "or" {
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
