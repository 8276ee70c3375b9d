package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefing-tools/briefing/internal/briefing"
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
const maxSubject = 10

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
		if q.lx.subjectBound.hasTok(&ts[k]) && w != "and" && w != "as" || ts[k-1].brk && q.isClauseOpener(ts, k) {
			break // a relative or new clause: the main verb came before it, or none did
		}
		if q.lx.aux.hasTok(&ts[k]) || strings.HasSuffix(w, "n't") && q.lx.aux.has(strings.TrimSuffix(w, "n't")) {
			return k
		}
		if ts[k].cap || hasDashQuoteDigit(w) {
			continue
		}
		if _, ok := q.vb.pastBase(w); ok && !q.lx.det.hasTok(&ts[k-1]) && !q.reducedRelative(ts, k, to) {
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

// dashQuoteDigit marks the bytes hasDashQuoteDigit looks for.
var dashQuoteDigit = [256]bool{'-': true, '\'': true, '0': true, '1': true, '2': true, '3': true, '4': true,
	'5': true, '6': true, '7': true, '8': true, '9': true}

// hasDashQuoteDigit is strings.ContainsAny(w, "-'0123456789"), byte
// by byte: the characters are ASCII.
func hasDashQuoteDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if dashQuoteDigit[w[i]] {
			return true
		}
	}
	return false
}

// isClauseOpener reports a word that begins a clause of its own.
func (q *qctx) isClauseOpener(ts []tok, k int) bool {
	w := ts[k].low
	return q.lx.subjectBound.hasTok(&ts[k]) || q.lx.clauseStop.hasTok(&ts[k]) || strings.HasSuffix(w, "ing")
}

