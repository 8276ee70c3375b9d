package extract

import (
	"strings"
)

// qctx is the state of phrasing the questions of one sentence: its
// words, and the lexicons the rules read.
type qctx struct {
	a  *questionStage
	lx *qlexicon
	vb *verbLexicon
	s  int
	ts []tok
	// drafts are the questions of the sentences before, which a denial
	// or silence may join
	drafts *[]qdraft
	// the sentence's attribution, found once
	attr     attrib
	attrOK   bool
	attrDone bool
	// others holds the contexts of other sentences read (the one before
	// for a pronoun, earlier ones for a claim)
	others map[int]*qctx
}

// maxSubject is the longest subject the rules look for, in words.
const maxSubject = 14

// finite returns the index of the finite verb of the clause starting at
// from (the first word after its subject that carries tense), or -1.
// The clause ends at to (exclusive).
func (q *qctx) finite(ts []tok, from, to int) int { return q.finiteVerb(ts, from, to, false) }

// strongFinite is finite without the third-person "-s" guess ("arms",
// "blasts" read as verbs): for tests where a wrong verb costs more than
// a missed one.
func (q *qctx) strongFinite(ts []tok, from, to int) int { return q.finiteVerb(ts, from, to, true) }

func (q *qctx) finiteVerb(ts []tok, from, to int, strong bool) int {
	third := -1
	named := true // every word so far is a name or an article
	for k := from + 1; k < to && k <= from+maxSubject+2; k++ {
		w := ts[k].low
		if !ts[k-1].cap && !q.lx.det.hasTok(&ts[k-1]) {
			named = false
		}
		if (w == "that" || w == "which") && (q.lx.prep.hasTok(&ts[k-1]) || ts[k-1].low == "like") {
			continue // "like that of 15 June"
		}
		// "more than forty fighters were killed": a count, not a comparison
		if w == "than" && k+1 < to && q.lx.isCount(ts[k+1].low) && (ts[k-1].low == "more" || ts[k-1].low == "fewer" || ts[k-1].low == "less") {
			continue
		}
		if q.lx.subjectBound.hasTok(&ts[k]) && w != "and" && w != "as" || ts[k-1].brk && q.isClauseOpener(ts, k) {
			break // a relative or new clause: the main verb came before it, or none did
		}
		if q.lx.aux.hasTok(&ts[k]) || strings.HasSuffix(w, "n't") && q.lx.aux.has(strings.TrimSuffix(w, "n't")) {
			return k
		}
		// "they (still) control the town": a plural pronoun's present is
		// the base
		if (k == from+1 || k == from+2 && q.lx.dropAdverb.hasTok(&ts[from+1])) && (ts[from].low == "they" || ts[from].low == "we") && q.vb.base.has(w) {
			return k
		}
		// "the rebels claim …", "local reports claim …": so is a plural
		// noun's, for verbs of saying
		if k <= from+3 && q.lx.reportBase.hasTok(&ts[k]) && pluralNoun(&ts[k-1]) && !ts[k-1].brk {
			return k
		}
		if ts[k].cap || hasDashQuoteDigit(w) {
			continue
		}
		// "the main armed groups": an adjective before its noun
		if q.lx.adjParticiple.hasTok(&ts[k]) && k+1 < to && !ts[k].brk && !q.lx.det.hasTok(&ts[k+1]) && !q.lx.prep.hasTok(&ts[k+1]) {
			continue
		}
		// "20 assailants armed with guns and machetes attacked …": after
		// its noun, the participle and its "with" describe the noun
		if k+1 < to && q.participleWith(ts, k+1) && !q.lx.aux.hasTok(&ts[k-1]) && !q.lx.det.hasTok(&ts[k-1]) {
			// and what they hold is no verb: "guns and machetes"
			j := k + 2
			for j < to && !ts[j-1].brk && !q.lx.aux.hasTok(&ts[j]) && !q.isPast(ts[j].low) {
				j++
			}
			k = j - 1
			continue
		}
		// ("the widely anticipated deal": an article and an adverb before
		// it make the participle an adjective)
		if _, ok := q.vb.pastBase(w); ok && !q.lx.det.hasTok(&ts[k-1]) && !(k-2 >= from && strings.HasSuffix(ts[k-1].low, "ly") && q.lx.det.hasTok(&ts[k-2])) &&
			!q.reducedRelative(ts, k, to) && !q.pastFollows(ts, k, to) {
			return k
		}
		if !strong && third < 0 && (k-from <= 5 || named) && !q.lx.det.hasTok(&ts[k-1]) {
			if _, ok := q.vb.thirdBase(w); ok && w != "is" && w != "has" && w != "does" {
				// "the frigate covers a gap left by …": an object's
				// article after it makes the "-s" word the verb, before
				// any participle further on
				if k+1 < to && q.lx.det.hasTok(&ts[k+1]) && ts[k+1].low != "that" && !ts[k].brk {
					return k
				}
				third = k
			}
		}
		named = false
	}
	if strong {
		return -1
	}
	return third
}

