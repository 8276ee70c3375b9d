package extract

import (
	"strings"
)

// qctx is the state of phrasing the questions of one sentence: its
// words, and the lexicons the rules read.
type qctx struct {
	a  *analysis
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
		if _, ok := q.vb.pastBase(w); ok && !q.lx.det.hasTok(&ts[k-1]) && !q.reducedRelative(ts, k, to) && !q.pastFollows(ts, k, to) {
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

// unknownPredicate reports "remains unclear", "is not yet known" at j.
func (q *qctx) unknownPredicate(ts []tok, j int) bool {
	switch ts[j].low {
	case "is", "was", "are", "were", "remains", "remained", "remain":
		if r := q.lx.unknownAttributeRule; q.lx.mayBegin(r, q.a.cueNumber(&ts[j])) {
			for _, c := range q.lx.rules[r].cues {
				if _, ok := q.matchAt(c, j); ok {
					return true
				}
			}
		}
	case "has", "have", "had":
	default:
		return false
	}
	// "posts alleging that … have not been substantiated", "claims that
	// … are being treated with caution": the doubt about the claim, not
	// part of it. Any cue at any of the three words will do; a word no
	// cue of the rule begins with is passed at once.
	r := q.lx.unverifiedRule
	for k := j; k < len(ts) && k <= j+2; k++ {
		if !q.lx.mayBegin(r, q.a.cueNumber(&ts[k])) {
			continue
		}
		for _, c := range q.lx.rules[r].cues {
			if _, ok := q.matchAt(c, k); ok {
				return true
			}
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

// clauseEnd returns the end (exclusive) of the clause starting at from:
// a break that no list continues, a word that opens other matter, or
// the end of the sentence.
func (q *qctx) clauseEnd(ts []tok, from int) int {
	for j := from; j < len(ts); j++ {
		// ("had since moved": "since" between an auxiliary and its
		// participle is an adverb)
		if j > from && q.lx.clauseStop.hasTok(&ts[j]) && !(ts[j].low == "since" && q.lx.aux.hasTok(&ts[j-1]) && j+1 < len(ts) && q.pastTense(ts[j+1].low)) {
			// "an assault today in which 50 people were killed": the
			// preposition belongs to the relative clause
			if (ts[j].low == "which" || ts[j].low == "whom") && j-1 > from && q.lx.prep.hasTok(&ts[j-1]) && !ts[j-2].brk {
				return j - 1
			}
			return j
		}
		if j > from && ts[j].low == "or" && j+1 < len(ts) && (ts[j+1].low == "whether" || ts[j+1].low == "perhaps") {
			return j
		}
		// "… and the extent of damage remained unclear": a clause of its own
		// "had not been agreed and could take weeks": a second predicate
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but" || ts[j].low == "or") {
			k := j + 1
			if k+1 < len(ts) && ts[k].low == "at" && ts[k+1].low == "least" {
				k += 2 // "or at least could be helping"
			}
			if k+1 < len(ts) && q.lx.modal.hasTok(&ts[k]) && q.vb.base.has(ts[k+1].low) {
				return j
			}
			// "was caused by a ship and have detained a tanker": a second
			// predicate in a perfect tense
			if k+1 < len(ts) && (ts[k].low == "have" || ts[k].low == "has" || ts[k].low == "had") {
				if _, ok := q.vb.participleBase(ts[k+1].low); ok {
					return j
				}
			}
		}
		// "… early this morning and HMAS Armidale would arrive later": a
		// name, then its own auxiliary
		// (or "and the frigate would arrive": a noun, then a modal)
		if j > from+1 && ts[j].low == "and" && !ts[j-1].brk && j+1 < len(ts) && (ts[j+1].cap || q.lx.det.hasTok(&ts[j+1])) {
			named := ts[j+1].cap
			k := j + 1
			for k < len(ts) && k <= j+4 && (ts[k].cap || !named && k > j+1 && !q.lx.aux.hasTok(&ts[k]) && !q.lx.modal.hasTok(&ts[k]) || k == j+1) && !ts[k].brk {
				k++
			}
			if k < len(ts) && k > j+1 && !ts[k-1].brk && (q.lx.modal.hasTok(&ts[k]) || named && q.lx.aux.hasTok(&ts[k])) {
				return j
			}
		}
		// (not "the movement of men and vehicles was noticed": still the
		// subject, no verb before the "and")
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but" || ts[j].low == "as") && j+1 < len(ts) && !q.lx.aux.hasTok(&ts[j+1]) {
			if k := q.strongFinite(ts, j+1, min(len(ts), j+13)); k > j+1 && (ts[j].low != "and" || q.finite(ts, from, j) >= 0 || ts[j-1].brk) {
				return j
			}
		}
		// "denied agreeing to it and said that Ankara …": what the
		// subject said next is a clause of its own
		if j > from+1 && ts[j].low == "and" && j+2 < len(ts) && q.lx.speech.hasTok(&ts[j+1]) && ts[j+2].low == "that" {
			return j
		}
		// "denies any deployment and describes its posture as …": a
		// second verb of the same subject, known by the article after it
		// (not "burned and looted the base": two verbs sharing one object)
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but") && j+2 < len(ts) && !ts[j+1].cap &&
			(q.lx.det.hasTok(&ts[j+2]) && ts[j+2].low != "that" || ts[j+2].low == "to" || ts[j+2].cap ||
				q.isPlural(ts[j+2:j+3]) && !ts[j+2].brk) && q.verbForm(ts[j+1].low) && !q.pastTense(ts[j-1].low) {
			return j // "… and warned Taipei", "… and referred questions to"
		}
		// "whether Israel would join remains unclear": the predicate of
		// the clause the question came from
		if j > from+1 && q.unknownPredicate(ts, j) {
			return j
		}
		// "so that …", "in order to …": a purpose, not the claim
		if j > from && j+1 < len(ts) && (ts[j].low == "so" && ts[j+1].low == "that" || ts[j].low == "in" && ts[j+1].low == "order") {
			return j
		}
		if ts[j].brk && (ts[j].stop || !q.listContinues(ts, j+1)) {
			// "another US vessel, the Destiny, in the Red Sea": a name in
			// apposition stays with the noun it names
			if k := q.nameApposition(ts, j+1); k > j {
				j = k
				continue
			}
			return j + 1
		}
		if j-from >= 32 {
			return j + 1
		}
	}
	return len(ts)
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

// nameApposition returns the last word of a name set off after a noun
// ("…, the Destiny, …"): "the" and capitalised words up to a comma. It
// returns -1 when none starts at i.
func (q *qctx) nameApposition(ts []tok, i int) int {
	if i+1 >= len(ts) || ts[i].stop {
		return -1
	}
	// "the Niels Juel, an Iver Huitfeldt-class frigate, had used …": a
	// description set off before the verb goes on
	if ts[i].low == "a" || ts[i].low == "an" {
		for k := i + 1; k < len(ts) && k <= i+8; k++ {
			if ts[k].brk {
				if ts[k].stop || k+1 >= len(ts) || !q.lx.aux.hasTok(&ts[k+1]) && !q.verbForm(ts[k+1].low) {
					return -1
				}
				return k
			}
		}
		return -1
	}
	if ts[i].low != "the" || !ts[i+1].cap {
		return -1
	}
	for k := i + 1; k < len(ts) && k <= i+4; k++ {
		if !ts[k].cap {
			return -1
		}
		if ts[k].brk {
			if ts[k].stop || k+1 >= len(ts) {
				return -1
			}
			return k
		}
	}
	return -1
}

// listContinues reports a comma inside a list "A, B and C" or "A, B, or
// C": "and" or "or" comes within five words, before anything that opens
// a clause of its own.
func (q *qctx) listContinues(ts []tok, next int) bool {
	if next < len(ts) && ts[next].low == "or" {
		return true // "A, B, or C"; "keep up strikes, or return"
	}
	if next >= len(ts) || q.isClauseOpener(ts, next) || q.lx.speech.hasTok(&ts[next]) {
		return false
	}
	for k := next; k < len(ts) && k <= next+4; k++ {
		w := ts[k].low
		if w == "and" || w == "or" {
			return k > next || w == "or"
		}
		if k > next && (q.isClauseOpener(ts, k) || q.lx.aux.hasTok(&ts[k])) {
			return false
		}
	}
	return false
}