// reducedRelative reports a participle inside the subject: "missiles
// launched by Iran were intercepted", "strikes attributed to Mali's army
// killed …": a preposition follows and a verb comes later.
func (q *qctx) reducedRelative(ts []tok, k, to int) bool {
	if k+1 >= to {
		return false
	}
	switch ts[k+1].low {
	case "by", "to", "from", "in", "at", "on", "near", "with", "into", "toward", "towards", "over":
	default:
		return false
	}
	for j := k + 2; j < to && j <= k+10; j++ {
		w := ts[j].low
		if q.lx.aux.hasTok(&ts[j]) {
			return true
		}
		if ts[j].cap || j == k+2 {
			continue
		}
		if _, ok := q.vb.pastBase(w); ok && !q.lx.det.hasTok(&ts[j-1]) && !ts[j-1].cap {
			return true
		}
		if ts[j].brk {
			return false
		}
	}
	return false
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
		if w == "that" && j > 0 && q.lx.prep.hasTok(&ts[j-1]) || w == "that" && j > 0 && ts[j-1].low == "like" {
			start = j // "an incident like that of 15 June"
			continue
		}
		// "a truce announced by the council": a participle inside the phrase
		speech := q.lx.speech.hasTok(&ts[j]) && !ts[j].cap && !(j+1 < i && ts[j+1].low == "by" && !ts[j].brk) && // not "Sahel States"
			!(j+1 < len(ts) && q.lx.speech.hasTok(&ts[j+1])) // "press reports say": a noun
		if ts[j].brk && !(overBreak && j == i-1) || q.lx.subjectBound.hasTok(&ts[j]) || speech || q.lx.aux.hasTok(&ts[j]) || q.lx.clauseStop.hasTok(&ts[j]) {
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

// unknownPredicate reports "remains unclear", "is not yet known" at j.
func (q *qctx) unknownPredicate(ts []tok, j int) bool {
	switch ts[j].low {
	case "is", "was", "are", "were", "remains", "remained", "remain":
		for _, c := range q.lx.rules[q.lx.ruleIndex("unknown-attribute")].cues {
			if _, ok := q.matchAt(c, j); ok {
				return true
			}
		}
	case "has", "have", "had":
	default:
		return false
	}
	// "posts alleging that … have not been substantiated", "claims that
	// … are being treated with caution": the doubt about the claim, not
	// part of it
	for _, c := range q.lx.rules[q.lx.ruleIndex("unverified")].cues {
		for k := j; k < len(ts) && k <= j+2; k++ {
			if _, ok := q.matchAt(c, k); ok {
				return true
			}
		}
	}
	return false
}

// joinsNouns reports an "and" at j between two noun phrases ("Residents
// and witnesses", "Ukrainian and American officials"): the words before
// it, back to a break or the start, hold no verb.
func (q *qctx) joinsNouns(ts []tok, j int) bool {
	if ts[j-1].brk {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		w := ts[k].low
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
		if j > from && q.lx.clauseStop.hasTok(&ts[j]) {
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
		}
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but" || ts[j].low == "as") && j+1 < len(ts) && !q.lx.aux.hasTok(&ts[j+1]) {
			if k := q.strongFinite(ts, j+1, min(len(ts), j+13)); k > j+1 {
				return j
			}
		}
		// "denies any deployment and describes its posture as …": a
		// second verb of the same subject, known by the article after it
		if j > from+1 && (ts[j].low == "and" || ts[j].low == "but") && j+2 < len(ts) && !ts[j+1].cap &&
			(q.lx.det.hasTok(&ts[j+2]) && ts[j+2].low != "that" || ts[j+2].low == "to" || ts[j+2].cap ||
				q.isPlural(ts[j+2:j+3]) && !ts[j+2].brk) && q.verbForm(ts[j+1].low) {
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

// isPlural guesses the number of a noun phrase from its last word.
func (q *qctx) isPlural(np []tok) bool {
	if len(np) == 0 {
		return false
	}
	for _, t := range np {
		if t.low == "and" {
			return true
		}
	}
	switch np[0].low {
	case "they", "we", "these", "those", "both", "several", "many", "some", "most":
		return true
	}
	// "the target of the attack": the head comes before "of"
	head := np[len(np)-1]
	for i, t := range np {
		if i > 0 && (t.low == "of" || t.low == "from" || t.low == "in" || t.low == "on" || t.low == "near" || t.low == "with") {
			head = np[i-1]
			break
		}
	}
	w := head.low
	if strings.HasSuffix(w, "'") {
		return true
	}
	// "-is" is plural in "Houthis", "Israelis"; singular in "crisis", "this"
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "sis") ||
		w == "this" || w == "his" || w == "axis" || len(w) < 3 {
		return false
	}
	return !head.cap || len(np) > 1 && np[0].low == "the" || !head.name && !q.properNoun(head)
}

// nounPhrase renders a subject: a sentence's capital dropped from a
// common first word, names kept.
func (q *qctx) nounPhrase(np []tok) string {
	if len(np) == 0 {
		return ""
	}
	s := render(np)
	first := np[0]
	// a sentence's capital comes off a common word ("Strikes", "Experts"):
	// one the gazetteer or lexicon knows, not followed by a name ("Rear
	// Admiral Mayhew" keeps it); an unknown word is likely a name ("Zhou")
	common := q.sentenceInitial(first) && !q.properNoun(first) && !strings.HasSuffix(first.low, "'s") &&
		(len(np) > 1 && !np[1].cap || first.wi >= 0 && q.a.words[first.wi].id >= 0 && !(len(np) > 1 && np[1].cap))
	if first.cap && !first.name && (q.lx.det.hasTok(&first) || q.lx.pronoun.hasTok(&first) || first.low == "some" || common) {
		r, size := utf8.DecodeRuneInString(s)
		s = string(unicode.ToLower(r)) + s[size:]
	}
	return s
}

// sentenceInitial reports the first word of its sentence.
func (q *qctx) sentenceInitial(t tok) bool {
	return len(q.ts) > 0 && t.at == q.ts[0].at
}

// properNoun reports a capitalised word that is a name wherever it
// stands: written in capitals, or known to the gazetteer.
func (q *qctx) properNoun(t tok) bool {
	if len(t.w) > 1 && strings.ToUpper(t.w) == t.w {
		return true
	}
	wi := int(t.wi)
	if wi < 0 {
		return false
	}
	if q.a.taken[wi] {
		return true
	}
	// a gazetteer name, but not a title or a common noun ("Commanders")
	if k := q.a.at[wi]; k >= 0 {
		switch bestRef(q.a.matches[k].refs).kind {
		case kindRank, kindGeneric:
			return false
		}
		return true
	}
	return false
}

// subject is a rendered noun phrase and its number.
type subject struct {
	text   string
	plural bool
	// person: a named person, referred to by name, never "it"
	person bool
}

func (q *qctx) subjectOf(np []tok) subject {
	np = q.trimSubject(np)
	if len(np) == 0 {
		return subject{}
	}
	if len(np) == 1 {
		if r, ok := q.resolveAt(np[0].low, np[0].at); ok {
			return r
		}
	}
	sub := subject{text: q.nounPhrase(np), plural: q.isPlural(np)}
	// "their effectiveness": the owner named when an earlier clause of
	// the sentence names it; "its Black Sea Fleet": "the Black Sea Fleet"
	switch np[0].low {
	case "its", "their":
		if len(np) == 1 {
			return subject{}
		}
		sub.text = "the " + render(np[1:])
		if np[0].low == "their" {
			if r, ok := q.clauseSubjectBefore(np[0].at, true); ok {
				sub.text = possessive(r.text) + " " + render(np[1:])
			}
		}
	}
	return sub
}

// clauseSubjectBefore returns the subject of an earlier clause of the
// sentence, before byte offset at, when its number agrees.
func (q *qctx) clauseSubjectBefore(at int, plural bool) (subject, bool) {
	ts := q.ts
	limit := 0
	for limit < len(ts) && ts[limit].at < at {
		limit++
	}
	for cs := 0; cs < limit; {
		end := min(q.clauseEnd(ts, cs), limit)
		if at, ok := q.attribution(); ok && at.from > cs && at.from < end {
			cs = at.from
		}
		if k := q.finite(ts, cs, end); k > cs {
			np := q.trimSubject(ts[cs:k])
			if len(np) > 0 && !q.lx.pronoun.hasTok(&np[0]) && np[0].low != "their" && q.isPlural(np) == plural {
				return subject{text: q.nounPhrase(np), plural: plural}, true
			}
		}
		if end <= cs {
			break
		}
		cs = end
	}
	return subject{}, false
}

// trimSubject drops words around a noun phrase that are not part of it:
// openers ("meanwhile", "with") and adverbs after it ("potentially").
func (q *qctx) trimSubject(np []tok) []tok {
	// "the Niels Juel, an Iver Huitfeldt-class frigate,": the name, not
	// its description
	for i := 0; i+1 < len(np); i++ {
		if np[i].brk && (np[i+1].low == "a" || np[i+1].low == "an") {
			np = np[:i+1]
			break
		}
	}
	for len(np) > 0 {
		if q.lx.subjectOpener.hasTok(&np[0]) {
			np = np[1:]
			continue
		}
		break
	}
	for len(np) > 0 {
		w := np[len(np)-1]
		if w.cap || !(strings.HasSuffix(w.low, "ly") && len(w.low) > 4 && !q.lx.lyNoun.hasTok(&w) || w.low == "also" || w.low == "now" || w.low == "again") {
			break
		}
		np = np[:len(np)-1]
	}
	return np
}

func possessive(s string) string {
	if strings.HasSuffix(s, "s") {
		return s + "'"
	}
	return s + "'s"
}

// resolve finds what a pronoun stands for: a person for he and she, the
// subject of an earlier clause or sentence for it and they.
func (q *qctx) resolve(pronoun string) (subject, bool) {
	end := 0
	if len(q.ts) > 0 {
		end = q.ts[len(q.ts)-1].at
	}
	return q.resolveAt(pronoun, end)
}

// resolveAt resolves a pronoun standing at byte offset at: only what
// comes before it can be what it stands for.
func (q *qctx) resolveAt(pronoun string, at int) (subject, bool) {
	switch pronoun {
	case "he", "she":
		if name := q.a.lastNamed(q.s, briefing.Person); name != "" {
			return subject{text: name}, true
		}
	case "it", "they":
		plural := pronoun == "they"
		// "the port has been closed, and it remains unclear when it will
		// reopen": an earlier clause of the sentence first
		if sub, ok := q.clauseSubjectBefore(at, plural); ok && !strings.EqualFold(sub.text, pronoun) {
			return sub, true
		}
		if sub, ok := q.earlierSubject(plural); ok {
			return sub, true
		}
		if !plural {
			if name := q.a.lastAsset(q.s); name != "" {
				return subject{text: name}, true
			}
		}
	}
	return subject{}, false
}

// earlierSubject returns the subject of the sentence before (or of an
// earlier clause of this one) when its number agrees.
func (q *qctx) earlierSubject(plural bool) (subject, bool) {
	if q.s == 0 {
		return subject{}, false
	}
	inner := q.at(q.s - 1)
	prev := inner.ts
	// the clause after a reporting verb, else the sentence's own
	from := 0
	if at, ok := inner.attribution(); ok && at.from < at.to {
		from = at.from
	}
	k := inner.finite(prev, from, inner.clauseEnd(prev, from))
	if k <= from {
		return subject{}, false
	}
	np := inner.trimSubject(prev[from:k])
	if len(np) == 1 && q.lx.pronoun.hasTok(&np[0]) && from > 0 {
		// "China announced that it would …": the source speaks of itself
		if at, ok := inner.attribution(); ok && inner.speaksOf(np[0].low, inner.sourceText(at.source)) {
			np = inner.trimSubject(at.source)
		}
	}
	if len(np) == 0 || q.lx.pronoun.hasTok(&np[0]) && len(np) == 1 {
		return subject{}, false
	}
	// "they" may stand for a state or an organisation by its name
	isPlural := inner.isPlural(np)
	if isPlural != plural && !(plural && np[len(np)-1].cap) {
		return subject{}, false
	}
	return subject{text: inner.nounPhrase(np), plural: isPlural}, true
}

// yesNo asks whether a clause is so: subject sub, predicate pred
// starting with its finite verb. "the drones struck the depot" → "Did
// the drones strike the depot".
func (q *qctx) yesNo(sub subject, pred []tok) string {
	if sub.text == "" || len(pred) == 0 {
		return ""
	}
	v := pred[0].low
	neg := strings.HasSuffix(v, "n't")
	if neg {
		v = strings.TrimSuffix(v, "n't")
		if v == "won" {
			v = "will"
		} else if v == "can" || v == "ca" {
			v = "can"
		}
	}
	rest := pred[1:]
	for len(rest) > 1 && (q.lx.dropAdverb.hasTok(&rest[0]) || strings.HasSuffix(rest[0].low, "ly") && !rest[0].cap && q.isVerbForm(rest[1].low)) {
		rest = rest[1:]
	}
	join := func(parts ...string) string {
		n := 0
		for _, p := range parts {
			n += len(p) + 1
		}
		var b strings.Builder
		b.Grow(n)
		for _, p := range parts {
			if p == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p)
		}
		return b.String()
	}
	do := "Does"
	if sub.plural {
		do = "Do"
	}
	switch {
	case q.lx.modal.has(v):
		if len(rest) > 1 && rest[0].low == "have" {
			if base, ok := q.vb.participleBase(rest[1].low); ok && rest[1].low != "been" {
				return join("Did", sub.text, base, render(rest[2:]))
			}
			if rest[1].low == "been" {
				be := "Was"
				if sub.plural {
					be = "Were"
				}
				return join(be, sub.text, render(rest[2:]))
			}
		}
		lead := "Will"
		switch v {
		case "can":
			lead = "Can"
		case "should":
			lead = "Should"
		case "must":
			lead = "Must"
		}
		return join(lead, sub.text, render(rest))
	case v == "is" || v == "are" || v == "was" || v == "were" || v == "am":
		return join(upperFirst(v), sub.text, render(rest))
	case v == "has" || v == "have":
		if len(rest) > 0 {
			if _, ok := q.vb.participleBase(rest[0].low); ok || rest[0].low == "been" {
				return join(upperFirst(v), sub.text, render(rest))
			}
		}
		return join(do, sub.text, "have", render(rest))
	case v == "had":
		if len(rest) > 0 && rest[0].low == "been" {
			be := "Was"
			if sub.plural {
				be = "Were"
			}
			return join(be, sub.text, render(rest[1:]))
		}
		if len(rest) > 0 {
			if base, ok := q.vb.participleBase(rest[0].low); ok {
				return join("Did", sub.text, base, render(q.baseCoordinated(rest[1:])))
			}
		}
		return join("Did", sub.text, "have", render(rest))
	case v == "do" || v == "does" || v == "did":
		lead := "Did"
		if v != "did" {
			lead = do
		}
		return join(lead, sub.text, render(rest))
	}
	if base, ok := q.vb.pastBase(v); ok {
		return join("Did", sub.text, base, render(q.baseCoordinated(rest)))
	}
	if base, ok := q.vb.thirdBase(v); ok {
		return join("Does", sub.text, base, render(rest))
	}
	if q.vb.base.has(v) {
		return join(do, sub.text, v, render(rest))
	}
	return ""
}

// baseCoordinated puts the verbs joined to a question's first one in
// their base form: "planted a flag, filmed it and ran" after "Did they
// plant" reads "a flag, film it and run".
func (q *qctx) baseCoordinated(rest []tok) []tok {
	var out []tok
	for i, t := range rest {
		if i > 0 && (rest[i-1].low == "and" || rest[i-1].low == "or" || rest[i-1].brk) && !t.cap {
			if base, ok := q.vb.pastBase(t.low); ok && base != t.low {
				if out == nil {
					out = slices.Clone(rest)
				}
				out[i] = synth(base)
				out[i].brk = t.brk
			}
		}
	}
	if out == nil {
		return rest
	}
	return out
}

// isVerbForm reports a verb's base, past, participle or gerund.
func (q *qctx) isVerbForm(w string) bool {
	if q.vb.base.has(w) {
		return true
	}
	if _, ok := q.vb.participleBase(w); ok {
		return true
	}
	_, ok := q.vb.gerundBase(w)
	return ok
}

// askClause asks whether the clause ts[from:to] is so, finding its
// subject and verb. It returns "" when it finds no verb.
func (q *qctx) askClause(ts []tok, from, to int) string {
	for from < to && (ts[from].low == "that" || ts[from].low == "and" || ts[from].low == "but") {
		from++
	}
	// "While no one was hurt, the destroyer shot down …": the main clause
	if from < to && q.lx.subordinator.hasTok(&ts[from]) {
		for j := from; j < to-1; j++ {
			if ts[j].brk {
				from = j + 1
				break
			}
		}
	}
	k := q.finite(ts, from, to)
	if k <= from {
		return ""
	}
	return q.yesNo(q.subjectOf(ts[from:k]), ts[k:to])
}

// subordinator reports a word opening a subordinate clause.
func (q *qctx) subordinator(w string) bool { return q.lx.subordinator.has(w) }

// attrib is who a sentence says its words come from, and the words
// they are credited with.
type attrib struct {
	source   []tok
	from, to int // the reported clause
	verb     int // the verb of speech (or "according")
}

// attribution finds the source of sentence q.ts: "X said (that) …",
// "…, X said", "according to X, …", "…, according to X".
func (q *qctx) attribution() (attrib, bool) {
	if !q.attrDone {
		q.attr, q.attrOK = q.findAttribution()
		q.attrDone = true
	}
	return q.attr, q.attrOK
}

func (q *qctx) findAttribution() (attrib, bool) {
	ts := q.ts
	n := len(ts)
	// "According to X, …"
	if n > 3 && ts[0].low == "according" && ts[1].low == "to" {
		for j := 2; j < n-1 && j < 14; j++ {
			if ts[j].brk {
				return attrib{source: ts[2 : j+1], from: j + 1, to: n, verb: 0}, true
			}
		}
	}
	for k := 1; k < n; k++ {
		w := ts[k].low
		// "…, according to X"
		if w == "according" && k+1 < n && ts[k+1].low == "to" && ts[k-1].brk {
			end := k + 2
			for end < n && !ts[end-1].brk || end == k+2 {
				end++
				if end >= n {
					break
				}
			}
			end = min(end, n)
			return attrib{source: ts[k+2 : end], from: 0, to: k, verb: k}, true
		}
		if !q.lx.speech.hasTok(&ts[k]) || ts[k].quoted || ts[k].cap || q.lx.det.hasTok(&ts[k-1]) || strings.HasSuffix(ts[k-1].low, "'s") ||
			k+1 < n && q.lx.speech.hasTok(&ts[k+1]) || // "press reports say": the noun, then the verb
			ts[k-1].low == "to" || ts[k-1].low == "not" || strings.HasSuffix(ts[k-1].low, "n't") || q.lx.modal.hasTok(&ts[k-1]) {
			continue // "such claims": a noun; "United States": a name; "declined to say": nothing said
		}
		// "X, an alliance of groups, said …": the apposition skipped
		if ts[k-1].brk {
			if b2 := q.lastBreakBefore(ts, k-1); b2 >= 0 && b2+1 < k && q.opensApposition(ts, b2+1) {
				start := q.npStart(ts, b2+1, true)
				if start <= b2 && q.looksLikeSource(ts[start:b2+1]) {
					return attrib{source: ts[start : b2+1], from: q.reportedFrom(ts, k), to: n, verb: k}, true
				}
			}
		}
		// "…, X said" or "…, said X"
		if b := q.lastBreakBefore(ts, k); b >= 0 && k-b <= 8 {
			if k == b+1 && k+1 < n && q.opensSource(ts, k+1) {
				end := k + 1
				for end < n && end-k <= 8 && !ts[end-1].brk || end == k+1 {
					end++
					if end >= n {
						break
					}
				}
				return attrib{source: ts[k+1 : min(end, n)], from: 0, to: b + 1, verb: k}, true
			}
			if src := ts[b+1 : k]; q.looksLikeSource(src) && (k+1 >= n || q.reportedFrom(ts, k) == k+1 && q.strongFinite(ts, k+1, n) < 0) {
				return attrib{source: src, from: 0, to: b + 1, verb: k}, true
			}
		}
		// "X said (that) …"; "X have told …": the perfect's auxiliary
		subjEnd := k
		if w := ts[k-1].low; (w == "has" || w == "have" || w == "had") && k > 1 {
			subjEnd = k - 1
		}
		start := q.subjectStart(ts, subjEnd)
		if start < subjEnd && q.looksLikeSource(ts[start:subjEnd]) {
			if from := q.reportedFrom(ts, k); from < n {
				return attrib{source: ts[start:subjEnd], from: from, to: q.stopAfter(ts, from), verb: k}, true
			}
		}
	}
	return attrib{}, false
}

// stopAfter returns the end of what a source is credited with from
// word i: a semicolon, a colon or a dash, else the sentence's end.
func (q *qctx) stopAfter(ts []tok, i int) int {
	for j := i; j < len(ts); j++ {
		if ts[j].stop {
			return j + 1
		}
	}
	return len(ts)
}

// reportedFrom returns where what was said begins after the verb of
// speech at k: after "that" when it comes within eight words ("said in a
// statement that …").
func (q *qctx) reportedFrom(ts []tok, k int) int {
	for j := k + 1; j < len(ts) && j <= k+8; j++ {
		if ts[j].low == "that" {
			return j + 1
		}
		if ts[j].brk {
			break
		}
	}
	return k + 1
}

// opensApposition reports a phrase after a comma that describes what
// comes before it: "an alliance of …", "speaking on condition …",
// "who …".
func (q *qctx) opensApposition(ts []tok, i int) bool {
	w := ts[i].low
	if ts[i].cap {
		return false
	}
	if w == "a" || w == "an" || w == "the" || w == "who" || w == "which" || w == "due" || strings.HasSuffix(w, "ing") {
		return true
	}
	// "Col. Nuur, spokesman for the SNA, said": a role without article
	if wi := int(ts[i].wi); wi >= 0 && q.a.is(wi, lexRoleNoun) {
		return true
	}
	// "The talks, scheduled for 4 March, …": a participle's phrase
	// any "-ed" word set off by a comma reads as one ("billed as …")
	_, participle := q.vb.participleBase(w)
	return participle || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// opensSource reports a noun phrase after "said" that can be who said
// it: "said one health worker", not "said in a statement".
func (q *qctx) opensSource(ts []tok, i int) bool {
	w := ts[i].low
	return !q.lx.prep.hasTok(&ts[i]) && w != "that" && !q.lx.aux.hasTok(&ts[i]) && (q.lx.det.hasTok(&ts[i]) || ts[i].cap || w == "one")
}

// lastBreakBefore returns the last word before k that a break follows.
func (q *qctx) lastBreakBefore(ts []tok, k int) int {
	for j := k - 1; j >= 0; j-- {
		if ts[j].brk {
			return j
		}
	}
	return -1
}

// startsClause reports a word after a verb of speech that begins what
// was said ("said the drones struck …") rather than an adverbial.
func (q *qctx) startsClause(ts []tok, k int) bool {
	w := ts[k].low
	return w == "that" || q.lx.det.hasTok(&ts[k]) || q.lx.pronoun.hasTok(&ts[k]) && w != "this" || ts[k].cap && !q.properNoun(ts[k])
}

// looksLikeSource reports a short noun phrase that can say things.
func (q *qctx) looksLikeSource(np []tok) bool {
	np = q.trimSubject(np)
	if len(np) == 0 || len(np) > 8 {
		return false
	}
	for _, t := range np {
		if q.lx.aux.hasTok(&t) || q.lx.clauseStop.hasTok(&t) || q.lx.wh.hasTok(&t) {
			return false
		}
		if _, past := q.vb.pastBase(t.low); past && !t.cap && t.low != "united" {
			return false
		}
	}
	return true
}

// sourceText renders who says something, pronouns resolved.
func (q *qctx) sourceText(np []tok) subject {
	np = q.trimSubject(np)
	// "according to JNIM's claims": JNIM
	// "JNIM's claims", "the ministry's statement": the owner speaks
	if n := len(np); n >= 2 && q.lx.anaphor.hasTok(&np[n-1]) && (strings.HasSuffix(np[n-2].low, "'s") || strings.HasSuffix(np[n-2].low, "s'")) {
		np = np[:n-1]
	}
	if n := len(np); n > 0 && (strings.HasSuffix(np[n-1].low, "'s") || strings.HasSuffix(np[n-1].low, "s'")) {
		// "according to JNIM's claims", "the rebels' claims": the owner
		t := np[n-1]
		t.w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t.w, "'s"), "’s"), "'")
		t.low = strings.TrimSuffix(strings.TrimSuffix(t.low, "'s"), "'")
		np = append(slices.Clone(np[:n-1]), t)
	}
	if len(np) > 1 && (np[0].low == "its" || np[0].low == "their") {
		return q.subjectOf(np)
	}
	if len(np) == 1 && q.lx.pronoun.hasTok(&np[0]) {
		// "It said …": who spoke in the sentence before
		if q.s > 0 && (np[0].low == "it" || np[0].low == "they") {
			prev := q.at(q.s - 1)
			if at, ok := prev.attribution(); ok {
				if src := prev.trimSubject(at.source); len(src) > 0 && !q.lx.pronoun.hasTok(&src[0]) {
					return prev.sourceText(src)
				}
			}
		}
		switch np[0].low {
		case "he", "she":
			if name := q.a.lastNamed(q.s, briefing.Person); name != "" {
				return subject{text: name}
			}
		case "it", "they":
			if d := q.a.lastActorBefore(q.s); d != nil {
				return subject{text: q.a.actorPhrase(d), plural: d.kind == briefing.Group}
			}
		}
		return subject{}
	}
	// "a Syrian analyst with sources on the ground named Zaid al Reys":
	// the name, else the head before its modifiers
	for i, t := range np {
		if t.low == "named" || t.low == "called" {
			if i+1 < len(np) && np[i+1].cap {
				return subject{text: render(np[i+1:])}
			}
		}
	}
	if len(np) > 4 {
		for i, t := range np {
			if i > 1 && (t.low == "with" || t.low == "from" || t.low == "who" || t.low == "in") {
				np = np[:i]
				break
			}
		}
	}
	if len(np) > 3 {
		for _, t := range np {
			if wi := int(t.wi); wi >= 0 {
				if d, _ := q.a.actorStart.get(wi); d != nil && d.kind == briefing.Person {
					return subject{text: d.name, person: true}
				}
			}
		}
	}
	sub := subject{text: q.nounPhrase(np), plural: q.isPlural(np)}
	for _, t := range np {
		if t.wi >= 0 {
			if d, _ := q.a.actorWord.get(int(t.wi)); d != nil && d.kind == briefing.Person {
				sub.person = true
			}
		}
	}
	return sub
}

// lastActorBefore returns the last organisation, state or group named up
// to the end of sentence s.
func (a *analysis) lastActorBefore(s int) *actorDraft {
	before := a.mentionsIn(0, a.sentences[s].End)
	for i := len(before) - 1; i >= 0; i-- {
		if d := before[i].actor; d != nil && d.kind != briefing.Person {
			return d
		}
	}
	return nil
}