// subjectStart returns where the noun phrase ending just before word i
// begins: after a clause break, a subordinating word or a verb of
// speech, at most maxSubject words back. It returns i when there is none.
func (q *qctx) subjectStart(ts []tok, i int) int { return q.npStart(ts, i, false) }

// npStart is subjectStart; overBreak lets the phrase end in a comma
// ("a submarine, whose location …").
func (q *qctx) npStart(ts []tok, i int, overBreak bool) int {
	start := i
	for j := i - 1; j >= 0 && i-j <= maxSubject; j-- {
		w := ts[j].low
		if w == "and" && j > 0 && j+1 < i && q.joinsNouns(ts, j) {
			start = j
			continue
		}
		// "two or three gunmen": a count given as a range
		if (w == "or" || w == "to") && j > 0 && j+1 < i && q.lx.isCount(ts[j-1].low) && q.lx.isCount(ts[j+1].low) {
			start = j
			continue
		}
		// "Kharkiv, and Dnipropetrovsk": the last name of a list
		if (w == "and" || w == "or") && j+1 < i && ts[j+1].cap && listedBefore(ts, j) {
			start = j
			continue
		}
		// "about 20 raiders armed with rifles …": the participle's phrase
		// is inside the subject
		if q.participleWith(ts, j) {
			start = j - 1
			j--
			continue
		}
		// "That attack came …": the sentence opens with a demonstrative
		if w == "that" && j == 0 && ts[j].cap && j+1 < i && !q.lx.det.hasTok(&ts[j+1]) && !q.lx.pronoun.hasTok(&ts[j+1]) && !ts[j+1].cap {
			start = j
			break
		}
		if w == "that" && j > 0 && q.lx.prep.hasTok(&ts[j-1]) || w == "that" && j > 0 && ts[j-1].low == "like" {
			start = j // "an incident like that of 15 June"
			continue
		}
		// "a truce announced by the council": a participle inside the phrase
		speech := q.lx.speech.hasTok(&ts[j]) && !ts[j].cap && !(j+1 < i && ts[j+1].low == "by" && !ts[j].brk) && // not "Sahel States"
			!(j > 0 && q.lx.det.hasTok(&ts[j-1])) && // "the alleged crimes": an adjective
			!(j+1 < len(ts) && (q.lx.speech.hasTok(&ts[j+1]) || q.lx.reportBase.hasTok(&ts[j+1]))) // "press reports say": a noun
		// "officials fear the convoy could …": a plural's verb of saying or
		// thinking ends the subject before it
		if q.lx.reportBase.hasTok(&ts[j]) && j > 0 && pluralNoun(&ts[j-1]) && !ts[j-1].brk && !ts[j].cap {
			break
		}
		// "after scouts found the gangs were …": a verb and its object
		// come before the subject
		// (but in "raiders who assaulted the region were …" the relative
		// clause is read whole, for its noun)
		object := !ts[j].cap && j+1 < i && q.lx.det.hasTok(&ts[j+1]) && q.pastTense(w) && !q.lx.adjParticiple.hasTok(&ts[j]) &&
			!(j > 0 && (ts[j-1].low == "who" || ts[j-1].low == "which" || ts[j-1].low == "that"))
		// "the regions of Donetsk, Kharkiv, and Dnipropetrovsk are …": a
		// comma inside a list of names
		listed := ts[j].brk && !ts[j].stop && ts[j].cap && namesListed(ts, j, i)
		if ts[j].brk && !(overBreak && j == i-1) && !listed || q.lx.subjectBound.hasTok(&ts[j]) || speech || q.lx.aux.hasTok(&ts[j]) || q.lx.clauseStop.hasTok(&ts[j]) || object {
			break
		}
		start = j
		if q.lx.wh.hasTok(&ts[j]) {
			break // "what appears to be …": the wh-word is the subject
		}
	}
	// "Analysts say …": adverbs that open a clause are not the subject
	for start < i && (ts[start].low == "also" || ts[start].low == "meanwhile" || ts[start].low == "now" || ts[start].low == "then") {
		start++
	}
	return start
}

// subjectBeforeAside returns the noun phrase before an aside that ends
// just before word i: "the frigate Andros, launched in May 2024, will …"
// → "the frigate Andros"; nil when no such aside stands there.
func (q *qctx) subjectBeforeAside(i int) []tok {
	ts := q.ts
	if i < 3 || i > len(ts) || !ts[i-1].brk || ts[i-1].stop {
		return nil
	}
	p := q.asideOpen(ts, i-1)
	if p < 0 {
		return nil
	}
	return q.trimSubject(ts[q.npStart(ts, p+1, true) : p+1])
}

// asideOpen returns the comma that opens an aside closed by the comma
// at word close: a past participle or a relative word after it
// ("Andros, launched in May 2024,", "the envoy, who arrived on Monday,");
// -1 for none.
func (q *qctx) asideOpen(ts []tok, close int) int {
	for p := close - 1; p > 0 && close-p <= 8; p-- {
		if !ts[p].brk {
			continue
		}
		if w := &ts[p+1]; !ts[p].stop && !w.cap && (w.low == "which" || w.low == "who" || q.pastTense(w.low)) {
			return p
		}
		return -1
	}
	return -1
}

// listedBefore reports that "and" at word j follows a comma that closes
// the second name or more of a list ("Donetsk, Kharkiv, and …").
func listedBefore(ts []tok, j int) bool {
	k := j - 1
	if k < 0 || !ts[k].brk || ts[k].stop || !ts[k].cap {
		return false
	}
	for k > 0 && ts[k-1].cap && !ts[k-1].brk {
		k-- // the rest of that name
	}
	return k > 0 && ts[k-1].brk && !ts[k-1].stop && ts[k-1].cap
}

// namesListed reports that the name at word j, before a comma, opens a
// list of names that "and" or "or" closes before word i.
func namesListed(ts []tok, j, i int) bool {
	for k := j + 1; k < i; k++ {
		switch {
		case ts[k].low == "and" || ts[k].low == "or":
			return k+1 < i && ts[k+1].cap
		case !ts[k].cap || ts[k].stop:
			return false
		}
	}
	return false
}

// participleWith reports "with" at word j after an adjective participle
// that follows its noun: "raiders armed with rifles", the phrase a part
// of the noun's.
func (q *qctx) participleWith(ts []tok, j int) bool {
	return j > 1 && ts[j].low == "with" && q.lx.adjParticiple.hasTok(&ts[j-1]) && !ts[j-1].brk && !ts[j-2].brk
}

// joinsNouns reports an "and" at j between two noun phrases ("Residents
// and witnesses", "Ukrainian and American officials"): the words before
// it, back to a break or the start, hold no verb.
func (q *qctx) joinsNouns(ts []tok, j int) bool {
	if ts[j-1].brk {
		return false
	}
	reach := 3
	for k := j - 1; k >= 0 && k >= j-reach; k-- {
		w := ts[k].low
		// "raiders armed with rifles and knives": a participle's phrase
		if q.participleWith(ts, k) {
			k--
			reach += 3
			continue
		}
		if q.lx.aux.hasTok(&ts[k]) || q.lx.speech.hasTok(&ts[k]) || q.lx.subjectBound.hasTok(&ts[k]) || strings.HasSuffix(w, "ing") && !ts[k].cap {
			return false
		}
		if _, past := q.vb.pastBase(w); past && !ts[k].cap {
			return false
		}
		if k == 0 || ts[k-1].brk {
			return true
		}
	}
	return false
}

// verbForm reports a finite verb form that is not also a base: "describes",
// "fired" (not "attack", which may be a noun).
func (q *qctx) verbForm(w string) bool {
	if _, ok := q.vb.thirdBase(w); ok {
		return true
	}
	_, ok := q.vb.pastBase(w)
	return ok
}

// at returns a context for sentence s, sharing the lexicons.
func (q *qctx) at(s int) *qctx {
	if s == q.s {
		return q
	}
	if o, ok := q.others[s]; ok {
		return o
	}
	o := q.a.sentenceCtx(s)
	if q.others == nil {
		q.others = map[int]*qctx{}
	}
	q.others[s] = o
	o.others = q.others
	return o
}
